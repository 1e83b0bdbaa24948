"""Cost of `toll run` on synthetic archives of growing size, against bare extraction of the same reports.

Usage: python bench/pipeline.py [--sizes 1000,10000] [--archives DIR] [--png bench/cost-curve.png] [--json FILE]

Per N: makes the archive (bench/make_archive.py, cached under --archives), runs `toll run` as a subprocess into a
fresh lake (TOLL_LAKE_DIR, TOLL_SOURCES, DAGSTER_HOME, TOLL_SITE_DIR in a temporary folder) and prints wall seconds,
reports/s, claims/s, the peak RSS of the toll process tree (summed over its processes, polled from /proc every
0.2 s), the lake's size, the split by stage from the Dagster event log (scan of the files before the run, ingest,
claims, validate, aggregates, Dagster's own overhead between steps, the summary and site after the runs), and the
ratio to bare extraction: `claims.extract` on one core over the same texts, timed here. Then one new report is
dropped into the N-report lake and its day materialized as the inbox sensor does it (ingest and claims of that
day, then validation and aggregates, which redo only what the new report touches): the incremental cost. Draws seconds and RSS against N
(log-log) with altair / vl-convert. Wall-clock figures: on a shared machine compare ratios from one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TOLL = ROOT / ".venv" / "bin" / "toll"
AGGREGATES = ("events", "estimate_timeline", "event_estimates", "source_timeline")
NEW_DAY, SECOND_DAY = "2026-11-20", "2026-11-24"
NEW_REPORT = """---
title: Gunmen attack a market near Gao
published: "2026-11-20"
outlet: Sahel Wire
---
GAO, Mali - Gunmen on motorbikes attacked a weekly market outside Gao on Thursday, killing at least 17 civilians
and wounding 9 others, a local official said on Friday.
"""


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and every process below it, from /proc (no psutil in the lock file)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            parent[int(d)] = int(fields[1])
            rss[int(d)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    keep, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parent.items() if pp == p and c not in keep]
        keep.update(kids)
        frontier.extend(kids)
    return sum(rss.get(p, 0) for p in keep)


# One new report's day, as the inbox sensor runs it: ingest and claims of that day, then validation and aggregates.
INCREMENTAL = """
import dagster as dg
from dagster_project.definitions import all_assets
from dagster_project.partitions import add_days
from dagster_project.resources import resources
from dagster_project.run import ensure_dagster_home, limit_lake_writers
from dagster_project.sensors import DOWNSTREAM_ASSETS

ensure_dagster_home()
instance = dg.DagsterInstance.get()
limit_lake_writers(instance)
add_days(instance, [DAY])
result = dg.materialize(all_assets, selection=["reports", "rejected_reports", "report_warnings", "claims",
                                               *DOWNSTREAM_ASSETS],
                        partition_key=DAY, resources=resources(), instance=instance, raise_on_error=False)
raise SystemExit(0 if result.success else 1)
"""


def run_toll(env: dict, log: Path, cmd: list[str] | None = None) -> dict:
    """`toll run` (or `cmd`) as a subprocess: wall seconds, CPU seconds (its process and every process it waited
    for: the extraction pool's workers) and peak RSS of its process tree."""
    t0 = time.perf_counter()
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd or [str(TOLL), "run"], env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        peak, done, samples = 0, threading.Event(), []

        def poll():
            nonlocal peak
            while not done.is_set():
                rss = _tree_rss(proc.pid)
                peak = max(peak, rss)
                samples.append((time.time(), rss))
                done.wait(0.2)

        watcher = threading.Thread(target=poll, daemon=True)
        watcher.start()
        code = proc.wait()
        done.set()
        watcher.join()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    if code:
        raise SystemExit(f"toll run failed ({code}): see {log}\n" + log.read_text()[-3000:])
    return {"wall": wall, "cpu": cpu, "peak_rss": peak, "started": t0, "samples": samples}


def stages(dagster_home: Path, since: float) -> dict:
    """Seconds per stage from the Dagster event log of the runs that started after `since` (epoch seconds)."""
    os.environ["DAGSTER_HOME"] = str(dagster_home)
    import dagster as dg
    from dagster._core.events import DagsterEventType

    out = {"ingest": 0.0, "claims": 0.0, "validate": 0.0, "aggregates": 0.0, "runs": 0.0, "first": None,
           "last": None, "spans": []}
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        for record in instance.get_runs():
            logs = instance.all_logs(record.run_id)
            times = [e.timestamp for e in logs]
            if not times or min(times) < since:
                continue
            out["runs"] += max(times) - min(times)
            out["first"] = min(out["first"] or min(times), min(times))
            out["last"] = max(out["last"] or 0, max(times))
            started = {}
            for e in logs:
                if not e.is_dagster_event:
                    continue
                kind, step = e.dagster_event.event_type, e.step_key
                if kind == DagsterEventType.STEP_START:
                    started[step] = e.timestamp
                elif kind in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE) and step in started:
                    name = step if step in ("ingest", "claims", "validate") else (
                        "aggregates" if step in AGGREGATES else "other")
                    begun = started.pop(step)
                    out[name] = out.get(name, 0.0) + e.timestamp - begun
                    out["spans"].append((name, begun, e.timestamp))
    return out


