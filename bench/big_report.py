"""One very large report through the whole pipeline (`materialize_all`, as `toll run`): time and peak memory per size.

Each size runs in a fresh child process with its own lake and Dagster instance; the parent reads the child's peak
RSS from the kernel (wait4). A tiny report is run first, for the fixed cost (imports, instance, Great Expectations),
so the figures show the part that grows with the report: linear time means about the same seconds per MB at every
size, bounded memory a peak that grows by a small multiple of the report.

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
folder, lake_dir = sys.argv[1], sys.argv[2]
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
print(json.dumps(out))
"""


def run_one(mb: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        (folder / "big.md").write_text(make_report(mb))
        env = {**os.environ, "DAGSTER_HOME": tmp, "TOLL_SITE_DIR": str(Path(tmp) / "site")}
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), str(Path(tmp) / "lake")], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        if status != 0:
            raise SystemExit(f"{mb} MB: the child failed ({status})")
        row = json.loads(out.strip().splitlines()[-1])
        return {**row, "mb": mb, "wall": wall, "rss_mb": usage.ru_maxrss / 1024}


if __name__ == "__main__":
    sizes = [float(a) for a in sys.argv[1:]] or [5, 10, 20]
    base = run_one(0.01)
    print(f"fixed cost (a 0.01 MB report): {base['seconds']:.1f} s in the pipeline, peak RSS {base['rss_mb']:.0f} MB")
    print(f"{'MB':>5} {'claims':>8} {'quar.':>6} {'pipeline s':>10} {'s/MB above fixed':>16} "
          f"{'peak RSS MB':>11} {'RSS above fixed / report size':>29}")
    for mb in sizes:
        r = run_one(mb)
        assert r["ok"] and r["reports"] == 1, r
        print(f"{mb:5.1f} {r['claims']:8,} {r['quarantined']:6,} {r['seconds']:10.1f} "
              f"{(r['seconds'] - base['seconds']) / mb:16.2f} {r['rss_mb']:11.0f} "
              f"{(r['rss_mb'] - base['rss_mb']) / mb:29.1f}")
