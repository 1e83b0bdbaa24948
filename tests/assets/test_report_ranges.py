"""The claims step's read of a run's reports in date order, a range of keys at a time (normalize.date_ordered_reports),
against the one sorted query it replaces."""

import random
from datetime import date, timedelta

import duckdb
import pandas as pd
import pytest

from assets.normalize import READ_COLUMNS, date_ordered_reports, key_ranges

ONE_SORT = (f"SELECT {READ_COLUMNS} FROM reports WHERE partition_date IN (SELECT UNNEST(?)) AND withdrawn_at IS NULL "
            "ORDER BY published NULLS LAST, report_id")


@pytest.fixture(scope="module")
def con():
    rng = random.Random(7)
    con = duckdb.connect()
    con.execute("""CREATE TABLE reports (report_id VARCHAR, text VARCHAR, published DATE, partition_date DATE,
                   url VARCHAR, outlet VARCHAR, language VARCHAR, source VARCHAR, path VARCHAR, byte_size BIGINT,
                   withdrawn_at TIMESTAMP WITH TIME ZONE)""")
    rows = []
    for i in range(700):
        published = None if rng.random() < 0.15 else date(2020, 1, 1) + timedelta(days=rng.randrange(40))
        day = published or date(2024, 12, 1) + timedelta(days=rng.randrange(3))
        text = f"report {i} " + "x" * rng.randrange(0, 3000)
        rid = f"{rng.randrange(16 ** 6):06x}"
        withdrawn = pd.Timestamp("2025-01-01", tz="UTC") if rng.random() < 0.05 else None
        size = None if rng.random() < 0.1 else len(text)
        rows.append((rid, text, published, day, None, "Wire", "en", "archive", f"p{i}.txt", size, withdrawn))
        if rng.random() < 0.05:  # the same bytes at another path: one report id, two rows
            rows.append((rid, text, published, day, None, "Wire", "en", "archive", f"q{i}.txt", size, None))
    con.executemany("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    yield con
    con.close()


def _days(con):
    every = [d for (d,) in con.execute("SELECT DISTINCT partition_date FROM reports ORDER BY 1").fetchall()]
    return every, every[::2]


def _keys(frame: pd.DataFrame) -> list[tuple]:
    return [(None if pd.isna(p) else pd.Timestamp(p).date(), r) for p, r in zip(frame.published, frame.report_id,
                                                                               strict=True)]


@pytest.mark.parametrize("limits", [(1, 1), (3, 10_000), (50, 1 << 40), (1 << 20, 20_000), (1 << 20, 1 << 40)])
def test_ranges_give_the_one_sorts_rows_in_its_order(con, limits):
    for days in _days(con):
        whole = con.execute(ONE_SORT, [days]).df()
        total, batches = date_ordered_reports(con, days, *limits)
        frames = list(batches)
        assert all(0 < len(f) <= 2048 for f in frames)
        got = pd.concat(frames, ignore_index=True)
        assert total == len(whole) == len(got)
        assert _keys(got) == _keys(whole)  # the same order (rows of one key, one report at two paths, in any order)
        rows = sorted(map(repr, got.astype(object).itertuples(index=False)))
        assert rows == sorted(map(repr, whole.astype(object).itertuples(index=False)))


def test_no_reports_gives_no_frames(con):
    total, batches = date_ordered_reports(con, [date(1999, 1, 1)])
    assert total == 0 and list(batches) == []


def test_key_ranges_keep_to_their_limits_and_apart_from_undated_keys():
    d1, d2 = date(2020, 1, 1), date(2020, 1, 2)
    keys = [(d1, "a", 1, 10), (d1, "b", 2, 10), (d2, "a", 1, 100), (d2, "c", 1, 5), (None, "a", 1, 1), (None, "b", 1, 1)]
    assert key_ranges(keys, reports=3, size=1000) == [(keys[0], keys[1]), (keys[2], keys[3]), (keys[4], keys[5])]
    assert key_ranges(keys, reports=100, size=50) == [(keys[0], keys[1]), (keys[2], keys[2]), (keys[3], keys[3]),
                                                      (keys[4], keys[5])]
    # a key larger than the limits is a range of its own
    assert key_ranges(keys[:3], reports=1, size=1) == [(k, k) for k in keys[:3]]
    assert key_ranges([], 10, 10) == []
