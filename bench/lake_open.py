"""What the data-path check costs each open of the lake (every `toll sql`, every commit).

Builds a lake whose tables are in Parquet files (more rows than DuckLake inlines), then opens it read-only
`--n` times with the check and `--n` times without, alternating, in one process. Prints the median open time
of each and their ratio.

    .venv/bin/python bench/lake_open.py --n 40
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from dagster_project.lake import Lake, Write  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--commits", type=int, default=20, help="commits of 50 claims each (one file per commit)")
    a = p.parse_args()
    lake = Lake(Path(tempfile.mkdtemp(prefix="lakeopen-")) / "lake")
    for c in range(a.commits):
        rows = pd.DataFrame([dict(claim_id=f"r{c}:{i}", report_id=f"r{c}", claim_index=i, outcome="killed",
                                  party="civilians", value_low=i, sentence=f"{i} were killed.") for i in range(50)])
        lake.commit([Write("claims", rows, key="report_id", keys=(f"r{c}",))])
    check = Lake._check_data_path
    times: dict[str, list[float]] = {"with check": [], "without": []}
    for _ in range(a.n):
        for label in times:
            Lake._check_data_path = check if label == "with check" else (lambda self, con: None)
            start = time.perf_counter()
            lake.connect(read_only=True).close()
            times[label].append(time.perf_counter() - start)
    Lake._check_data_path = check
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    print(f"open read-only, median of {a.n}, {a.commits} data files: "
          + ", ".join(f"{k} {v:.1f} ms" for k, v in med.items())
          + f"; ratio with/without {med['with check'] / med['without']:.3f}")


if __name__ == "__main__":
    main()
