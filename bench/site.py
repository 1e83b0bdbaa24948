"""The report site on a synthetic lake of N events (default 1000), in one run: a first build that exports every
chart to PNG and SVG with vl-convert (`export="all"`, what every build did before charts were drawn in the
browser), a first build with the default (charts drawn by the browser; files for the EXPORT_LIMIT most recent
changed events), a first build without charts, a rebuild with nothing changed, and one after 10 events' estimates
changed. Prints seconds and the ratio.

    .venv/bin/python bench/site.py [--events 1000] [--workers N] [--skip-all]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PLACES = ["Menaka", "Gao", "Kidal", "Mopti", "Diffa", "Maiduguri", "Bama", "Goma", "Beni", "Bunia"]
OUTCOMES = ["killed", "wounded", "abducted"]
SOURCES = ["officials", "UN", "a local NGO", "the army", "AFP"]


def synthetic(lake, n_events: int, seed: int = 7) -> None:
    """Write n events, each with 3 reports of 4 figures, their estimates and timelines, into `lake`."""
    import pandas as pd

    from dagster_project.lake import Write

    rnd = random.Random(seed)
    tables: dict[str, list[dict]] = {t: [] for t in ("events", "reports", "claims", "event_estimates",
                                                    "estimate_timeline", "source_timeline", "flags")}
    for e in range(n_events):
        place = f"{rnd.choice(PLACES)} {e}"
        start = date(2023, 1, 1) + timedelta(days=rnd.randrange(600))
        ev = f"{place.lower().replace(' ', '-')}-{start:%Y-%m}"
        tables["events"].append({"event_id": ev, "name": f"{place}, attack, {start:%B %Y}", "kind": "attack",
                                 "place": place, "country": "Mali", "start_date": start, "end_date": start,
                                 "n_reports": 3, "n_claims": 12, "n_sources": 3})
        for r in range(3):
            rid = f"{e:08x}{r:08x}"
            day = start + timedelta(days=r * 2)
            source = SOURCES[(e + r) % len(SOURCES)]
            sentences, claims = [], []
            pos = 0
            for k, outcome in enumerate(OUTCOMES + ["killed"]):
                n = rnd.randrange(3, 200) + r * 5
                s = f"At least {n} people were {outcome} near {place}, {source} said on day {r}. "
                at = s.index(str(n))
                claims.append({"claim_id": f"{rid}:{k}", "report_id": rid, "claim_index": k, "event_id": ev,
                               "sentence": s.strip(), "span_start": pos + at, "span_end": pos + at + len(str(n)),
                               "outcome": outcome, "party": "civilians", "value_low": n, "value_high": None,
                               "qualifier": "at_least", "attributed_to": source, "source": source, "as_of": day})
                sentences.append(s)
                pos += len(s)
            tables["reports"].append({"report_id": rid, "path": f"synthetic/{rid}.md", "title": f"{place} {r}",
                                      "outlet": "Wire", "published": day, "text": "".join(sentences),
                                      "source": "synthetic"})
            tables["claims"] += claims
            for c in claims:
                tables["source_timeline"].append({"event_id": ev, "source": source, "party": "civilians",
                                                  "outcome": c["outcome"], "as_of": day, "value_low": c["value_low"],
                                                  "qualifier": "at_least", "claim_id": c["claim_id"],
                                                  "report_id": rid})
        for outcome in OUTCOMES:
            figs = [c for c in tables["claims"][-12:] if c["outcome"] == outcome]
            low, high = min(c["value_low"] for c in figs), max(c["value_low"] for c in figs)
            for party in ("civilians", "all"):
                row = {"event_id": ev, "party": party, "outcome": outcome, "low": low, "best": (low + high) // 2,
                       "high": high, "n_sources": 3, "latest_as_of": start + timedelta(days=4),
                       "claim_ids": [c["claim_id"] for c in figs]}
                tables["event_estimates"].append(row)
                for d in range(3):
                    tables["estimate_timeline"].append({**row, "day": start + timedelta(days=2 * d)})
        if e % 7 == 0:
            tables["flags"].append({"rule": "source_disagreement", "severity": "warn", "event_id": ev,
                                    "claim_ids": [tables["claims"][-1]["claim_id"]], "message": "differ"})
    lake.commit([Write(t, frame=pd.DataFrame(rows), replace_all=True) for t, rows in tables.items()],
                message="bench: synthetic site lake")


def main() -> int:
    from dagster_project.lake import Lake
    from dagster_project.site import build_site

    p = argparse.ArgumentParser()
    p.add_argument("--events", type=int, default=1000)
    p.add_argument("--workers", type=int, default=None, help="chart processes (default: cores, at most 4)")
    p.add_argument("--skip-all", action="store_true", help="skip the build that exports every chart (minutes)")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        lake = Lake(Path(tmp) / "lake")
        t = time.perf_counter()
        synthetic(lake, args.events)
        print(f"synthetic lake: {args.events} events in {time.perf_counter() - t:.1f} s")
        from dagster_project.site.charts import vega_bundle

        t = time.perf_counter()
        vega_bundle()  # made once per vl-convert version and kept in the user's cache (~7 s the first time)
        print(f"Vega bundle from the cache (or made): {time.perf_counter() - t:.1f} s")
        pages = build_site(lake, Path(tmp) / "pages", charts=False)
        print(f"first build, pages only:              {pages.seconds:6.1f} s  ({len(pages.built)} pages)")
        full = build_site(lake, Path(tmp) / "site", workers=args.workers)
        n_files = len(list((Path(tmp) / "site" / "charts").glob("*.png")))
        print(f"first build, default (browser charts): {full.seconds:6.1f} s  ({len(full.built)} pages, "
              f"{args.events} charts drawn in the browser, {n_files} exported to PNG+SVG)")
        if not args.skip_all:
            every = build_site(lake, Path(tmp) / "every", workers=args.workers, export="all")
            print(f"first build, every chart exported:     {every.seconds:6.1f} s  ({args.events} PNG+SVG)")
            print(f"default / every chart exported: {full.seconds / every.seconds:.3f} "
                  f"({every.seconds / full.seconds:.1f}x faster)")
        again = build_site(lake, Path(tmp) / "site", workers=args.workers)
        print(f"rebuild, nothing changed:   {again.seconds:6.1f} s  ({len(again.built)} pages written)")
        with lake.transaction("bench: 10 events change") as txn:
            txn.con.execute("UPDATE event_estimates SET best = best + 1 WHERE event_id IN "
                            "(SELECT event_id FROM events ORDER BY event_id LIMIT 10)")
        ten = build_site(lake, Path(tmp) / "site", workers=args.workers)
        print(f"rebuild, 10 events changed: {ten.seconds:6.1f} s  ({len(ten.built)} pages written, "
              f"their 10 charts exported)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
