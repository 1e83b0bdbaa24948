"""What one tick of the inbox sensor costs on a source folder of many files (the tick's function,
`dagster_project.sensors.evaluate`, called as Dagster calls it, without the daemon around it).

Usage: python bench/sensor_tick.py REPORTS_DIR [--ticks 5]

The sources: REPORTS_DIR (e.g. a `bench/make_archive.py` archive's reports/) and an empty inbox. The cursor is
first primed (ticks until every file is seen: what a sensor running since the files came has), then timed:
`--ticks` ticks with nothing new, then one tick after one new file lands in the inbox. Prints wall and CPU
seconds per tick, the cursor's size and whether the new file was found.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NEW = '---\ntitle: A new report\npublished: "2026-11-20"\n---\nGunmen killed 7 villagers near Gao on Monday.\n'


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", type=Path)
    ap.add_argument("--ticks", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(f"sources:\n  - name: archive\n    path: {a.reports.resolve()}\n"
                           f"  - name: inbox\n    path: {inbox}\n")
        from dagster_project.resources import SourcesResource
        from dagster_project.sensors import evaluate

        res = SourcesResource(sources_path=str(sources))
        cursor, ticks, t0 = None, 0, time.perf_counter()
        while True:  # prime: every file seen once
            result = evaluate(res, cursor, max_new=10**9)
            cursor, ticks = result.cursor, ticks + 1
            if result.skip_reason:
                break
        files = len(res.files())
        print(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, load {os.getloadavg()[0]:.1f}: {files:,} files,"
              f" cursor primed in {ticks} ticks, {time.perf_counter() - t0:.1f} s; cursor {len(cursor):,} bytes",
              flush=True)
        walls, cpus = [], []
        for _ in range(a.ticks):
            t0, c0 = time.perf_counter(), time.process_time()
            result = evaluate(res, cursor)
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
            cursor = result.cursor
            assert not result.run_requests, "nothing new: no run"
        print(f"tick with nothing new: median {statistics.median(walls):.2f} s wall, "
              f"{statistics.median(cpus):.2f} s cpu (of {len(walls)}; load {os.getloadavg()[0]:.1f})")
        (inbox / "new.md").write_text(NEW)
        t0, c0 = time.perf_counter(), time.process_time()
        result = evaluate(res, cursor)
        print(f"tick with one new file: {time.perf_counter() - t0:.2f} s wall, {time.process_time() - c0:.2f} s cpu,"
              f" runs asked: {len(result.run_requests)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
