"""The scale-out path: the same pipeline with the DuckLake catalog on PostgreSQL, chosen by configuration alone.

Uses the session's PostgreSQL server (tests/conftest.py: TOLL_TEST_PG_DSN, else a throwaway server of Debian's
postgresql package, which .ci/run installs, on 127.0.0.1); skips, saying why, when there is none to be had.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pg_dsn(postgres):
    """A database of its own on the session's PostgreSQL server (tests/conftest.py)."""
    from tests.servers import createdb

    return createdb(postgres, "toll_catalog")


def test_pipeline_on_a_postgres_catalog(pg_dsn, tmp_path, monkeypatch):
    import dagster as dg

    from dagster_project import versions as V
    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    reports = tmp_path / "reports"
    shutil.copytree(ROOT / "data" / "reports", reports)
    files = tmp_path / "object-store"  # any DATA_PATH: a folder here, s3://... in production
    monkeypatch.setenv("TOLL_LAKE_CATALOG", f"postgres:{pg_dsn}")
    monkeypatch.setenv("TOLL_LAKE_DATA_PATH", f"{files}/")
    with dg.instance_for_test() as instance:
        result = materialize_all(lake_dir=str(tmp_path / "lake"), folder=str(reports), instance=instance)
    assert result.success
    lake = Lake(tmp_path / "lake")
    assert lake.catalog.startswith("postgres:") and not (tmp_path / "lake" / "catalog.sqlite").exists()
    assert lake.query("SELECT count(*) AS n FROM reports").n[0] == 2
    assert lake.query("SELECT count(*) AS n FROM claims").n[0] > 0
    assert any(files.rglob("*.parquet")) or lake.query("SELECT count(*) AS n FROM event_estimates").n[0] > 0
    # versions, time travel and diff work the same on this catalog
    found = V.list_versions(lake, limit=None)
    claims_v = next(v.snapshot_id for v in found if v.asset == "claims")
    assert found[0].run_id == result.run_id
    assert lake.query(f"SELECT count(*) AS n FROM claims AT (VERSION => {claims_v - 1})").n[0] == 0
    assert {c.change for c in V.diff(lake, claims_v - 1, claims_v, table="claims")} == {"added"}
    # the catalog really lives in PostgreSQL
    con = lake.connect(read_only=True)
    try:
        con.execute(f"ATTACH '{pg_dsn}' AS pg (TYPE postgres, READ_ONLY)")
        n = con.execute("SELECT count(*) FROM pg.public.ducklake_snapshot").fetchone()[0]
    finally:
        con.close()
    assert n == len(found)
    out = subprocess.run([str(Path(os.sys.executable).with_name("toll")), "sql", "SELECT count(*) AS n FROM reports",
                          "--version", str(claims_v), "--format", "json"], capture_output=True, text=True,
                         timeout=120, env={**os.environ})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"n": 2}
