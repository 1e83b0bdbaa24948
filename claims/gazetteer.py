"""Gazetteer of actors, sources and places (data in gazetteer.yaml) and fast alias matching.

Aliases are compiled into trie-shaped regexes so one pass over a text finds every mention in
linear time, instead of trying hundreds of alternatives at every position.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from . import recache
from .retrie import LeadScan, trie_regex

# beside the package's __init__.py: a compiled copy of this module lives elsewhere (claims/_native.py)
GAZETTEER_PATH = Path(sys.modules[__name__.rpartition(".")[0]].__file__).with_name("gazetteer.yaml")


_UNIT_AFTER = re.compile(r"\s+(?:areas?|councils?\s+area)\b", re.I)
_BODY_AFTER = re.compile(r"\s+(?:Institute|Agency|Authority|Service|Commission|Council|Directorate|Bureau|Department|"
                         r"Administration|System)\b")


@dataclass(frozen=True, slots=True)
class Entry:
    type: str  # actor | source | place | country
    name: str  # canonical name (may be a template such as "{country} army")
    kind: str  # actor kind, place kind, or "" for sources


class Mention(NamedTuple):  # a tuple: built ~30 times a report, cheaper than a frozen dataclass
    start: int
    end: int
    entry: Entry
    text: str




_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _has_non_ascii_upper(alias: str) -> bool:
    return not alias.isascii() and any(c.isupper() and not c.isascii() for c in alias)


_ARABIC_LETTER = re.compile("[\u0620-\u064a]")
# proclitics written joined to the next word: wa- "and", bi- "in/by", fa- "so", li- "to/for", and wa- before bi-/li-
# ("وبالموصل" = "and in Mosul"). ka- "as" and fa- before bi-/li- rarely come before a place or group name: each form
# left out is ~200 fewer trie keys to compile at start-up.
_ARABIC_PROCLITICS = ("و", "ب", "ف", "ل", "وب", "ول")


def _arabic_clitic_forms(alias: str) -> list[str]:
    """An Arabic-script alias and its forms with a joined proclitic ("بالموصل" = "in Mosul", "والحسكة" = "and Hasakeh"):
    Arabic writes these prepositions and conjunctions as part of the next word, so a word-bounded match of the bare
    name would miss them. li- + al- is written lil- (the alif drops): "للموصل"."""
    out = [alias]
    for p in _ARABIC_PROCLITICS:
        if p.endswith("ل") and alias.startswith("ال"):
            out.append(p + alias[1:])
        else:
            out.append(p + alias)
    return out


def normalize(text: str) -> str:
    """Same-length normalisation (curly quotes, dashes) so offsets stay valid."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')


def _first_char_trie(aliases) -> str:
    """trie_regex(aliases) behind (?<!\\w), spelled as one branch per first character c: c(?<!\\wc)(?:rest...). Every
    branch then starts with a literal, so re skips in C to positions holding a possible first character instead of
    trying the pattern (and a leading look-behind) at every position of the text."""
    by_first: dict[str, list[str]] = {}
    for a in sorted(aliases):
        if a:
            by_first.setdefault(a[0], []).append(a[1:])
    alts = []
    for c, rests in by_first.items():
        e = " " if c == " " else re.escape(c)
        alts.append(e + r"(?<!\w" + e + ")" + trie_regex(rests, space=" "))
    return "(?:" + "|".join(alts) + ")"


def _ci_regex(aliases) -> re.Pattern:
    return recache.compile(r"(?<!\w)(" + trie_regex(sorted(aliases), space=" ") + r")(?!\w)")


def _cs_regex(aliases) -> re.Pattern:
    return recache.compile(r"(" + _first_char_trie(aliases) + r")(?!\w)")


def _first_letters(aliases) -> re.Pattern:
    """A character class of the non-ASCII first characters of aliases (one that never matches when there are none)."""
    firsts = sorted({a[0] for a in aliases if not a[0].isascii()})
    return re.compile("[" + "".join(re.escape(c) for c in firsts) + "]" if firsts else "(?!)")


_PLURAL_WORD = re.compile(r"\s+([A-Z][a-z]+?)s\b")


