"""Which event a report is about: its main place (from the gazetteer) and when.

Reports about the same canonical place (Gweiran, Ghwayran and al-Sinaa are one place) whose dates fall
within a few weeks of each other are one event; its id is `<place-slug>-<YYYY-MM>` of its first report.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

# A facility names an event more precisely than the city around it, a city more than its country.
_KIND_WEIGHT = {"facility": 4.0, "city": 2.5, "region": 1.5, "country": 1.0}
_LEAD_CHARS = 800  # headline and lead paragraph: where a report names its event


@dataclass(frozen=True)
class EventKey:
    event_id: str
    name: str
    place: str | None


def slug(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "unknown"


# No gazetteer lists every village: when a report names no known place, its dateline ("KIDAL, Mali
# (Reuters) -") or the most-named capitalised word after "in/near/outside" stands in for one.
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?\s*"
                       r"(?:\([A-Za-z .]+\))?\s*(?:-|\u2014|\u2013|:)\s", re.M)
_AFTER_PREP = re.compile(r"\b(?:in|near|outside|around)\s+(?:the\s+)?(?:(?:town|village|city|district|province|"
                         r"region|camp|prison|area)\s+of\s+)?([A-Z][a-z'\u2019-]{2,}(?:\s[A-Z][a-z'\u2019-]{2,})?)")
_NOT_PLACES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "The", "This", "That", "Total", "Addition", "Response", "Recent", "Which", "Our", "Their",
}


def _fallback_place(text: str) -> str | None:
    body = re.sub(r"\A---\n.*?\n---\n", "", text, count=1, flags=re.S)
    head = "\n".join([ln for ln in body.splitlines() if ln.strip()][:4])  # a dateline opens the story
    m = _DATELINE.search(head)
    if m and m.group(1).title() not in _NOT_PLACES and len(m.group(1)) > 2:
        return m.group(1).title()
    counts: dict[str, int] = {}
    for m in _AFTER_PREP.finditer(text):
        name = m.group(1)
        if name.split()[0] not in _NOT_PLACES:
            counts[name] = counts.get(name, 0) + 1
    return max(sorted(counts), key=lambda n: counts[n]) if counts else None


def main_place(text: str) -> str | None:
    """The canonical place a report is mostly about, or None when it names no place at all."""
    from . import find_places, place_within

    own: dict[str, float] = {}
    for name, kind, start, _end in find_places(text):
        w = _KIND_WEIGHT.get(kind, 1.0)
        own[name] = own.get(name, 0.0) + w * (2.0 if start < _LEAD_CHARS else 1.0)
    if not own:
        return _fallback_place(text)
    # Mentions of a place count for the places inside it that the report also names: "the Ghwayran jail in
    # Hassakeh" is about the jail, however often the city is named.
    scores = {p: v + sum(own.get(q, 0.0) for q in place_within(p)) for p, v in own.items()}
    return max(sorted(scores), key=lambda n: scores[n])


def same_place(a: str | None, b: str | None) -> bool:
    """One place, or one directly inside the other (a prison and its city). A country or a place further up
    is too wide: a report about "Syria" is not thereby about every Syrian event."""
    from . import place_within

    if a is None or b is None or a == b:
        return a == b

    def directly_in(inner: str, outer: str) -> bool:
        chain = place_within(inner)
        return len(chain) > 1 and chain[0] == outer

    return directly_in(a, b) or directly_in(b, a)


def event_for(text: str, day: str | None) -> EventKey:
    """The event of a report dated `day` (YYYY-MM-DD or None), on its own (no linking to others)."""
    place = main_place(text)
    month = day[:7] if day else "undated"
    pid = slug(place) if place else "unknown-place"
    name = f"{place or 'Unknown place'}, {month}"
    return EventKey(event_id=f"{pid}-{month}", name=name, place=place)


# How far apart two reports about one place may be and still be about one event. Sieges, standoffs and
# hostage crises run for weeks; a new attack on the same place months later is a new event.
LINK_WINDOW = timedelta(days=21)


@dataclass
class _Span:
    event_id: str
    place: str | None
    first: date
    last: date


@dataclass
class EventLinker:
    """Links reports to events already known (from earlier runs) or made earlier in the same batch.

    Feed it reports in date order, so the earliest report of an event names it.
    """

    spans: list[_Span] = field(default_factory=list)

    def add_known(self, event_id: str, place: str | None, first: date, last: date) -> None:
        self.spans.append(_Span(event_id, place, first, last))

    def link(self, text: str, day: str | None) -> EventKey:
        key = event_for(text, day)
        if not day:
            return key
        d = date.fromisoformat(day)
        best = None
        for s in self.spans:
            if not same_place(s.place, key.place) or not (s.first - LINK_WINDOW <= d <= s.last + LINK_WINDOW):
                continue
            gap = 0 if s.first <= d <= s.last else min(abs((d - s.first).days), abs((d - s.last).days))
            if best is None or gap < best[0]:
                best = (gap, s)
        if best is None:
            self.spans.append(_Span(key.event_id, key.place, d, d))
            return key
        s = best[1]
        s.first, s.last = min(s.first, d), max(s.last, d)
        return EventKey(event_id=s.event_id, name=key.name, place=key.place)
