"""Property tests: extract never raises, spans and sentences are exact, bounds are ordered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims.extractor as _ex
from claims import extract

_ex.STRICT = True  # surface internal rule errors (extract itself swallows them in production)

_WORDS = ["at least", "more than", "nearly", "about", "some", "up to", "as many as", "between", "and", "to", "-",
          "killed", "were killed", "wounded", "injured", "missing", "escaped", "fled their homes", "arrested",
          "kidnapped", "freed", "people", "civilians", "soldiers", "ISIS", "SDF", "police said", "according to",
          "including", "among them", "of whom", "\u2014", "\n", "\n\n", "- ", "---\ntitle: x\n---\n", ",", ".",
          "dozens", "a dozen", "two dozen", "hundreds", "no", "one", "twenty-three", "1,200", "2019", "50-70",
          "200+", "on Sunday", "late Thursday", "two days later", "March 1, 2022", "\u201c", "\u201d", '"', "(", ")",
          ":", "|", "Total", "\u2014 Name (@x) March 3, 2024", "\ud7ff", "\x00", "é", "İ"]

_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.integers(0, 10**7).map(str), st.text(max_size=5)), max_size=60)
    .map(" ".join),
)


def _check(text: str, published) -> None:
    claims = extract(text, published=published)
    for i, c in enumerate(claims):
        assert c.claim_index == i
        a, b = c.span
        assert 0 <= a < b <= len(text)
        s0 = text.find(c.sentence)
        assert c.sentence and s0 >= 0
        # the sentence sits in the text where the span is, and contains the figure phrase
        starts = [k for k in range(len(text)) if text.startswith(c.sentence, k) and k <= a and b <= k + len(c.sentence)]
        assert starts, (c.sentence, c.span)
        assert c.value_low >= 0
        assert c.value_high is None or c.value_low <= c.value_high
        assert c.part_of is None or 0 <= c.part_of < len(claims)
        assert c.outcome in ("killed", "wounded", "missing", "escaped", "captured", "abducted", "displaced", "freed")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts, st.sampled_from([None, "", "2024-03-07", "not a date", "2024-02-30"]))
def test_extract_never_raises_and_spans_are_exact(text: str, published) -> None:
    _check(text, published)


def test_odd_inputs() -> None:
    for t in ["", " ", "\n\n\n", "---", "---\n---", "\ud800 12 killed", "1" * 5000, "killed " * 2000,
              "At least " * 500 + "5 people were killed.", "\u2014" * 100]:
        _check(t, "2024-01-01")
    assert extract(None) == []  # type: ignore[arg-type]
    assert extract(b"12 killed") == []  # type: ignore[arg-type]
