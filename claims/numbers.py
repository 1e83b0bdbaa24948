"""Figure phrases: a number (digits or words) with its qualifier cue, parsed into contract bounds.

The regex below only finds where a figure phrase is (exact spans, one pass over the text); the value of a number
written in words is read by text2num (`text_to_num.text2num`, a kept library with a Rust core that reads English,
French, Spanish, Portuguese, German, Italian, Dutch and Danish). A hand-written reader got compounds wrong silently
("three thousand four hundred" read 300400, "one thousand two hundred" left "two hundred"). What stays here is what
text2num does not read, measured on text2num 3.1: it raises ValueError on "a hundred", "half a million", "two dozen",
"two and a half million" and "1.9 million", and reads "hundreds" as 100; so the forms with "a", "half", "dozen"
and digits with a scale word are read here, and the vague words map to the claim contract's bounds (VAGUE).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from . import recache
from .retrie import trie_regex

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
CONTRACT_VAGUE = ("dozens", "scores", "hundreds", "thousands", "a handful", "handful")  # the words the contract bounds
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
         "a handful": (3, 9), "handful": (3, 9),
         # read so that their "thousands" is not taken alone, but no claim: the contract gives them no bounds
         "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999), "millions": (2000000, 9999999)}
MULT = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000}
# languages text2num reads (parse_number's `lang`); the extractor itself reads English
LANGS = ("en", "fr", "es", "pt", "de", "it", "nl", "da")

_NUM_WORDS = [k for k in UNITS] + list(TENS) + [
    f"{t}{sep}{u}" for t in TENS for u in UNITS if 0 < UNITS[u] < 10 for sep in ("-", " ")]
_WORD = trie_regex(_NUM_WORDS)
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_SCALES = rf"(?:\s+{_SCALE}s?)+"  # "two hundred thousand", "seventy-five thousands"
# a compound in words: after its first number word, groups that end in a scale word, joined by spaces or "and", then
# an optional last word ("one thousand two hundred and five", "twelve hundred", "a hundred and fifty"); two bare words
# never join ("one two"), so a compound never swallows a second figure
_TAIL = rf"(?:{_SCALES}(?:\s+(?:and\s+)?{_WORD}{_SCALES})*(?:\s+(?:and\s+)?{_WORD})?)"
_HALF = rf"\s+and\s+a\s+half\s+{_SCALE}"  # "two and a half million"
# digit groups: commas, or one kind of space (plain, or the no-break and thin spaces of typeset text: "1 844");
# a space-grouped number never follows or precedes another digit group (phone numbers: "+243 81 555 0100")
_SP = "[\u00a0\u2009\u202f]"
# a typed "1, 844" (a blank after the thousands comma, one digit before it) is one number when no list goes on and no
# month names a day before it ("on March 4, 300 people marched" is a date and a figure; "rises to 95, 158 injured" a list)
_MONTH_LB = "".join(f"(?<!{m} )" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                               "dec", "january", "february", "march", "april", "june", "july", "august",
                                               "september", "october", "november", "december"))
_DIG = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?<!\d)(?<!\d\.)(?<!\d,)(?<!\d, ){_MONTH_LB}\d, \d{{3}}(?![\d.,]|\s*\d|,\s*\d)|(?<!\d[ \u00a0\u2009\u202f])\d{{1,3}}(?:(?: \d{{3}})+|(?:{_SP}\d{{3}})+)"
        rf"(?![ \u00a0\u2009\u202f]?\d)|\d+(?:\.\d+)?)")
# one alternative per first token, so a digit figure (the usual case) is tried once
_NUM = (
    rf"(?:{_DIG}(?:{_HALF}|\s+{_SCALE}s?)?|{_WORD}(?:\s+dozen|{_HALF}|{_TAIL})?|a(?:\s+dozen|{_TAIL})"
    rf"|half\s+a\s+(?:dozen|{_SCALE}))"
)
# "several dozen", "many hundreds": the same vague words (annotators bound them as "dozens", "hundreds")
VAGUE_ALIASES = {f"{m} {w}": plural for m in ("several", "many") for w, plural in (
    ("dozen", "dozens"), ("dozens", "dozens"), ("hundred", "hundreds"), ("hundreds", "hundreds"),
    ("thousand", "thousands"), ("thousands", "thousands"))}
_VAGUE = trie_regex(["tens of thousands", "hundreds of thousands", "dozens", "scores", "hundreds", "thousands", "millions",
                     "a handful", *VAGUE_ALIASES])
QUALS = {
    "at least": "at_least", "more than": "more_than", "over": "more_than", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "just under": "nearly", "about": "about", "around": "about", "some": "about",
    "roughly": "about", "approximately": "about", "an estimated": "about", "unos": "about", "unas": "about",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to", "fewer than": "up_to", "less than": "up_to",
    "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least", "not fewer than": "at_least",
    "in excess of": "more_than", "upwards of": "more_than",
    "well over": "more_than", "just over": "more_than", "a total of": "exact", "around a": "about",
    "upto": "up_to",  # "upto 45 women": a common spelling in South Asian English
    "atleast": "at_least",  # "atleast 1,844 inmates": the same, run together
}
_QUAL = trie_regex([q for q in QUALS if q != "around a"])
# the words a figure can start with: a look-ahead on lower-cased text that skips other words at once
_STARTS = {q.split()[0] for q in QUALS} | set(UNITS) | set(TENS) | {
    "between", "tens", "hundreds", "dozens", "scores", "thousands", "millions", "a", "half", "no", "none", "nobody",
    "several", "many"}
FIGURE_GUARD = "(?=\\d|" + trie_regex(sorted(_STARTS)) + "(?![a-z]))"

# not inside a number, a word, a code or an amount; a full stop counts only after two small letters, where a
# sentence was glued to the one before it ("in the region.Fifty-eight civilians were killed")
# and not after a hyphen inside a word or a number ("F-16", "3-4"); a dash after a blank or a bracket is no hyphen
# ("BENI (Reuters) -More than 45 civilians")
FIGURE_START = r"(?<![\w,+/#@$\u20ac\u00a3])(?<!:(?=\d))(?<!(?<![a-z][a-z])\.)(?<!(?<![\s)])-)"
FIGURE_RE = recache.compile(  # the group "fig" is the whole match (scans that consume the character before read it)
    FIGURE_START + "(?P<fig>" +
    rf"(?:(?P<qual>{_QUAL})\s+(?:a\s+(?=\d))?[\"\u201c]?)?"  # "more than a 100" (a stray article); "at least \u201c23 injured\u201d"
    rf"(?:(?P<between>between)\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<n1>{_NUM})(?:(?P<plus>\+)|(?:-|\u2013|\s+to\s+)(?P<n2>{_NUM}))?"
    rf"|(?P<zero>no\s+one|nobody|none|no))"
    # (a digit glued to its people noun is a typo the figure still counts: "At least 36people")
    rf"(?:(?<=\d)(?=(?:people|persons|dead|killed|injured|wounded|civilians|soldiers)\b)|(?![\w/]|[.,]\d|:\d)))",
    re.IGNORECASE,
)


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d, \d{3}|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?")
_SCALED = re.compile(rf"(.+?) ({_SCALE})s?")
_AND_A_HALF = re.compile(rf"(.+?) and a half ({_SCALE})s?")
_DOZEN = re.compile(r"(?:(.+) )?dozen")


@lru_cache(maxsize=8192)
def parse_number(s: str, lang: str = "en") -> int | None:
    """Value of a digit or word number ("1,200", "1 844", "twenty-three", "one thousand two hundred and five",
    "two dozen", "2.5 million", "two and a half million"); None when it is not one number. `lang` is an ISO 639-1
    code of a language text2num reads (LANGS); the forms with "a", "half" and "dozen" are English."""
    t = " ".join(s.lower().split()).replace("\u2013", "-")  # split() also breaks on no-break and thin spaces
    if not t:
        return None
    if t[0].isdigit() and _DIGITS.fullmatch(t):  # the usual case: digits alone
        return _digits(t)
    if lang not in LANGS:  # text2num's ValueError for it would read as "not a number" below
        raise ValueError(f"parse_number reads {', '.join(LANGS)}, not {lang!r}")
    if lang == "en":
        m = _DOZEN.fullmatch(t)
        if m:
            head = m.group(1)
            n = 1 if head in (None, "a") else (0.5 if head == "half a" else parse_number(head))
            return None if n is None else int(n * 12)
        m = _AND_A_HALF.fullmatch(t)
        if m:  # "two and a half million"
            n = parse_number(m.group(1), lang)
            return None if n is None else int((n + 0.5) * MULT[m.group(2)])
        if t.startswith("half a "):  # "half a million"
            k = MULT.get(t[7:])
            return None if k is None else k // 2
        if t.startswith("a "):  # "a hundred", "a thousand two hundred"
            t = "one " + t[2:]
    if t[0].isdigit():  # digits with a scale word: "1.9 million", "20 thousand"
        m = _SCALED.fullmatch(t)
        if m is None or not _DIGITS.fullmatch(m.group(1)) or m.group(2) not in MULT:
            return None
        if m.group(2) == "hundred" and (n := _digits(m.group(1))) is not None and n >= 100:
            return n  # "more than 300 hundred people": a scale typed twice, never thirty thousand
        v = _digits(m.group(1), MULT[m.group(2)])
        return v
    if lang == "en" and t in ("hundreds", "thousands", "millions", "billions", "trillions"):
        return None  # vague words (VAGUE), not "100"
    if lang == "en" and " trillion" in t:  # text2num 3.1 stops at billions: "twelve trillion (and ...)"
        head, _, rest = t.partition(" trillion")
        rest = rest.removeprefix("s").strip().removeprefix("and ").strip()
        n, m = parse_number(head, lang), (parse_number(rest, lang) if rest else 0)
        return None if n is None or m is None or m >= MULT["trillion"] else n * MULT["trillion"] + m
    try:
        return text2num(t, lang)
    except ValueError:  # not one number ("one two", "thousand thousand"), or a word text2num does not know
        return None


# Longer digit runs are not read as one number (Python's int() refuses past 4,300 digits). A long but readable
# figure ("12,345,678,901,234 killed") is kept: it is the ledger's plausibility rules that quarantine it, with the
# reason, rather than the extractor dropping it without a word.
MAX_DIGITS = 4000


def _digits(t: str, mult: int = 1) -> int | None:
    digits = t.replace(",", "").replace(" ", "")
    if len(digits.partition(".")[0]) > MAX_DIGITS:
        return None
    whole = digits.partition(".")[0]
    if "." not in digits or len(whole) > 15:  # exact at any size (a float keeps only 15-17 digits)
        return int(whole) * mult + (int(round(float("0." + digits.partition(".")[2]) * mult)) if "." in digits else 0)
    return int(round(float(digits) * mult))


@dataclass(slots=True)
class Figure:
    start: int
    end: int  # end of the number phrase (before any noun)
    num_start: int
    low: int
    high: int | None
    qualifier: str
    value: int  # the stated number (for sorting/ties)
    text: str
    is_zero: bool = False
    is_word: bool = False


_ENDS_IN_SCALE = re.compile(rf"\s({_SCALE})$", re.IGNORECASE)
_HAS_SCALE = re.compile(rf"{_SCALE}|dozen|half", re.IGNORECASE)


def _shared_scale(n1: str, a: int | None, n2: str, b: int | None) -> int | None:
    """The low end of a range whose scale word is said once, after the high end: "two to three thousand" is 2000 to
    3000, "between 10 and 20 million" 10 to 20 million (read alone, the low end would be 2 and 10)."""
    if a is None or b is None:
        return a
    m = _ENDS_IN_SCALE.search(n2)
    if m is None or _HAS_SCALE.search(n1):
        return a
    k = MULT[m.group(1).lower()]
    return a * k if a * k < b else a


def parse_figure(m: re.Match) -> Figure | None:
    # the groups read below, in one call (groupdict builds a dict of every named group, the numbers' own included)
    text, q, zero, between, vague, n1, n2, plus = m.group("fig", "qual", "zero", "between", "vague", "n1", "n2", "plus")
    start, end = m.start("fig"), m.end()
    q = " ".join(q.lower().split()) if q else ""
    qual = QUALS.get(q, "exact") if q else "exact"
    if zero:
        if q:
            return None
        return Figure(start, end, start, 0, 0, "exact", 0, text, is_zero=True, is_word=True)
    if between:
        b1, b2 = m.group("b1", "b2")
        a, b = parse_number(b1), parse_number(b2)
        a = _shared_scale(b1, a, b2, b)
        if a is None or b is None or b <= a:
            return None
        return Figure(start, end, m.start("b1"), a, b, "range", a, text)
    if vague:
        word = " ".join(vague.lower().split())
        word = VAGUE_ALIASES.get(word, word)
        if word not in CONTRACT_VAGUE:
            return None  # "tens of thousands", "millions": the contract gives these no bounds, so they are no claim
        lo, hi = VAGUE[word]
        # "up to hundreds": the cue bounds the vague word from above; "at least dozens" from below
        if qual == "up_to":
            return Figure(start, end, m.start("vague"), 0, hi, "up_to", lo, text, is_word=True)
        if qual == "at_least":
            return Figure(start, end, m.start("vague"), lo, None, "at_least", lo, text, is_word=True)
        return Figure(start, end, m.start("vague"), lo, hi, "vague", lo, text, is_word=True)
    a = parse_number(n1)
    if a is None:
        return None
    is_word = not n1[0].isdigit()
    num_start = m.start("n1")
    if n2:
        b = parse_number(n2)
        a = _shared_scale(n1, a, n2, b)
        if b is None or b <= a or (n1[0].isdigit() != n2[0].isdigit()):
            return None
        return Figure(start, end, num_start, a, b, "range", a, text, is_word=is_word)
    if plus:
        return Figure(start, end, num_start, a, None, "at_least", a, text, is_word=is_word)
    if q == "fewer than" or q == "less than":
        return Figure(start, end, num_start, 0, max(a - 1, 0), "up_to", a, text, is_word=is_word)
    if qual == "at_least":
        lo, hi = a, None
    elif qual == "more_than":
        lo, hi = a + 1, None
    elif qual == "up_to":
        lo, hi = 0, a
    else:
        lo, hi = a, a
    return Figure(start, end, num_start, lo, hi, qual, a, text, is_word=is_word)
