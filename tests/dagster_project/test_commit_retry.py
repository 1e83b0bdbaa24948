"""Two writers commit to one table of a lake on a PostgreSQL catalog at once: DuckLake refuses the later commit
when the earlier one deleted from the table it inserts into, and Lake.commit redoes it. No row is lost or doubled."""

from __future__ import annotations

import threading

import duckdb
import pandas as pd
import pytest

from dagster_project import lake as lake_module
from dagster_project.lake import Lake, Write, is_conflict
from tests.servers import createdb

TABLE = "rejected_reports"  # any keyed table of the schema: rows replaced by partition_date


def _rows(day: str, n: int, tag: str) -> pd.DataFrame:
    return pd.DataFrame({"report_id": [f"{tag}-{day}-{i}" for i in range(n)], "source": tag,
                         "path": [f"{day}/{i}" for i in range(n)], "reason": "test", "byte_size": n,
                         "partition_date": pd.to_datetime([day] * n).date})


def _write(lake: Lake, day: str, n: int, tag: str) -> int:
    keys = (pd.Timestamp(day).date(),)
    return lake.commit([Write(TABLE, _rows(day, n, tag), key="partition_date", keys=keys)], message=f"{tag} {day}")


@pytest.fixture()
def pg_lake(postgres, tmp_path, request):
    dsn = createdb(postgres, f"retry_{request.node.name.lower()[:40]}")
    lake = Lake(tmp_path / "lake", catalog=f"postgres:{dsn}", data_path=f"{tmp_path / 'files'}/")
    _write(lake, "2024-01-01", 3, "seed")
    _write(lake, "2024-01-02", 3, "seed")
    return lake


def test_a_conflicting_commit_is_redone(pg_lake, monkeypatch):
    """Writer B is held inside its transaction while writer A replaces another day's rows of the same table and
    commits: B's commit conflicts, is redone on A's version, and both days hold exactly their new rows."""
    b_inside, a_done = threading.Event(), threading.Event()
    real = lake_module._unchanged

    def held(con, w, i):  # B pauses after BEGIN (its read version taken) until A has committed
        if threading.current_thread().name == "writer-b" and not a_done.is_set():
            b_inside.set()
            assert a_done.wait(60)
        return real(con, w, i)

    monkeypatch.setattr(lake_module, "_unchanged", held)
    b_lake = Lake(pg_lake.lake_dir, pg_lake.catalog, pg_lake.data_path)
    errors: list[BaseException] = []

    def writer_b():
        try:
            _write(b_lake, "2024-01-02", 5, "b")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer_b, name="writer-b")
    thread.start()
    assert b_inside.wait(60)
    _write(pg_lake, "2024-01-01", 4, "a")
    a_done.set()
    thread.join(120)
    assert not errors, errors
    assert b_lake.last_commit.retries == 1  # it did conflict, once, and was redone
    got = pg_lake.query(f"SELECT source, partition_date::VARCHAR AS day, count(*) AS n FROM {TABLE} "
                        "GROUP BY ALL ORDER BY day")
    assert got.to_dict("records") == [{"source": "a", "day": "2024-01-01", "n": 4},
                                      {"source": "b", "day": "2024-01-02", "n": 5}]


def test_writers_in_parallel_lose_and_double_nothing(pg_lake):
    """Two writers replace their own days of one table 5 times each, as fast as they can: every commit lands,
    and the table holds each writer's last rows once."""
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(tag: str, day: str):
        lake = Lake(pg_lake.lake_dir, pg_lake.catalog, pg_lake.data_path)
        try:
            for i in range(1, 6):
                start.wait(60)  # each round starts together, so the commits overlap
                _write(lake, day, i, tag)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
            start.abort()

    threads = [threading.Thread(target=writer, args=a) for a in (("a", "2024-01-01"), ("b", "2024-01-02"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors
    got = pg_lake.query(f"SELECT source, partition_date::VARCHAR AS day, count(*) AS n, count(DISTINCT report_id) "
                        f"AS ids FROM {TABLE} GROUP BY ALL ORDER BY day")
    assert got.to_dict("records") == [{"source": "a", "day": "2024-01-01", "n": 5, "ids": 5},
                                      {"source": "b", "day": "2024-01-02", "n": 5, "ids": 5}]


def test_other_failures_are_not_retried(pg_lake):
    with pytest.raises(duckdb.Error) as err:
        pg_lake.commit([Write(TABLE, pd.DataFrame({"no_such_column": [1]}))])
    assert not is_conflict(err.value)
