"""Who speaks for a figure, as the ledger counts sources: one canonical name per source, and whether that source is
a belligerent counting its enemy's losses (such figures are marked, and an estimate says when it rests on them)."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import gazetteer, normalize

_VIA = re.compile(r"\s*\((?:via|from|citing)\b[^)]*\)\s*$", re.I)
# the words that make a source a state's armed side: "Nigerian army", "Russian Defence Ministry", "Kenyan police"
_STATE_FORCE = re.compile(r"\b(?:army|military|armed forces|forces|troops|police|navy|air force|defen[cs]e ministry|"
                          r"ministry of defen[cs]e|general staff|junta|militia|security forces)\b", re.I)
_CATEGORIES = {"all", "civilians", "unknown"}


@lru_cache(maxsize=65536)  # a pure function of the name (the gazetteer does not change in a process)
def canonical_source(name: str | None) -> str | None:
    """One spelling per source: an outlet written "AFP (via Asharq Al-Awsat)" or "Agence France-Presse" is AFP, a
    wire's spelled-out name is its short one; names the gazetteer does not know are kept as written."""
    if not name or not str(name).strip():
        return None
    s = _VIA.sub("", normalize(str(name)).strip()) or str(name).strip()
    g = gazetteer()
    wire = g.wire_canonical.get(s.lower())
    if wire:
        return wire
    for e in g.cs.get(s, []) + g.ci.get(s.lower(), []):
        if e.type in ("source", "actor") and "{" not in e.name:
            return e.name
    return s


_FORCES = re.compile(r"^(?P<who>.+?) (?:army|military|armed forces|troops|soldiers)$", re.I)


@lru_cache(maxsize=65536)
def canonical_party(name: str | None) -> str | None:
    """One name per state's armed forces: "Nigerian military" and "Nigerian army" are the Nigerian army, the
    Philippine army is the Philippine military (the gazetteer's `forces:` says which word a country's news uses)."""
    if not name:
        return name
    m = _FORCES.match(name)
    if not m:
        return name
    g = gazetteer()
    country = g.demonym_country(m.group("who")) or (m.group("who") if m.group("who") in g.countries else None)
    if country is None:
        return name
    spec = g.countries.get(country) or {}
    return f"{spec.get('demonym') or country} {spec.get('forces') or 'army'}"


def is_belligerent(source: str | None) -> bool:
    """An armed actor of the gazetteer, or a state's armed forces or defence ministry."""
    if not source:
        return False
    g = gazetteer()
    if source in g.actor_names and g.actor_kind.get(source) not in ("category",):
        return True
    return bool(_STATE_FORCE.search(source))


def enemy_figure(source: str | None, party: str | None) -> bool:
    """A belligerent's figure for the losses of another side: an army's count of the militants it killed, an armed
    group's count of the people it says it killed (whoever they were). A state's count of civilians or of all dead
    is not: such figures stand as any source's."""
    if not party or not is_belligerent(source) or party == source:
        return False
    g = gazetteer()
    if party in _CATEGORIES:  # an armed group claiming how many it killed
        return source in g.actor_names and g.actor_kind.get(source) == "armed_group"
    # one side however written: "Nigerian army" and "Nigerian police", "SDF" and "SDF-linked"
    a, b = source.lower().split(), party.lower().split()
    return a[0] != b[0]
