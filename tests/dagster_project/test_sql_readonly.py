"""`toll sql` cannot change the ledger or reach past it: every write, file access and extension load is refused
in one line, and the lake's catalog and files are byte-identical afterwards; reading (time travel included) and
`--export` still work."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dagster_project.query_guard import RefusedQuery, check_query

TOLL = str(Path(sys.executable).with_name("toll"))


def _toll_sql(lake_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TOLL_LAKE_DIR": str(lake_dir)}
    env.pop("TOLL_LAKE_CATALOG", None)
    env.pop("TOLL_LAKE_DATA_PATH", None)
    return subprocess.run([TOLL, "sql", *args], capture_output=True, text=True, env=env, timeout=120)


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def lake_copy(sample_ledger, tmp_path_factory):
    """A copy of the sample ledger, so that a query that did get through could not spoil the shared one."""
    lake, _, _ = sample_ledger
    dest = tmp_path_factory.mktemp("sqlro") / "lake"
    shutil.copytree(lake.lake_dir, dest)
    return dest


def _attacks(lake_dir: Path) -> dict[str, str]:
    cat = lake_dir / "catalog.sqlite"
    return {
        "ducklake attach in write mode, then delete": f"ATTACH 'ducklake:sqlite:{cat}' AS w (DATA_PATH "
                                                      f"'{lake_dir}/files/'); DELETE FROM w.main.claims",
        "ducklake attach in write mode": f"ATTACH 'ducklake:sqlite:{cat}' AS w",
        "sqlite attach of the catalog, then update": f"ATTACH '{cat}' AS s (TYPE sqlite); "
                                                     "UPDATE s.ducklake_snapshot SET schema_version = 99",
        "sqlite attach of the catalog": f"ATTACH '{cat}' AS s (TYPE sqlite)",
        "update the attached catalog": "UPDATE __ducklake_metadata_lake.ducklake_snapshot SET schema_version = 99",
        "delete from a table": "DELETE FROM claims",
        "copy over the catalog": f"COPY (SELECT 1) TO '{cat}'",
        "copy into the data files": f"COPY (SELECT 1 AS x) TO '{lake_dir}/files/x.parquet'",
        "read_text of a system file": "SELECT * FROM read_text('/etc/hostname')",
        "read_csv of a system file": "SELECT * FROM read_csv('/etc/passwd')",
        "read_text escaping the data path": f"SELECT * FROM read_text('{lake_dir}/files/../../../../etc/hostname')",
        "glob": "SELECT * FROM glob('/root/**')",
        "install": "INSTALL httpfs",
        "load": "LOAD httpfs",
        "two statements": "SELECT 1; SELECT 2",
        "reopen external access": "SET enable_external_access = true",
        "sqlite_query writing the catalog": f"SELECT * FROM sqlite_query('{cat}', 'DELETE FROM ducklake_snapshot')",
        "sqlite_scan of the catalog": f"SELECT * FROM sqlite_scan('{cat}', 'ducklake_snapshot')",
        "query() of a string": "SELECT * FROM query('SELECT 1')",
        "ducklake maintenance": "SELECT * FROM ducklake_merge_adjacent_files('lake')",
        "lake.expire_snapshots()": "SELECT * FROM lake.expire_snapshots(older_than => now())",
        "call": "CALL lake.set_option('parquet_compression', 'zstd')",
        "export database": f"EXPORT DATABASE '{lake_dir}/export'",
        "checkpoint": "CHECKPOINT",
    }


def test_every_write_and_file_access_is_refused_and_the_lake_is_untouched(lake_copy):
    before = _hashes(lake_copy)
    assert "catalog.sqlite" in before and any(k.endswith(".parquet") for k in before)
    refused = {}
    for name, sql in _attacks(lake_copy).items():
        out = _toll_sql(lake_copy, sql)
        assert out.returncode != 0, f"{name}: not refused: {out.stdout}"
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("toll: "), f"{name}: {out.stderr!r}"
        assert "Traceback" not in out.stderr
        refused[name] = lines[0]
        assert _hashes(lake_copy) == before, f"{name} changed the lake"
    print("\n" + "\n".join(f"refused: {k}: {v}" for k, v in refused.items()))
    # and the lake still reads as before
    out = _toll_sql(lake_copy, "SELECT count(*) AS n FROM claims", "--format", "json")
    assert out.returncode == 0 and json.loads(out.stdout)["n"] > 0


def test_reading_and_time_travel_still_work(lake_copy):
    versions = _toll_sql(lake_copy, "SELECT snapshot_id FROM lake.snapshots() ORDER BY snapshot_id", "--format",
                         "json")
    assert versions.returncode == 0, versions.stderr
    ids = [json.loads(line)["snapshot_id"] for line in versions.stdout.splitlines()]
    latest = ids[-1]
    now = json.loads(_toll_sql(lake_copy, "SELECT count(*) AS n FROM claims", "--format", "json").stdout)["n"]
    assert now > 0
    at_zero = _toll_sql(lake_copy, "SELECT count(*) AS n FROM reports", "--version", "1", "--format", "json")
    assert at_zero.returncode == 0, at_zero.stderr
    assert json.loads(at_zero.stdout)["n"] == 0  # version 1 made the tables: no rows yet
    sql_at = _toll_sql(lake_copy, f"SELECT count(*) AS n FROM claims AT (VERSION => {latest})", "--format", "json")
    assert sql_at.returncode == 0 and json.loads(sql_at.stdout)["n"] == now
    for query in ("DESCRIBE claims", "SHOW TABLES", "SELECT * FROM lake.table_info()",
                  "WITH c AS (SELECT outcome FROM claims) SELECT outcome, count(*) FROM c GROUP BY ALL"):
        out = _toll_sql(lake_copy, query)
        assert out.returncode == 0, f"{query}: {out.stderr}"


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json"])
def test_export_writes_the_result_and_nothing_else(lake_copy, tmp_path, suffix):
    before = _hashes(lake_copy)
    target = tmp_path / f"claims{suffix}"
    out = _toll_sql(lake_copy, "SELECT claim_id, value_low, outcome FROM claims ORDER BY claim_id", "--export",
                    str(target))
    assert out.returncode == 0, out.stderr
    con = duckdb.connect()
    expected = _toll_sql(lake_copy, "SELECT count(*) AS n FROM claims", "--format", "json")
    n = json.loads(expected.stdout)["n"]
    reader = {".csv": "read_csv", ".parquet": "read_parquet", ".json": "read_json"}[suffix]
    rows = con.execute(f"SELECT claim_id, value_low FROM {reader}(?)", [str(target)]).fetchall()
    assert len(rows) == n and all(r[0] for r in rows)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left behind
    assert _hashes(lake_copy) == before


def test_export_refuses_an_unknown_suffix(lake_copy, tmp_path):
    out = _toll_sql(lake_copy, "SELECT 1", "--export", str(tmp_path / "x.xlsx"))
    assert out.returncode != 0 and ".parquet" in out.stderr and not (tmp_path / "x.xlsx").exists()


def test_the_sandboxed_connection_itself_refuses_files_and_settings(sample_ledger, tmp_path):
    """Below the statement check: DuckDB on its own refuses file access and reopening it on that connection.

    (It would let a COPY write under the lake's data path, which it must read: the statement check refuses COPY.)
    """
    lake, _, _ = sample_ledger
    con = lake.connect(read_only=True, sandbox=True)
    try:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
        for sql in ("SELECT * FROM read_text('/etc/hostname')", "SELECT * FROM glob('/root/**')",
                    "SET enable_external_access = true", "SET allowed_directories = ['/']",
                    "SET lock_configuration = false", f"COPY (SELECT 1) TO '{tmp_path}/x.csv'"):
            with pytest.raises(duckdb.Error):
                con.execute(sql)
    finally:
        con.close()


@pytest.mark.parametrize("sql", ["SELECT 1", "FROM claims", "SUMMARIZE claims",
                                 "SELECT * FROM claims AT (VERSION => 3)", "SELECT * FROM lake.snapshots()"])
def test_check_query_lets_reads_through(sql):
    assert check_query(sql)


@pytest.mark.parametrize("sql", ["SELECT 1;SELECT 2", "PRAGMA enable_profiling", "SET x = 1", "USE memory",
                                 "DETACH lake", "CREATE TABLE t (x INT)", "INSERT INTO claims DEFAULT VALUES",
                                 "SELECT (SELECT count(*) FROM sqlite_scan('a', 'b'))",
                                 "SELECT 1 WHERE 1 IN (SELECT 1 FROM ducklake_expire_snapshots('lake'))"])
def test_check_query_refuses(sql):
    with pytest.raises(RefusedQuery):
        check_query(sql)
