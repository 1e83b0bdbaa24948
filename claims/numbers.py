"""Figure phrases: a number (digits or words) with its qualifier cue, parsed into contract bounds.

Number words are parsed by hand (not a library) because we need exact spans and one regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .retrie import trie_regex

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
         "a handful": (3, 9), "handful": (3, 9),
         # extensions in the same spirit as the contract's list (not in the spec's table)
         "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999), "millions": (2000000, 9999999)}
MULT = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_NUM_WORDS = [k for k in UNITS] + list(TENS) + [
    f"{t}{sep}{u}" for t in TENS for u in UNITS if 0 < UNITS[u] < 10 for sep in ("-", " ")]
_WORD = trie_regex(_NUM_WORDS)
_SMALL = rf"(?:{_WORD}(?:\s+hundred(?:\s+and\s+{_WORD})?)?)"
_DIG = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_NUM = (
    rf"(?:(?:{_WORD}|a|half\s+a)\s+dozen|(?:a|half\s+a)\s+(?:hundred|thousand|million)|(?:{_DIG}|{_WORD})\s+thousand"
    rf"|(?:{_DIG}|{_SMALL})(?:\s+(?:million|billion))?)"
)
_VAGUE = trie_regex(["tens of thousands", "hundreds of thousands", "dozens", "scores", "hundreds", "thousands", "millions",
                     "a handful"])
QUALS = {
    "at least": "at_least", "more than": "more_than", "over": "more_than", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "just under": "nearly", "about": "about", "around": "about", "some": "about",
    "roughly": "about", "approximately": "about", "an estimated": "about", "unos": "about", "unas": "about",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to", "fewer than": "up_to", "less than": "up_to",
    "no fewer than": "at_least", "no less than": "at_least", "in excess of": "more_than", "upwards of": "more_than",
    "well over": "more_than", "just over": "more_than", "a total of": "exact", "around a": "about",
}
_QUAL = trie_regex([q for q in QUALS if q != "around a"])
# the words a figure can start with: a look-ahead on lower-cased text that skips other words at once
_STARTS = {q.split()[0] for q in QUALS} | set(UNITS) | set(TENS) | {
    "between", "tens", "hundreds", "dozens", "scores", "thousands", "millions", "a", "half", "no", "none", "nobody"}
FIGURE_GUARD = "(?=\\d|" + trie_regex(sorted(_STARTS)) + "(?![a-z]))"

FIGURE_START = r"(?<![\w.,+/:#@$\u20ac\u00a3-])"
FIGURE_RE = re.compile(  # the group "fig" is the whole match (scans that consume the character before read it)
    FIGURE_START + "(?P<fig>" +
    rf"(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<between>between)\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<n1>{_NUM})(?:(?P<plus>\+)|(?:-|\u2013|\s+to\s+)(?P<n2>{_NUM}))?"
    rf"|(?P<zero>no\s+one|nobody|none|no))"
    rf"(?![\w/]|[.,]\d|:\d))",
    re.IGNORECASE,
)


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_SPLIT = re.compile(r"[\s-]+")


@lru_cache(maxsize=8192)
def parse_number(s: str) -> int | None:
    """Value of a digit or word number ("1,200", "twenty-three", "two dozen", "2.5 million")."""
    t = " ".join(s.lower().split()).replace("\u2013", "-")
    if not t:
        return None
    mult = 1
    for w, k in MULT.items():
        if t.endswith(" " + w) and not t.startswith(("a ", "half a ")):
            mult = k
            t = t[: -len(w) - 1].strip()
            break
    if t.endswith(" dozen") or t == "dozen":
        head = t[: -len("dozen")].strip()
        n = 1 if head in ("", "a") else (0.5 if head == "half a" else parse_number(head))
        return None if n is None else int(n * 12)
    if t.startswith(("a ", "half a ")) and t.split()[-1] in ("hundred", "thousand", "million"):
        return MULT[t.split()[-1]] // (2 if t.startswith("half") else 1)  # "a million", "half a million"
    if _DIGITS.fullmatch(t):
        digits = t.replace(",", "")
        if len(digits) > 12:  # not a count of people (ids, phone numbers, garbage)
            return None
        v = float(digits)
        return int(round(v * mult))
    total = 0
    cur = 0
    for w in _SPLIT.split(t):
        if w == "and":
            continue
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w == "thousand":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return int((total + cur) * mult)


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


def parse_figure(m: re.Match) -> Figure | None:
    g = m.groupdict()
    start, end, text = m.start("fig"), m.end(), g["fig"]
    q = g["qual"]
    q = " ".join(q.lower().split()) if q else ""
    qual = QUALS.get(q, "exact") if q else "exact"
    if g["zero"]:
        if q:
            return None
        return Figure(start, end, start, 0, 0, "exact", 0, text, is_zero=True, is_word=True)
    if g["between"]:
        a, b = parse_number(g["b1"]), parse_number(g["b2"])
        if a is None or b is None or b <= a:
            return None
        return Figure(start, end, m.start("b1"), a, b, "range", a, text)
    if g["vague"]:
        lo, hi = VAGUE[" ".join(g["vague"].lower().split())]
        # "up to hundreds": the cue bounds the vague word from above; "at least dozens" from below
        if qual == "up_to":
            return Figure(start, end, m.start("vague"), 0, hi, "up_to", lo, text, is_word=True)
        if qual == "at_least":
            return Figure(start, end, m.start("vague"), lo, None, "at_least", lo, text, is_word=True)
        return Figure(start, end, m.start("vague"), lo, hi, "vague", lo, text, is_word=True)
    n1 = g["n1"]
    a = parse_number(n1)
    if a is None:
        return None
    is_word = not n1[0].isdigit()
    num_start = m.start("n1")
    n2 = g["n2"]
    if n2:
        b = parse_number(n2)
        if b is None or b <= a or (n1[0].isdigit() != n2[0].isdigit()):
            return None
        return Figure(start, end, num_start, a, b, "range", a, text, is_word=is_word)
    if g["plus"]:
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
