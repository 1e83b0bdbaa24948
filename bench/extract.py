"""Throughput of claims.extract: many reports (>= 5 MB in total) and one 10 MB report, in one process.

Usage: python bench/extract.py [--texts DIR] [--mb 5] [--big-mb 10]
Prints reports/s and MB/s (CPU time of this process, so a busy machine does not skew it); the single big report checks that time grows linearly with size.
It runs the Cython-compiled claims modules when `make setup` built them (claims/_native.py); TOLL_NATIVE=0 runs pure Python.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims import _native, extract  # noqa: E402

DEFAULT_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "texts"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the many-reports corpus (MB)")
    ap.add_argument("--big-mb", type=float, default=10.0, help="size of the single big report (MB)")
    a = ap.parse_args(argv)
    docs = [p.read_text(encoding="utf-8") for p in sorted(a.texts.glob("*.txt"))]
    if not docs:
        print(f"no texts in {a.texts}", file=sys.stderr)
        return 1
    corpus: list[str] = []
    size = 0
    while size < a.mb * 1e6:
        for d in docs:
            corpus.append(d)
            size += len(d.encode())
    print(f"python {platform.python_version()} ({platform.python_compiler()}) at {sys.executable}")
    print("claims: " + (f"compiled with Cython ({_native.NATIVE_DIR})" if _native.active else "pure Python"))
    # one-time start-up (gazetteer YAML and its alias regex) is reported apart from the steady-state rate
    c0 = time.process_time()
    extract(docs[0], published="2024-01-01")
    from claims import language

    language.classify("Une phrase en français pour charger le modèle de langue une fois.")  # py3langid's model
    print(f"start-up: first report (loads the gazetteer and the language model) took "
          f"{time.process_time() - c0:.2f} s cpu")
    t0, c0 = time.perf_counter(), time.process_time()
    n_claims = sum(len(extract(d, published="2024-01-01")) for d in corpus)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"corpus: {len(corpus)} reports, {size / 1e6:.1f} MB, {n_claims} claims in {dt:.2f} s wall / {dc:.2f} s cpu: "
          f"{len(corpus) / dc:,.0f} reports/s, {size / 1e6 / dc:.2f} MB/s (cpu)")
    for mb in (a.big_mb / 4, a.big_mb):
        big = "\n\n".join(docs)
        reps = max(1, int(mb * 1e6 / len(big.encode())))
        big = "\n\n".join([big] * reps)
        t0, c0 = time.perf_counter(), time.process_time()
        n = len(extract(big, published="2024-01-01"))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        mb_big = len(big.encode()) / 1e6
        print(f"single report: {mb_big:.1f} MB, {n} claims in {dt:.2f} s wall / {dc:.2f} s cpu: {mb_big / dc:.2f} MB/s (cpu)")
    c0 = time.process_time()
    acc = 0
    for i in range(10**7):
        acc += i
    print(f"reference: a pure-Python loop of 1e7 additions took {time.process_time() - c0:.2f} s cpu on this machine")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
