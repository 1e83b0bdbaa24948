"""Cost of linking on a lake's stored signatures: `Linker.link_batch` over every report (as a fresh run's claims step
links them) and `add_known` of every one (what `known_events` does before an incremental run), with a digest of
the event ids to compare two versions of claims/events.py.

Usage: python bench/linker.py LAKE_DIR [--repeat 3]   (run it with PYTHONPATH=<another checkout> for the before)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assets.normalize import stored_signatures  # noqa: E402
from claims.events import Linker  # noqa: E402
from dagster_project.lake import Lake  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lake", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args(argv)
    with Lake(a.lake).reader() as con:
        # the report ids of stored_signatures' rows (one a report), in its order
        ids = [r for (r,) in con.execute("SELECT report_id FROM report_events WHERE event_id IS NOT NULL "
                                         "ORDER BY incident_date NULLS LAST, report_id").fetchall()]
        sigs = stored_signatures(con)
    items = {rid: sig for rid, (_, sig) in zip(ids, sigs, strict=True)}
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


if __name__ == "__main__":
    sys.exit(main())
