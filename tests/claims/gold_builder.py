"""Shared by the held-out sets' make_gold.py scripts: the corpus sentence rule and the writer of texts/ and gold.jsonl.

Each claim tuple names a unique piece of its sentence (`key`) and its number_text; the sentence itself is cut from
the text by the corpus rule (a line, split on . ! ? before an upper-case letter, digit or quote).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_ABBR = {"u.s", "u.n", "nov", "sept", "col", "no", "a.m", "p.m", "lt", "jan", "aug", "mr", "dr", "gen"}


def sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if re.match(r"[-\u2013\u2022]\s", line) or line.startswith("|") or line.startswith("\u2014"):
            out.append(line)
            continue
        s = 0
        for m in re.finditer(r"[.!?][\"'\u201d)]*\s+(?=[\"'\u201c(]?[A-Z0-9])", line):
            word = line[:m.start()].split()[-1].lower().lstrip("\"'(") if line[:m.start()].split() else ""
            if word in _ABBR or line[m.start() - 1] == ".":
                continue
            out.append(line[s:m.end()].rstrip())
            s = m.end()
        out.append(line[s:])
    return out


def write_set(here: Path, docs: list, event_prefix: str, attributed_ok: bool = True) -> None:
    """Write here/texts/<doc_id>.txt and here/gold.jsonl from (doc_id, published, outlet, layout, text, claims) rows.

    A claim is (key, number_text, outcome, party, party_ok, role, low, high, qualifier, attributed_to,
    [attributed_ok,] as_of, part_of, background); the first held-out set has no attributed_ok column.
    """
    (here / "texts").mkdir(exist_ok=True)
    lines = []
    for doc_id, published, outlet, layout, text, claims in docs:
        (here / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        sents = sentences(text)
        out = []
        for row in claims:
            if attributed_ok:
                key, num, outcome, party, ok, role, low, high, qual, attr, attr_ok, as_of, part_of, bg = row
            else:
                key, num, outcome, party, ok, role, low, high, qual, attr, as_of, part_of, bg = row
            hits = [s for s in sents if key in s]
            assert len(hits) == 1, (doc_id, key, hits)
            assert num in hits[0], (doc_id, num, hits[0])
            c = {"sentence": hits[0], "number_text": num, "outcome": outcome, "party": party, "party_ok": list(ok),
                 "role": role, "value_low": low, "value_high": high, "qualifier": qual, "attributed_to": attr}
            if attributed_ok:
                c["attributed_ok"] = list(attr_ok)
            c.update({"as_of": as_of, "part_of": part_of})
            if bg:
                c["background"] = True
            out.append(c)
        lines.append(json.dumps({"doc_id": doc_id, "file": f"texts/{doc_id}.txt", "published": published,
                                 "event": f"{event_prefix}-{doc_id}", "outlet": outlet, "layout": layout, "claims": out},
                                ensure_ascii=False))
    (here / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
