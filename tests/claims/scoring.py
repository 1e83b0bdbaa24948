"""Score claims.extract in-process against a gold set, with shared/corpus/score.py's own judging."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from claims import extract

SCORE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "score.py"


def score_module():
    spec = importlib.util.spec_from_file_location("toll_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score_set(folder: Path) -> dict:
    """Summary (f1, party_acc, attribution_acc, part_of_acc, ...) over folder/gold.jsonl and folder/texts."""
    score = score_module()
    total = {k: 0 for k in score.KEYS}
    for d in score.load_gold(str(folder / "gold.jsonl")):
        text = (folder / "texts" / f"{d['doc_id']}.txt").read_bytes().decode("utf-8", "replace")
        out = "\n".join(json.dumps(c.to_dict()) for c in extract(text, published=d.get("published")))
        preds, bad = score.parse_predictions(out)
        assert bad == 0
        s = score.score_doc(d, preds, text)
        for k in score.KEYS:
            total[k] += s[k]
    return score.summarize(total)
