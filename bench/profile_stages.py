"""Where the claims step and validation spend their time, on a lake a bench run left (one core, in process).

Usage: python bench/profile_stages.py LAKE_DIR [--reports 3000]

Claims step, on the first --reports reports: fetching from DuckDB, `claims.extract` alone, the rest of
`read_report` (the incident signature), claim rows + correction columns + frames, and one `link_batch`.
Validation (assets/validate.py `evaluate`, read-only): per suite, the rule SQL that derives its frame and the GX
validation of that frame, then the quarantine rows. For function-level detail run it under py-spy
(`py-spy record -f speedscope -o out.json -- .venv/bin/python bench/profile_stages.py LAKE_DIR`).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def known_events_of(lake):
    from assets.normalize import known_events

    with lake.reader() as con:
        return known_events(con, [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lake_dir", type=Path)
    ap.add_argument("--reports", type=int, default=3000)
    ap.add_argument("--skip-claims", action="store_true")
    a = ap.parse_args(argv)
    import pandas as pd

    import claims as extractor
    from assets import validate as v
    from assets.normalize import ClaimStream, _day, known_events, read_report
    from claims.events import reference_date
    from dagster_project.lake import Lake

    lake = Lake(a.lake_dir)
    clock = time.perf_counter
    if not a.skip_claims:
        t = clock()
        with lake.reader() as con:
            con.execute("""SELECT report_id, text, published, partition_date, url, outlet, language FROM reports
                           ORDER BY published NULLS LAST, report_id LIMIT ?""", [a.reports])
            reports = con.fetch_df().to_dict("records")
            linker = known_events(con, [])
        fetch = clock() - t
        extractor.extract("Two people were killed.")  # the gazetteer loads once
        t = clock()
        for r in reports:
            published = _day(r["published"])
            ref = published or reference_date(r["text"], r.get("url"))
            extractor.extract(r["text"], published=ref.isoformat() if ref else None, report_id=r["report_id"],
                              language=r.get("language"))
        extract = clock() - t
        t = clock()
        found = [read_report(r) for r in reports]
        read = clock() - t
        stream = ClaimStream("profile", set())
        import assets.rows as rows_module

        t = clock()
        original = rows_module._read_chunk
        rows_module._read_chunk = lambda reps: found  # rows alone, on the reports already read
        try:
            stream.add(reports)
        finally:
            rows_module._read_chunk = original
        rows = clock() - t
        t = clock()
        linker.link_batch(stream.signatures)
        link = clock() - t
        total = fetch + read + rows + link
        # the whole claims step's Python side, old and new, against bare extraction (the same reports)
        from assets.normalize import BATCH_VECTORS, CLAIM_COLUMNS, link_reports, report_pool, workers

        t = clock()
        old_rows, _ = link_reports(reports, known_events_of(lake), "profile")
        frame = pd.DataFrame(old_rows, columns=CLAIM_COLUMNS)
        frame["as_of"] = pd.to_datetime(frame["as_of"]).dt.date
        before = clock() - t
        t = clock()
        new = ClaimStream("profile", set())
        step = 2048 * BATCH_VECTORS
        with report_pool(workers()) as pool:
            for i in range(0, len(reports), step):
                new.add(reports[i:i + step], pool)
        new.claims(known_events_of(lake).link_batch(new.signatures))
        after = clock() - t
        print(f"claims step's Python side on {len(reports):,} reports: bare extraction {extract:.1f} s; one core, "
              f"all in memory (before) {before:.1f} s = {before / extract:.2f} x bare; batches of {step:,} with "
              f"{workers()} processes (after) {after:.1f} s = {after / extract:.2f} x bare ({before / after:.2f} x faster)")
        print(f"claims step, {len(reports):,} reports, one core: {total:.1f} s")
        for name, s in (("fetch from DuckDB", fetch), ("claims.extract", extract),
                        ("signature (read_report - extract)", read - extract),
                        ("claim rows, correction columns, frames, span check", rows), ("link_batch", link)):
            print(f"  {name:52s} {s:7.2f} s  {s / total:6.1%}")

    with lake.reader() as con:
        t0 = clock()
        frames, outcomes, timing = {}, {}, []

        def run(suites) -> None:
            for s in suites:
                t = clock()
                frames[s] = v.rule_frame(con, s)
                sql_s = clock() - t
                t = clock()
                outcomes[s] = v.run_suite(s, frames[s])
                timing.append((s, len(frames[s]), sql_s, clock() - t))

        run(v.SHAPE_SUITES)
        t = clock()
        quarantined = v.quarantine_rows(frames["claims"], outcomes, "profile", datetime.now(UTC))
        timing.append(("quarantine rows", len(quarantined), 0.0, clock() - t))
        v.use_checked_claims(con, quarantined)
        run((*v.FLAG_SUITES, v.DISAGREEMENT_SUITE))
        total = clock() - t0
    print(f"validation (evaluate, without the rechecks and the write): {total:.1f} s")
    print(f"  {'suite':28s} {'rows':>9s} {'rule SQL':>9s} {'GX':>9s}")
    for s, n, sql_s, gx_s in timing:
        print(f"  {s:28s} {n:9,d} {sql_s:8.2f}s {gx_s:8.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
