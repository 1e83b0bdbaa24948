"""Data versions: `toll versions`, time travel, `toll diff`, `toll rollback`, `toll expire`, and the
version metadata of each materialization.

Most tests use a small lake written directly through Lake.commit (fast, and independent of the extractor);
the last ones read the session ledger that the whole pipeline built.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from dagster_project import versions as V
from dagster_project.lake import TABLES, Lake, Write

TOLL = str(Path(sys.executable).with_name("toll"))


def claim(rid: str, idx: int, value: int, sentence: str, outcome: str = "killed") -> dict:
    return dict(claim_id=f"{rid}:{idx}", report_id=rid, claim_index=idx, outcome=outcome, party="civilians",
                value_low=value, sentence=sentence)


def tag(asset: str, run: str = "run-1") -> str:
    return json.dumps({"run_id": run, "asset": asset})


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A lake with four versions of interest: reports, claims v1, claims revised, an aggregate."""
    lake = Lake(tmp_path_factory.mktemp("small") / "lake")
    v = {}
    reports = pd.DataFrame([dict(report_id="r1", title="first"), dict(report_id="r2", title="second")])
    v["reports"] = lake.commit([Write("reports", reports, key="report_id", keys=("r1", "r2"))],
                               "ingest: 2 reports", extra_info=tag("reports"))
    first = pd.DataFrame([claim("r1", 0, 10, "Ten were killed."), claim("r1", 1, 5, "Five were hurt.", "wounded"),
                          claim("r1", 2, 3, "Three died later.")])
    v["claims1"] = lake.commit([Write("claims", first, key="report_id", keys=("r1",))], "normalize: 3 claims",
                               extra_info=tag("claims"))
    # the extractor improves: r1 is re-read (claim 0 revised, claim 1 gone, claim 2 the same), r2 is read
    second = pd.DataFrame([claim("r1", 0, 12, "Twelve were killed."), claim("r1", 2, 3, "Three died later."),
                           claim("r2", 0, 40, "Forty people were killed.")])
    v["claims2"] = lake.commit([Write("claims", second, key="report_id", keys=("r1", "r2"))],
                               "normalize: revised", extra_info=tag("claims", "run-2"))
    v["events"] = lake.commit([Write("events", sql="SELECT 'e1' AS event_id, count(*) AS n_claims FROM claims",
                                     replace_all=True)], "aggregate: events", extra_info=tag("events", "run-2"))
    return lake, v


def toll(*args, lake: Lake):
    return subprocess.run([TOLL, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TOLL_LAKE_DIR": str(lake.lake_dir)})


def test_commit_reports_what_it_read_and_wrote(small):
    lake, v = small
    info = lake.last_commit
    assert info.snapshot_id == v["events"] and info.read_version == v["claims2"]
    md = info.metadata("events")
    assert md == {"snapshot_id": v["events"], "read_version": v["claims2"], "rows_added": 1, "rows_removed": 0,
                  "dagster/row_count": 1}


def test_versions_list_who_wrote_what(small):
    lake, v = small
    found = {x.snapshot_id: x for x in V.list_versions(lake, limit=None)}
    assert max(found) == v["events"]
    c2 = found[v["claims2"]]
    assert (c2.run_id, c2.asset, c2.message) == ("run-2", "claims", "normalize: revised")
    # r1's three claims were replaced by two, and r2's one added: a minimal write (lake.MINIMAL_TABLES) keeps r1:2,
    # the same row again, so the version counts r1:0's new row and r2's as added, r1:0's old row and r1:1 as removed
    assert c2.added == {"claims": 2} and c2.removed == {"claims": 2}
    assert found[v["reports"]].added == {"reports": 2}
    assert found[v["claims1"]].changes() == "claims +3"
    assert [x.snapshot_id for x in V.list_versions(lake, limit=2)] == [v["events"], v["claims2"]]


def test_time_travel_both_syntaxes(small):
    lake, v = small
    q = "SELECT sum(value_low) AS s FROM claims"
    out = toll("sql", q, "--version", str(v["claims1"]), "--format", "json", lake=lake)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"s": 18}
    out = toll("sql", f"SELECT sum(value_low) AS s FROM claims AT (VERSION => {v['claims1']})", "--format", "json",
               lake=lake)
    assert json.loads(out.stdout) == {"s": 18}
    assert json.loads(toll("sql", q, "--format", "json", lake=lake).stdout) == {"s": 55}
    with lake.reader() as con:
        t1, t2 = (con.execute(f"SELECT snapshot_time FROM lake.snapshots() WHERE snapshot_id = {i}").fetchone()[0]
                  for i in (v["claims1"], v["claims2"]))
    between = t1 + (t2 - t1) / 2
    out = toll("sql", q, "--as-of", between.isoformat(), "--format", "json", lake=lake)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"s": 18}
    with lake.reader(as_of=between.isoformat()) as con:
        assert con.execute(q).fetchone()[0] == 18
    bad = toll("sql", q, "--version", "9999", lake=lake)
    assert bad.returncode == 2 and "9999" in bad.stderr and "Traceback" not in bad.stderr


