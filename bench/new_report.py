"""One new report into a built lake, in process: the time from the call to its estimate committed.

Usage: python bench/new_report.py BENCH_DIR [--reports 3] [--work DIR]

BENCH_DIR is a folder `bench/pipeline.py` kept (its `lake/`, `dagster_home/`, `sources.yaml`, `inbox/`). It is
copied first (under --work, default a temporary folder), so every trial starts from the same lake. Then, in this
one process: the imports and the code location's load (timed apart: a process's start), and per new report
(each on a day of its own, with a figure no other report has) the run the inbox sensor asks for: its day's
ingest and claims, validation and the aggregates (`dagster_project.sensors` PER_DAY_ASSETS + DOWNSTREAM_ASSETS),
from the call to `materialize` until it returns, and until the `event_estimates` commit (the estimate visible;
the asset draws its chart after that commit). Prints wall and CPU seconds per report and the split by step. The first report in a process
pays the first-use costs (GX's context, the gazetteer, the language model); the later ones show a warm process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REPORT = """---
title: Gunmen attack a market near Gao
published: "{day}"
outlet: Sahel Wire {i}
---
GAO, Mali - Gunmen on motorbikes attacked a weekly market outside Gao on {weekday}, killing at least {n} civilians
and wounding 9 others, a local official said.
"""
DAYS = ("2026-11-20", "2026-11-24", "2026-11-27", "2026-11-30", "2026-12-02")


def copy_bench(src: Path, dst: Path) -> None:
    """The lake, the Dagster instance and the inbox, with sources.yaml pointed at the copy's inbox."""
    for name in ("lake", "dagster_home", "inbox"):
        shutil.copytree(src / name, dst / name)
    text = (src / "sources.yaml").read_text().replace(str(src / "inbox"), str(dst / "inbox"))
    (dst / "sources.yaml").write_text(text)


def steps(result) -> dict[str, float]:
    """Seconds per step of one run, from its events."""
    return {e.step_key: e.event_specific_data.duration_ms / 1000 for e in result.all_events
            if e.event_type_value == "STEP_SUCCESS"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench_dir", type=Path)
    ap.add_argument("--reports", type=int, default=3)
    ap.add_argument("--work", type=Path, default=None)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="toll-new-report-", dir=a.work))
    copy_bench(a.bench_dir.resolve(), work)
    os.environ.update(TOLL_LAKE_DIR=str(work / "lake"), TOLL_SOURCES=str(work / "sources.yaml"),
                      DAGSTER_HOME=str(work / "dagster_home"), TOLL_SITE_DIR=str(work / "site"))
    print(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, load {os.getloadavg()[0]:.1f}; lake copied to "
          f"{work}", flush=True)

    t0, c0 = time.perf_counter(), time.process_time()
    import dagster as dg

    from dagster_project.definitions import all_assets
    from dagster_project.lake import Lake
    from dagster_project.partitions import add_days
    from dagster_project.resources import resources
    from dagster_project.run import limit_lake_writers
    from dagster_project.sensors import DOWNSTREAM_ASSETS, PER_DAY_ASSETS

    instance = dg.DagsterInstance.get()
    limit_lake_writers(instance)
    print(f"imports and code location: {time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s cpu "
          "(a process's start, paid once per process)", flush=True)
    lake = Lake()
    for i in range(a.reports):
        day, n = DAYS[i % len(DAYS)], 301 + i
        (work / "inbox" / f"new-{i}.md").write_text(REPORT.format(day=day, i=i, n=n, weekday="Thursday"))
        load = os.getloadavg()[0]
        t0, c0, started = time.perf_counter(), time.process_time(), time.time()
        add_days(instance, [day])
        result = dg.materialize(all_assets, selection=[*PER_DAY_ASSETS, *DOWNSTREAM_ASSETS], partition_key=day,
                                resources=resources(), instance=instance, raise_on_error=False)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        seen = len(lake.query("SELECT 1 FROM event_estimates WHERE high = ? OR best = ?", [n, n]))
        committed = lake.query("SELECT epoch(max(snapshot_time)) AS t FROM lake.snapshots() "
                               "WHERE commit_message = 'aggregate: event_estimates'").t[0] - started
        split = steps(result)
        groups = {"ingest": split.get("ingest", 0), "claims": split.get("claims", 0),
                  "validate": split.get("validate", 0),
                  "aggregates": sum(split.get(k, 0) for k in ("events", "estimate_timeline", "event_estimates",
                                                               "source_timeline"))}
        other = wall - sum(groups.values())
        print(f"report {i + 1} (day {day}): {wall:.1f} s wall, {cpu:.1f} s cpu, load {load:.1f}, "
              f"success {result.success}, estimate visible {bool(seen)}, committed {committed:.1f} s after the call"
              "\n  split: "
              + " | ".join(f"{k} {v:.1f}" for k, v in groups.items()) + f" | dagster and the rest {other:.1f} s"
              + "\n  steps: " + ", ".join(f"{k} {v:.2f}" for k, v in split.items()), flush=True)
        if not result.success:
            return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
