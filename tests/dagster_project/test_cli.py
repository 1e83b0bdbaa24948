"""`toll extract`, `toll sql` and `make run`, run as a user runs them: as subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOLL = str(Path(sys.executable).with_name("toll"))
SAMPLE = ROOT / "data" / "reports" / "2022-02-01-zerohedge-500-dead.md"


def toll(*args, env=None, timeout=120, **kw):
    return subprocess.run([TOLL, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, **kw)


def test_extract_jsonl_on_a_sample_report():
    out = toll("extract", str(SAMPLE), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["claim_index"] for r in rows] == list(range(len(rows)))
    text = SAMPLE.read_text()
    for r in rows:
        start, end = r["span"]
        assert text[start:end] in r["sentence"] and r["sentence"] in text
    staff = [r for r in rows if r["value_low"] == 77 and r["outcome"] == "killed"]
    assert staff and all(r["party"] == "SDF" for r in staff)
    assert any(r["value_low"] == 374 and r["party"] == "ISIS" for r in rows)
    # the published date comes from the front matter when --published is not given
    assert all(r["as_of"] is None or r["as_of"] <= "2022-02-01" for r in rows)


def test_extract_table_format():
    out = toll("extract", str(SAMPLE), "--published", "2022-02-01")
    assert out.returncode == 0
    assert out.stdout.splitlines()[0].split()[:3] == ["#", "outcome", "party"]
    assert "claims in" in out.stderr


def test_extract_binary_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(200)))
    out = toll("extract", str(bad))
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and str(bad) in out.stderr and "Traceback" not in out.stderr


def test_extract_invalid_utf8_warns_and_goes_on(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Seven civilians were killed in Hasak\xe9 on Monday, police said.".encode("latin-1"))
    out = toll("extract", str(f), "--published", "2024-03-05", "--format", "jsonl")
    assert out.returncode == 0
    assert "warning" in out.stderr and "not UTF-8" in out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["outcome"], r["value_low"]) for r in rows] == [("killed", 7)]


def test_extract_missing_file_and_bad_date(tmp_path):
    assert toll("extract", str(tmp_path / "nope.txt")).returncode == 2
    assert toll("extract", str(SAMPLE), "--published", "yesterday-ish").returncode == 2


def test_sql_reads_the_ledger(sample_ledger):
    lake, _, _ = sample_ledger
    env = {"TOLL_LAKE_DIR": str(lake.lake_dir)}
    out = toll("sql", "SELECT count(*) AS n FROM reports", "--format", "json", env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"n": 2}
    csv = toll("sql", "SELECT outcome, value_low FROM claims WHERE value_low = 374 LIMIT 1", "--format", "csv",
               env=env)
    assert csv.stdout.splitlines() == ["outcome,value_low", "killed,374"]
    table = toll("sql", "SELECT party FROM event_estimates WHERE party = 'ISIS' LIMIT 1", env=env)
    assert table.stdout.split() == ["party", "-----", "ISIS"]
    # read-only: a write is refused with a one-line error, not a traceback
    bad = toll("sql", "DELETE FROM claims", env=env)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert json.loads(toll("sql", "SELECT count(*) > 0 AS ok FROM claims", "--format", "json",
                           env=env).stdout) == {"ok": True}


def test_sql_without_a_ledger_says_what_to_do(tmp_path):
    out = toll("sql", "SELECT 1", env={"TOLL_LAKE_DIR": str(tmp_path / "none")})
    assert out.returncode == 2 and "make run" in out.stderr


@pytest.mark.e2e
def test_make_run_prints_the_summary(tmp_path):
    env = {**os.environ, "TOLL_LAKE_DIR": str(tmp_path / "lake"), "DAGSTER_HOME": str(tmp_path / "dagster"),
           "TOLL_SITE_DIR": str(tmp_path / "site")}
    out = subprocess.run(["make", "-s", "run"], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    text = out.stdout
    assert "reports ingested: 2" in text
    assert "claims read:" in text and "quarantined:" in text
    assert "ghwayran-prison-2022-01" in text
    assert "data version written:" in text and "toll sql" in text
    # it builds the site too and says where
    assert f"site: {tmp_path / 'site' / 'index.html'} (" in text
    assert (tmp_path / "site" / "events" / "ghwayran-prison-2022-01.html").exists()
    assert (tmp_path / "dagster" / "dagster.yaml").exists()
    # the run is recorded in the Dagster instance the UI reads
    assert any((tmp_path / "dagster").rglob("*")), "no Dagster run storage written"
    # the README's DuckDB CLI line opens the same tables
    catalog = tmp_path / "lake" / "catalog.sqlite"
    cli = subprocess.run(
        [str(Path(sys.executable).with_name("duckdb")), "-csv", "-c",
         f"ATTACH 'ducklake:sqlite:{catalog}' AS lake (READ_ONLY, DATA_PATH '{catalog.parent / 'files'}/', "
         "OVERRIDE_DATA_PATH true); USE lake; "
         "SELECT count(*) > 0 AS ok FROM event_estimates"], capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.split() == ["ok", "true"]


SPARSE_DAYS = ("2014-03-02", "2016-11-20", "2019-07-08", "2021-01-15", "2024-02-29")


def test_run_on_a_sparse_archive_is_one_run_of_the_days_with_reports(tmp_path):
    """Five days spread over ten years: one run of those days (not one per gap), and Dagster records a
    materialization for those days only; the summary line says so."""
    import dagster as dg

    reports = tmp_path / "reports"
    reports.mkdir()
    for i, day in enumerate(SPARSE_DAYS):
        (reports / f"{day}.md").write_text(
            f"---\ntitle: Report {i}\npublished: {day}\n---\n"
            f"Gunmen attacked a village on {day}, killing {i + 3} farmers, local officials said.\n")
    home = tmp_path / "dagster"
    env = {"TOLL_LAKE_DIR": str(tmp_path / "lake"), "DAGSTER_HOME": str(home)}
    out = toll("run", "--reports", str(reports), env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    first = out.stdout.splitlines()[0]
    assert first.startswith("2 runs succeeded") and "1 run of 5 days with reports" in first, first
    assert "reports ingested: 5" in out.stdout
    with dg.DagsterInstance.from_config(str(home)) as instance:
        for asset in ("reports", "rejected_reports", "claims"):
            assert instance.get_materialized_partitions(dg.AssetKey(asset)) == set(SPARSE_DAYS), asset
        runs = instance.get_runs()
        assert len(runs) == 2
        day_run = next(r for r in runs if r.tags.get("dagster/asset_partition_range_start"))
        assert (day_run.tags["dagster/asset_partition_range_start"],
                day_run.tags["dagster/asset_partition_range_end"]) == (SPARSE_DAYS[0], SPARSE_DAYS[-1])


def test_run_with_a_missing_reports_folder_fails_in_one_line(tmp_path):
    env = {"TOLL_LAKE_DIR": str(tmp_path / "lake"), "DAGSTER_HOME": str(tmp_path / "dagster")}
    out = toll("run", "--reports", str(tmp_path / "no-such-folder"), env=env)
    assert out.returncode != 0 and "no such folder" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "lake").exists()  # nothing was run
