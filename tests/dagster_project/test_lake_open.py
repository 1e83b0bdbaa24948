"""What opening the lake costs once per process, not per connection, and stays right."""

from __future__ import annotations

import shutil

import pandas as pd

from dagster_project import lake as lakes
from dagster_project.lake import Lake, Write


def _unsigned_allowed(con) -> bool:
    return con.execute("SELECT current_setting('allow_unsigned_extensions')").fetchone()[0]


def test_extensions_are_checked_once_per_process_and_always_for_a_sandbox(tmp_path, monkeypatch):
    monkeypatch.setattr(lakes, "_VERIFIED", set())
    lake = Lake(tmp_path / "lake")
    with lake.connect() as first:  # its extensions' signatures are checked
        assert _unsigned_allowed(first) is False
    assert {"ducklake", "sqlite_scanner"} <= lakes._VERIFIED
    with lake.connect() as again, lake.connect(read_only=True) as reader:
        assert _unsigned_allowed(again) is True and _unsigned_allowed(reader) is True
        # nothing fetched from the network is ever loaded unchecked
        assert again.execute("SELECT current_setting('autoinstall_known_extensions')").fetchone()[0] is False
        assert reader.execute("SELECT count(*) FROM reports").fetchone()[0] == 0
    with lake.connect(read_only=True, sandbox=True) as typed:  # queries a person types: checked every time
        assert _unsigned_allowed(typed) is False


def test_a_lake_made_again_at_the_same_place_gets_its_tables_again(tmp_path):
    lake = Lake(tmp_path / "lake")
    frame = pd.DataFrame([{"report_id": "r1", "text": "x"}])
    lake.commit([Write("reports", frame)])
    assert len(lake.query("SELECT * FROM reports")) == 1
    shutil.rmtree(lake.lake_dir)
    lake.commit([Write("claims", pd.DataFrame([{"claim_id": "c1", "report_id": "r1"}]))])  # a new lake
    assert len(lake.query("SELECT * FROM reports")) == 0 and len(lake.query("SELECT * FROM claims")) == 1


def _memory_limit(con) -> str:
    return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]


def test_each_connection_has_a_memory_limit_and_a_temp_folder_of_its_own(tmp_path, monkeypatch):
    """A connection's DuckDB holds at most TOLL_DUCKDB_MEMORY (512MB unless set; `none`: DuckDB's own default, most
    of the machine's memory), and spills to a folder of its own."""
    lake = Lake(tmp_path / "lake")
    monkeypatch.delenv(lakes.MEMORY_ENV, raising=False)
    with lake.connect() as a, lake.connect(read_only=True) as b:
        assert _memory_limit(a) == _memory_limit(b) == "488.2 MiB"  # 512MB
        folders = {c.execute("SELECT current_setting('temp_directory')").fetchone()[0] for c in (a, b)}
        assert len(folders) == 2
    monkeypatch.setenv(lakes.MEMORY_ENV, "1GB")
    with lake.connect(read_only=True) as c:
        assert _memory_limit(c) == "953.6 MiB"
    monkeypatch.setenv(lakes.MEMORY_ENV, "none")
    with lake.connect(read_only=True) as c:
        assert _memory_limit(c) == lakes.duckdb.connect().execute("SELECT current_setting('memory_limit')").fetchone()[0]


def test_a_commit_that_needs_more_than_the_limit_is_redone_without_it(tmp_path, monkeypatch, caplog):
    """The limit bounds what DuckDB keeps; a write that cannot fit in it (here one row holding a list of four million
    ids, under 32MB) is redone once without a limit, with a warning, instead of failing the run."""
    lake = Lake(tmp_path / "lake")
    lake.latest_version() if lake.exists() else lake.connect().close()  # its tables made first
    monkeypatch.setenv(lakes.MEMORY_ENV, "32MB")
    big = "SELECT 'r' AS rule, list(CAST(i AS VARCHAR)) AS claim_ids FROM range(4000000) t(i)"
    with lake.connect() as con:
        try:
            con.execute(f"CREATE TEMP TABLE t AS {big}")
            raise AssertionError("expected DuckDB to run out of memory under 16MB")
        except lakes.duckdb.Error as exc:
            assert lakes.out_of_memory(exc)
    lake.commit([Write("flags", sql=big, replace_all=True)])
    assert "redoing it without the limit" in caplog.text
    assert lakes.database_config()["memory_limit"] == "32MB"  # later connections have the limit again
    monkeypatch.setenv(lakes.MEMORY_ENV, "none")  # (reading that row back needs more, too)
    with lake.reader() as con:
        assert con.execute("SELECT len(claim_ids) FROM flags").fetchall() == [(4_000_000,)]