def stage_peaks(samples: list[tuple[float, int]], st: dict) -> dict[str, int]:
    """Peak RSS of the process tree while each stage ran (the scan before the runs, each step, the summary and
    site after them), from the run's samples and the steps' start and end in the event log."""
    spans = [("scan", 0.0, st["first"] or 0.0), *st["spans"], ("summary+site", st["last"] or 0.0, float("inf"))]
    out: dict[str, int] = {}
    for t, rss in samples:
        for name, a, b in spans:
            if a <= t <= b:
                out[name] = max(out.get(name, 0), rss)
    return out


def bare_extraction(lake_dir: Path) -> dict:
    """`claims.extract` over the lake's reports, one core, in this process (the same call the claims step makes)."""
    os.environ["TOLL_LAKE_DIR"] = str(lake_dir)
    import claims
    from dagster_project.lake import Lake

    with Lake(lake_dir).reader() as con:
        reports = con.execute("SELECT report_id, text, published, language FROM reports ORDER BY report_id").fetchall()
    claims.extract(reports[0][1])  # loads the gazetteer: not part of the per-report cost
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for rid, text, published, language in reports:
        n += len(claims.extract(text, published=published.isoformat() if published else None, report_id=rid,
                                language=language))
    return {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "reports": len(reports), "claims": n}


def reports_extracted(dagster_home: Path, since: float) -> int | None:
    """Reports the claims step read in the runs that started after `since` (its materializations' metadata: a run
    of many days logs one materialization per day, each with the run's figure)."""
    os.environ["DAGSTER_HOME"] = str(dagster_home)
    import dagster as dg

    n = None
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        for record in instance.get_runs():
            for e in instance.all_logs(record.run_id):
                mat = e.asset_materialization if e.is_dagster_event else None
                if mat is None or e.timestamp < since or mat.asset_key != dg.AssetKey("claims"):
                    continue
                value = mat.metadata.get("reports_read")
                n = (n or 0) + int(getattr(value, "value", value) or 0)
                break
    return n


def lake_counts(lake_dir: Path) -> dict:
    from dagster_project.lake import Lake

    with Lake(lake_dir).reader() as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("reports", "claims", "events")}


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def snapshots(lake_dir: Path) -> list[int]:
    from dagster_project.lake import Lake

    with Lake(lake_dir).reader() as con:
        return [r[0] for r in con.execute("SELECT snapshot_id FROM lake.snapshots()").fetchall()]


