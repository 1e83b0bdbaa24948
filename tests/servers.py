"""Starting real servers for tests and benchmarks: own process group, default signals, 127.0.0.1, always stopped."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reset_signals() -> None:
    # A CI shell may start us with SIGINT/SIGTERM ignored; the server must die when told to.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def server(cmd: list[str], env: dict | None = None, cwd: str | Path | None = None, log: Path | None = None):
    """Run `cmd` in its own process group for the duration of the block, then stop the whole group."""
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True, preexec_fn=_reset_signals)
    try:
        yield proc
    finally:
        _stop(proc)
        if log:
            out.close()


def wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status < 500:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=body,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        data = json.loads(resp.read())
    if data.get("errors"):
        raise RuntimeError(data["errors"])
    return data["data"]


ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def dagster_dev(base: Path, startup_timeout: float = 240, site: Path | None = None, site_port: int | None = None):
    """`dagster dev` (webserver and daemon) on a free port, with its own DAGSTER_HOME, lake and inbox under
    `base`. Yields (port, inbox folder, lake dir). With `site`, it is started as `make ui` starts it (`toll ui`),
    which serves that folder on `site_port` and points the runs' TOLL_SITE_URL at it."""
    import shutil
    import sys

    home, inbox, lake = base / "dagster_home", base / "inbox", base / "lake"
    for d in (home, inbox):
        d.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "dagster_project" / "dagster.yaml", home / "dagster.yaml")
    sources = base / "sources.yaml"
    sources.write_text(f"sources:\n  - name: inbox\n    kind: folder\n    path: {inbox}\n")
    port = free_port()
    env = {"DAGSTER_HOME": str(home), "TOLL_LAKE_DIR": str(lake), "TOLL_SOURCES": str(sources)}
    cmd = [str(Path(sys.executable).with_name("dagster")), "dev", "-w", str(ROOT / "workspace.yaml"),
           "-h", "127.0.0.1", "-p", str(port)]
    if site is not None:
        env.update({"TOLL_SITE_DIR": str(site), "TOLL_SITE_URL": ""})
        cmd = [str(Path(sys.executable).with_name("toll")), "ui", "--port", str(port), "--site-port", str(site_port)]
    with server(cmd, env=env, cwd=ROOT, log=base / "dagster-dev.log") as proc:
        wait_http(f"http://127.0.0.1:{port}/server_info", startup_timeout, proc)
        wait_until(lambda: _location_loaded(port), startup_timeout, "the code location to load")
        yield port, inbox, lake


def _location_loaded(port: int) -> bool:
    data = graphql(port, "{ workspaceOrError { ... on Workspace { locationEntries { name "
                         "locationOrLoadError { __typename } } } } }")
    entries = data["workspaceOrError"]["locationEntries"]
    return bool(entries) and all(e["locationOrLoadError"]["__typename"] == "RepositoryLocation" for e in entries)


def wait_until(predicate, timeout: float, what: str, every: float = 1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except (OSError, RuntimeError):
            value = None
        if value:
            return value
        time.sleep(every)
    raise TimeoutError(f"waited {timeout} s for {what}")


RUNS_QUERY = """query($tags: [ExecutionTag!]) { runsOrError(filter: {tags: $tags}) {
  ... on Runs { results { runId status tags { key value } } } } }"""


def runs_tagged(port: int, key: str, value: str) -> list[dict]:
    data = graphql(port, RUNS_QUERY, {"tags": [{"key": key, "value": value}]})
    return data["runsOrError"]["results"]


def chromium_binary() -> str | None:
    import shutil

    return shutil.which("chromium") or shutil.which("chromium-browser")


def browse(url: str, screenshot: Path | None = None, wait_ms: int = 15000, size: str = "1400,900") -> str:
    """Load `url` in headless Chromium (Debian's), let its scripts run for `wait_ms` of virtual time, and
    return the rendered DOM; optionally save a screenshot."""
    import tempfile

    binary = chromium_binary()
    if binary is None:
        raise FileNotFoundError("chromium is not installed (.ci/run installs Debian's chromium)")
    with tempfile.TemporaryDirectory() as profile:
        flags = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={size}",
                 f"--virtual-time-budget={wait_ms}"]
        if screenshot is not None:
            subprocess.run([*flags, f"--screenshot={screenshot}", url], capture_output=True, timeout=120,
                           start_new_session=True, preexec_fn=_reset_signals, check=False)
        out = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=120,
                             start_new_session=True, preexec_fn=_reset_signals, check=False)
        return out.stdout


