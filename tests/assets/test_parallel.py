"""Reading reports in a process pool, and in batches, gives the same rows as reading them all in one process."""

import pandas as pd
import pytest

import assets.normalize as normalize
from assets.normalize import PENDING, ClaimStream, link_reports, read_reports, report_pool
from claims.events import Linker

POOL_MIN = 24  # the pool's threshold, lowered so that a few dozen reports go through it


@pytest.fixture(autouse=True)
def small_pool_threshold(monkeypatch):
    monkeypatch.setattr(normalize, "POOL_MIN", POOL_MIN)

PLACES = ["Kidal", "Gao", "Mopti", "Maiduguri", "Beni", "Goma", "Kabul", "Mosul"]
SENTENCES = [
    "Gunmen killed {a} villagers near {p} on Monday, a local official said.",
    "At least {a} soldiers were wounded when a roadside bomb hit their convoy outside {p}, the army said.",
    "The toll from the market bombing in {p} rose to {b} dead, including {a} children, hospital staff told reporters.",
    "Fighters abducted about {a} people from two villages around {p} overnight, residents said.",
    "No one was hurt in the blast.",
]


def _reports(n: int) -> list[dict]:
    """`n` short reports of our own, varied in place, date, figures and length; some share an incident."""
    out = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=(i * 5) % 90)
        lines = [SENTENCES[(i + k) % len(SENTENCES)].format(a=3 + i % 17, b=20 + i % 31, p=place)
                 for k in range(1 + i % 4)]
        out.append({"report_id": f"r{i:03d}", "text": "\n\n".join(lines), "published": day if i % 11 else None,
                    "url": None, "outlet": ["Wire", "Agence France-Presse", "Radio Nord"][i % 3],
                    "partition_date": day.date(), "language": "en"})
    return out


def _plain(column: pd.Series) -> list:
    return [None if v is None or (isinstance(v, float) and v != v) else v for v in column]


def _key(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: r.get("claim_id") or r["report_id"])


def test_a_pool_reads_the_same_claims_in_the_same_order_as_one_process():
    reports = _reports(POOL_MIN + 20)
    with report_pool(2) as pool:
        pooled = read_reports(reports, pool)
    assert pooled == read_reports(reports)
    assert sum(len(found) for found, _ in pooled) > len(reports)  # the reports do hold claims


def test_link_reports_with_workers_gives_identical_rows():
    reports = _reports(POOL_MIN + 20)
    one = link_reports(reports, Linker(), "v-test")
    two = link_reports(reports, Linker(), "v-test", workers=2)
    assert two == one
    assert len({r["event_id"] for r in one[1]}) < len(reports)  # some reports joined one event


def test_batches_with_a_pool_give_the_rows_of_one_pass():
    """The claims asset's path: batches read by a pool, linked once at the end, event ids filled in."""
    reports = _reports(3 * POOL_MIN)
    rows, linked = link_reports(reports, Linker(), "v-test")
    stream = ClaimStream("v-test", fixed_reports=set())
    with report_pool(2) as pool:
        for i in range(0, len(reports), POOL_MIN + 7):  # uneven batches, the last one small (no pool)
            stream.add(reports[i:i + POOL_MIN + 7], pool)
    events = Linker().link_batch(stream.signatures)
    frame = stream.claims(events).to_pandas()
    assert PENDING not in set(frame.event_id.dropna())
    want = pd.DataFrame(_key([dict(r, corrected=False, rejected=None, corrections=[], machine=None) for r in rows]))
    got = frame.sort_values("claim_id", ignore_index=True)
    assert list(got.claim_id) == list(want.claim_id)
    for col in ("event_id", "outcome", "party", "value_low", "value_high", "qualifier", "sentence", "source",
                "span_start", "span_end", "background", "part_of"):
        assert _plain(got[col]) == _plain(want[col]), col
    assert _key(stream.linked(events)) == _key(linked)
    assert stream.stray == []


def test_spilled_batches_write_the_rows_kept_ones_give(tmp_path):
    """The claims asset spills each batch to Parquet (memory flat with the run): the SELECT it writes from gives
    the rows, values and order of the batches kept in memory, event ids filled in."""
    import duckdb

    from dagster_project.lake import SCHEMA_SQL

    reports = _reports(3 * POOL_MIN)
    kept, spilled = ClaimStream("v-test", set()), ClaimStream("v-test", set(), spill=tmp_path)
    for i in range(0, len(reports), POOL_MIN + 7):
        kept.add(reports[i:i + POOL_MIN + 7])
        spilled.add(reports[i:i + POOL_MIN + 7])
    assert spilled.tables == [] and len(spilled.parts) > 2 and spilled.n_rows == kept.n_rows
    events = Linker().link_batch(kept.signatures)
    want = kept.claims(events).to_pandas()
    con = duckdb.connect()  # the ledger's own column types, as the lake casts both on insert
    con.execute(SCHEMA_SQL.read_text())
    cols = ", ".join(want.columns)
    con.execute(f"INSERT INTO claims ({cols}) SELECT {cols} FROM want")
    con.execute("CREATE TABLE spilled AS SELECT * FROM claims LIMIT 0")
    con.execute(f"INSERT INTO spilled BY NAME ({spilled.claims_sql(events)})")
    got, kept_rows = con.execute("SELECT * FROM spilled").fetchall(), con.execute("SELECT * FROM claims").fetchall()
    assert got == kept_rows and len(got) == kept.n_rows
    assert PENDING not in {r[3] for r in got}


def test_pool_processes_spill_the_parts_one_process_writes(tmp_path):
    """The claims asset's path with a pool: its processes read the reports and write the Parquet parts themselves
    (only signatures, report_events rows and part paths come back), batches in flight merged in order, a small batch
    read in the run's process between them. The SELECT the commit writes from gives the rows, values and order of
    one process."""
    import duckdb

    reports = _reports(3 * POOL_MIN)
    one = ClaimStream("v-test", set(), spill=tmp_path / "one")
    pooled = ClaimStream("v-test", set(), spill=tmp_path / "pooled")
    for s in (one, pooled):
        s.spill.mkdir()
    one.add(reports)
    with report_pool(2) as pool:
        futures = pooled.submit(reports[:POOL_MIN + 7], pool, 8)
        futures += pooled.submit(reports[POOL_MIN + 7:2 * POOL_MIN], pool, 8)  # two batches in flight
        for f in futures:
            pooled.merge(f.result())
        pooled.add(reports[2 * POOL_MIN:2 * POOL_MIN + 5])  # a batch read here, after those
        for f in pooled.submit(reports[2 * POOL_MIN + 5:], pool, 8):
            pooled.merge(f.result())
    assert pooled.n_rows == one.n_rows and pooled.n_reports == one.n_reports == len(reports)
    assert len(pooled.parts) > len(one.parts) and pooled.tables == []
    events = Linker().link_batch(one.signatures)
    assert Linker().link_batch(pooled.signatures) == events
    want = duckdb.sql(one.claims_sql(events)).fetchall()
    got = duckdb.sql(pooled.claims_sql(events)).fetchall()
    assert got == want and len(got) == one.n_rows
    assert pooled.linked(events) == one.linked(events)
    assert pooled.stray == one.stray and pooled.day_of == one.day_of