class Gazetteer:
    def __init__(self, data: dict):
        self._last_mentions: tuple[str, str, list[Mention]] | None = None  # (text, lc, mentions): see mentions()
        self.ci: dict[str, list[Entry]] = {}
        self.cs: dict[str, list[Entry]] = {}
        self.countries: dict[str, dict] = {}
        self.place_country: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.actor_names: set[str] = set((data.get("actors") or {}).keys())
        self.actor_kind: dict[str, str] = {k: (v or {}).get("kind", "armed_group") for k, v in (data.get("actors") or {}).items()}
        self.wire_canonical: dict[str, str] = {normalize(str(a)).lower(): name
                                               for name, aliases in (data.get("wire_names") or {}).items() for a in aliases}
        self.voice_outlets: frozenset[str] = frozenset(data.get("voice_outlets") or ())
        self.outlet_names: frozenset[str] = frozenset(self.wire_canonical.values())  # what a wire alias names

        def add(alias: str, entry: Entry, case: bool = False) -> None:
            alias = normalize(str(alias)).strip()
            if not alias or "{" in alias:
                return
            if _ARABIC_LETTER.match(alias):
                for variant in _arabic_clitic_forms(alias):
                    add1(variant, entry, case)
            else:
                add1(alias, entry, case)

        def add1(alias: str, entry: Entry, case: bool) -> None:
            # the text is lowered by ASCII only (see mentions): an alias with a non-ASCII capital (Харків, État) is
            # matched as written, case-sensitively, or its lowered key could never be found
            # (the letters read only for an alias of 5 characters or fewer: ~10,000 aliases a process)
            if case or (len(alias) <= 5 and (letters := [c for c in alias if c.isalpha()])
                        and all(c.isupper() for c in letters)) or _has_non_ascii_upper(alias):
                lst = self.cs.setdefault(alias, [])
            else:
                lst = self.ci.setdefault(alias.lower(), [])
            if entry not in lst:
                lst.append(entry)

        for name, spec in (data.get("actors") or {}).items():
            e = Entry("actor", name, spec.get("kind", "armed_group"))
            for a in [name, *(spec.get("aliases") or [])]:
                add(a, e)
            for a in spec.get("case_aliases") or []:
                add(a, e, case=True)
        for name, aliases in (data.get("sources") or {}).items():
            e = Entry("source", name, "")
            for a in aliases or []:
                add(a, e)
                if str(a).startswith(("UN ", "U.N. ")):
                    add("the " + str(a), e)  # "the UN refugee agency" must not match as "the UN" + "refugee agency"
                if str(a).startswith("Ministry of "):
                    add("Minister of " + str(a)[12:], e)  # "Deputy Minister of Justice X said": the ministry speaks
        for name, spec in (data.get("countries") or {}).items():
            self.countries[name] = spec
            e = Entry("country", name, "country")
            for a in [name, *(spec.get("aliases") or [])]:
                add(a, e)
            dem = spec.get("demonym")
            if dem:
                self.demonyms[dem.lower()] = name
                if dem.lower() != name.lower():
                    add(dem, Entry("demonym", name, "country"))
        self.place_parent: dict[str, str] = {}
        for name, spec in (data.get("places") or {}).items():
            e = Entry("place", name, spec.get("kind", "city"))
            self.place_country[name] = spec.get("country", "")
            if spec.get("within"):
                self.place_parent[name] = str(spec["within"])
            for a in [name, *(spec.get("aliases") or [])]:
                add(a, e)
        # The scans of every alias (_ci_re, _ci_scan, _cs_re below, compiled on first use: ~0.4 s) and the same scans
        # without the aliases that start with a non-ASCII letter (Arabic, Cyrillic, "État"), for the texts where no
        # such letter occurs (nearly all English reports): re tries a trie's first-letter branches one by one at
        # every word, and those aliases double their number. A text without the first letter of an alias has no
        # match of it, so both scans find the same matches there.
        self._ci_scan_ascii = LeadScan(_ci_regex(a for a in self.ci if a[0].isascii()), 1)
        self._cs_re_ascii = _cs_regex(a for a in self.cs if a[0].isascii())
        self._ci_firsts = _first_letters(self.ci)
        self._cs_firsts = _first_letters(self.cs)

    @cached_property
    def _ci_re(self) -> re.Pattern:
        # case-insensitive aliases run on an ASCII-lowercased copy of the text (same offsets, ~3x faster than IGNORECASE)
        return _ci_regex(self.ci)

    @cached_property
    def _ci_scan(self) -> LeadScan:
        return LeadScan(self._ci_re, 1)  # matches may start a character early: spans from group 1

    @cached_property
    def _cs_re(self) -> re.Pattern:
        # case-sensitive aliases mostly start with a capital: a first-character branch lets re skip the rest
        return _cs_regex(self.cs)

    def mentions(self, ntext: str, lc: str | None = None) -> list[Mention]:
        """All alias mentions in a normalised text, leftmost-longest, without overlaps. The last text's are kept: a
        report's incident signature (claims/events.py) asks three times for the same text's (places, actors, towns)."""
        if lc is None:
            lc = ntext.translate(_ASCII_LOWER)
        last = self._last_mentions
        if last is not None and last[0] == ntext and last[1] == lc:
            return list(last[2])
        out = self._mentions(ntext, lc)
        self._last_mentions = (ntext, lc, out)
        return list(out)

    def _mentions(self, ntext: str, lc: str | None = None) -> list[Mention]:
        # (start, start - end, arrival index, match): sorting these plain tuples orders by start, longer first, and
        # keeps ties in arrival order (case-insensitive before case-sensitive), as a stable sort by that key would
        found: list[tuple] = []
        k = 0
        if lc is None:
            lc = ntext.translate(_ASCII_LOWER)
        ci_scan = self._ci_scan if not lc.isascii() and self._ci_firsts.search(lc) else self._ci_scan_ascii
        for m in ci_scan.findall(lc):
            s, e = m.span(1)
            found.append((s, s - e, k, e, m.group(1), False))
            k += 1
        cs_re = self._cs_re if not ntext.isascii() and self._cs_firsts.search(ntext) else self._cs_re_ascii
        for m in cs_re.finditer(ntext):
            s, e = m.span()
            found.append((s, s - e, k, e, m.group(1), True))
            k += 1
        found.sort()
        out: list[Mention] = []
        last = -1
        new = tuple.__new__  # Mention(...) goes through a Python-level __new__
        for s, _, _, e, a, cs in found:
            if s < last:
                continue
            entries = self.cs[a] if cs else self.ci[a.lower()]
            for entry in entries:
                if entry.kind == "facility" and _BODY_AFTER.match(ntext, e):
                    continue  # "the National Penitentiary Institute (INPE)": a body's name, not the prison
                if entry.type == "source" and _UNIT_AFTER.match(ntext, e):
                    continue  # "the Chikun local government area": a district, not a government that speaks
                out.append(new(Mention, (s, e, entry, a)))
            last = e
        return out

    def canonical_place(self, name: str) -> str | None:
        """The canonical place or country a name or alias stands for ("Gweiran" -> "Ghwayran prison")."""
        if name in self.place_country or name in self.countries:
            return name
        alias = normalize(str(name)).strip()
        for e in self.cs.get(alias, []) + self.ci.get(alias.lower(), []):
            if e.type in ("place", "country"):
                return e.name
        return None

    def place_within(self, name: str) -> tuple[str, ...]:
        """Canonical places containing `name`, nearest first, its country last (empty for a country or an unknown name)."""
        place = self.canonical_place(name)
        if place is None or place in self.countries:
            return ()
        chain: list[str] = []
        cur = place
        while cur in self.place_parent and len(chain) < 10:
            cur = self.place_parent[cur]
            if cur == place or cur in chain:
                break  # a cycle in the data: stop rather than loop
            chain.append(cur)
            if cur in self.countries:
                return tuple(chain)
        country = self.place_country.get(cur) or self.place_country.get(place)
        if country and country not in chain:
            chain.append(country)
        return tuple(chain)

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(word.lower())

    def nationals_at(self, text: str, pos: int) -> re.Match | None:
        """"170 Afghans": a people named by their country's demonym, in the plural, right after pos."""
        m = _PLURAL_WORD.match(text, pos)
        return m if m and self.demonym_country(m.group(1)) is not None else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    # libyaml's loader parses the ~3,700 aliases in a tenth of the pure-Python loader's time (0.17 s), and the
    # parsed data is kept on disk for the next process (claims/recache.py: 5 ms)
    return Gazetteer(recache.load_yaml(GAZETTEER_PATH))