def test_diff_names_claims_added_removed_changed(small):
    lake, v = small
    changes = V.diff(lake, v["claims1"], v["claims2"], table="claims")
    by_key = {c.key: c for c in changes}
    assert set(by_key) == {"r1:0", "r1:1", "r2:0"}  # r1:2 was rewritten unchanged: not a change
    assert by_key["r1:0"].change == "changed" and "value_low: 10 → 12" in by_key["r1:0"].detail
    assert by_key["r1:0"].sentence == "Twelve were killed." and by_key["r1:0"].report_id == "r1"
    assert by_key["r1:1"].change == "removed" and by_key["r1:1"].sentence == "Five were hurt."
    assert by_key["r2:0"].change == "added" and by_key["r2:0"].detail.startswith("killed 40")
    back = {c.key: c.change for c in V.diff(lake, v["claims2"], v["claims1"], table="claims")}
    assert back == {"r1:0": "changed", "r1:1": "added", "r2:0": "removed"}
    # every table when --table is not given; nothing between a version and itself
    assert {c.table for c in V.diff(lake, v["reports"], v["events"])} == {"claims", "events"}
    # across several versions a row's first and last states count, not the ones in between
    span = {c.key: (c.change, c.detail) for c in V.diff(lake, v["reports"], v["claims2"], table="claims")}
    assert span == {"r1:0": ("added", "killed 12 civilians"), "r1:2": ("added", "killed 3 civilians"),
                    "r2:0": ("added", "killed 40 civilians")}
    assert V.diff(lake, v["claims2"], v["claims2"]) == []
    out = toll("diff", str(v["claims1"]), str(v["claims2"]), "--table", "claims", "--format", "json", lake=lake)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {r["change"] for r in rows} == {"added", "removed", "changed"}
    assert "1 added, 1 changed, 1 removed" in out.stderr
    assert toll("diff", "1", "9999", lake=lake).returncode == 2
    assert toll("diff", "1", "2", "--table", "nope", lake=lake).returncode == 2


def test_rollback_is_a_new_version_and_can_be_undone(tmp_path):
    lake = Lake(tmp_path / "lake")
    a = lake.commit([Write("claims", pd.DataFrame([claim("r1", 0, 10, "Ten.")]), replace_all=True)], "one")
    b = lake.commit([Write("claims", pd.DataFrame([claim("r1", 0, 99, "Ninety-nine.")]), replace_all=True),
                     Write("events", pd.DataFrame([{"event_id": "e1"}]), replace_all=True)], "two")
    out = toll("rollback", str(a), lake=lake)
    assert out.returncode == 0, out.stderr
    r = lake.latest_version()
    assert r > b and f"as version {r}" in out.stdout and f"toll rollback {b}" in out.stdout
    assert lake.query("SELECT value_low FROM claims").value_low.tolist() == [10]
    assert lake.query("SELECT count(*) AS n FROM events").n[0] == 0
    latest = V.list_versions(lake, limit=1)[0]
    assert latest.message == f"rollback to version {a}" and latest.removed == {"claims": 1, "events": 1}
    # version b is still there, and rolling back the rollback brings it back
    assert lake.query(f"SELECT value_low FROM claims AT (VERSION => {b})").value_low.tolist() == [99]
    undo = V.rollback(lake, b)
    assert undo > r and lake.query("SELECT value_low FROM claims").value_low.tolist() == [99]
    assert V.diff(lake, b, undo) == []
    assert V.rollback(lake, undo) == undo  # already current: no new version
    with pytest.raises(V.VersionError):
        V.rollback(lake, 9999)