def bench_size(n: int, archives: Path, keep: Path | None, rerun: bool = True, incremental: bool = True) -> dict:
    archive = archives / f"archive-{n}"
    if not (archive / "truth.jsonl").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"), str(n), "--out", str(archive)],
                       check=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"toll-bench-{n}-", dir=keep))
    inbox = tmp / "inbox"
    inbox.mkdir()
    (tmp / "sources.yaml").write_text(json.dumps({"sources": [
        {"name": "archive", "kind": "folder", "path": str(archive / "reports"), "glob": "**/*"},
        {"name": "inbox", "kind": "folder", "path": str(inbox), "glob": "**/*"}]}))
    env = {**os.environ, "TOLL_LAKE_DIR": str(tmp / "lake"), "TOLL_SOURCES": str(tmp / "sources.yaml"),
           "DAGSTER_HOME": str(tmp / "dagster_home"), "TOLL_SITE_DIR": str(tmp / "site"),
           "PYTHONPATH": str(ROOT)}  # this checkout's code, also when the bench runs from a copy of another commit
    print(f"\n== {n:,} reports: {archive}/reports -> {tmp}", flush=True)
    t_epoch = time.time()
    full = run_toll(env, tmp / "run.log")
    full["stages"] = stages(tmp / "dagster_home", t_epoch)
    full["stages"]["before_runs"] = full["stages"]["first"] - t_epoch
    full["stages"]["after_runs"] = t_epoch + full["wall"] - full["stages"]["last"]
    full["stage_rss"] = stage_peaks(full.pop("samples"), full["stages"])
    full.update(lake_counts(tmp / "lake"), lake_bytes=du(tmp / "lake"))
    bare = bare_extraction(tmp / "lake")
    if rerun:  # `toll run` again with nothing changed: its wall, and whether the lake's version moved
        before = snapshots(tmp / "lake")
        t_again = time.time()
        again = run_toll(env, tmp / "rerun.log")
        again.pop("samples")
        again["stages"] = stages(tmp / "dagster_home", t_again)
        again["stages"]["before_runs"] = again["stages"]["first"] - t_again
        again["stages"]["after_runs"] = t_again + again["wall"] - again["stages"]["last"]
        full["rerun"] = {**again, "new_versions": len(snapshots(tmp / "lake")) - len(before),
                         "extracted": reports_extracted(tmp / "dagster_home", t_again)}
    if not incremental:
        return {"n": n, "full": full, "bare": bare, "dir": str(tmp)}
    inc = new_report(env, tmp, inbox, NEW_DAY, NEW_REPORT, "incremental")
    # a second new report on another day, with validation and aggregates recomputing everything: the before
    second = NEW_REPORT.replace(NEW_DAY, SECOND_DAY).replace("Gao", "Menaka").replace("17", "23")
    rebuilt = new_report({**env, "TOLL_INCREMENTAL": "0"}, tmp, inbox, SECOND_DAY, second, "full-refresh")
    inc["full_refresh"] = rebuilt
    return {"n": n, "full": full, "bare": bare, "incremental": inc, "dir": str(tmp)}


def new_report(env: dict, tmp: Path, inbox: Path, day: str, text: str, name: str) -> dict:
    """Drop one report into the inbox and run its day as the sensor does; wall, RSS and stage split."""
    (inbox / f"{name}.txt").write_text(text)
    t_epoch = time.time()
    script = INCREMENTAL.replace("DAY", repr(day))
    out = run_toll(env, tmp / f"run-{name}.log", [str(ROOT / ".venv" / "bin" / "python"), "-c", script])
    out.pop("samples")
    out["stages"] = stages(tmp / "dagster_home", t_epoch)
    out["stages"]["before_runs"] = out["stages"]["first"] - t_epoch
    out["stages"]["after_runs"] = t_epoch + out["wall"] - out["stages"]["last"]
    return out


