"""One very large report through the whole pipeline (`materialize_all`, as `toll run`): time and peak memory per size.

Each size runs in a fresh child process with its own lake and Dagster instance; the parent reads the child's peak
RSS and CPU time from the kernel (wait4). CPU seconds are the figure to compare on a shared machine (wall time grows
with the load of others). A tiny report is run first, for the fixed cost (imports, instance, Great Expectations),
so the figures show the part that grows with the report: linear time means about the same CPU seconds per MB at
every size, bounded memory a peak that grows by a small multiple of the report.

Usage: .venv/bin/python bench/big_report.py [MB ...]     (default 5 10 20)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Sentences of a long running log (a year of a war's daily casualty notes): a few with figures, most without, with
# numbers that change so that no two paragraphs are the same text.
_PARAGRAPH = (
    "On day {i} of the fighting, officials in the district of Gao said {k} people were killed and {w} wounded "
    "when shells hit a market. Residents said the roads north of the town were closed and that traders had moved "
    "their stalls to the river bank. The regional governor said {d} families had fled to camps near the border "
    "since the start of the month. Aid groups said convoys carrying food and medicine were waiting at the "
    "checkpoint for a second week, and the water station in sector {i} had stopped working.\n\n"
)


def make_report(mb: float) -> str:
    """A Markdown report of about `mb` megabytes (UTF-8), dated, with three to four claims per paragraph."""
    head = "---\ntitle: A year of daily notes from Gao\noutlet: Sahel Monitor\npublished: 2024-06-01\n---\n"
    parts, size, i = [head], len(head), 0
    while size < mb * 1e6:
        p = _PARAGRAPH.format(i=i, k=i % 23 + 2, w=i % 31 + 3, d=i % 400 + 40)
        parts.append(p)
        size += len(p)
        i += 1
    return "".join(parts)


CHILD = """
import json, sys, time
import dagster as dg
from dagster_project.lake import Lake
from dagster_project.run import materialize_all
folder, lake_dir, out_path = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.perf_counter()
with dg.instance_for_test() as instance:
    result = materialize_all(lake_dir=lake_dir, folder=folder, instance=instance)
seconds = time.perf_counter() - t
with Lake(lake_dir).reader() as con:
    one = lambda q: con.execute(q).fetchone()[0]
    out = {"ok": result.success, "seconds": seconds, "reports": one("SELECT count(*) FROM reports"),
           "claims": one("SELECT count(*) FROM claims"),
           "quarantined": one("SELECT count(DISTINCT claim_id) FROM quarantine"),
           "estimates": one("SELECT count(*) FROM event_estimates")}
open(out_path, "w").write(json.dumps(out))
"""


def run_one(mb: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        (folder / "big.md").write_text(make_report(mb))
        env = {**os.environ, "DAGSTER_HOME": tmp, "TOLL_SITE_DIR": str(Path(tmp) / "site")}
        t = time.perf_counter()
        result = Path(tmp) / "result.json"
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(Path(tmp) / "lake"), str(result)],
                                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        if status != 0 or not result.exists():
            raise SystemExit(f"{mb} MB: the child failed ({status})")
        row = json.loads(result.read_text())
        return {**row, "mb": mb, "wall": wall, "rss_mb": usage.ru_maxrss / 1024,
                "cpu": usage.ru_utime + usage.ru_stime}


if __name__ == "__main__":
    sizes = [float(a) for a in sys.argv[1:]] or [5, 10, 20]
    base = run_one(0.01)
    print(f"fixed cost (a 0.01 MB report): {base['cpu']:.1f} CPU s ({base['wall']:.1f} s wall), "
          f"peak RSS {base['rss_mb']:.0f} MB; load average {os.getloadavg()[0]:.1f}")
    print(f"{'MB':>5} {'claims':>8} {'quar.':>6} {'wall s':>7} {'CPU s':>7} {'CPU s/MB above fixed':>21} "
          f"{'peak RSS MB':>11} {'RSS above fixed / MB of report':>31}")
    for mb in sizes:
        r = run_one(mb)
        assert r["ok"] and r["reports"] == 1, r
        print(f"{mb:5.1f} {r['claims']:8,} {r['quarantined']:6,} {r['wall']:7.1f} {r['cpu']:7.1f} "
              f"{(r['cpu'] - base['cpu']) / mb:21.2f} {r['rss_mb']:11.0f} "
              f"{(r['rss_mb'] - base['rss_mb']) / mb:31.1f}", flush=True)
