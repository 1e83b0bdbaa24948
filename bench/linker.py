"""Cost of linking on a lake's stored signatures: `Linker.link_batch` over every report (as a fresh run's claims step
links them) and `add_known` of every one (what `known_events` does before an incremental run), with a digest of
the event ids to compare two versions of claims/events.py. `--copies N` links each signature N times (the copies'
dates moved by up to 10 days either way, a name dropped from or added to their named places, from a fixed seed): a
denser archive's large events (thousands of reports of one town over the years) without a pipeline run.

Usage: python bench/linker.py LAKE_DIR [--repeat 3] [--copies N]   (PYTHONPATH=<another checkout> for the before)
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assets.normalize import stored_signatures  # noqa: E402
from claims.events import Linker  # noqa: E402
from dagster_project.lake import Lake  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lake", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--copies", type=int, default=1, help="link each signature this many times (a denser archive)")
    a = ap.parse_args(argv)
    with Lake(a.lake).reader() as con:
        # the report ids of stored_signatures' rows (one a report), in its order
        ids = [r for (r,) in con.execute("SELECT report_id FROM report_events WHERE event_id IS NOT NULL "
                                         "ORDER BY incident_date NULLS LAST, report_id").fetchall()]
        sigs = stored_signatures(con)
    items = {rid: sig for rid, (_, sig) in zip(ids, sigs, strict=True)}
    if a.copies > 1:
        items = denser(items, a.copies)
    for _ in range(a.repeat):
        t = time.perf_counter()
        out = Linker().link_batch(items)
        link = time.perf_counter() - t
        t = time.perf_counter()
        known = Linker()
        for event_id, sig in sigs:
            known.add_known(event_id, sig)
        add = time.perf_counter() - t
        digest = hashlib.sha256(repr(sorted(out.items())).encode()).hexdigest()[:16]
        print(f"{len(items):,} signatures: link_batch {link:.2f} s (event ids {digest}), add_known of each "
              f"{add:.2f} s ({len(known.events):,} events)", flush=True)
    return 0


def denser(items: dict, copies: int) -> dict:
    """Each signature and copies - 1 variants of it: dated a few days apart, naming one place more or fewer."""
    rng = random.Random(15)
    pool = sorted({p for s in items.values() for p in s.places})
    out = {}
    for rid, s in items.items():
        out[rid] = s
        for c in range(1, copies):
            places = set(s.places)
            if places and rng.random() < 0.5:
                places.discard(rng.choice(sorted(places)))
            if rng.random() < 0.5:
                places.add(rng.choice(pool))
            day = s.date + dt.timedelta(days=rng.randint(-10, 10)) if s.date else None
            out[f"{rid}~{c}"] = replace(s, date=day, places=tuple(sorted(places)))
    return out


if __name__ == "__main__":
    sys.exit(main())
