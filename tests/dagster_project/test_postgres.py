"""The scale-out path: the same pipeline with the DuckLake catalog on PostgreSQL, chosen by configuration alone.

Uses TOLL_TEST_PG_DSN when set; otherwise starts a throwaway PostgreSQL server (Debian's postgresql package,
which .ci/run installs) in a temp folder, on a free port of 127.0.0.1, in its own process group, stopped at
the end. Skips, saying why, when there is no server to be had.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres_user():
    """Run the server as `postgres` when we are root (PostgreSQL refuses root), with default signals."""
    uid = gid = None
    if os.geteuid() == 0:
        import pwd

        pw = pwd.getpwnam("postgres")
        uid, gid = pw.pw_uid, pw.pw_gid

    def preexec():
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if uid is not None:
            os.setgid(gid)
            os.setuid(uid)

    return preexec, uid, gid


@pytest.fixture(scope="module")
def pg_dsn():
    if os.environ.get("TOLL_TEST_PG_DSN"):
        yield os.environ["TOLL_TEST_PG_DSN"]
        return
    try:
        import duckdb_extension_postgres_scanner  # noqa: F401
    except ImportError:
        pytest.skip("duckdb-extension-postgres-scanner is not installed: DuckDB cannot reach a Postgres catalog")
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or [shutil.which("initdb") or ""]
    bindir = Path(found[-1]).parent if found[-1] else None
    if bindir is None:
        pytest.skip("no PostgreSQL server here (initdb not found): `apt-get install postgresql`, as .ci/run does, "
                    "or set TOLL_TEST_PG_DSN")
    try:
        preexec, uid, gid = _as_postgres_user()
    except KeyError:
        pytest.skip("running as root and there is no `postgres` user to run the server as")
    data = Path(tempfile.mkdtemp(prefix="toll-pg-"))
    if uid is not None:
        os.chown(data, uid, gid)
    port = _free_port()
    run = dict(preexec_fn=preexec, capture_output=True, text=True, timeout=120)
    init = subprocess.run([str(bindir / "initdb"), "-D", str(data / "db"), "-U", "postgres", "--auth=trust",
                           "-E", "UTF8", "--no-sync"], **run)
    if init.returncode:
        shutil.rmtree(data, ignore_errors=True)
        pytest.skip(f"could not create a PostgreSQL cluster: {init.stderr.strip()[-300:]}")
    log = open(data / "server.log", "w")  # noqa: SIM115 - closed in the finalizer
    server = subprocess.Popen(
        [str(bindir / "postgres"), "-D", str(data / "db"), "-p", str(port), "-k", str(data),
         "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off"],
        stdout=log, stderr=subprocess.STDOUT, preexec_fn=preexec, start_new_session=True)
    try:
        for _ in range(100):
            ready = subprocess.run([str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                                   capture_output=True)
            if ready.returncode == 0 or server.poll() is not None:
                break
            time.sleep(0.2)
        created = subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                                  "toll"], capture_output=True, text=True, timeout=60)
        if server.poll() is not None or created.returncode:
            pytest.skip(f"the PostgreSQL server did not start: {(data / 'server.log').read_text()[-300:]}"
                        f"{created.stderr[-200:]}")
        yield f"dbname=toll host=127.0.0.1 port={port} user=postgres"
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)  # fast shutdown; our own process group only
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.close()
        shutil.rmtree(data, ignore_errors=True)


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
