"""Past one machine: Dagster's instance on PostgreSQL, runs of days executed by two celery workers fed by a real
redis broker, the DuckLake catalog on PostgreSQL; the tables equal those of the single-process run.

Starts PostgreSQL, redis-server (both Debian packages that .ci/run installs) and two `celery` workers on
127.0.0.1, each in its own process group, stopped at the end; skips, saying why, when a server cannot start.
The configuration is the committed dagster_project/scale-out.yaml with its environment settings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import urllib.request
from contextlib import ExitStack
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.servers import ServerUnavailable, createdb, free_port, redis_server, server, wait_http

ROOT = Path(__file__).resolve().parents[2]
PY = Path(sys.executable)

TOWNS = ["Mosul", "Aleppo", "Maiduguri", "Mogadishu", "Kharkiv", "Menaka", "Kandahar", "Goma", "Bunia", "Sanaa",
         "Idlib", "Gao", "Kidal", "Mopti", "Raqqa", "Homs"]
OUTLETS = ["Evening Lantern", "Coastal Wire", "Plains Courier", "Harbour Daily"]
FIRST = date(2023, 3, 6)
# Three ways of telling one incident, written for this test: a first count, a hospital's count, a revised toll.
TELLINGS = [
    "{town}, {day:%d %B %Y}: At least {dead} people were killed and {hurt} wounded when gunmen opened fire on a "
    "crowded market in {town} on {day:%A}, local officials said. Shops stayed shut through the afternoon.",
    "A hospital director in {town} told the {outlet} that {dead} bodies had been brought in since the market "
    "shooting, and that another {hurt} people were being treated for gunshot wounds.",
    "The death toll from the market attack in {town} has risen to {dead}, the regional health office said on "
    "{day:%A}. Mourners gathered outside the main mosque as funerals began.",
]


def write_archive(folder: Path) -> int:
    """Reports on 16 incidents over 6 days, each told on 3 days by 4 outlets with figures that grow: 192 files."""
    n = 0
    for i, town in enumerate(TOWNS):
        start = FIRST + timedelta(days=i % 4)
        for d in range(3):
            day = start + timedelta(days=d)
            for j, outlet in enumerate(OUTLETS):
                dead, hurt = 5 + 3 * i + 4 * d + j, 20 + 2 * i + 5 * d
                text = TELLINGS[(d + j) % 3].format(town=town, day=day, dead=dead, hurt=hurt, outlet=outlet)
                slug = outlet.lower().replace(" ", "-")
                (folder / f"{day}-{town.lower()}-{slug}.md").write_text(
                    f"---\ntitle: \"{town} market attack\"\noutlet: {outlet}\npublished: {day}\n---\n{text}\n")
                n += 1
    return n


def _celery_worker(name: str, env: dict, log: Path):
    cmd = [str(PY.with_name("celery")), "-A", "dagster_celery.app", "-b", env["TOLL_CELERY_BROKER"],
           "--result-backend", env["TOLL_CELERY_BROKER"], "worker", "-Q", "dagster", "--pool", "solo",
           "--prefetch-multiplier", "1", "-n", f"{name}@%h", "--without-gossip", "--without-mingle",
           "--without-heartbeat", "--loglevel", "INFO"]
    return server(cmd, env=env, cwd=ROOT, log=log)


def _tables(lake) -> dict[str, list[tuple]]:
    """Every table's rows, without the columns that say when or by which run a row was written, sorted."""
    from dagster_project.lake import TABLES, VOLATILE_COLUMNS

    out = {}
    with lake.reader() as con:
        for table in TABLES:
            cols = [r[0] for r in con.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall()
                    if r[0] not in VOLATILE_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f"SELECT {quoted} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


def _s3_server(log: Path):
    """moto's S3-compatible server on 127.0.0.1 with one bucket, `ledger`; yields its address."""
    from contextlib import contextmanager

    @contextmanager
    def running():
        port = free_port()
        with server([str(PY.with_name("moto_server")), "-H", "127.0.0.1", "-p", str(port)], log=log) as proc:
            url = f"http://127.0.0.1:{port}"
            wait_http(f"{url}/moto-api/", 120, proc)
            urllib.request.urlopen(urllib.request.Request(f"{url}/ledger", method="PUT"), timeout=30).read()
            yield url

    return running()


def test_days_in_parallel_on_celery_workers_equal_one_process(postgres, tmp_path, monkeypatch):
    import dagster as dg

    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    reports = tmp_path / "reports"
    reports.mkdir()
    n = write_archive(reports)
    # the single-process run: SQLite catalog, in-process executor, a throwaway instance
    with dg.instance_for_test() as instance:
        one = materialize_all(lake_dir=str(tmp_path / "one"), folder=str(reports), instance=instance)
    assert one.success
    want = _tables(Lake(tmp_path / "one"))
    assert len(want["reports"]) == n and len(want["claims"]) > n

    # past one machine: the committed scale-out.yaml and the environment it names, for every process
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(ROOT / "dagster_project" / "scale-out.yaml", home / "dagster.yaml")
    instance_dsn, catalog_dsn = createdb(postgres, "dagster"), createdb(postgres, "lake")
    pg = dict(p.split("=", 1) for p in instance_dsn.split())
    with ExitStack() as stack:
        try:
            broker = stack.enter_context(redis_server(tmp_path / "redis"))
        except ServerUnavailable as exc:
            pytest.skip(str(exc))
        endpoint = stack.enter_context(_s3_server(tmp_path / "s3.log"))
        settings = {
            "DAGSTER_HOME": str(home),
            "TOLL_DAGSTER_PG_URL": f"postgresql+psycopg2://{pg['user']}@{pg['host']}:{pg['port']}/dagster",
            "TOLL_LAKE_CATALOG": f"postgres:{catalog_dsn}", "TOLL_LAKE_DATA_PATH": "s3://ledger/lake/",
            "TOLL_S3_ENDPOINT": endpoint, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_REGION": "us-east-1", "TOLL_CELERY_BROKER": broker, "TOLL_PARALLEL_RUNS": "4",
            "TOLL_LAKE_DIR": str(tmp_path / "parallel")}
        for k, v in settings.items():
            monkeypatch.setenv(k, v)
        env = dict(os.environ)
        stack.enter_context(_celery_worker("w1", env, tmp_path / "w1.log"))
        stack.enter_context(_celery_worker("w2", env, tmp_path / "w2.log"))
        run = subprocess.run(
            [str(PY), "-c", "import sys; from dagster_project.run import materialize_all; "
             f"r = materialize_all(folder={str(reports)!r}); print(r.day_runs, len(r.run_ids)); "
             "sys.exit(0 if r.success else 1)"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
        logs = {w: (tmp_path / f"{w}.log").read_text(errors="replace") for w in ("w1", "w2")}
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:] + logs["w1"][-3000:]
        assert run.stdout.split()[:2] == ["4", "5"], run.stdout  # 6 days in 4 runs at once, then validate & co
        # the runs' steps went through the broker to both workers, not the calling process
        for w, text in logs.items():
            assert "execute_plan" in text and "succeeded" in text, f"worker {w} ran no step:\n{text[-2000:]}"
        # the data files are on the S3 server, the catalog in PostgreSQL
        objects = urllib.request.urlopen(f"{endpoint}/ledger?list-type=2", timeout=30).read().decode()
        assert "<Key>lake/main/claims/" in objects and objects.count(".parquet</Key>") >= 5, objects[:500]
        got = _tables(Lake(catalog=settings["TOLL_LAKE_CATALOG"], data_path=settings["TOLL_LAKE_DATA_PATH"]))
        for table in want:
            assert got[table] == want[table], f"{table} differs from the single-process run"
        # the runs are in the shared instance
        with dg.DagsterInstance.get() as inst:
            runs = inst.get_runs()
        assert len(runs) == 5 and all(r.status == dg.DagsterRunStatus.SUCCESS for r in runs)


def test_days_are_cut_into_contiguous_ranges_of_about_equal_size():
    from dagster_project.run import split_range

    keys = [f"2023-03-{d:02d}" for d in range(1, 12)]
    for first, last, n in (("2023-03-02", "2023-03-07", 4), ("2023-03-05", "2023-03-06", 4),
                           ("2023-03-01", "2023-03-11", 1), ("2023-03-01", "2023-03-11", 3)):
        got = split_range(keys, first, last, n)
        days = keys[keys.index(first):keys.index(last) + 1]
        assert len(got) == min(n, len(days))
        spans = [keys[keys.index(a):keys.index(b) + 1] for a, b in got]
        assert [d for span in spans for d in span] == days  # every day once, in order
        assert max(map(len, spans)) - min(map(len, spans)) <= 1