class MentionIndex:
    """Mentions of one text, searchable by character range."""

    def __init__(self, mentions: list[Mention]):
        self.items = mentions
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]
        # ends in order too (mentions do not overlap, the usual case): the last one in a range is its largest
        self._ends_sorted = self.ends == sorted(self.ends)

    def between(self, a: int, b: int, type_: str | None = None) -> list[Mention]:
        starts = self.starts
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b, i)
        if i == j:
            return []
        if type_ is None:
            if (self.ends[j - 1] if self._ends_sorted else max(self.ends[i:j])) <= b:  # none runs past b (usual)
                return self.items[i:j]
            return [m for m in self.items[i:j] if m.end <= b]
        return [m for m in self.items[i:j] if m.end <= b and m.entry.type == type_]


def place_within(name: str) -> tuple[str, ...]:
    """The chain of canonical places containing `name` (a canonical place or an alias), nearest first, not including
    itself, countries last: place_within("Ghwayran prison") == ("Hasakeh", "Syria"). Empty when unknown or a country."""
    if not isinstance(name, str) or not name.strip():
        return ()
    return gazetteer().place_within(name)


def find_places(text: str) -> list[tuple[str, str, int, int]]:
    """(canonical place, kind, start, end) for every gazetteer place or country mention."""
    if not isinstance(text, str) or not text:
        return []
    g = gazetteer()
    out = []
    for m in g.mentions(normalize(text)):
        if m.entry.type in ("place", "country"):
            out.append((m.entry.name, m.entry.kind, m.start, m.end))
    return out
