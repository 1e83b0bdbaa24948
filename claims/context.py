"""What a report is before any figure is read: its text, units and dates (Report), and its document context (Doc:
the gazetteer mentions, the dominant armed group, country, places and the issuer).

Report also holds the per-report caches the stages share (dates per unit, background per unit, known speakers), so
every stage reads the report through one object and time stays linear in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from . import lexicon as L
from . import recache
from .dates import DATE_RE, find_dates, to_date
from .gazetteer import Mention, MentionIndex, gazetteer, normalize
from .numbers import FIGURE_GUARD, FIGURE_RE, FIGURE_START
from .retrie import LeadScan
from .sentences import Unit, front_matter, signature_date_text, split_units

_THREAD_MARK = re.compile(r"^\s*(?:\d+/|NEW\b|Replying to|Thread\b|UPDATE\b|BREAKING\b)", re.IGNORECASE)
# a narrated speech tag ("...," said X, a spokesperson for Y); not a briefing header's "what was said by"
_NARRATES = re.compile(r"(?<!was )\b(?:said|says|told|tells|confirmed|confirms|announced|announces|stated|states|added|adds)\b(?!\s+by\b)|\baccording\s+to\b")
_ISSUER_KW = re.compile(r"press\s+release|statement\s+(?:attributable|to\s+the\s+public|by|from|of)|press\s+briefing|"
                        r"spokesperson|flash\s+(?:update|report)|situation\s+report|general\s+command|media\s+cent")


# a coast guard by the name a report gives it: "the Bangladesh Coast Guard", "the U.S. Coast Guard"
_COAST_GUARD_NAME = re.compile(r"\b((?:U\.S\.|(?!(?:The|A|An|Its|Their|This|That|Our|Local)\b)[A-Z][a-z]+)\s+Coast\s+Guard)\b")
# a Red Cross or Red Crescent society's name, with the nationality or country that makes it a national society
_SOCIETY = re.compile(r"(?:[Tt]he\s+)?(?:(?P<adj>(?!International\b|The\b)[A-Z][\w-]+)\s+(?:Arab\s+)?)?"
                      r"(?P<kind>[Rr]ed\s+[Cc]ross|[Rr]ed\s+[Cc]rescent)(?:\s+[Ss]ociety)?(?:\s+volunteers)?")

class _rx:
    """re.search/match/... with a plain dict of compiled patterns (the re module's cache costs ~1 us a call)."""

    _cache: dict = {}

    @staticmethod
    def _c(p: str, flags: int = 0) -> re.Pattern:
        try:
            return _rx._cache[p, flags]
        except KeyError:
            r = _rx._cache[p, flags] = re.compile(p, flags)
            return r

    @staticmethod
    def search(p, s, flags=0):
        return _rx._c(p, flags).search(s)

    @staticmethod
    def match(p, s, flags=0):
        return _rx._c(p, flags).match(s)

    @staticmethod
    def fullmatch(p, s, flags=0):
        return _rx._c(p, flags).fullmatch(s)

    @staticmethod
    def sub(p, repl, s, flags=0):
        return _rx._c(p, flags).sub(repl, s)

    @staticmethod
    def finditer(p, s, flags=0):
        return _rx._c(p, flags).finditer(s)


# "staff at Madina hospital", "officials at the District Headquarters Hospital": a described medical source
_AT_HOSPITAL = re.compile(r"\b(?:staff|officials?|workers|employees|personnel)\s+(?:at|of|from|in)\s+(?:the\s+|a\s+)?"
                          r"(?:[\w'-]+\s+){0,5}?(?:hospital|clinic|medical\s+cent(?:re|er)|health\s+cent(?:re|er))\b", re.I)
# the same matches through a scan that skips to word starts in C (its first character is a letter: there \b is (?<!\w))
_AT_HOSPITAL_SCAN = LeadScan(re.compile(r"(?<!\w)(" + _AT_HOSPITAL.pattern.removeprefix(r"\b") + ")", _AT_HOSPITAL.flags), 1)
_AT_HOSPITAL_WORDS = ("staff", "official", "workers", "employees", "personnel")
# the same pattern without IGNORECASE, on the lower-cased copy (same offsets): the same matches when the text has no
# letter that IGNORECASE folds to an ASCII one (_FOLDS_TO_ASCII), ~3x faster
_AT_HOSPITAL_LC_SCAN = LeadScan(re.compile(_AT_HOSPITAL_SCAN.pattern.pattern), 1)
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_FIGURE_LC = recache.compile(FIGURE_START + FIGURE_RE.pattern[len(FIGURE_START):].replace(
    "(?:(?P<qual>", FIGURE_GUARD + "(?:(?P<qual>", 1))  # on an ASCII-lowercased copy: same offsets, no IGNORECASE cost
_SAY_LC = re.compile(L.SAY_RE.pattern)
# whole-report scans (their matches may start one character early: read spans from the named group)
_FIGURE_SCAN = LeadScan(_FIGURE_LC, "fig")
_SAY_SCAN = LeadScan(_SAY_LC, "v")
_DATE_SCAN = LeadScan(DATE_RE, "date")


def _has_any(s: str, keys) -> bool:
    for k in keys:
        if k in s:
            return True
    return False


_CAPS_HEADLINE = re.compile(r"\d|\b(?:SAYS?|SAID|KILL\w*|DEAD|DIE[DS]?|WOUND\w*|INJUR\w*|ATTACK\w*|CLAIMS?)\b")
_HELD_AFTER = re.compile(r"(?:\s+group)?(?:-linked|-affiliated)?\s+(?:detainees|prisoners|inmates|captives)\b")
_HELD_MEMBERS = re.compile(r"(?:\s+group)?\s+(?:members|militants|fighters|suspects|jihadists|detainees|prisoners|inmates)\b")
_HOLD_BEFORE = re.compile(r"\b(?:hold|holds|holding|held|house|houses|housed|housing|detain\w*|jail\w*|imprison\w*)\b[^.;:]*$")


_NOT_NATIONAL = re.compile(r"-?\s?(?:speaking|speakers?|language|languages|medium)\b")
_COLONY_OF = re.compile(r"\bformer\s+$")
_COLONY = re.compile(r"\s+(?:colony|colonies|protectorate|territory|mandate)\b")


class Doc:
    """Document-level context: mentions, dominant armed group, country, places, issuer."""

    def __init__(self, text: str, ntext: str, units: list[Unit], lc: str | None = None):
        self.text, self.ntext, self.units = text, ntext, units
        self.lc = lc if lc is not None else ntext.translate(_ASCII_LOWER)
        g = gazetteer()
        self.g = g
        self.mentions = MentionIndex(_described_medical(g, ntext, g.mentions(ntext, lc), self.lc))
        groups: Counter = Counter()
        countries: Counter = Counter()
        placed: Counter = Counter()  # of those, mentions of a country's places
        cities: Counter = Counter()
        regions: Counter = Counter()
        first_actor: dict[str, int] = {}
        self._armed: list[Mention] = []
        self._armed_tails: dict[str, tuple[int, str]] | None = None
        for m in self.mentions.items:
            e = m.entry
            if e.type == "actor" and e.kind == "armed_group":
                groups[e.name] += 1
                first_actor.setdefault(e.name, m.start)
                self._armed.append(m)
            elif e.type in ("country", "demonym"):
                if e.type == "demonym" and _NOT_NATIONAL.match(self.lc, m.end) \
                        or _COLONY_OF.search(self.lc, max(0, m.start - 10), m.start) and _COLONY.match(self.lc, m.end):
                    continue  # "the French-speaking majority", "a former French colony": a language, a past, no place
                countries[e.name] += 1
            elif e.type == "place":
                c = g.place_country.get(e.name)
                if c:
                    countries[c] += 1
                    placed[c] += 1
                if e.kind in ("city", "facility"):
                    cities[e.name] += 1
                elif e.kind == "region":
                    regions[e.name] += 1
        self.group = max(groups, key=lambda k: (groups[k], -first_actor[k])) if groups else None
        # at a tie, the country whose places the report names ("Somalia: ... Attack in Lamu", Lamu being Kenya's)
        self.country = max(countries, key=lambda k: (countries[k], placed[k])) if countries else None
        self.city = cities.most_common(1)[0][0] if cities else None
        self.region = regions.most_common(1)[0][0] if regions else None
        self.issuer = self._issuer()
        self.held_group = self._held_group()

    def _held_group(self) -> str | None:
        """The armed group a document says prisoners belong to: "ISIS detainees", "holds 4,000 suspected IS members"."""
        votes: Counter = Counter()
        lc = self.lc
        for m in self._armed:
            # (the anchored match first: it rules most mentions out before the search of the 60 characters before)
            if _HELD_AFTER.match(lc, m.end) or (_HELD_MEMBERS.match(lc, m.end)
                                                 and _HOLD_BEFORE.search(lc, max(0, m.start - 60), m.start)):
                votes[m.entry.name] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _issuer(self) -> str | None:
        """An organisation issuing the document itself (header line), whose own figures are in its own voice."""
        units = self.units
        for i, u in enumerate(units[:8]):
            line = self.ntext[u.start:u.end]
            if u.line > 6:
                break
            if len(line) > 160 or not u.first_in_line or (i + 1 < len(units) and units[i + 1].line == u.line):
                continue  # a header is a line of its own, not a sentence of a paragraph
            ms = [m for m in self.mentions.between(u.start, u.end) if m.entry.type in ("source", "actor")
                  and m.entry.name != "wire"]
            if not ms:
                continue
            caps = line.isupper() and not _CAPS_HEADLINE.search(line)
            exact = len(ms) == 1 and len(line.strip(" .:-|")) <= len(ms[0].text) + 6
            if caps or exact or (_ISSUER_KW.search(self.lc, u.start, u.end)
                                 and not _NARRATES.search(self.lc, u.start, u.end)):
                return self.resolve(ms[0], u)  # (a sentence that reports what a spokesperson said issues nothing)
        return None

    def country_of(self, a: int, b: int) -> str | None:
        for m in self.mentions.between(a, b):
            if m.entry.type in ("country", "demonym"):
                return m.entry.name
        return None

    def country_before(self, a: int, pos: int, b: int) -> str | None:
        """The country named nearest before pos (from a), else the first from pos to b: "between Mali, Burkina Faso
        and Niger, Mali's army said" is Mali's."""
        ms = [m for m in self.mentions.between(a, b) if m.entry.type in ("country", "demonym")]
        before = [m for m in ms if m.start < pos]
        return (before[-1] if before else ms[0]).entry.name if ms else None

    def government(self, country: str) -> str:
        """The canonical source for a country that speaks ("Niger says"), as the "{country} government" template."""
        spec = self.g.countries.get(country, {})
        return f"{spec.get('short') or spec.get('demonym') or country} government"

    def _near_region(self, m: Mention, u: Unit | None) -> str | None:
        """The region named nearest before the speaker in its sentence, else in the headline ("... in Russia's Belgorod
        region, governor says")."""
        spans = ([(u.start, m.start)] if u is not None else []) + ([(self.units[0].start, self.units[0].end)]
                                                                   if self.units and self.units[0].title else [])
        for a, b in spans:
            regs = [x for x in self.mentions.between(a, b) if x.entry.type == "place" and x.entry.kind == "region"]
            if regs:
                return regs[-1].entry.name
        return None

    def _national_society(self, m: Mention, bare_ok: bool = True) -> str | None:
        """A country's own Red Cross or Red Crescent society, not the international movement: by the nationality or
        country in its name or right before it ("the Lebanese Red Cross", "Libyan Red Crescent volunteers", "Kenya's
        Red Cross"), and a bare "Red Cross" of a report that names a country's society elsewhere."""
        nm = _SOCIETY.fullmatch(self.ntext, m.start, m.end)  # (as written: a mention's text may be lower-cased)
        if nm is None:
            return None
        kind = "Red Cross" if nm.group("kind").lower() == "red cross" else "Red Crescent"
        if nm.group("adj"):
            return f"{nm.group('adj')} {kind}"  # "Libyan Red Crescent", "Iraqi Red Crescent Society"
        before = self.ntext[max(0, m.start - 25):m.start]
        if (c := self.country_before(max(0, m.start - 25), m.start, m.start)) is not None and (
                bw := _rx.search(r"\b([A-Z][\w-]+)(?:['\u2019]s)?\s+$", before)) is not None and any(
                x.end == max(0, m.start - 25) + bw.end(1) for x in self.mentions.between(max(0, m.start - 25), m.start)
                if x.entry.type in ("country", "demonym")):
            if not before.rstrip().endswith(("'s", "\u2019s")):
                return f"{bw.group(1)} {kind}"  # "the Lebanese Red Cross"
            # "Libya's Red Crescent": the society by its nationality (the gazetteer's own name where it knows one)
            name = f"{self.g.countries.get(c, {}).get('demonym') or c} {kind}"
            known = next((e.name for e in self.g.ci.get(name.lower(), []) if e.type == "source"
                          and e.name not in ("ICRC", "IFRC", "Red Crescent")), None)
            return known or name
        if not bare_ok:
            return None
        for x in self.mentions.items:
            if x is m:
                continue
            if x.entry.name.endswith(kind) and x.entry.name not in ("ICRC", "IFRC", "Red Crescent"):
                return x.entry.name  # the "Kenya Red Cross" named elsewhere in the report
            if x.entry.name in ("ICRC", "Red Crescent") and (soc := self._national_society(x, False)) is not None \
                    and soc.endswith(kind):
                return soc
        return None

    def _mayors_town(self, m: Mention) -> str | None:
        """The town a mayor is named with: "Baguio City Mayor X", "the mayor of Inongo" (not the report's city)."""
        bm = _TOWN_BEFORE.search(self.ntext, max(0, m.start - 40), m.start)
        if bm and not _NOT_TOWN.intersection(bm.group(1).split()):  # a headline's last word is no town of "The mayor"
            return bm.group(1)
        am = _TOWN_AFTER.match(self.ntext, m.end)
        return am.group(1) if am else None

    def state_force(self) -> str | None:
        """The one state's armed forces the report names by their own name ("the UPDF"), if it names exactly one."""
        if not hasattr(self, "_state_force"):
            names = {m.entry.name for m in self.mentions.items if m.entry.type == "actor" and m.entry.kind == "state"}
            self._state_force = names.pop() if len(names) == 1 else None
        return self._state_force

    def _of_country(self, force: str) -> bool:
        """A state force named by another country's demonym is not the report's country's government's ("government
        soldiers" of a Somali report that also names the Kenyan army)."""
        if not self.country:
            return True
        first = force.split()[0]
        return self.g.demonym_country(first) is None or first == self.demonym(self.country)

    def army(self, country: str | None) -> str | None:
        """A country's armed forces by the word its news uses ("Nigerian army", "Philippine military")."""
        spec = self.g.countries.get(country or "", {})
        return f"{spec['demonym']} {spec.get('forces') or 'army'}" if spec.get("demonym") else None

    def demonym(self, country: str | None) -> str | None:
        if not country:
            return None
        return self.g.countries.get(country, {}).get("demonym")

    def _named_before(self, m: Mention) -> str | None:
        """The armed group an earlier mention names in full when "the <lower-case words> army" repeats its name's
        last words (a short second reference, not the state's forces)."""
        tm = _LOWER_WORDS_BEFORE.search(self.ntext, max(0, m.start - 40), m.start)
        if tm is None:
            return None
        if self._armed_tails is None:  # (each armed group's name by its last words, at its first mention: built once)
            self._armed_tails = {}
            for x in self._armed:
                words = x.text.lower().split()
                for k in range(1, len(words)):
                    self._armed_tails.setdefault(" ".join(words[k:]), (x.start, x.entry.name))
        hit = self._armed_tails.get(" ".join((tm.group(1) + m.text.lower()).split()))
        return hit[1] if hit and hit[0] < m.start else None

    def is_region(self, name: str) -> bool:
        """Whether the gazetteer knows name as a first-level region (a province, state, oblast)."""
        return any(e.type == "place" and e.kind == "region" for e in self.g.cs.get(name, []) + self.g.ci.get(name.lower(), []))

    def resolve(self, m: Mention, u: Unit | None = None) -> str | None:
        """Canonical name of a source/actor mention, filling templates from the text and the document."""
        name = m.entry.name
        if name == "SOHR" and self.country != "Syria" and m.text.lower().removeprefix("the ") in _GENERIC_MONITOR:
            return m.text.lower().removeprefix("the ")  # "the observatory" of a Honduran report is not Syria's monitor
        if name in ("ICRC", "Red Crescent") and (society := self._national_society(m)) is not None:
            return society
        if "{" not in name:
            return name
        near = self.country_before(max(0 if u is None else u.start, m.start - 30), m.start, m.end + (u is None))
        country = near or self.country
        if "{country}" in name:
            if m.text.islower() and (own := self._named_before(m)):
                return own  # "a spokesman for the liberation army", after "the West Papua National Liberation Army"
            spec = self.g.countries.get(country or "", {})
            base = name.split("}")[1].strip()
            if base in ("army", "military") and not near and (own := self.state_force()) and (
                    "government" not in m.text.lower() or self._of_country(own)):
                return own  # "the army said" in a report that names one state's forces (the UPDF): theirs
            if not spec and base == "Coast Guard" and (
                    named := _COAST_GUARD_NAME.search(self.ntext, 0, max(m.end, 1))):
                return named.group(1).replace("U.S.", "US")
            if not spec:
                return "UN" if base == "peacekeeping mission" else base
            who = spec.get("short") if base == "government" and spec.get("short") else spec.get("demonym", country)
            if base == "disaster agency":
                if _rx.search(r"\b[A-Z][\w-]+['\u2019]s\s+(?:(?:national|provincial|local|municipal|city|town)\s+)?$",
                              self.ntext[max(0, m.start - 40):m.start]) and not any(
                        x.entry.type in ("country", "demonym") and m.start - 16 <= x.end <= m.start
                        for x in self.mentions.between(max(0, m.start - 40), m.start)):
                    return "local authorities"  # "Maco's disaster agency": a town's, not the nation's
                return spec.get("disaster") or f"{who} disaster agency"  # "the national disaster agency": NDRRMC
            if base == "peacekeeping mission":
                return spec.get("mission") or "UN"  # "the UN peacekeeping mission confirmed": MONUSCO in Congo
            if base == "Coast Guard":
                # a coast guard by the name the report gives it ("the Bangladesh Coast Guard", then "the coast
                # guard"), else by its country
                named = _COAST_GUARD_NAME.search(self.ntext, 0, max(m.end, 1))
                return named.group(1).replace("U.S.", "US") if named else f"{who} Coast Guard"
            if base == "army" and spec.get("forces"):
                base = spec["forces"]
            return f"{who} {base}"
        if "{region}" in name:
            return f"{self.region} government" if self.region else "officials"
        if "{place}" in name:
            base = name.split("}")[1].strip()
            # a governor or prosecutor serves a region (the report's, not its dateline city); a mayor a city
            place = self.region if base in ("prosecutor", "governor") and self.region else (self.city or self.region)
            if base in ("prosecutor", "governor"):
                place = self._near_region(m, u) or place
                if place and place == self.city and not self.region:
                    # "the regional governor" of a report that names only Sloviansk: Donetsk's governor
                    place = next((p for p in self.g.place_within(place) if self.is_region(p)), place)
            elif base == "mayor":
                place = self._mayors_town(m) or place
            place = _REGION_WORD.sub("", place) if place else place  # "Odesa Oblast governor" is the Odesa governor
            return f"{place} {base}" if place else ("officials" if base != "prosecutor" else "prosecutor")
        return name


_LOWER_WORDS_BEFORE = re.compile(r"\bthe\s+((?:[a-z]+\s+){1,3})$")
_TOWN_BEFORE = re.compile(r"\b([A-Z][\w-]+(?:[ \t]+(?!City\b)[A-Z][\w-]+)?)(?:['\u2019]s)?[ \t]+(?:City[ \t]+)?$")
_TOWN_AFTER = re.compile(r"\s+of\s+(?:the\s+(?:(?:nearby|neighbouring|neighboring|small|remote)\s+)?"
                         r"(?:town|city|municipality|village|commune|district)\s+of\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
_NOT_TOWN = {"Deputy", "Former", "The", "Interim", "Acting", "Vice", "Local", "Town", "City", "Municipal", "A", "An",
             "Lord", "Assistant", "But", "And", "Meanwhile", "However", "Earlier", "Later", "Then", "Also"}
_GENERIC_MONITOR = L.GENERIC_MONITOR
_REGION_WORD = re.compile(r"\s+(?:[Oo]blast|[Pp]rovince|[Rr]egion|[Gg]overnorate|Krai|State|state)$")  # "Odesa Oblast" is Odesa
_DATELINE_DASH = re.compile(r"\s*(?:\(\w+\)\s*)?[-\u2013\u2014]")


class _Hits:
    """Regex matches of a whole text, sliced per unit with bisect (one pass per report, not per sentence)."""

    def __init__(self, items: list, group):
        self.items = items
        self.starts = [m.start(group) for m in items]
        self.ends = [m.end() for m in items]
        self._ends_sorted = self.ends == sorted(self.ends)  # matches of one scan do not overlap: the usual case

    def within(self, a: int, b: int) -> list:
        starts = self.starts
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b, i)
        if i == j:
            return []
        ends = self.ends
        items = self.items
        if (ends[j - 1] if self._ends_sorted else max(ends[i:j])) <= b:  # none runs past b (usual): a slice
            return items[i:j]
        return [items[k] for k in range(i, j) if ends[k] <= b]


class Report:
    def __init__(self, text: str, published):
        self.text = text
        self.ntext = normalize(text)
        fm_end, fields = front_matter(text)
        self.pub = to_date(published) or (to_date(fields["published"][2]) if "published" in fields else None)
        self.units = split_units(text)
        if self.pub is None:
            self.pub = self._date_line()
        lc = self.ntext.lower()
        self.lc = lc if len(lc) == len(self.ntext) else self.ntext.translate(_ASCII_LOWER)
        self.doc = Doc(text, self.ntext, self.units, self.lc)
        self._fig = _Hits(_FIGURE_SCAN.findall(self.lc), "fig")
        self._say = _Hits(_SAY_SCAN.findall(self.lc), "v")
        self._dates = _Hits(_DATE_SCAN.findall(self.ntext), "date")
        self._date_cache: dict[int, list] = {}
        self._bg_cache: dict[int, bool] = {}
        self.last_ministry: str | None = None
        self.last_statement: str | None = None  # the source of the last statement named ("a statement from X")
        self._usable_cache: dict[tuple, list] = {}
        self.has_police = " police" in self.lc or self.lc.startswith("police")
        self.post_date: dict[int, dt.date] = {}
        self._people: dict[str, Mention] | None = None
        self.people_first: dict[str, str | None] = {}  # given names of the people above (speakers.known_people)
        self.anchor: dt.date | None = None  # the latest absolute date read (asof.note_anchor)
        self.prison_service: str | None | bool = False  # the prison service it names (party), False until read
        self._posts()

    # ------------------------------------------------------------------ posts (threads)
    def _posts(self) -> None:
        units = self.units
        if not any(u.signature for u in units):
            return  # no signed post: nothing to date
        paras: dict[int, list[int]] = {}
        for i, u in enumerate(units):
            paras.setdefault(u.para, []).append(i)
        order = sorted(paras)
        for pi, p in enumerate(order):
            first = units[paras[p][0]]
            if not first.signature:
                continue
            d = to_date(signature_date_text(self.text[first.start:first.end]) or "")
            if d is None:
                continue
            k = pi - 1
            included = 0
            while k >= 0:
                q = order[k]
                us = [units[i] for i in paras[q]]
                if us[0].signature:
                    break
                txt = self.text[us[0].start:us[-1].end]
                ok = included == 0 or all(x.bullet for x in us) or txt.rstrip().endswith(":") or _THREAD_MARK.match(txt)
                if not ok:
                    break
                for i in paras[q]:
                    self.post_date[i] = d
                included += 1
                if _THREAD_MARK.match(txt) and included > 0 and not txt.rstrip().endswith(":"):
                    break
                k -= 1

    def unit_dates(self, ui: int) -> list:
        if ui not in self._date_cache:
            u = self.units[ui]
            self._date_cache[ui] = find_dates(self.ntext, u.start, u.end, self.ref_date(ui), self.anchor,
                                              self._dates.within(u.start, u.end))
        return self._date_cache[ui]

    def _date_line(self) -> dt.date | None:
        """A report date printed on its own line near the top ("Monday, 9 October 2023", "21 November 2023")."""
        for u in self.units[:6]:
            line = self.text[u.start:u.end]
            if len(line) > 80:
                continue
            for m in DATE_RE.finditer(line):
                if m.group("abs") and _rx.search(r"\d{4}", m.group("abs")) and len(line) - len(m.group(0)) < 40:
                    d = find_dates(line, 0, len(line), None, None, [m])
                    if d and d[0].date:
                        return d[0].date
        return None

    def ref_date(self, ui: int) -> dt.date | None:
        return self.post_date.get(ui, self.pub)

    def dateline(self, u: Unit, d) -> bool:
        """A date in a dateline ("GUSAU, Nigeria, March 10 -") dates the report, not a figure."""
        return d.start - u.start < 60 and bool(_DATELINE_DASH.match(self.ntext, d.end, d.end + 12))


def _described_medical(g, ntext: str, ms: list[Mention], lc: str) -> list[Mention]:
    """Staff or officials at a hospital speak as medical sources, not as officials (a pattern, not an alias list)."""
    if "ospital" not in ntext and "linic" not in ntext and "entre" not in ntext and "enter" not in ntext:
        return ms
    # the pattern's first word, looked for in the lower-cased copy before the case-insensitive scan of the whole text
    # (unless the text has a letter that IGNORECASE folds to an ASCII one: dotted or dotless i, long s, Kelvin sign)
    folds = not ntext.isascii() and _FOLDS_TO_ASCII.search(ntext) is not None
    if not folds and not _has_any(lc, _AT_HOSPITAL_WORDS):
        return ms
    hits = [(m.start(1), m.end()) for m in (_AT_HOSPITAL_SCAN.findall(ntext) if folds else _AT_HOSPITAL_LC_SCAN.findall(lc))]
    if not hits:
        return ms
    med = next((e for e in g.ci.get("medical sources", []) if e.type == "source"), None)
    if med is None:
        return ms
    # the hits do not overlap and come in text order: one bisect per mention finds the only hit it could be in
    starts = [a for a, _ in hits]
    out = [m for m in ms if not _in_hit(hits, starts, m.start)]
    out.extend(Mention(a, b, med, ntext[a:b]) for a, b in hits)
    out.sort(key=lambda m: m.start)
    return out


def _in_hit(hits: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Some a <= pos < b among the sorted, non-overlapping spans hits (whose starts are `starts`)."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < hits[k][1]
