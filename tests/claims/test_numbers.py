"""Numbers in words and digits: every compound form read to its exact value, in parse_number and in extraction.

A wrong figure that looks plausible ("one thousand two hundred" read as 200) is the worst error the ledger can make,
so these tests check whole compounds, not just their last word.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from claims import extract
from claims.numbers import FIGURE_RE, LANGS, parse_figure, parse_number

# The integer cases of text2num's own English test suite (text2num 3.1), as (words, value); None where text2num
# rejects the words as not one number.
TEXT2NUM_EN = [
    ("fifty-three billion two hundred forty-three thousand seven hundred twenty-four", 53_000_243_724),
    ("fifty-one million five hundred seventy-eight thousand three hundred two", 51_578_302),
    ("eighty-five", 85),
    ("eighty-one", 81),
    ("fifteen", 15),
    ("hundred fifteen", 115),
    ("one hundred fifteen", 115),
    ("seventy-five thousands", 75_000),
    ("thousand nine hundred twenty", 1920),
    ("nineteen hundred seventy-three", 1973),
    ("sixty hundred", 6000),
    ("twenty two hundred", 2200),
    ("thirty-three hundred", 3300),
    ("thirty-three hundred one", 3301),
    ("thirty-three hundred and one", 3301),
    ("two thousand and four hundred", 2400),
    ("two thousand and four hundred and five", 2405),
    ("two thousand four hundred and five", 2405),
    ("one thousand two hundred sixty-six", 1266),
    ("zero", 0),
    ("zero eight", 8),
    ("zero zero hundred twenty five", 125),
    ("thousand thousand two hundreds", None),
    ("sixty fifteen", None),
    ("five zero", None),
    ("fifty zero three", None),
    ("fifty three zero", None),
]


@pytest.mark.parametrize("words,value", TEXT2NUM_EN)
def test_text2num_english_cases(words: str, value: int | None) -> None:
    assert parse_number(words) == value


# The forms news reports write (issue 18), including the ones the hand-written reader got wrong
FORMS = [
    ("three thousand four hundred", 3400),
    ("one thousand two hundred", 1200),
    ("One Thousand Two Hundred and Five", 1205),
    ("twelve hundred", 1200),
    ("two hundred thousand", 200_000),
    ("a hundred", 100),
    ("a hundred and fifty", 150),
    ("a thousand", 1000),
    ("half a million", 500_000),
    ("two and a half million", 2_500_000),
    ("1.9 million", 1_900_000),
    ("2.5 million", 2_500_000),
    ("20 thousand", 20_000),
    ("a dozen", 12),
    ("half a dozen", 6),
    ("two dozen", 24),
    ("twenty three", 23),
    ("twenty-three", 23),
    ("1,844", 1844),
    ("1 844", 1844),
    ("1\u2009844", 1844),  # thin space
    ("1\u00a0844", 1844),  # no-break space
    ("1\u202f844", 1844),  # narrow no-break space
    ("12\u202f500\u202f000", 12_500_000),
    ("one two", None),  # two numbers, not one
    ("hundreds", None),  # a vague word: read by the figure rule, never as 100
    ("thousands", None),
    ("", None),
]


@pytest.mark.parametrize("text,value", FORMS)
def test_forms(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("lang,words,value", [
    ("fr", "mille deux cent cinq", 1205),
    ("fr", "soixante-dix-huit", 78),
    ("es", "mil doscientos", 1200),
    ("pt", "mil e duzentos", 1200),
    ("de", "zweitausendfünfhundert", 2500),
    ("it", "milleduecento", 1200),
    ("nl", "duizend tweehonderd", 1200),
    ("da", "tusind to hundrede", 1200),
    ("fr", "1 844", 1844),
    ("de", "1\u202f844", 1844),
])
def test_other_languages(lang: str, words: str, value: int) -> None:
    assert lang in LANGS
    assert parse_number(words, lang) == value
    assert parse_number(words, "en") in (None, value)  # English never reads them as another number


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="xx"):
        parse_number("deux mille", "xx")


def _figures(text: str) -> list[tuple[str, int, int | None, str]]:
    out = []
    for m in FIGURE_RE.finditer(text):
        f = parse_figure(m)
        if f is not None:
            out.append((m.group("fig"), f.low, f.high, f.qualifier))
    return out


@pytest.mark.parametrize("text,expected", [
    ("between two and three thousand", [("between two and three thousand", 2000, 3000, "range")]),
    ("two to three million", [("two to three million", 2_000_000, 3_000_000, "range")]),
    ("10-20 thousand", [("10-20 thousand", 10_000, 20_000, "range")]),
    ("ten to twelve hundred", [("ten to twelve hundred", 1000, 1200, "range")]),
    ("200 to 2 thousand", [("200 to 2 thousand", 200, 2000, "range")]),  # the low end has its own scale
    ("between 200 and 2,000", [("between 200 and 2,000", 200, 2000, "range")]),
    ("tens of thousands", []),  # no bounds in the contract: no figure, and its "thousands" is not read alone
    ("millions", []),
    ("dozens", [("dozens", 24, 99, "vague")]),
    ("a handful", [("a handful", 3, 9, "vague")]),
    ("at least 1\u202f844", [("at least 1\u202f844", 1844, None, "at_least")]),
    # digit groups beside other groups are a phone number's parts, never one big figure
    ("+243 81 555 0100", [("81", 81, 81, "exact"), ("555", 555, 555, "exact"), ("0100", 100, 100, "exact")]),
])
def test_figure_phrases(text: str, expected: list) -> None:
    assert _figures(text) == expected


def _render(n: int, and_: bool, hyphen: bool, title: bool) -> str:
    """n in English words as a report writes it (num2words, without its commas), in several spellings."""
    words = num2words(n, lang="en").replace(",", "")
    if not and_:
        words = words.replace(" and ", " ")
    if not hyphen:
        words = words.replace("-", " ")
    return words.title() if title else words


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 10**9 - 1), st.booleans(), st.booleans(), st.booleans())
def test_words_read_back_exactly(n: int, and_: bool, hyphen: bool, title: bool) -> None:
    words = _render(n, and_, hyphen, title)
    assert parse_number(words) == n, words
    # the figure regex spans the whole compound, so extraction never keeps only its tail
    assert _figures(words) == [(words, n, n, "exact")]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 10**9 - 1), st.booleans())
def test_words_in_a_sentence(n: int, and_: bool) -> None:
    words = _render(n, and_, True, True)
    claims = extract(f"{words} people were killed in the attack, the ministry said.", published="2024-03-07")
    assert [(c.outcome, c.value_low, c.value_high) for c in claims] == [("killed", n, n)]


# (sentence, [(outcome, value_low, value_high, qualifier, span text)])
SENTENCES = [
    ("One thousand two hundred people were killed in the attack, the ministry said.",
     [("killed", 1200, 1200, "exact", "One thousand two hundred people")]),
    ("Three thousand four hundred families were displaced by the floods and fighting, the agency said.",
     [("displaced", 3400, 3400, "exact", "Three thousand four hundred families")]),
    ("Officials said one hundred and five civilians were killed when the market was shelled.",
     [("killed", 105, 105, "exact", "one hundred and five civilians")]),
    ("The health ministry said twelve hundred people had been wounded since Monday.",
     [("wounded", 1200, 1200, "exact", "twelve hundred people")]),
    ("The UN said two and a half million people had been displaced by the war.",
     [("displaced", 2_500_000, 2_500_000, "exact", "two and a half million people")]),
    ("The UN said 1.9 million people had been displaced by the war.",
     [("displaced", 1_900_000, 1_900_000, "exact", "1.9 million people")]),
    ("At least seventy-five thousand people fled their homes, the agency said.",
     [("displaced", 75_000, None, "at_least", "At least seventy-five thousand people")]),
    ("Between two and three thousand people were displaced, the UN said.",
     [("displaced", 2000, 3000, "range", "Between two and three thousand people")]),
    ("Tens of thousands of people were displaced, the UN said.", []),  # the contract bounds no "tens of thousands"
    ("The army said 1,844 militants were killed.", [("killed", 1844, 1844, "exact", "1,844 militants")]),
    ("The army said 1 844 militants were killed.", [("killed", 1844, 1844, "exact", "1 844 militants")]),
    ("The army said 1\u2009844 militants were killed.", [("killed", 1844, 1844, "exact", "1\u2009844 militants")]),
    ("The army said 1\u00a0844 militants were killed.", [("killed", 1844, 1844, "exact", "1\u00a0844 militants")]),
    ("The army said 1\u202f844 militants were killed and 2\u202f310 wounded.",
     [("killed", 1844, 1844, "exact", "1\u202f844 militants"), ("wounded", 2310, 2310, "exact", "2\u202f310 wounded")]),
    ("A hundred and fifty prisoners escaped during the riot, the police said.",
     [("escaped", 150, 150, "exact", "A hundred and fifty prisoners")]),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[s[:40] for s, _ in SENTENCES])
def test_extraction_reads_compound_figures(text: str, expected: list) -> None:
    got = [(c.outcome, c.value_low, c.value_high, c.qualifier, text[c.span[0]:c.span[1]])
           for c in extract(text, published="2024-03-07")]
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(10**9, 10**15 - 1), st.booleans())
def test_large_figures_are_read_whole_not_dropped(n: int, words: bool) -> None:
    """Digits past twelve and the scale word "trillion" are read exactly: an implausible figure must reach the
    ledger (which quarantines it with its reason) rather than vanish in the extractor or be misread as its head."""
    text = _render(n, True, True, False) if words else f"{n:,}"
    assert parse_number(text) == n, text
    assert parse_number(str(n)) == n
    claims = extract(f"A leaflet said {text} people were killed in the war.", published="2024-03-07")
    assert [(c.outcome, c.value_low) for c in claims] == [("killed", n)]


@pytest.mark.parametrize(("text", "value"), [
    ("twelve trillion", 12 * 10**12), ("1.5 trillion", 15 * 10**11), ("two trillion and five", 2 * 10**12 + 5),
    ("9" * 30, int("9" * 30)), ("9" * 5000, None), ("2.5", 2), ("1.9 million", 1_900_000),
])
def test_long_and_trillion_forms(text: str, value: int | None) -> None:
    assert parse_number(text) == value
