"""Do readers of a SQLite-catalog DuckLake get lock errors while a writer commits? Measures it.

One writer replaces two tables in one transaction per commit (both carry the same generation number), while
N reader processes query both tables at the latest version, half with a fresh connection per query (like
`toll sql`), half with one long-lived connection (like a notebook). A reader counts errors by kind and checks
that both tables show the same generation (a torn read would not).

    .venv/bin/python bench/readers_during_write.py --journal wal --busy-ms 5000
    .venv/bin/python bench/readers_during_write.py --journal delete --busy-ms 0
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagster_project.lake import attach_statement  # noqa: E402

ROWS = 5000


def _con():
    import duckdb
    from duckdb_extensions import import_extension

    con = duckdb.connect()
    for name in ("ducklake", "sqlite_scanner"):
        import_extension(name, con=con)
        con.execute(f"LOAD {name.removesuffix('_scanner')}")
    return con


def _attach(con, catalog: str, data: str, read_only: bool, busy_ms: int, journal: str | None = None) -> None:
    """The lake's own ATTACH (dagster_project/lake.py), with the busy timeout and journal mode under test."""
    con.execute(attach_statement(f"sqlite:{catalog}", data, read_only=read_only, busy_timeout_ms=busy_ms,
                                 journal_mode=journal))


def writer(catalog: str, data: str, busy_ms: int, seconds: float, out) -> None:
    con = _con()
    _attach(con, catalog, data, False, busy_ms)
    n, errors, start = 0, Counter(), time.time()
    while time.time() - start < seconds:
        gen = n + 1
        try:
            con.execute("BEGIN")
            for t in ("a", "b"):
                con.execute(f"DELETE FROM lake.{t}")
                con.execute(f"INSERT INTO lake.{t} SELECT {gen}, range FROM range({ROWS})")
            con.execute("COMMIT")
            n += 1
        except Exception as exc:  # noqa: BLE001 - counted, that is the point
            errors[str(exc).splitlines()[0][:200]] += 1
            try:
                con.execute("ROLLBACK")
            except Exception:  # noqa: BLE001
                pass
    out.put(("writer", n, dict(errors), 0))


def reader(idx: int, catalog: str, data: str, busy_ms: int, seconds: float, out) -> None:
    keep = idx % 2 == 1
    con = None
    n, torn, errors, versions, start = 0, 0, Counter(), set(), time.time()
    while time.time() - start < seconds:
        try:
            if con is None:
                con = _con()
                _attach(con, catalog, data, True, busy_ms)
            v, a, b = con.execute("""SELECT (SELECT id FROM lake.current_snapshot()),
                (SELECT [min(gen), max(gen), count(*)] FROM lake.a),
                (SELECT [min(gen), max(gen), count(*)] FROM lake.b)""").fetchone()
            n += 1
            versions.add(v)
            if a != b or a[0] != a[1] or a[2] != ROWS:
                torn += 1
        except Exception as exc:  # noqa: BLE001
            errors[str(exc).splitlines()[0][:200]] += 1
            con = None
        if not keep and con is not None:
            con.close()
            con = None
    out.put((f"reader{idx}", n, dict(errors), torn, len(versions)))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--journal", choices=["delete", "wal"], default="wal")
    p.add_argument("--busy-ms", type=int, default=5000)
    p.add_argument("--readers", type=int, default=8)
    p.add_argument("--seconds", type=float, default=10)
    a = p.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="lakebench-"))
    catalog, data = str(tmp / "catalog.sqlite"), f"{tmp / 'files'}/"
    con = _con()
    _attach(con, catalog, data, False, a.busy_ms, a.journal)
    for t in ("a", "b"):
        con.execute(f"CREATE TABLE lake.{t} AS SELECT 0 AS gen, range AS i FROM range({ROWS})")
    con.close()
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=writer, args=(catalog, data, a.busy_ms, a.seconds, out))]
    procs += [ctx.Process(target=reader, args=(i, catalog, data, a.busy_ms, a.seconds, out)) for i in range(a.readers)]
    for pr in procs:
        pr.start()
    results = [out.get(timeout=a.seconds + 120) for _ in procs]
    for pr in procs:
        pr.join()
    print(f"journal={a.journal} busy_timeout={a.busy_ms}ms readers={a.readers} seconds={a.seconds}")
    total_reads = total_err = total_torn = 0
    for r in sorted(results):
        print("  ", r)
        if r[0].startswith("reader"):
            total_reads += r[1]
            total_err += sum(r[2].values())
            total_torn += r[3]
    w = next(r for r in results if r[0] == "writer")
    print(f"commits={w[1]} writer_errors={sum(w[2].values())} reads={total_reads} "
          f"reader_errors={total_err} torn_reads={total_torn}")


if __name__ == "__main__":
    main()
