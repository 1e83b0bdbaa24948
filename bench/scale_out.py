"""Days run in parallel on celery workers (dagster_project/scale-out.yaml) against the single-process run.

Usage: python bench/scale_out.py [--reports 300] [--workers 2] [--runs 4] [--s3]

Makes an archive with bench/make_archive.py, then materializes it twice from a fresh lake, each time in a
subprocess, timed from start to end of `materialize_all` (what `toll run` does, without the site):
  1. single process: SQLite catalog, the in-process executor, the default dagster.yaml;
  2. past one machine: instance and DuckLake catalog on PostgreSQL, TOLL_PARALLEL_RUNS runs of days in flight,
     their steps on --workers celery workers fed by redis-server (started and ready before the clock starts),
     data files on local disk or, with --s3, on moto's S3-compatible server.
Prints both walls, their ratio and the rows of each lake. Servers come from tests/servers.py (127.0.0.1, own
process groups, always stopped). On a shared machine compare the ratio from one run, not absolute seconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import createdb, free_port, postgres_server, redis_server, server, wait_http  # noqa: E402

PY = ROOT / ".venv" / "bin" / "python"
RUN = ("import sys, time; from dagster_project.run import materialize_all; t = time.monotonic(); "
       "r = materialize_all(folder=sys.argv[1]); print(f'{time.monotonic() - t:.1f}', r.day_runs, r.success)")


def timed(env: dict, reports: Path) -> tuple[float, int]:
    out = subprocess.run([str(PY), "-c", RUN, str(reports)], env=env, cwd=ROOT, capture_output=True, text=True)
    if out.returncode or "True" not in out.stdout:
        sys.exit(f"run failed:\n{out.stdout[-2000:]}\n{out.stderr[-4000:]}")
    seconds, day_runs, _ = out.stdout.split()[-3:]
    return float(seconds), int(day_runs)


def counts(lake) -> dict[str, int]:
    return {t: int(lake.query(f"SELECT count(*) AS n FROM {t}").n[0]) for t in ("reports", "claims", "events")}


def wait_ready(log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while "ready." not in (log.read_text(errors="replace") if log.exists() else ""):
        if time.monotonic() > deadline:
            sys.exit(f"celery worker not ready: {log}")
        time.sleep(0.5)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=4, help="TOLL_PARALLEL_RUNS")
    ap.add_argument("--s3", action="store_true", help="data files on moto's S3 server")
    args = ap.parse_args()
    from dagster_project.lake import Lake

    base = Path(tempfile.mkdtemp(prefix="toll-scale-"))
    try:
        subprocess.run([str(PY), str(ROOT / "bench" / "make_archive.py"), str(args.reports), "--out",
                        str(base / "archive")], check=True, capture_output=True)
        reports = base / "archive" / "reports"
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("TOLL_", "DAGSTER_"))}
        one_home = base / "home-one"
        one_home.mkdir()
        shutil.copy(ROOT / "dagster_project" / "dagster.yaml", one_home / "dagster.yaml")
        one_env = {**clean, "DAGSTER_HOME": str(one_home), "TOLL_LAKE_DIR": str(base / "one")}
        single, single_runs = timed(one_env, reports)
        single_rows = counts(Lake(base / "one"))
        print(f"single process done: {single:.1f} s", flush=True)

        with ExitStack() as stack:
            pg = stack.enter_context(postgres_server())
            broker = stack.enter_context(redis_server(base / "redis"))
            idsn, cdsn = createdb(pg, "dagster"), createdb(pg, "lake")
            p = dict(kv.split("=", 1) for kv in idsn.split())
            home = base / "home-par"
            home.mkdir()
            shutil.copy(ROOT / "dagster_project" / "scale-out.yaml", home / "dagster.yaml")
            env = {**clean, "DAGSTER_HOME": str(home), "TOLL_LAKE_DIR": str(base / "par"),
                   "TOLL_DAGSTER_PG_URL": f"postgresql+psycopg2://{p['user']}@{p['host']}:{p['port']}/dagster",
                   "TOLL_LAKE_CATALOG": f"postgres:{cdsn}", "TOLL_LAKE_DATA_PATH": f"{base / 'par-files'}/",
                   "TOLL_CELERY_BROKER": broker, "TOLL_PARALLEL_RUNS": str(args.runs)}
            if args.s3:
                port = free_port()
                proc = stack.enter_context(server([str(PY.with_name("moto_server")), "-H", "127.0.0.1", "-p",
                                                   str(port)], log=base / "s3.log"))
                wait_http(f"http://127.0.0.1:{port}/moto-api/", 120, proc)
                urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/ledger", method="PUT"))
                env.update(TOLL_LAKE_DATA_PATH="s3://ledger/lake/", TOLL_S3_ENDPOINT=f"http://127.0.0.1:{port}",
                           AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_REGION="us-east-1")
            for i in range(args.workers):
                log = base / f"w{i}.log"
                stack.enter_context(server(
                    [str(PY.with_name("celery")), "-A", "dagster_celery.app", "-b", broker, "--result-backend", broker,
                     "worker", "-Q", "dagster", "--pool", "solo", "--prefetch-multiplier", "1", "-n", f"w{i}@%h",
                     "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "INFO"],
                    env=env, cwd=ROOT, log=log))
                wait_ready(log)
            parallel, par_runs = timed(env, reports)
            os.environ.update({k: v for k, v in env.items() if k.startswith(("AWS_", "TOLL_S3"))})
            par_rows = counts(Lake(catalog=env["TOLL_LAKE_CATALOG"], data_path=env["TOLL_LAKE_DATA_PATH"]))
        print(f"machine: {platform.node()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        print(f"archive: {args.reports} reports (bench/make_archive.py), rows {single_rows}")
        print(f"single process (SQLite catalog, in-process executor): {single:.1f} s in {single_runs} run(s) of days + 1")
        print(f"parallel ({args.workers} celery workers, {par_runs} runs of days in flight, PostgreSQL instance and "
              f"catalog, data on {'S3 (moto)' if args.s3 else 'local disk'}): {parallel:.1f} s, rows {par_rows}")
        print(f"ratio parallel / single: {parallel / single:.2f}")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
