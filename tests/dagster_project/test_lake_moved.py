"""A lake that is moved, copied or restored elsewhere keeps working (issue 17).

The catalog stores the absolute data path the lake was made with; the lake opens at the path it is configured
with instead. A real pipeline run writes more rows per table than DuckLake inlines in the catalog
(`ducklake_default_data_inlining_row_limit`, 10 rows per insert), so the tables live in Parquet files and a read
of the moved lake that went to the old path would fail.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from dagster_project.lake import TABLES, DataPathError, Lake, Write

TOLL = str(Path(sys.executable).with_name("toll"))

# Short reports written for this test: a dozen, so that `reports` (one row each, with its text) is written to a
# Parquet file rather than inlined in the catalog, as `claims` is.
REPORTS = [
    ("2023-03-02", "Kidal Courier", "Gunmen raid a market near Kidal",
     "KIDAL, Mali - At least 14 traders were killed when gunmen on motorbikes raided the weekly market, a local "
     "official said on Thursday. Another 9 people were wounded."),
    ("2023-03-03", "Sahel Monitor", "Death toll in Kidal market raid rises",
     "The number of people killed in Thursday's market raid near Kidal has risen to 21, the regional governor "
     "said. Hospital staff said 12 wounded were still being treated."),
    ("2023-03-04", "Gao Radio", "Army says it pursued the market attackers",
     "The Malian army said on Saturday that its soldiers killed 8 of the attackers who raided the Kidal market, "
     "and that 2 soldiers were wounded in the pursuit."),
    ("2023-03-05", "Bamako Daily", "Mourning in Kidal after the raid",
     "Families in Kidal buried their dead on Sunday. Community elders put the toll at about 25 killed and said "
     "at least 30 people had fled to nearby villages."),
    ("2023-03-06", "Kidal Courier", "Traders missing after market attack",
     "Six traders are still missing five days after the raid on the Kidal market, relatives said on Monday."),
    ("2023-03-07", "Sahel Monitor", "UN mission gives its count of the Kidal raid",
     "The UN mission in Mali said 23 civilians were killed and 15 injured in the attack on the Kidal market."),
    ("2023-03-08", "Gao Radio", "Clashes on the road north of Gao",
     "GAO, Mali - Four soldiers were killed and 6 were wounded when their convoy struck a roadside bomb north of "
     "Gao, the army said on Wednesday."),
    ("2023-03-09", "Bamako Daily", "Convoy blast toll revised",
     "The army revised the toll of Wednesday's convoy blast near Gao to 5 soldiers killed, a spokesman said."),
    ("2023-03-10", "Kidal Courier", "Aid workers reach displaced families",
     "Aid workers said some 1,200 people had been displaced by the violence around Kidal this month."),
    ("2023-03-11", "Sahel Monitor", "Second attack on Kidal outskirts",
     "KIDAL, Mali - Three herders were killed in an attack on a camp outside Kidal on Saturday, residents said."),
    ("2023-03-12", "Gao Radio", "Prisoners freed in Menaka jail attack",
     "MENAKA, Mali - Gunmen stormed the jail in Menaka overnight and freed at least 40 prisoners, two guards "
     "were killed, a prison official said on Sunday."),
    ("2023-03-13", "Bamako Daily", "Menaka jail: more guards dead",
     "The justice ministry said 4 guards were killed in the Menaka jail attack and that 37 prisoners were freed."),
]
LATE_REPORT = ("2023-03-14", "Kidal Courier", "Recaptured inmates returned to Menaka",
               "Security forces recaptured 11 of the prisoners who escaped from the Menaka jail, officials said.")


def write_reports(folder: Path, reports) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (day, outlet, title, body) in enumerate(reports):
        (folder / f"{day}-{i:02d}.md").write_text(
            f'---\ntitle: "{title}"\noutlet: {outlet}\npublished: {day}\n---\n{body}\n')


def toll(*args: str, lake_dir: Path, check: bool = True) -> subprocess.CompletedProcess:
    out = subprocess.run([TOLL, *args], capture_output=True, text=True, timeout=180,
                         env={**os.environ, "TOLL_LAKE_DIR": str(lake_dir)})
    if check:
        assert out.returncode == 0, out.stderr
    return out


def table_digests(lake_dir: Path, version: int | None = None) -> dict:
    """Rows, text characters and a hash of every row of every table, read through `toll sql`."""
    parts = ", ".join(
        f"(SELECT {{'rows': count(*), 'chars': sum(length(t::VARCHAR)), "
        f"'hash': md5(string_agg(t::VARCHAR, '|' ORDER BY t::VARCHAR))}} FROM {name} t) AS {name}"
        for name in TABLES)
    args = ["sql", f"SELECT {parts}", "--format", "json"] + (["--version", str(version)] if version else [])
    return json.loads(toll(*args, lake_dir=lake_dir).stdout)


def file_digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(lake_dir: Path, reports: Path) -> None:
    from dagster_project.run import materialize_all

    with dg.instance_for_test() as instance:
        assert materialize_all(lake_dir=str(lake_dir), folder=str(reports), instance=instance).success


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A lake built by the pipeline, its tables read before the move, then the whole folder moved."""
    base = tmp_path_factory.mktemp("moved")
    reports, first = base / "reports", base / "first-home" / "lake"
    write_reports(reports, REPORTS)
    run(first, reports)
    with Lake(first).reader() as con:
        files = dict(con.execute("""
            SELECT t.table_name, count(*) FROM __ducklake_metadata_lake.ducklake_data_file f
            JOIN __ducklake_metadata_lake.ducklake_table t USING (table_id)
            WHERE f.end_snapshot IS NULL AND t.end_snapshot IS NULL GROUP BY ALL""").fetchall())
        claims_version = con.execute(
            "SELECT max(snapshot_id) FROM lake.snapshots() WHERE commit_extra_info LIKE '%\"asset\": \"claims\"%'"
        ).fetchone()[0]
    latest = table_digests(first)
    earlier = table_digests(first, claims_version)
    moved = base / "renamed-project" / "data" / "lake"
    moved.parent.mkdir(parents=True)
    shutil.move(first, moved)
    assert not first.exists()
    return dict(base=base, reports=reports, lake=moved, files=files, latest=latest, earlier=earlier,
                claims_version=claims_version)


def test_tables_are_in_parquet_files_not_only_inlined(built):
    """Otherwise the test below would pass without reading any file."""
    assert built["files"].get("reports", 0) >= 1 and built["files"].get("claims", 0) >= 1, built["files"]
    assert built["latest"]["reports"]["rows"] == len(REPORTS)
    assert built["latest"]["claims"]["rows"] > 10


def test_moved_lake_reads_every_table_and_an_earlier_version(built):
    lake_dir = built["lake"]
    assert table_digests(lake_dir) == built["latest"]
    earlier = table_digests(lake_dir, built["claims_version"])
    assert earlier == built["earlier"]
    assert earlier["claims"]["rows"] > 0 and earlier["events"]["rows"] == 0  # before the aggregates ran
    # the report texts themselves, from the Parquet file
    texts = toll("sql", "SELECT text FROM reports ORDER BY published", "--format", "json", lake_dir=lake_dir).stdout
    assert "weekly market" in texts.splitlines()[0]
    # and the other version commands
    assert str(built["claims_version"]) in toll("versions", "--all", lake_dir=lake_dir).stdout
    diff = toll("diff", str(built["claims_version"]), str(Lake(lake_dir).latest_version()), "--table", "events",
                lake_dir=lake_dir)
    assert "added" in diff.stdout


def test_copy_runs_the_pipeline_without_touching_the_original(built):
    original = built["lake"]
    copy = built["base"] / "shared-copy" / "lake"
    shutil.copytree(original, copy)
    before = file_digests(original)
    more = built["base"] / "more-reports"
    shutil.copytree(built["reports"], more)
    write_reports(more / "late", [LATE_REPORT])
    run(copy, more)
    # the copy rewrites what changed, rolls back and forgets old versions, deleting the files only they used
    assert toll("rollback", str(built["claims_version"]), lake_dir=copy).returncode == 0
    expired = toll("expire", "--older-than", "0s", lake_dir=copy).stdout
    assert "deleted" in expired and not expired.rstrip().endswith("deleted 0 files"), expired
    assert file_digests(original) == before
    assert table_digests(original) == built["latest"]
    grown = table_digests(copy)  # rolled back to the claims version: every table still reads from files
    assert grown["claims"] == built["earlier"]["claims"]
    copy_files = {p.name for p in (copy / "files").rglob("*.parquet")}
    assert copy_files - {p.name for p in (original / "files").rglob("*.parquet")}, "the copy wrote no file"


def test_catalog_without_its_files_says_where_it_looked(built, tmp_path):
    lone = tmp_path / "lake"
    lone.mkdir()
    shutil.copy(built["lake"] / "catalog.sqlite", lone / "catalog.sqlite")
    out = toll("sql", "SELECT count(*) FROM claims", lake_dir=lone, check=False)
    assert out.returncode == 2, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert f"not in {lone / 'files'}/" in out.stderr and "parquet" in out.stderr.lower()
    assert "IO Error" not in out.stderr
    run = toll("run", "--reports", str(tmp_path / "no-reports"), lake_dir=lone, check=False)
    assert run.returncode == 2 and run.stderr.strip() == out.stderr.strip()
    with pytest.raises(DataPathError, match="TOLL_LAKE_DATA_PATH"):
        Lake(lone).connect()  # a writer too: it would otherwise write new files next to missing ones
    # pointing TOLL_LAKE_DATA_PATH at the files fixes it
    fixed = subprocess.run([TOLL, "sql", "SELECT count(*) AS n FROM claims", "--format", "json"],
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "TOLL_LAKE_DIR": str(lone),
                                "TOLL_LAKE_DATA_PATH": f"{built['lake'] / 'files'}/"})
    assert fixed.returncode == 0 and json.loads(fixed.stdout)["n"] == built["latest"]["claims"]["rows"]


def test_new_and_all_inlined_lakes_open_anywhere(tmp_path):
    """No files yet is not "files missing": a new lake, and a small one whose rows are inlined in the catalog."""
    fresh = Lake(tmp_path / "fresh")
    fresh.connect().close()
    assert fresh.query("SELECT count(*) AS n FROM claims")["n"][0] == 0
    small = Lake(tmp_path / "small" / "lake")
    small.commit([Write("report_warnings", pd.DataFrame([dict(report_id="r1", kind="other", message="A short text.")]),
                        key="report_id", keys=("r1",))])
    assert not list((small.lake_dir / "files").rglob("*.parquet"))  # inlined in the catalog
    shutil.move(tmp_path / "small", tmp_path / "elsewhere")
    out = toll("sql", "SELECT message FROM report_warnings", "--format", "json",
               lake_dir=tmp_path / "elsewhere" / "lake")
    assert json.loads(out.stdout) == {"message": "A short text."}


def test_a_report_is_written_to_a_file_never_inlined_in_the_catalog(tmp_path):
    """A report's row holds its whole text: inlined in the catalog (DuckLake inlines inserts of a few rows), a big
    one made the catalog three times its size and its commit cost ~25 times its size in memory."""
    lake = Lake(tmp_path / "lake")
    text = "Officials said two people were killed. " * 50_000  # 2 MB
    lake.commit([Write("reports", pd.DataFrame([dict(report_id="r1", title="Big", text=text)]), key="report_id",
                       keys=("r1",)),
                 Write("rejected_reports", pd.DataFrame([dict(report_id="r2", raw=text.encode())]), key="report_id",
                       keys=("r2",))])
    assert (lake.lake_dir / "catalog.sqlite").stat().st_size < 1_000_000
    assert len(list((lake.lake_dir / "files").rglob("*.parquet"))) == 2
    assert lake.query("SELECT length(text) AS n FROM reports").n[0] == len(text)