def test_rollback_over_a_minimal_write_that_kept_the_file(tmp_path):
    """A minimal write marks a few rows of a file deleted; the version before it shares that file. The rollback reads
    that version's rows before it deletes the current ones (in one transaction DuckLake would apply the delete to the
    time-travel read too, and the rollback would write back nothing)."""
    lake = Lake(tmp_path / "lake")
    rows = [claim(f"r{i}", 0, 1, "x") for i in range(30)]  # above the catalog's inlining: a Parquet file
    first = lake.commit([Write("claims", pd.DataFrame(rows), replace_all=True)], "one")
    rows[7] = claim("r7", 0, 70, "seventy")
    lake.commit([Write("claims", pd.DataFrame(rows), replace_all=True)], "two")
    assert V.list_versions(lake, limit=1)[0].added == {"claims": 1}  # the minimal write: one row out, one in
    V.rollback(lake, first)
    got = lake.query("SELECT report_id, value_low FROM claims ORDER BY report_id")
    assert len(got) == 30 and got.value_low.tolist() == [1] * 30
    assert V.list_versions(lake, limit=1)[0].added == {"claims": 30}


def test_expire_old_versions_deletes_their_files(tmp_path):
    lake = Lake(tmp_path / "lake")
    big = lambda n: pd.DataFrame([claim(f"r{i}", 0, n, "x") for i in range(50)])  # noqa: E731 - above inlining
    first = lake.commit([Write("claims", big(1), replace_all=True)], "one")
    lake.commit([Write("claims", big(2), replace_all=True)], "two")
    files = lambda: sorted(p.name for p in (lake.lake_dir / "files").rglob("*.parquet"))  # noqa: E731
    before = files()
    assert V.expire(lake, V.parse_age("90d")).expired == []
    dry = V.expire(lake, V.parse_age("0s"), dry_run=True)
    assert first in dry.expired and files() == before
    out = toll("expire", "--older-than", "0d", lake=lake)
    assert out.returncode == 0, out.stderr
    assert f"expired {len(dry.expired)} versions" in out.stdout
    assert len(files()) < len(before)
    assert lake.query("SELECT min(value_low) AS v FROM claims").v[0] == 2  # the current version is kept
    assert [x.snapshot_id for x in V.list_versions(lake, None)] == [lake.latest_version()]
    gone = toll("sql", "SELECT 1", "--version", str(first), lake=lake)
    assert gone.returncode == 2
    with pytest.raises(V.VersionError):
        V.parse_age("ninety days")
    assert toll("expire", "--older-than", "soon", lake=lake).returncode == 2


def test_version_commands_do_not_import_dagster(small):
    lake, _ = small
    code = ("import sys; from dagster_project.cli import main; main(['versions']); "
            "main(['sql', 'SELECT 1', '--version', '2']); "
            "assert not [m for m in sys.modules if m == 'dagster' or m.startswith(('dagster.', "
            "'great_expectations'))], 'slow imports'")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "TOLL_LAKE_DIR": str(lake.lake_dir)})
    assert out.returncode == 0, out.stderr


def test_materializations_link_versions(sample_ledger):
    lake, result, _ = sample_ledger
    mats = {}
    for ev in result.get_asset_materialization_events():
        m = ev.event_specific_data.materialization
        mats[m.asset_key.to_user_string()] = {k: getattr(v, "value", v) for k, v in m.metadata.items()}
    for name in ("events", "event_estimates"):
        md = mats[name]
        assert md["read_version"] < md["snapshot_id"] and md["dagster/row_count"] == md["rows_written"]
    assert mats["events"]["snapshot_id"] <= mats["event_estimates"]["read_version"]
    # the list of versions names the run and asset that wrote each one
    listed = {x.snapshot_id: x for x in V.list_versions(lake, limit=None)}
    est = listed[mats["event_estimates"]["snapshot_id"]]
    assert est.run_id == result.run_id and est.asset == "event_estimates"
    assert est.added.get("event_estimates", 0) == mats["event_estimates"]["dagster/row_count"]
    assert set(TABLES) >= set(V.lake_tables(lake.connect(read_only=True)))


def test_old_lake_gains_columns_added_to_the_schema(tmp_path):
    """A lake written before a column was added to schema.sql is migrated on the next write, keeping its rows."""
    lake = Lake(tmp_path / "lake")
    with lake.transaction("as an older schema.sql made it") as txn:
        txn.con.execute("ALTER TABLE flags DROP COLUMN sources")
        txn.con.execute("INSERT INTO flags (rule) VALUES ('old_rule')")
    with lake.reader() as con:
        assert "sources" not in [r[0] for r in con.execute("DESCRIBE flags").fetchall()]
    lake.commit([Write("flags", pd.DataFrame([dict(rule="new_rule", sources=["SOHR"])]))], tag("validate"))
    with lake.reader() as con:
        rows = con.execute("SELECT rule, sources FROM flags ORDER BY rule").fetchall()
    assert rows == [("new_rule", ["SOHR"]), ("old_rule", None)]