def show(r: dict) -> str:
    f, b, i = r["full"], r["bare"], r.get("incremental")
    s = f["stages"]
    steps = s["ingest"] + s["claims"] + s["validate"] + s["aggregates"] + s.get("other", 0.0)

    def split(st: dict) -> str:
        inside = st["ingest"] + st["claims"] + st["validate"] + st["aggregates"] + st.get("other", 0.0)
        return (f"scan {st['before_runs']:.1f} | ingest {st['ingest']:.1f} | claims {st['claims']:.1f} | "
                f"validate {st['validate']:.1f} | aggregates {st['aggregates']:.1f} | other steps "
                f"{st.get('other', 0.0):.1f} | dagster overhead {st['runs'] - inside:.1f} | summary+site "
                f"{st['after_runs']:.1f} s")
    return "\n".join([
        f"N={r['n']:,}: wall {f['wall']:.1f} s (cpu {f['cpu']:.1f} s), {f['reports'] / f['wall']:.0f} reports/s, "
        f"{f['claims'] / f['wall']:.0f} claims/s ({f['reports']:,} reports, {f['claims']:,} claims, "
        f"{f['events']:,} events), peak RSS {f['peak_rss'] / 2**20:.0f} MB, lake {f['lake_bytes'] / 2**20:.1f} MB",
        f"  split: {split(s)}",
        "  peak RSS by stage (MB): " + ", ".join(f"{k} {v / 2**20:.0f}" for k, v in f.get("stage_rss", {}).items()),
        f"  bare extraction (1 core, this process): {b['wall']:.1f} s wall / {b['cpu']:.1f} s cpu for "
        f"{b['reports']:,} reports -> toll run / bare = {f['wall'] / b['wall']:.2f}, claims step / bare = "
        f"{s['claims'] / b['wall']:.2f}, validate / bare = {s['validate'] / b['wall']:.2f}, "
        f"steps / bare = {steps / b['wall']:.2f}",
        *([f"  re-run with no change: wall {f['rerun']['wall']:.1f} s (re-run / first run = "
           f"{f['rerun']['wall'] / f['wall']:.2f}), cpu {f['rerun']['cpu']:.1f} s (/ first = "
           f"{f['rerun']['cpu'] / f['cpu']:.2f}), peak RSS {f['rerun']['peak_rss'] / 2**20:.0f} MB, new lake versions: "
           f"{f['rerun']['new_versions']}, reports extracted: {f['rerun']['extracted']}",
           f"    split: {split(f['rerun']['stages'])}"] if "rerun" in f else []),
        *([f"  incremental (1 new report): wall {i['wall']:.1f} s, peak RSS {i['peak_rss'] / 2**20:.0f} MB",
           f"    split: {split(i['stages'])}",
           f"  the same with validation and aggregates over everything (TOLL_INCREMENTAL=0, another new report): "
           f"wall {i['full_refresh']['wall']:.1f} s -> incremental / full = {i['wall'] / i['full_refresh']['wall']:.2f}",
           f"    split: {split(i['full_refresh']['stages'])}"] if i else []),
    ])


def chart(results: list[dict], png: Path) -> None:
    import altair as alt
    import pandas as pd
    import vl_convert as vlc

    rows = []
    for r in results:
        for what, v in (("toll run (s)", r["full"]["wall"]), ("bare extraction (s)", r["bare"]["wall"]),
                        ("claims step (s)", r["full"]["stages"]["claims"]),
                        ("validate (s)", r["full"]["stages"]["validate"]),
                        *((("incremental run (s)", r["incremental"]["wall"]),) if "incremental" in r else ())):
            rows.append({"reports": r["n"], "value": v, "series": what, "panel": "seconds"})
        rows.append({"reports": r["n"], "value": r["full"]["peak_rss"] / 2**20, "series": "peak RSS (MB)",
                     "panel": "peak RSS (MB)"})
    frame = pd.DataFrame(rows)
    base = alt.Chart(frame).mark_line(point=True).encode(
        x=alt.X("reports:Q", scale=alt.Scale(type="log")), y=alt.Y("value:Q", scale=alt.Scale(type="log"), title=None),
        color="series:N").properties(width=320, height=240)
    spec = alt.hconcat(base.transform_filter("datum.panel == 'seconds'").properties(title="seconds against N"),
                       base.transform_filter("datum.panel != 'seconds'").properties(title="peak RSS against N"))
    png.write_bytes(vlc.vegalite_to_png(spec.to_json(), scale=1.5))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--archives", type=Path, default=ROOT / "bench" / "runs")
    ap.add_argument("--png", type=Path, default=ROOT / "bench" / "cost-curve.png")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    ap.add_argument("--no-rerun", dest="rerun", action="store_false",
                    help="skip the second `toll run` with nothing changed")
    ap.add_argument("--no-incremental", dest="incremental", action="store_false",
                    help="skip the runs of one new report (incremental and full refresh)")
    a = ap.parse_args(argv)
    a.archives.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit}, {platform.node()}: {os.cpu_count()} cores, "
          f"python {platform.python_version()}, load {os.getloadavg()[0]:.1f}", flush=True)
    results = []
    for n in (int(s) for s in a.sizes.split(",")):
        results.append(bench_size(n, a.archives, a.archives, a.rerun, a.incremental))
        print(show(results[-1]), flush=True)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1, default=str))
    chart(results, a.png)
    print(f"\ncost curve: {a.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
