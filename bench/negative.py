"""Precision on news that is not about casualties, next to figure F1 on the positive sets.

Usage: python bench/negative.py [--verbose]
Prints claims per 100 texts of the negative corpus (tests/claims/negative: tech, business, sport, courts, science,
culture, weather, recipes... in English, German, French and Spanish), per language, then figure F1 (P, R) on the dev
corpus and each held-out set, scored in-process with shared/corpus/score.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import extract  # noqa: E402
from tests.claims.scoring import SCORE, score_set  # noqa: E402

NEG = ROOT / "tests" / "claims" / "negative"
POSITIVE = [("dev", ROOT.parent / "shared" / "corpus" / "dev")] + [
    (n, ROOT / "tests" / "claims" / n) for n in ("heldout", "heldout2", "heldout3", "heldout4")]


def negative_claims() -> tuple[int, Counter, Counter, list]:
    """(texts, texts per language, claims per language, [(file, claim)...]) over the negative corpus."""
    texts, claims, hits = Counter(), Counter(), []
    for line in (NEG / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        text = (NEG / "texts" / m["file"]).read_text(encoding="utf-8")
        cs = extract(text, published="2024-05-01")
        texts[m["language"]] += 1
        claims[m["language"]] += len(cs)
        hits += [(m["file"], c) for c in cs]
    return sum(texts.values()), texts, claims, hits


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="print every claim read from a negative text")
    a = ap.parse_args(argv)
    n, texts, claims, hits = negative_claims()
    total = sum(claims.values())
    print(f"negative corpus: {n} texts, {total} claims: {100 * total / n:.2f} claims per 100 texts")
    for lang in sorted(texts):
        print(f"  {lang}: {texts[lang]} texts, {claims[lang]} claims ({100 * claims[lang] / texts[lang]:.1f} per 100)")
    if a.verbose:
        for f, c in hits:
            print(f"    {f}: {c.outcome} {c.value_low} {c.party!r} <- {c.sentence[:100]!r}")
    if not SCORE.exists():
        print("shared corpus not available: no F1")
        return 0
    for name, folder in POSITIVE:
        s = score_set(folder)
        print(f"{name:9s} figure F1 {s['f1']:.3f} (P {s['precision']:.3f}, R {s['recall']:.3f}), party {s['party_acc']:.3f}, "
              f"attribution {s['attribution_acc']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