class ServerUnavailable(RuntimeError):
    """A server could not be had here (not installed, refused to start): tests skip with this message."""


def _as_user(name: str):
    """preexec_fn for a server that refuses root (PostgreSQL): default signals, and `name`'s ids when we are root."""
    import pwd

    uid = gid = None
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam(name)
        except KeyError as exc:
            raise ServerUnavailable(f"running as root and there is no `{name}` user to run the server as") from exc
        uid, gid = pw.pw_uid, pw.pw_gid

    def preexec():
        _reset_signals()
        if uid is not None:
            os.setgid(gid)
            os.setuid(uid)

    return preexec, uid, gid


@contextmanager
def postgres_server(db: str = "toll"):
    """A throwaway PostgreSQL server (Debian's postgresql package, which .ci/run installs) with database `db`, on a
    free port of 127.0.0.1, in its own process group, stopped and deleted at the end. Yields its libpq DSN
    (`dbname=... host=127.0.0.1 port=... user=postgres`). Raises ServerUnavailable when there is none to be had."""
    import glob
    import shutil
    import tempfile

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or [shutil.which("initdb") or ""]
    if not found[-1]:
        raise ServerUnavailable("no PostgreSQL server here (initdb not found): `apt-get install postgresql`, "
                                "as .ci/run does")
    bindir = Path(found[-1]).parent
    preexec, uid, gid = _as_user("postgres")
    data = Path(tempfile.mkdtemp(prefix="toll-pg-"))  # its own folder: the server's user must reach it
    if uid is not None:
        os.chown(data, uid, gid)
    run = dict(preexec_fn=preexec, capture_output=True, text=True, timeout=120)
    init = subprocess.run([str(bindir / "initdb"), "-D", str(data / "db"), "-U", "postgres", "--auth=trust",
                           "-E", "UTF8", "--no-sync"], **run)
    if init.returncode:
        raise ServerUnavailable(f"could not create a PostgreSQL cluster: {init.stderr.strip()[-300:]}")
    port = free_port()
    log = open(data / "server.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [str(bindir / "postgres"), "-D", str(data / "db"), "-p", str(port), "-k", str(data),
         "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
         "-c", "full_page_writes=off", "-c", "max_connections=200"],
        stdout=log, stderr=subprocess.STDOUT, preexec_fn=preexec, start_new_session=True)
    try:
        for _ in range(150):
            ready = subprocess.run([str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)],
                                   capture_output=True)
            if ready.returncode == 0 or proc.poll() is not None:
                break
            time.sleep(0.2)
        created = subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                                  db], capture_output=True, text=True, timeout=60)
        if proc.poll() is not None or created.returncode:
            raise ServerUnavailable(f"the PostgreSQL server did not start: {(data / 'server.log').read_text()[-300:]}"
                                    f"{created.stderr[-200:]}")
        yield f"dbname={db} host=127.0.0.1 port={port} user=postgres"
    finally:
        _stop(proc, signal.SIGINT)  # PostgreSQL's fast shutdown
        log.close()
        shutil.rmtree(data, ignore_errors=True)


def createdb(dsn: str, name: str) -> str:
    """A fresh database `name` (dropped first if there) on the server of `dsn`; its DSN."""
    import psycopg2

    con = psycopg2.connect(dsn)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        con.close()
    parts = dict(p.split("=", 1) for p in dsn.split())
    return " ".join(f"{k}={name if k == 'dbname' else v}" for k, v in {**parts, "dbname": name}.items())


@contextmanager
def redis_server(base: Path):
    """Debian's redis-server (which .ci/run installs) on a free port of 127.0.0.1, no persistence, in its own process
    group, stopped at the end. Yields its URL. Raises ServerUnavailable when there is none to be had."""
    import shutil

    binary = shutil.which("redis-server")
    if binary is None:
        raise ServerUnavailable("no redis-server here: `apt-get install redis-server`, as .ci/run does")
    port = free_port()
    base.mkdir(parents=True, exist_ok=True)
    cmd = [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
           "--dir", str(base), "--protected-mode", "yes"]
    with server(cmd, log=base / "redis.log") as proc:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise ServerUnavailable(f"redis-server exited: {(base / 'redis.log').read_text()[-300:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise ServerUnavailable("redis-server did not answer PING within 30 s")
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"


def _stop(proc: subprocess.Popen, first: int = signal.SIGTERM) -> None:
    """Stop `proc`'s whole process group: `first`, then SIGKILL."""
    for sig, wait in ((first, 30), (signal.SIGKILL, 5)):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue
