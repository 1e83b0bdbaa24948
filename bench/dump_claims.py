"""A wide dump of extract() output, to check that a refactor of claims/ changes nothing (compare two dumps byte for byte).

Usage: python bench/dump_claims.py OUT.jsonl   (then: cmp OUT.jsonl OTHER.jsonl)
Reads every text of the dev corpus, the held-out, negative and stream sets and data/reports, each whole (with and
without a publication date), each paragraph alone, its lines shuffled and its sentences shuffled (fixed seed), with
STRICT on so that a rule error fails loudly instead of yielding no claims. Prints the number of texts and claims and
a SHA-256 of the dump.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402
import claims.extractor as _ex  # noqa: E402

_ex.STRICT = True
SETS = [ROOT.parent / "shared" / "corpus" / "dev" / "texts", *sorted((ROOT / "tests" / "claims").glob("heldout*/texts")),
        ROOT / "tests" / "claims" / "negative" / "texts", ROOT / "tests" / "claims" / "stream" / "texts",
        ROOT / "data" / "reports"]
_SENT = re.compile(r"(?<=[.!?])\s+")


def variants(text: str, rng: random.Random):
    yield "whole", text, "2024-01-01"
    yield "nodate", text, None
    for k, para in enumerate(p for p in re.split(r"\n\s*\n", text) if p.strip()):
        yield f"para{k}", para, "2024-01-01"
    lines = text.splitlines()
    rng.shuffle(lines)
    yield "lines", "\n".join(lines), "2024-01-01"
    sents = _SENT.split(text)
    rng.shuffle(sents)
    yield "sents", " ".join(sents), "2024-01-01"


def main(argv: list[str]) -> int:
    if argv and argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)  # a flag is no output path ("--help" wrote a file)
        return 2
    out = Path(argv[0]) if argv else Path("/dev/stdout")
    rng = random.Random(14)
    n_texts = n_claims = 0
    h = hashlib.sha256()
    with out.open("w", encoding="utf-8") as fh:
        for d in SETS:
            for p in sorted(x for x in d.iterdir() if x.is_file()):
                text = p.read_text(encoding="utf-8")
                for name, t, pub in variants(text, rng):
                    cs = [{**c.to_dict(), "extra": c.extra} for c in claims.extract(t, published=pub)]
                    line = json.dumps({"file": str(p.relative_to(ROOT.parent)), "variant": name, "claims": cs},
                                      sort_keys=True, ensure_ascii=False) + "\n"
                    fh.write(line)
                    h.update(line.encode())
                    n_texts += 1
                    n_claims += len(cs)
    print(f"{n_texts} texts, {n_claims} claims, sha256 {h.hexdigest()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
