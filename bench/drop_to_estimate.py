"""Latency from dropping a report into the inbox to its claim showing in event_estimates, under `dagster dev`
with the default intervals (sensor 30 s, automation 15 s). Target: ≤ 60 s.

Usage: python bench/drop_to_estimate.py [--drops 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dagster_project.lake import Lake  # noqa: E402
from tests.servers import dagster_dev, wait_until  # noqa: E402

REPORT = """---
title: Ambush on a convoy
published: 2024-04-{day:02d}
---
Militants ambushed an army convoy near the border on Tuesday, killing {n} soldiers, the army said.
"""


def visible(lake_dir: Path, n: int) -> bool:
    lake = Lake(lake_dir)
    return lake.exists() and len(lake.query("SELECT 1 FROM event_estimates WHERE high = ?", [n])) > 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--drops", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.monotonic()
        with dagster_dev(Path(tmp)) as (_port, inbox, lake_dir):
            print(f"dagster dev ready in {time.monotonic() - t0:.1f} s")
            latencies = []
            for i in range(a.drops):
                n = 101 + i  # a figure no other drop has
                start = time.monotonic()
                (inbox / f"drop{i}.md").write_text(REPORT.format(day=i + 1, n=n))
                wait_until(lambda n=n: visible(lake_dir, n), 300, "the estimate", every=0.5)
                latencies.append(time.monotonic() - start)
                print(f"drop {i + 1}: file drop to estimate visible in {latencies[-1]:.1f} s")
    print(f"median {statistics.median(latencies):.1f} s, max {max(latencies):.1f} s over {len(latencies)} drops "
          f"(target ≤ 60 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
