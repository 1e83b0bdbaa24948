"""Latency of the typical analyst queries on a lake of N synthetic claims (default 1,000,000).

Usage: python bench/queries.py [--claims 1000000] [--lake DIR] [--repeat 20]

Builds (or reuses, with --lake) a DuckLake with N claims written in SQL: 10 claims per report, ~20 claims per
event, ~2,000 sources, dates over 2012-2026, sentences of 8-20 words (made-up words of letters, from a 3,000-word vocabulary
and, one word in five, one of 18 casualty words, so a search has many hits). The aggregate tables get rows shaped
and ordered as the pipeline's SQL writes them (`source_timeline` one row per claim, `estimate_timeline` one per
event, day, party and outcome, `event_estimates` by its own SQL; --real-aggregates runs assets/sql/ itself, ~20 min
at 1M on 2 busy cores), `flags` one synthetic finding per event, and the full-text index is built as the
`claim_search` asset builds it (dagster_project/search.py). Then each query runs --repeat times on an open
connection (after one warm-up run); the median and worst latency are printed, and the time to open a connection
apart. Target: <= 100 ms each.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = 3000
CASUALTY = ("killed", "wounded", "dead", "injured", "abducted", "missing", "displaced", "civilians", "soldiers",
            "militants", "attack", "bombing", "strike", "prison", "market", "village", "convoy", "checkpoint")


def build(lake_dir: Path, n_claims: int, real_aggregates: bool = False) -> dict:
    from assets.aggregate import sql
    from dagster_project.lake import Lake, Write

    lake = Lake(lake_dir)
    n_reports = max(1, n_claims // 10)
    n_events = max(1, n_claims // 20)
    timings = {}
    t0 = time.perf_counter()
    with lake.transaction("bench: synthetic reports and claims") as txn:
        con = txn.con
        con.execute(f"""INSERT INTO reports (report_id, source, path, title, outlet, url, published, published_from,
                                             partition_date, text, byte_size, ingested_at, language)
            SELECT printf('r%015d', i), 'bench', 'bench/' || i, 'report ' || i, 'Outlet ' || (i % 2000), NULL,
                   DATE '2012-01-01' + CAST(i * 5400 // {n_reports} AS INTEGER), 'front_matter',
                   DATE '2012-01-01' + CAST(i * 5400 // {n_reports} AS INTEGER), 'text of report ' || i, 100,
                   now(), 'en'
            FROM range({n_reports}) t(i)""")
        con.execute(f"""INSERT INTO claims BY NAME
            SELECT printf('r%015d', r) || ':' || k AS claim_id, printf('r%015d', r) AS report_id, k AS claim_index,
                   'ev-' || CAST((r * {n_events} // {n_reports}) AS VARCHAR) AS event_id, 'Place ' || (r % 500) AS place,
                   array_to_string(list_transform(list_transform(range(8 + CAST(hash(i, 1) % 13 AS INTEGER)),
                       j -> CASE WHEN hash(i, j, 0) % 5 = 0 THEN -1 - CAST(hash(i, j, 1) % {len(CASUALTY)} AS INTEGER)
                                 ELSE CAST(hash(i, j) % {WORDS} AS INTEGER) END),
                       n -> CASE WHEN n < 0 THEN {list(CASUALTY)}[-n]
                                 ELSE 'q' || chr(97 + n % 26) || chr(97 + n // 26 % 26) || chr(97 + n // 676) END),
                       ' ') AS sentence,
                   [0, 5] AS span, 0 AS span_start, 5 AS span_end,
                   ['killed', 'wounded', 'abducted', 'missing'][1 + CAST(hash(i, 2) % 4 AS INTEGER)] AS outcome,
                   ['all', 'civilians', 'soldiers', 'militants'][1 + CAST(hash(i, 3) % 4 AS INTEGER)] AS party,
                   NULL AS role, 1 + CAST(hash(i, 4) % 200 AS BIGINT) AS value_low, NULL AS value_high,
                   'exact' AS qualifier, 'Source ' || CAST(hash(i, 5) % 2000 AS VARCHAR) AS attributed_to,
                   DATE '2012-01-01' + CAST(r * 5400 // {n_reports} AS INTEGER) + CAST(hash(i, 6) % 4 AS INTEGER)
                       AS as_of,
                   DATE '2012-01-01' + CAST(r * 5400 // {n_reports} AS INTEGER) AS published,
                   DATE '2012-01-01' + CAST(r * 5400 // {n_reports} AS INTEGER) AS partition_date,
                   printf('r%015d', r) AS source_hash, 'bench' AS extractor_version,
                   'Source ' || CAST(hash(i, 5) % 2000 AS VARCHAR) AS source, false AS enemy_figure,
                   false AS earlier, false AS background
            FROM (SELECT i, i // 10 AS r, i % 10 AS k FROM range({n_reports * 10}) t(i))
            ORDER BY partition_date, report_id""")
        con.execute(f"""INSERT INTO flags (rule, severity, claim_ids, report_ids, figures, message, run_id, flagged_at,
                                           event_id, party, outcome, sources)
            SELECT 'sources_agree', 'warn', ['c' || i], ['r' || i], [1, 2], 'two sources disagree', 'bench', now(),
                   'ev-' || CAST(i AS VARCHAR), 'all', 'killed', ['Source 1', 'Source 2']
            FROM range({n_events}) t(i)""")
    timings["claims and reports"] = time.perf_counter() - t0
    if real_aggregates:  # the pipeline's own SQL: ~20 min for 1M claims on the shared 2-core machine
        for table in ("source_timeline", "estimate_timeline", "event_estimates", "events"):
            t0 = time.perf_counter()
            lake.commit([Write(table, sql=sql(table), replace_all=True)], message=f"bench: {table}")
            timings[table] = time.perf_counter() - t0
    else:  # the same tables, shaped and ordered as that SQL writes them, in SQL straight from the claims
        t0 = time.perf_counter()
        with lake.transaction("bench: aggregates") as txn:
            txn.con.execute("""INSERT INTO source_timeline BY NAME
                SELECT event_id, source, party, outcome, as_of, value_low, value_high, qualifier,
                       lag(value_low) OVER w AS previous_low, value_low - lag(value_low) OVER w AS change,
                       claim_id, report_id
                FROM claims WINDOW w AS (PARTITION BY event_id, source, party, outcome ORDER BY as_of)
                ORDER BY event_id, source, party, outcome, as_of""")
            txn.con.execute("""INSERT INTO estimate_timeline BY NAME
                SELECT event_id, as_of AS day, party, outcome, min(value_low) AS low,
                       CAST(median(value_low) AS BIGINT) AS best, max(value_low) AS high,
                       count(DISTINCT source) AS n_sources, max(as_of) AS latest_as_of,
                       list(DISTINCT source ORDER BY source) AS sources, false AS belligerent_only,
                       false AS from_parts, false AS below_parts, list(claim_id ORDER BY claim_id) AS claim_ids
                FROM claims GROUP BY event_id, as_of, party, outcome ORDER BY event_id, day, outcome, party""")
            txn.con.execute(f"INSERT INTO event_estimates BY NAME {sql('event_estimates')}")
        timings["aggregates"] = time.perf_counter() - t0
    from dagster_project.search import build_index

    t0 = time.perf_counter()
    build_index(lake)
    timings["search index"] = time.perf_counter() - t0
    return timings


QUERIES = {
    "an event's estimates": ("SELECT party, outcome, low, best, high, n_sources, sources FROM event_estimates "
                             "WHERE event_id = ? ORDER BY outcome, party", "event"),
    "an event's claims": ("SELECT claim_id, source, party, outcome, value_low, as_of, sentence FROM claims "
                          "WHERE event_id = ? ORDER BY as_of, claim_id", "event"),
    "a source's timeline": ("SELECT event_id, party, outcome, as_of, value_low, change FROM source_timeline "
                            "WHERE source = ? ORDER BY event_id, party, outcome, as_of", "source"),
    "the flags of an event": ("SELECT rule, severity, message, claim_ids FROM flags WHERE event_id = ?", "event"),
}


def timed(fn, repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each call (CPU: this process, every DuckDB thread included; on a loaded
    shared machine wall time is mostly waiting for a core, and CPU time is what the query costs)."""
    fn()  # warm-up: the first read of a file's footer
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def line(name: str, rows: int, wall: list[float], cpu: list[float]) -> str:
    return (f"{name:<34}{rows:>6}{statistics.median(wall):>11.1f}{max(wall):>9.1f}"
            f"{statistics.median(cpu):>10.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--lake", type=Path, default=None, help="reuse (or build once into) this lake folder")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--real-aggregates", action="store_true",
                    help="build the aggregates with the pipeline's SQL (slow at 1M), not straight from the claims")
    a = ap.parse_args(argv)
    from dagster_project.lake import Lake
    from dagster_project.search import MATCH_SQL, SCORE_ORDER, TOP_SQL, connect_index, search, top_documents

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    print(f"commit {commit}, {platform.node()}: {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    lake_dir = a.lake or Path(tempfile.mkdtemp(prefix="toll-queries-")) / "lake"
    lake = Lake(lake_dir)
    if not lake.exists():
        print(f"building a lake of {a.claims:,} claims in {lake_dir}", flush=True)
        for what, s in build(lake_dir, a.claims, a.real_aggregates).items():
            print(f"  {what:<20} {s:7.1f} s", flush=True)
    from dagster_project.search import build_index, index_path

    if not index_path(lake).exists():
        t0 = time.perf_counter()
        build_index(lake)
        print(f"  search index {time.perf_counter() - t0:7.1f} s", flush=True)
    t0 = time.perf_counter()
    con = lake.connect(read_only=True)
    opened = (time.perf_counter() - t0) * 1000
    n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    mid = n // 2
    event = con.execute("SELECT event_id FROM claims WHERE claim_index = 0 LIMIT 1 OFFSET ?", [mid // 10]).fetchone()[0]
    source = con.execute("SELECT source FROM claims LIMIT 1 OFFSET ?", [mid]).fetchone()[0]
    print(f"{n:,} claims; open a connection to the lake: {opened:.0f} ms; event {event}, source {source!r}")
    print(f"{'query':<34}{'rows':>6}{'median ms':>11}{'max ms':>9}{'cpu ms':>10}")
    ok = True
    for name, (q, arg) in QUERIES.items():
        value = event if arg == "event" else source
        rows = len(con.execute(q, [value]).fetchall())
        wall, cpu = timed(lambda q=q, value=value: con.execute(q, [value]).fetchall(), a.repeat)
        ok &= statistics.median(wall) <= 100
        print(line(name, rows, wall, cpu), flush=True)
    con.close()
    t0 = time.perf_counter()
    idx = connect_index(lake)
    opened = (time.perf_counter() - t0) * 1000
    for words in ("killed civilians market", "prison attack", "qbad qzeb"):  # common words, then rare ones
        rows = len(search(idx, words, 20))
        wall, cpu = timed(lambda words=words: search(idx, words, 20), a.repeat)
        ok &= statistics.median(wall) <= 100
        print(line("search " + repr(words), rows, wall, cpu) + f"  ({top_documents(idx, words, 20)[1]})", flush=True)
        # the same top 20 as every posting's BM25, computed per posting (the query before impacts and pruning)
        same = [d for d, _ in top_documents(idx, words, 20)[0]] == \
            [d for d, _ in idx.execute(f"SELECT * FROM ({TOP_SQL}) ORDER BY {SCORE_ORDER}", [words, 20]).fetchall()]
        wall, cpu = timed(lambda words=words: idx.execute(TOP_SQL, [words, 20]).fetchall(), max(3, a.repeat // 4))
        print(line("  every posting, BM25 per posting", 20, wall, cpu) + f"  (same top 20: {same})", flush=True)
    # the same answer through fts's own macro, which scores every sentence: the before of the term-first query
    words = "prison attack"
    wall, cpu = timed(lambda: idx.execute(MATCH_SQL, [words, 20]).fetchall(), max(3, a.repeat // 4))
    print(line(f"search {words!r}, fts macro", 20, wall, cpu), flush=True)
    print(f"(open the search index: {opened:.0f} ms)")
    print(f"load average now {os.getloadavg()[0]:.1f}; "
          + ("every query within 100 ms (median wall)" if ok else "SOME QUERY OVER 100 ms (median wall)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
