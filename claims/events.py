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


def main_place(text: str) -> str | None:
    """The canonical place a report is mostly about, or None when it names no known place."""
    from . import find_places

    scores: dict[str, float] = {}
    for name, kind, start, _end in find_places(text):
        w = _KIND_WEIGHT.get(kind, 1.0)
        scores[name] = scores.get(name, 0.0) + w * (2.0 if start < _LEAD_CHARS else 1.0)
    if not scores:
        return None
    return max(sorted(scores), key=lambda n: scores[n])


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
            if s.place != key.place or not (s.first - LINK_WINDOW <= d <= s.last + LINK_WINDOW):
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
