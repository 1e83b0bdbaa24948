"""The span check of the claims step (assets/normalize.py stray_spans) before and after it was made linear.

A synthetic report of N MB, one claim per sentence; prints seconds per size for the old check (the sentence
looked for in the whole text, per claim: quadratic) and the new one (looked for around its span).
Usage: .venv/bin/python bench/span_check.py [MB ...]   (default 0.25 0.5 1 2; the old check is skipped past 2 MB)
"""

import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from assets.normalize import stray_spans  # noqa: E402


def old_stray_spans(reports: pd.DataFrame, frame: pd.DataFrame) -> list[str]:
    texts = dict(zip(reports.report_id, reports.text, strict=True))
    return [c.claim_id for c in frame.itertuples()
            if not (0 <= c.span_start < c.span_end <= len(texts[c.report_id])
                    and texts[c.report_id][c.span_start:c.span_end] in c.sentence
                    and c.sentence in texts[c.report_id])]


def report(mb: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    parts, rows, pos, i = [], [], 0, 0
    while pos < mb * 1e6:
        sentence = f"Officials in district {i} said {i % 97 + 2} people were killed on day {i}."
        start = pos + sentence.index(" said ") + 6
        rows.append({"claim_id": f"r:{i}", "report_id": "r", "sentence": sentence, "span_start": start,
                     "span_end": start + len(str(i % 97 + 2)) + 7})
        parts.append(sentence + " ")
        pos += len(sentence) + 1
        i += 1
    return pd.DataFrame({"report_id": ["r"], "text": ["".join(parts)]}), pd.DataFrame(rows)


if __name__ == "__main__":
    for mb in [float(a) for a in sys.argv[1:]] or [0.25, 0.5, 1, 2]:
        reports, frame = report(mb)
        t = time.perf_counter()
        assert not stray_spans(reports, frame)
        new = time.perf_counter() - t
        old = None
        if mb <= 2:
            t = time.perf_counter()
            assert not old_stray_spans(reports, frame)
            old = time.perf_counter() - t
        ratio = f"{old / new:7.1f}x" if old else "      -"
        print(f"{mb:6.2f} MB, {len(frame):7,} claims: new {new:7.3f} s, old {old if old is not None else float('nan'):8.3f} s, "
              f"old/new {ratio}")
