"""Date cues in sentences ("on Sunday", "late Thursday", "March 1, 2022", "two days later") resolved to days."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as dparser

from . import recache
from .retrie import trie_regex

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"] + [m + d for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                                                            "Oct", "Nov", "Dec") for d in ("", ".")]
_MON = trie_regex(MONTH_NAMES)
_WD = trie_regex([w.capitalize() for w in WEEKDAYS])
_NUMW = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}

# what a date cue can start with, as a trie (re tries a plain alternation branch by branch: ~40% slower here): a digit, a
# month or weekday, or the first words of a relative cue ("a day later", "the next day", "this morning")
_DATE_STARTS = {w[:3].capitalize() for w in MONTHS} | {w[:3].capitalize() for w in WEEKDAYS} | {
    w for k in (*(f"{n} day" for n in _NUMW), "the next", "the following", "the day", "today", "this ", "tonight", "yesterday")
    for w in (k, k[0].upper() + k[1:])}
_DATE_BODY = (
    rf"(?:(?P<range>\b\d{{1,2}}\s*(?:-|\u2013|to|and)\s*\d{{1,2}}\s+{_MON}\b|\b{_MON}\s+\d{{1,2}}\s*(?:-|\u2013|to|and)\s*\d{{1,2}}\b)"
    rf"|(?P<abs>(?:{_WD},?\s+)?(?:\b\d{{1,2}}\s+{_MON}(?:,?\s+\d{{4}})?|\b{_MON}\s+\d{{1,2}}(?!\d)(?:,?\s+\d{{4}})?))"
    rf"|(?P<wd>\b{_WD}(?P<poss>'s|\u2019s)?(?:\s+(?:morning|afternoon|evening|night))?)"
    rf"|(?P<rel>\b(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Aa])\s+days?\s+(?:later|earlier|after|before)"
    rf"|[Tt]he\s+(?:next|following)\s+day|[Tt]he\s+day\s+before)\b)"
    rf"|(?P<today>\b(?:[Tt]oday|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight|[Yy]esterday)\b))"
)
# the look-ahead skips words no date cue starts with; the group "date" is the whole match
DATE_RE = recache.compile(r"(?<!\w)(?P<date>(?=\d|" + trie_regex(sorted(_DATE_STARTS), space=r"\s+") + ")" + _DATE_BODY + ")")


@dataclass(slots=True)
class DateCue:
    start: int
    end: int
    kind: str  # abs | wd | rel | today | range
    date: dt.date | None


def to_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        d = parse_abs(str(value), None)  # "March 3, 2025", "13 April 2025": without dateutil's parser (~0.2 ms a call)
        if d is not None:
            return d
        try:
            return dparser.parse(str(value), fuzzy=True).date()
        except (ValueError, OverflowError, TypeError):
            return None


def weekday_on_or_before(name: str, ref: dt.date) -> dt.date:
    wd = WEEKDAYS.index(name.lower())
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


_LEAD_WEEKDAY = re.compile(rf"^{_WD},?\s+", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(\d{1,2})\s+([A-Za-z]+),?(?:\s+(\d{4}))?$")
_MONTH_DAY = re.compile(r"([A-Za-z]+)\s+(\d{1,2}),?(?:\s+(\d{4}))?$")
_LETTERS = re.compile(r"[A-Za-z]+")


def parse_abs(s: str, ref: dt.date | None) -> dt.date | None:
    s = _LEAD_WEEKDAY.sub("", s.strip()).replace(".", "")
    m = _DAY_MONTH.match(s) or None
    try:
        if m:
            day, mon, year = int(m.group(1)), MONTHS.get(m.group(2).lower()), m.group(3)
        else:
            m = _MONTH_DAY.match(s)
            if not m:
                return None
            mon, day, year = MONTHS.get(m.group(1).lower()), int(m.group(2)), m.group(3)
        if mon is None:
            return None
        if year:
            return dt.date(int(year), mon, day)
        if ref is None:
            return None
        d = dt.date(ref.year, mon, day)
        if d > ref + dt.timedelta(days=31):
            d = dt.date(ref.year - 1, mon, day)
        return d
    except ValueError:
        return None


def find_dates(text: str, a: int, b: int, ref: dt.date | None, anchor: dt.date | None, matches=None) -> list[DateCue]:
    """Date cues in text[a:b]; weekdays resolve against ref, 'N days later' against anchor (last absolute date).

    `matches` may hold DATE_RE matches of the whole text already restricted to [a, b) (one pass per report).
    """
    out = []
    for m in (DATE_RE.finditer(text, a, b) if matches is None else matches):
        start = m.start("date")  # matches of a scan that consumes the character before start one early
        if m.group("range"):
            out.append(DateCue(start, m.end(), "range", None))
        elif m.group("abs"):
            d = parse_abs(m.group("abs"), ref or anchor)
            out.append(DateCue(start, m.end(), "abs", d))
        elif m.group("wd"):
            if m.group("poss"):
                continue
            name = _LETTERS.match(m.group("wd")).group(0)
            out.append(DateCue(start, m.end(), "wd", weekday_on_or_before(name, ref) if ref else None))
        elif m.group("rel"):
            t = m.group("rel").lower()
            base = anchor or ref
            d = None
            if base:
                n = 1
                w = t.split()[0]
                if w in _NUMW:
                    n = _NUMW[w]
                sign = -1 if ("earlier" in t or "before" in t) else 1
                d = base + dt.timedelta(days=sign * n)
            out.append(DateCue(start, m.end(), "rel", d))
        else:
            t = m.group("today").lower()
            d = None
            if ref:
                d = ref - dt.timedelta(days=1) if t == "yesterday" else ref
            out.append(DateCue(start, m.end(), "today", d))
    return out
