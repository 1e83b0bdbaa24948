"""Split a report into sentence units with exact offsets (lines, then sentences inside a line).

The rules follow the corpus conventions: a line (headline, bullet, table row, live-blog entry) is a
unit of its own; inside a line, split on . ! ? (plus closing quotes) followed by whitespace and an
upper-case letter, digit or opening quote, except after abbreviations and leader dots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBR = frozenset(
    "u.s u.n u.k mr mrs ms dr st no nos col gen lt capt maj sgt rev gov sen rep jan feb mar apr jun jul aug "
    "sep sept oct nov dec a.m p.m vs etc inc ltd co corp jr sr prof e.g i.e approx fig est "
    "brig adm cmdr cdr supt insp cpl pvt".split()  # ranks before a name: "Brig. Gen. Sarhat Q."
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "a.m": dotted initials end no sentence
_BULLET = re.compile(r"\s*(?:[-\u2013\u2014\u2022*\u25aa\u25cf]|\d+[.)])\s+")
_MARKS = frozenset("-\u2013\u2014\u2022*\u25aa\u25cf")  # the first characters of a _BULLET (not numbered) or _SIGNATURE
_SIGNATURE = re.compile(r"^\s*[\u2014\u2013-]{1,2}\s*[^\n(]{1,80}\(@\w+\)\s*(.+)$")
_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    line: int  # index of the line
    para: int  # index of the paragraph (blank-line separated block)
    first_in_line: bool
    bullet: bool
    signature: bool
    title: bool


def front_matter(text: str) -> tuple[int, dict[str, tuple[int, int, str]]]:
    """(end offset of a YAML front-matter block, {key: (value_start, value_end, value)})."""
    m = _FRONT.match(text)
    if not m:
        return 0, {}
    fields: dict[str, tuple[int, int, str]] = {}
    base = m.start(1)
    for lm in re.finditer(r"^([A-Za-z_]+):[ \t]*(.*)$", m.group(1), re.MULTILINE):
        fields[lm.group(1).lower()] = (base + lm.start(2), base + lm.end(2), lm.group(2).strip().strip("\"'"))
    return m.end(), fields


def _split_line(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    s = a
    for m in _BREAK.finditer(text, a, b):
        p = m.start()
        if p > a and text[p - 1] == ".":  # leader dots / ellipsis
            continue
        ws = max(text.rfind(" ", a, p), text.rfind("(", a, p)) + 1
        tok = text[max(ws, a):p].lower().lstrip("\"'(\u201c")
        if tok in _ABBR or _INITIALS.fullmatch(tok) or (len(tok) == 1 and tok.isalpha() and text[p - 1].isupper()):
            continue  # (one capital letter: an initial or a compass point, "John F. Kennedy", "S. Korea")
        end = m.start() + 1
        while end < b and text[end] in "\"'\u201d\u2019)]":
            end += 1
        out.append((s, end))
        s = m.end()
    if s < b:
        out.append((s, b))
    return out


MAX_UNIT = 1500  # a "sentence" longer than this (no punctuation at all) is cut at spaces, so work stays linear


def _chunk(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    while b - a > MAX_UNIT:
        cut = text.rfind(" ", a + MAX_UNIT // 2, a + MAX_UNIT)
        if cut <= a:
            cut = a + MAX_UNIT
        out.append((a, cut))
        a = cut
        while a < b and text[a] == " ":
            a += 1
    if a < b:
        out.append((a, b))
    return out


# "MAPUTO — Terrorists killed ...", "Kabul, May 3 (AFP) - ...": a lede that opens with its dateline is no headline
_DATELINE_LEDE = re.compile(r"[A-Z][\w .'\u2019-]{1,40}(?:,\s*[\w .]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?[\u2014\u2013-]+\s")


def _headline(text: str, a: int, b: int) -> bool:
    """The report's first line is its headline unless it is a whole lede: it opens with a dateline, or it runs on
    like a paragraph (a headline is short)."""
    return b - a <= 240 and not _DATELINE_LEDE.match(text, a, b) and not (
        text[b - 1] == "." and text.count(" ", a, b) >= 14)  # a long sentence with its full stop: the lede


def split_units(text: str) -> list[Unit]:
    fm_end, fields = front_matter(text)
    units: list[Unit] = []
    para = 0
    last_line_end = 0
    line_no = 0
    if fm_end and "title" in fields:
        vs, ve, _ = fields["title"]
        ls = text.rfind("\n", 0, vs) + 1
        units.append(Unit(ls, ve, line_no, para, True, False, False, True))
        line_no += 1
    for m in _LINE.finditer(text, fm_end):
        a, b = m.start(), m.end()
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        while a < b and text[a] in " \t":
            a += 1
        if a >= b:
            continue
        if text.count("\n", last_line_end, a) > 1 or (units and text[last_line_end:a].strip("\n \t\r") == "" and "\n\n" in text[last_line_end:a].replace("\r", "")):
            para += 1
        last_line_end = b
        c0 = text[a]  # both patterns need a dash/bullet (or leading white space) first: skip them on ordinary lines
        maybe = c0 in _MARKS or c0.isspace()
        bullet = maybe and bool(_BULLET.match(text, a, b)) and not c0.isdigit()
        sig = maybe and bool(_SIGNATURE.match(text[a:b]))
        first = True
        pieces = [(a, b)] if (bullet or sig) else _split_line(text, a, b)
        if any(e - s0 > MAX_UNIT for s0, e in pieces):
            pieces = [q for p in pieces for q in _chunk(text, *p)]
        for s, e in pieces:
            while e > s and text[e - 1] in " \t":
                e -= 1
            if e > s:
                units.append(Unit(s, e, line_no, para, first, bullet, sig, not units and _headline(text, a, b)))
                first = False
        line_no += 1
    return units


def signature_date_text(line: str) -> str | None:
    m = _SIGNATURE.match(line)
    return m.group(1).strip() if m else None
