"""A sparse archive through `toll run`: ~2,000 small reports over 15 years, in bursts with quiet months between.

Usage: python bench/sparse.py [--reports 2000] [--years 15] [--texts DIR] [--seed 20] [--code DIR]
Prints the Dagster runs launched, the days with reports, the days Dagster recorded as materialized, the wall and
CPU time of the whole pipeline (in process, like `toll run`) and their ratio to bare extraction (`claims.extract`
over the same report texts, timed in the same process first), as in issue 10.
The reports are cut from the dev texts (a title and 1-3 consecutive paragraphs each), so the run is repeatable.
`--code DIR` runs the pipeline of another checkout (e.g. `git archive 78e67b6 | tar -x -C DIR`) on the same archive.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "texts"


def sparse_archive(texts: list[str], n_reports: int, years: int, seed: int) -> list[tuple[date, str, str]]:
    """(published, title, body) of `n_reports` reports in bursts of 1-6 days (an event and its follow-ups),
    with quiet weeks or months between bursts; deterministic for a seed."""
    rng = random.Random(seed)
    paragraphs = [[p for p in t.split("\n\n")[1:] if p.strip()] for t in texts]
    titles = [t.split("\n", 1)[0].strip() for t in texts]
    first = date(2010, 6, 1)
    span = years * 365
    n_bursts = max(1, n_reports // 16)
    starts = sorted(first + timedelta(days=rng.randrange(span)) for _ in range(n_bursts))
    out = []
    for i in range(n_reports):
        burst = starts[i % n_bursts]
        day = burst + timedelta(days=rng.randrange(6))
        k = rng.randrange(len(texts))
        paras = paragraphs[k]
        a = rng.randrange(len(paras))
        body = "\n\n".join(paras[a:a + rng.randint(1, 3)])
        out.append((day, f"{titles[k]} ({i})", body))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--years", type=int, default=15)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1],
                    help="the checkout whose pipeline runs (default: this one)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.code.resolve()))
    texts = [p.read_text(encoding="utf-8") for p in sorted(a.texts.glob("*.txt"))]
    if not texts:
        print(f"no texts in {a.texts}", file=sys.stderr)
        return 1
    archive = sparse_archive(texts, a.reports, a.years, a.seed)
    days = sorted({d for d, _, _ in archive})
    gaps = sum(1 for x, y in zip(days, days[1:], strict=False) if (y - x).days > 31)
    print(f"archive: {len(archive)} reports on {len(days)} days from {days[0]} to {days[-1]}, "
          f"{gaps} gaps of more than 31 days")

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["DAGSTER_HOME"] = str(base / "dagster")
        import dagster as dg

        import claims
        from dagster_project.lake import Lake
        from dagster_project.run import ensure_dagster_home, materialize_all

        # bare extraction of the same reports, in this process (the gazetteer loads in the first call)
        claims.extract(archive[0][2], published=archive[0][0].isoformat())
        t0, c0 = time.perf_counter(), time.process_time()
        n_claims = sum(len(claims.extract(body, published=d.isoformat())) for d, _, body in archive)
        bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"code: {a.code}")
        print(f"bare extraction: {n_claims} claims in {bare:.2f} s wall, {bare_cpu:.2f} s cpu")

        reports = base / "reports"
        reports.mkdir()
        for i, (d, title, body) in enumerate(archive):
            (reports / f"r{i:05d}.md").write_text(f"---\ntitle: {json.dumps(title)}\npublished: {d}\n---\n{body}\n")
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
        t0, c0 = time.perf_counter(), time.process_time()
        result = materialize_all(lake_dir=str(base / "lake"), folder=str(reports), instance=instance)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        materialized = instance.get_materialized_partitions(dg.AssetKey("claims"))
        with Lake(base / "lake").reader() as con:
            with_reports = {str(d) for (d,) in con.execute(
                "SELECT partition_date FROM reports UNION SELECT partition_date FROM rejected_reports").fetchall()}
        print(f"pipeline: {'ok' if result.success else 'FAILED'}, {len(result.run_ids)} Dagster runs, "
              f"{len(materialized)} days materialized ({len(set(materialized) - with_reports)} without reports, "
              f"{len(with_reports - set(materialized))} days with reports not materialized), "
              f"{wall:.1f} s wall, {cpu:.1f} s cpu")
        print(f"ratio: pipeline / bare extraction = {wall / bare:.0f}x wall, {cpu / bare_cpu:.0f}x cpu")
    return 0 if result.success else 1


if __name__ == "__main__":
    raise SystemExit(main())
