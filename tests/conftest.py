"""Shared fixtures: a ledger built once from the sample reports (plus two bad files) in a temp folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "reports"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_ledger(tmp_path_factory):
    """Materialize every asset on the sample reports, a binary file and an empty file; return (lake, result)."""
    import dagster as dg

    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    base = tmp_path_factory.mktemp("ledger")
    reports = base / "reports"
    shutil.copytree(SAMPLES, reports)
    (reports / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (reports / "empty.md").write_bytes(b"")
    lake_dir = base / "lake"
    with dg.instance_for_test() as instance:
        result = materialize_all(lake_dir=str(lake_dir), folder=str(reports), instance=instance)
        yield Lake(lake_dir), result, instance


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server for the session's tests (TOLL_TEST_PG_DSN, else a throwaway one on 127.0.0.1); each
    test makes its own database with `tests.servers.createdb`. Skips, saying why, when there is none to be had."""
    import os

    from tests.servers import ServerUnavailable, postgres_server

    try:
        import duckdb_extension_postgres_scanner  # noqa: F401
    except ImportError:
        pytest.skip("duckdb-extension-postgres-scanner is not installed: DuckDB cannot reach a Postgres catalog")
    if os.environ.get("TOLL_TEST_PG_DSN"):
        yield os.environ["TOLL_TEST_PG_DSN"]
        return
    try:
        with postgres_server() as dsn:
            yield dsn
    except ServerUnavailable as exc:
        pytest.skip(str(exc))
