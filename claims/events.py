"""Which incident a report is about, and which reports are about one incident.

An incident is what happened (its kind: bombing, prison break...), where (the finest place named, with the places
containing it from the gazetteer's `within:` hierarchy), when it happened (not when a report was published) and
who was involved (armed actors). `signature()` reads these from one report and its claims; `Linker` groups
signatures into events, joining each report to the best compatible event known (from earlier runs or the same
batch) and keeping event ids once issued.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import recache
from .dates import DATE_RE, MONTHS, parse_abs
from .gazetteer import GAZETTEER_PATH, gazetteer, normalize
from .retrie import LeadScan, trie_regex
from .world_cities import big_city, city_in, country_of_town

INCIDENTS_PATH = Path(sys.modules[__name__.rpartition(".")[0]].__file__).with_name("incidents.yaml")
_LEAD_CHARS = 800  # headline and lead paragraph: where a report names its incident
# A facility names an incident more precisely than the city around it, a city more than its region or country.
_KIND_WEIGHT = {"facility": 4.0, "city": 2.5, "region": 1.5, "area": 0.5, "country": 1.0}
LEVELS = ("facility", "town", "region", "country")
# How far apart two reports' incident dates may be and still be one incident: sieges, standoffs and tolls that
# are counted for weeks; a look-back is dated only roughly by "a year after", so it gets a wider window.
LINK_WINDOW = dt.timedelta(days=21)
LOOKBACK_WINDOW = dt.timedelta(days=75)
# Abductions and sieges run for weeks: hostages are freed, escape or die a month or two after they were taken.
LONG_WINDOW = dt.timedelta(days=75)
LONG_FAMILIES = {"abduction", "siege"}
GENERIC_FAMILY = "fighting"
LINK_THRESHOLD = 2.0
SPAN = dt.timedelta(days=60)  # how long after an incident's first report a dated report can still join it
LONG_SPAN = dt.timedelta(days=400)  # the same for an abduction or a siege (captives freed a year on)


def slug(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "unknown"


@dataclass(frozen=True)
class Signature:
    """What one report says its incident is."""

    kind: str | None = None
    family: str | None = None
    place: str | None = None
    chain: tuple[str, ...] = ()  # place first, then the places containing it, the country last
    levels: tuple[str | None, ...] = (None, None, None, None)  # facility, town, region, country
    date: dt.date | None = None
    dated_from: str | None = None  # claims | text | lookback | url | published
    lookback: bool = False
    actors: tuple[str, ...] = ()
    figures: frozenset = frozenset()  # (outcome, value) of its own (not background) figures
    places: tuple[str, ...] = ()  # every place below country level it names outside background passages
    months: frozenset = frozenset()  # an undated report's days without a year ("on August 26"): their months
    days: frozenset = frozenset()  # and those days, as (month, day)
    fresh: bool = False  # its lead tells a new incident of a series ("another strong earthquake", "fresh quake")
    weekday: int | None = None  # of a fresh report: the weekday its lead names first ("on Sunday"), its incident's


# ---- what kind of incident: cue phrases as data (incidents.yaml)

@dataclass(frozen=True)
class _Kinds:
    pattern: re.Pattern
    kind_of: dict
    family: dict
    lookback: tuple
    incident_word: re.Pattern
    scan: LeadScan  # `pattern`'s matches, found faster (a trie-shaped alternation, entered after a non-word char)
    lookback_words: tuple  # a lead with none of these (lower-cased) has no look-back phrase
    together: frozenset  # pairs of families one incident is often told as (a bus crash whose bus burns)


@lru_cache(maxsize=1)
def _kinds() -> _Kinds:
    data = yaml.load(INCIDENTS_PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    kind_of, family = {}, {}
    for kind, spec in data["kinds"].items():
        family[kind] = spec.get("family", kind)
        for cue in spec["cues"]:
            kind_of.setdefault(str(cue).lower(), kind)
    # a trie of the cues matches what the longest-first alternation does (the cues matching at one position are
    # prefixes of one another, and the trie tries the longer first), with a step or two per character, not one
    # try per cue (this scan was a quarter of the signature's time)
    pattern = re.compile(rf"(?<!\w)(?P<cue>{trie_regex(kind_of, space=' ')})(?!\w)", re.I)
    lookback = tuple(re.compile(rf"(?<!\w){p}", re.I) for p in data.get("lookback", []))
    words = trie_regex({*kind_of, *map(str.lower, data.get("incident_words", []))}, space=" ")
    together = frozenset(frozenset(pair) for pair in data.get("together", []))
    return _Kinds(pattern, kind_of, family, lookback, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I),
                  LeadScan(pattern, "cue"), tuple(w.lower() for w in data.get("lookback_needs", [])), together)


def incident_kind(text: str, skip: list[tuple[int, int]] = ()) -> str | None:
    """The kind whose cues a report uses most, the headline and lead counting three times."""
    k = _kinds()
    score: dict[str, float] = {}
    for m in k.scan.findall(text):
        start = m.start("cue")
        if _inside(start, skip):
            continue
        kind = k.kind_of.get(m.group("cue").lower())
        if kind:
            score[kind] = score.get(kind, 0.0) + (3.0 if start < _LEAD_CHARS else 1.0)
    if not score:
        return None
    # the generic "fighting" kind names an incident only when nothing more specific is said
    specific = {kd: v for kd, v in score.items() if k.family[kd] != GENERIC_FAMILY}
    pool = specific or score
    return max(sorted(pool), key=lambda kd: pool[kd])


def family_of(kind: str | None) -> str | None:
    return _kinds().family.get(kind) if kind else None


def told_together(a: str, b: str) -> bool:
    """Two families that one incident is often told as (incidents.yaml `together`): a bus collision whose bus
    burns is a crash to one report and a fire to the next."""
    return frozenset((a, b)) in _kinds().together


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


# ---- where: the finest place, and the places around it

# No gazetteer lists every village: when a report names no known place, its dateline ("KIDAL, Mali
# (Reuters) -") or the most-named capitalised word after "in/near/outside" stands in for one.
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?\s*"
                       r"(?:\([A-Za-z .]+\))?\s*(?:-|\u2014|\u2013|:)\s", re.M)
# "Ouagadougou (AFP) -", "Kabul, May 3 (Reuters) -": a place in plain case, then the agency in brackets
_AGENCY_DATELINE = re.compile(r"^\s*([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2})(?:,[^()\n]{0,40})?\s*\([A-Za-z .]+\)\s*"
                              r"(?:-|\u2014|\u2013|:)\s", re.M)
_AFTER_PREP = re.compile(r"\b(?:[Ii]n|near|outside|around|off(?:\s+the\s+coast\s+of)?)\s+(?:the\s+)?(?:(?:[A-Za-z-]+\s+){0,2}?(?:town|village|city|district|province|"
                         r"region|camp|prison|area)\s+of\s+)?([A-Z][a-z]{2,}(?:['\u2019-][A-Za-z][a-z]*)*"
                         r"(?:\s[A-Z][a-z]{2,}(?:['\u2019-][A-Za-z][a-z]*)*)?)")
_NOT_PLACES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "The", "This", "That", "Total", "Addition", "Response", "Recent", "Which", "Our", "Their",
}


# Places the gazetteer does not know are still places: a capitalised name after a place preposition or before a
# place noun ("the Lopa camp", "the town of Saut-d'Eau", "in Tarmiyah district"). Two reports naming the same unknown
# place (kept as "?name" among a signature's places) can be about one incident even when the known places they
# name differ (the town the displaced fled to, a dateline in the capital).
_UP, _LO = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"  # Latin letters with accents ("Durán")
_NAME = (rf"[{_UP}][{_LO}]+(?:['\u2019-][{_UP}{_LO}][{_LO}]*)*"
         rf"(?:[ -][{_UP}][{_LO}]+(?:['\u2019-][{_UP}{_LO}][{_LO}]*)*)?")
_PLACE_NOUN = (r"(?:camp|site|village|town|city|district|market|mosque|church|checkpost|checkpoint|prison|jail|"
               r"neighbou?rhood|settlement|commune|township|county|municipality|road|bridge|junction|square|base)")
_UNKNOWN_PLACE = re.compile(
    rf"\b(?:[Ii]n|at|near|outside|around|on|off(?:\s+the\s+coast\s+of)?|stormed|attacked|raided|overran)\s+(?:the\s+)?"
    rf"(?:(?:downtown|central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|rural|suburban)\s+)?"
    rf"(?:(?:town|village|city|district|"
    rf"province|region|camp|site|commune|locality|area|market|neighbou?rhood|settlement)\s+of\s+)?(?P<a>{_NAME})|"
    rf"(?P<b>{_NAME})\s+(?:IDP\s+|displacement\s+)?{_PLACE_NOUN}\b(?!\s+of\s)|"  # ("Panamanian city of Gualaca": below)
    # the same in French, Spanish and Portuguese reports: "en Durán", "site de déplacés de Bulengo", "na aldeia de X"
    rf"\b(?:en|à|au|dans|près\s+de|cerca\s+de|em|no|na|perto\s+de)\s+(?:(?:la|le|el|a|o)\s+)?"
    rf"(?:(?:ville|village|localité|commune|quartier|site|camp|ciudad|ciudadela|pueblo|aldea|barrio|municipio|cidade|"
    rf"aldeia|bairro|município|vila)\s+(?:de\s+(?:déplacés\s+de\s+)?|d['\u2019]|del?\s+)?)?(?P<c>{_NAME})|"
    rf"\b(?:site|camp)\s+de\s+déplacés\s+de\s+(?P<d>{_NAME})|"
    # "rocked the southeastern city of Kerman": a place noun's "of" names the place whatever comes before
    rf"\b(?:town|village|city|district|province|region|locality|commune|municipality|coast|shores?|beach|island)\s+of\s+"
    rf"(?P<e>{_NAME})")
# ", Johannesburg" after a place: the place holding it, when a clause does not go on with a verb ("..., Brink said")
# or the name is a city of millions
_COMMA_NAME = re.compile(rf",\s+(?P<n>{_NAME})")
_NO_VERB_NEXT = re.compile(r"\s*[,.;:)\n]|\s+(?:in|on|at|the|and|with|where|when|after|before|last|this)\b")
_NOT_NAMES = {w.lower() for w in (
    "local central main northern southern eastern western north south east west new old grand great big small upper "
    "lower national regional general military refugee displacement border federal state provincial district town city "
    "village camp market police army government president minister security islamic interior public the this that "
    "saturday sunday monday tuesday wednesday thursday friday january february march april may june july august "
    "september october november december christmas easter ramadan eid twitter facebook telegram youtube instagram "
    "whatsapp tiktok suspected terrorist terrorists terror attack attacks deadly militant militants jihadist jihadists "
    "gunmen bomb blast suicide killed dead story news update updates live video photos watch breaking read opinion "
    "halloween need danger memory mourning shock pictures depth focus brief numbers full").split()}  # title-case headline words: "in Suspected Terrorist Attack"


# the facilities an incident happens at, named after their town ("the Kabul airport", "Kandahar's central prison");
# not a hospital, which is where the wounded of any incident are taken
_FACILITY = re.compile(r"(?:['\u2019]s)?\s+(?:central\s+|main\s+|international\s+|military\s+|air\s+)?"
                       r"(airport|prison|jail|market|mosque|church|base|checkpoint|checkpost)\b")


def _known_place(g, key: str) -> bool:
    return any(e.type == "place" for e in g.ci.get(key, ()))


def unknown_places(text: str, skip: list[tuple[int, int]] = ()) -> frozenset[str]:
    """Lower-cased names of places the gazetteer lacks, named outside background passages."""
    g = gazetteer()
    out = set()
    for m in _UNKNOWN_PLACE.finditer(text):
        k = next(g_ for g_ in ("a", "b", "c", "d", "e") if m.group(g_))
        name, start = m.group(k), m.start(k)
        if _inside(start, skip):
            continue
        # "Seoul's Itaewon", "Indonesia's Malang": the place inside the other, and the other
        *outer, name = re.split("['\u2019]s ", name)
        for part in outer:
            key = part.lower()
            if len(key) >= 3 and key not in g.ci and key not in _NOT_NAMES and g.demonym_country(key) is None:
                out.add(key)
        words = re.sub("['\u2019]s$", "", name).split()  # "Thursday's": a day, not a place
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        while words and words[-1].lower() in _NOT_NAMES:
            words = words[:-1]
        if not words:
            continue
        key = " ".join(words).lower()
        town = re.sub("['\u2019]s$", "", key)
        fac = _FACILITY.match(text, m.end(k))
        if fac and _known_place(g, town):
            out.add(f"{town} {fac.group(1)}")  # "Kabul airport": a facility of a known town is a finer place
            continue
        if k == "a" and (outer_m := _COMMA_NAME.match(text, m.end(k))) and (
                _NO_VERB_NEXT.match(text, outer_m.end()) or big_city(outer_m.group("n")) is not None):
            # "in Marshalltown, Johannesburg,": the place that holds it, by its own name too
            o = outer_m.group("n").lower()
            if len(o) >= 3 and o not in g.ci and o not in _NOT_NAMES and g.demonym_country(o) is None:
                out.add(o)
        if len(key) < 3 or key in g.ci or " ".join(words) in g.cs or any(w.lower() in g.ci for w in words) \
                or g.demonym_country(key) is not None:
            continue  # a known place, actor or source, or a people ("Italian", "Afghan")
        out.add(key)
    return frozenset(out)


def _world_towns(text: str, named: dict[str, float], lacked: frozenset[str], found: list | None = None) -> None:
    """Names the gazetteer lacks ("in Kerman", a dateline's "MPONDWE") that are towns of a country the report names
    (claims/world_cities.tsv) count as places of that country, weighted by how often the report names them."""
    dl = _dateline(text)
    names = sorted(set(lacked) | ({dl.group(1).lower()} if dl else set()))
    names = [n for n in names if city_in(n, None)]  # towns of some country (most unknown names are none)
    if not names:
        return
    countries = {place_chain(p)[-1] for p in named}
    # a city of millions names its country ("in Marshalltown, Johannesburg": not the Marshalltown of Iowa)
    countries.update(big[1] for n in names if (big := big_city(n)) is not None)
    if not any(city_in(n, countries) for n in names):
        # "the Ugandan town of Mpondwe": a demonym names the country too, and so does a state's army ("the UPDF")
        g = gazetteer()
        for m in g.mentions(normalize(text)):
            if m.entry.type == "demonym":
                countries.add(m.entry.name)
            elif m.entry.type == "actor" and m.entry.kind == "state" and (c := g.demonym_country(m.entry.name.split()[0])):
                countries.add(c)
    low = text.lower()
    for n in names:
        hit = city_in(n, countries) or big_city(n)  # a city of millions is itself wherever the report's other places are
        if hit is not None and hit[0] not in named:
            named[hit[0]] = named.get(hit[0], 0.0) + 1.5 * min(4, low.count(n)) + 1.0
            _town_addresses(text, low, n, hit, named, found)


def _town_addresses(text: str, low: str, n: str, town: tuple[str, str], named: dict[str, float],
                    found: list | None) -> None:
    """"in Monterey Park, California": a region of the town's country named right after it is the town's address,
    not a place of its own; what its mentions there weighed (and a first place's lead) is the town's. `found`: the
    report's `find_places` (read again when not given)."""
    from . import find_places

    at = {start: (name, kind) for name, kind, start, _end in (find_places(text) if found is None else found)}
    first = min((s for s, (_, k) in at.items() if k not in ("country", "area")), default=-1)
    i = low.find(n)
    while i >= 0:
        j = i + len(n)
        m = _ADDRESS_COMMA.match(text, j)
        if m and (hit := at.get(m.end())) and hit[1] == "region" and place_chain(hit[0])[-1] == town[1] \
                and hit[0] in named:
            w = _KIND_WEIGHT["region"] * (2.0 if m.end() < _LEAD_CHARS else 1.0) + (3.0 if m.end() == first else 0.0)
            moved = min(w, named[hit[0]])
            named[hit[0]] -= moved
            named[town[0]] = named.get(town[0], 0.0) + moved
            if named[hit[0]] <= 1e-9:
                del named[hit[0]]  # named only as the town's address: not a place the report names
        i = low.find(n, j)


_ADDRESS_COMMA = re.compile(r",\s+(?:the\s+)?(?:state\s+of\s+|province\s+of\s+)?")



def _dateline(text: str) -> re.Match | None:
    """The dateline ("KABUL, May 3 (Reuters) -") among the first lines of a report's body."""
    body = re.sub(r"\A---\n.*?\n---\n", "", text, count=1, flags=re.S)
    return _DATELINE.search("\n".join([ln for ln in body.splitlines() if ln.strip()][:4]))


def _fallback_place(text: str) -> str | None:
    m = _dateline(text)  # a dateline opens the story
    if m and m.group(1).title() not in _NOT_PLACES and m.group(1).lower() not in _NOT_NAMES and len(m.group(1)) > 2:
        return m.group(1).title()
    counts: dict[str, int] = {}
    for m in _AFTER_PREP.finditer(text):
        name = re.split("['\u2019]s ", m.group(1))[-1]  # "in Seoul's Itaewon": Itaewon
        if name.split()[0] not in _NOT_PLACES and name.split()[0].lower() not in _NOT_NAMES \
                and gazetteer().demonym_country(name) is None:
            counts[name] = counts.get(name, 0) + 1
    return max(sorted(counts), key=lambda n: counts[n]) if counts else None


@lru_cache(maxsize=4096)
def place_kind(name: str) -> str | None:
    """facility | city | region | area | country of a canonical place, None when neither the gazetteer nor
    claims/world_cities.tsv knows it."""
    kind = _gazetteer_kind(name)
    return kind if kind is not None or country_of_town(name) is None else "city"


@lru_cache(maxsize=4096)
def _gazetteer_kind(name: str) -> str | None:
    g = gazetteer()
    if name in g.countries:
        return "country"
    for e in g.cs.get(name, []) + g.ci.get(normalize(name).lower(), []):
        if e.type == "place" and e.name == name:
            return e.kind
    return None


@lru_cache(maxsize=4096)
def place_chain(name: str) -> tuple[str, ...]:
    """The place and the places containing it, nearest first, its country last."""
    within = gazetteer().place_within(name)
    if not within and _gazetteer_kind(name) is None and (country := country_of_town(name)):
        return (name, country)  # a town of claims/world_cities.tsv
    return (name, *within)


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, frozenset[str]]:
    """Places next to each other (gazetteer.yaml `near:`), both ways round."""
    out: dict[str, set[str]] = {}
    for name, spec in (recache.load_yaml(GAZETTEER_PATH).get("places") or {}).items():
        for other in (spec or {}).get("near") or ():
            out.setdefault(name, set()).add(str(other))
            out.setdefault(str(other), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def neighbours(place: str | None) -> frozenset[str]:
    """The places next to a place or to the place holding it (a town across the district line, the region next to
    the town's), which one incident's reports name in turn: the village where a bus burned and the regional
    capital whose hospital counted the dead."""
    if not place:
        return frozenset()
    near = _neighbours()
    return frozenset().union(*(near.get(p, ()) for p in place_chain(place)[:2]))


def _near(a: str | None, b: str | None) -> bool:
    """Whether two reports' own places are neighbours (`neighbours`, either way round)."""
    return bool(a and b) and (b in neighbours(a) or a in neighbours(b))


def _near_index(place: str | None) -> frozenset[str]:
    """Places under which a report of `place` meets the events of its neighbours (`Linker._candidates`, `reach`):
    `near:` reads both ways round, so a neighbour's report lies in one of them (its own place, or its region that
    is next to the place or to the place's region)."""
    return neighbours(place)


def place_levels(chain: tuple[str, ...]) -> tuple[str | None, ...]:
    """(facility, town, region, country) of a chain; an unknown place counts as a town."""
    out: dict[str, str] = {}
    for p in chain:
        kind = place_kind(p) or "city"
        level = {"city": "town", "area": "region"}.get(kind, kind)
        out.setdefault(level, p)
    return tuple(out.get(level) for level in LEVELS)


# where people set out from, were headed, or come from: not where the incident happened
_ELSEWHERE = re.compile(
    r"(?:\b(?:left|departed|departing|sailed|sailing|set\s+sail|set\s+off|setting\s+off|leaving|embarked)\s+(?:from\s+)?|"
    r"\b(?:crossing|journey|voyage|trip|route|arriving|coming|came|travell?ing|travell?ed|ferrying)\s+from\s+|"
    # where a statement was made: "the service said in a statement in Abuja", "told reporters in Lagos"
    r"\b(?:said|says|told\s+(?:reporters|journalists)|spoke)\s+(?:on\s+\w+\s+)?(?:in\s+a\s+(?:statement|press\s+release)\s+)?in\s+|"
    r"\b(?:statement|briefing|press\s+conference|press\s+release)\s+(?:\w+\s+)?(?:issued\s+|released\s+|held\s+|signed\s+)?in\s+|"
    # the wounded's hospital: "were transported to a hospital in the city of Kalamata"
    r"\b(?:taken|transported|rushed|flown|brought|airlifted|evacuated|moved|transferred)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:hospitals?|clinics?)\s+in\s+|"
    r"\b(?:bound\s+for|heading\s+(?:to|for)|headed\s+(?:to|for)|en\s+route\s+(?:to|from)|on\s+(?:its|their|the)\s+way\s+to|"
    r"originating\s+from|hailing\s+from|nationals\s+of|citizens\s+of)\s+|"
    # a neighbour named as a border: "the jungle on the border with Colombia", "a shelter at the border with Costa Rica"
    r"\bborders?\s+(?:[\w-]+\s+)?with\s+)"
    r"(?:the\s+)?(?:[A-Za-z'-]+\s+){0,4}$")
# the country people come from ("migrants from Afghanistan"); a town they come from may be where it happened
_ORIGIN = re.compile(r"\b(?:migrants|refugees|passengers|victims|asylum\s+seekers|nationals|citizens|youths|men|women|"
                     r"children|families|people|persons|survivors|workers|casualties|deceased|dead|whom|labourers|"
                     r"laborers|pilgrims|tourists|each)\s+(?:[\w-]+\s+){0,3}?from\s+"
                     r"(?:the\s+)?(?:[A-Za-z'-]+,?\s+){0,5}$")
# (a count after a name in a list of home places: "from Kerala (23), Tamil Nadu (7) and Bihar")
_LIST_GOES_ON = re.compile(r"\s*(?:\(\d+\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


def places_named(text: str, skip: list[tuple[int, int]] = (), found: list | None = None) -> dict[str, float]:
    """Canonical places a report names outside `skip` (background passages), weighted by how precise each is and
    whether the headline and lead name it."""
    from . import find_places

    # a dateline ("KABUL, May 3 (Reuters) -") says where the reporter files from, often the capital: it counts
    # as one plain mention, not as the lead's
    dl = _DATELINE.search(text, 0, min(len(text), 2000)) or _AGENCY_DATELINE.search(text, 0, min(len(text), 2000))
    dateline = (dl.start(1), dl.end(1)) if dl and text[:dl.start()].count("\n") < 8 else (-1, -1)
    g = gazetteer()
    # "in the Omani town of Barka": a town the gazetteer may lack, in the country its demonym names; it counts as a
    # town's mention for that country (first named, the place it happened). A demonym alone is no place ("40
    # Indians", "Filipino workers")
    demonym_places = [(m.start(), country) for m in _DEMONYM_PLACE.finditer(text)
                      if (country := g.demonym_country(m.group(1))) and not _inside(m.start(), skip)]
    own: dict[str, float] = {}
    first, first_at = True, demonym_places[0][0] if demonym_places else len(text)
    elsewhere_end = -1  # end of the last place named as a departure, destination or origin
    for name, kind, start, end in (find_places(text) if found is None else found):
        if _inside(start, skip):
            continue
        before = text[max(0, start - 80):start]
        # where people came from: a country or a region (a town may be where they were: "12 villagers from Kolofata")
        if _ELSEWHERE.search(before) or (kind in ("country", "region") and _ORIGIN.search(before)) \
                or (elsewhere_end >= 0 and _LIST_GOES_ON.fullmatch(text, elsewhere_end, start)):
            elsewhere_end = end  # "a boat that left Tobruk", "migrants from Afghanistan, Pakistan and Iran": not where
            continue
        elsewhere_end = -1
        w = _KIND_WEIGHT.get(kind, 1.0)
        in_dateline = dateline[0] <= start < dateline[1]
        lead = start < _LEAD_CHARS and not in_dateline
        own[name] = own.get(name, 0.0) + w * (2.0 if lead else 0.5 if in_dateline else 1.0)
        if first and not in_dateline and kind not in ("country", "area"):
            first = False
            if start < first_at:
                own[name] += 3.0  # a story names where it happened before the places it goes on to recall
                first_at = start
    for i, (start, country) in enumerate(demonym_places):
        own[country] = own.get(country, 0.0) + _KIND_WEIGHT["city"] * (2.0 if start < _LEAD_CHARS else 1.0) \
            + (3.0 if i == 0 and start <= first_at else 0.0)
    return own


_DEMONYM_PLACE = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:port|border|northern|southern|eastern|western|central|coastal|"
                            r"capital)\s+)?(?:city|town|village|capital|province|state|region|district|county|island)"
                            r"\s+of\s+[A-Z]")


def main_place(text: str, skip: list[tuple[int, int]] = (), own: dict[str, float] | None = None) -> str | None:
    """The canonical place a report is mostly about, or None when it names no place at all."""
    own = places_named(text, skip) if own is None else own
    if not own:
        return _fallback_place(text)
    # Mentions of a place count for the places inside it that the report also names: "the Ghwayran jail in
    # Hassakeh" is about the jail, however often the city is named.
    scores = {p: v + sum(own.get(q, 0.0) for q in place_chain(p)[1:]) for p, v in own.items()}
    return max(sorted(scores), key=lambda n: scores[n])


@lru_cache(maxsize=4096)
def _actor_kind(name: str) -> str | None:
    g = gazetteer()
    for e in g.cs.get(name, []) + g.ci.get(normalize(name).lower(), []):
        if e.type == "actor" and e.name == name:
            return e.kind
    return None


def _any_group(actors) -> bool:
    """Whether any of the actors is an armed group (not a force: gazetteer.yaml's actor kinds)."""
    return any(_actor_kind(a) == "armed_group" for a in actors)


def actors_named(text: str, skip: list[tuple[int, int]] = ()) -> tuple[str, ...]:
    """Armed actors a report names outside its background passages, most named first (at most four)."""
    g = gazetteer()
    count: dict[str, int] = {}
    for m in g.mentions(normalize(text)):
        if m.entry.type == "actor" and "{" not in m.entry.name and m.entry.kind in ("armed_group", "force") \
                and not _inside(m.start, skip):
            count[m.entry.name] = count.get(m.entry.name, 0) + 1
    return tuple(sorted(count, key=lambda a: (-count[a], a))[:4])


# ---- when: the incident's date, from the report's own text when it has no date

_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 3), key=len, reverse=True))
                         + r")\s+((?:19|20)\d\d)\b")
_UNIT_DAYS = {"year": 365, "month": 30, "week": 7, "anniversary": 365, "last year": 365}
_ORDINAL = {"a": 1, "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
            "five": 5, "fifth": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "tenth": 10}


def url_date(url: str | None) -> dt.date | None:
    """A date written in a URL path (/2021/03/05/, 2021-03-05)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?!\d)")


def url_month(url: str | None) -> dt.date | None:
    """The middle of a month a URL path names without its day ("/2024/06/bandits-attack..."): within the linking
    window of any day of that month, it keeps an undated report from joining an incident of another year."""
    m = _URL_MONTH.search(url or "")
    return dt.date(int(m.group(1)), int(m.group(2)), 15) if m else None


_LISTED_DATE_END = re.compile(r"[ \t]*(?:\n|$)")
_LISTED_DATE_BEFORE = re.compile(r"\s[-\u2013\u2014|]\s?$")


# a full date after a preposition is the story's ("went down on 3 March 2022"); a page's own stands alone
_STORY_DATE_BEFORE = re.compile(r"\b(?:on|in|since|of)\s+$", re.I)


def text_date(text: str) -> dt.date | None:
    """The first full date (with its year) the text writes: a dateline "KABUL, March 5, 2021", "on 5 March 2021"."""
    found = text_date_at(text)
    return found[0] if found else None


def text_date_at(text: str) -> tuple[dt.date, int] | None:
    """text_date and where the text writes it."""
    found = [m for m in DATE_RE.finditer(text) if m.group("abs") and re.search(r"\d{4}", m.group("abs"))]
    listed = {m.start() for m in found if _LISTED_DATE_END.match(text, m.end())
              and _LISTED_DATE_BEFORE.search(text, max(0, m.start() - 3), m.start())}
    for m in found:
        if len(listed) >= 2 and m.start() in listed:
            continue  # "Tips for becoming a good boxer - November 6, 2020" and more: a list of other posts' dates
        d = parse_abs(m.group("abs"), None)
        if d:
            return d, m.start()
    return None


def yearless_months(text: str, skip: list[tuple[int, int]] = ()) -> frozenset[int]:
    """Months of the days a report writes without their year ("Thursday, August 26", "on 26 Aug."), outside
    background passages: an undated report about last week's bombing names its month, rarely its year."""
    return frozenset(month for month, _ in yearless_days(text, skip))


def yearless_days(text: str, skip: list[tuple[int, int]] = ()) -> frozenset[tuple[int, int]]:
    """The days a report writes without their year, as (month, day) (a month alone, "in August", is none)."""
    out = set()
    for m in DATE_RE.finditer(text):
        found = m.group("abs")
        if not found or re.search(r"\d{4}", found) or _inside(m.start(), skip):
            continue
        for word in re.findall(r"[A-Za-z]+", found):
            if (month := MONTHS.get(word.lower())) is not None and re.search(r"\d", found):
                day = next((int(d) for d in re.findall(r"\d{1,2}", found) if 1 <= int(d) <= 31), None)
                out.add((month, day))
                break
    return frozenset(out)


_RECAP_DAYS = dt.timedelta(days=45)  # a figure dated this long before the report's (or its opening's) day is a recap
_REFERENCE_CHARS = 1000  # a page's own date (a dateline, a byline) is at its top; one further down may be recalled


def reference_date(text: str, url: str | None = None) -> dt.date | None:
    """A date to read an undated report's relative dates ("on Tuesday") against: a full date at the top of its text,
    else one in its URL. A date further down is often another incident's ("where a truck bomb went off on October
    14, 2017"), and would date the report's own "on Saturday" five years early."""
    found = text_date_at(text)
    top = found[0] if found and found[1] < _REFERENCE_CHARS else None
    return top or url_date(url) or _url_in_text(text)


def _url_in_text(text: str) -> dt.date | None:
    for m in re.finditer(r"https?://\S+", text[:3000]):
        d = url_date(m.group(0))
        if d:
            return d
    return None


_RECALLS = re.compile(r"\b(?:came|comes|coming|follows|followed|following|happened|occurred|took place|is the latest|"
                      r"was the latest)\b[^.!?\n]*$", re.I)


# "The attack came a week after an ambush near Boni killed 21 soldiers": a sentence that recalls another incident
_RECALL_SENTENCE = re.compile(r"\b(?:came|comes|follows|followed|happened|occurred|took place|"
                              r"(?:was|were|has\s+been|had\s+been)\s+(?:hit|struck|attacked|targeted)\s+again)\b[^.!?]{0,60}?"
                              r"\b(?:after|since)\b", re.I)


# "Last week, 40 people were killed in a bus crash in Gniby", "En 2017, au moins 25 personnes...": a sentence that
# opens on a time before the story's tells an earlier incident, whose place, kind and tolls are not the report's
# (its figures stay the claims side's to place: only the report's signature leaves them out)
_RECALL_OPENER = re.compile(
    r"\s*(?:(?:last|earlier\s+this|earlier\s+in\s+the)\s+(?:week|month|year)|(?:a|one|two|three)\s+(?:weeks?|months?|years?)"
    r"\s+(?:ago|earlier)|(?:in|back\s+in)\s+(?:19|20)\d\d|la\s+semaine\s+derni[eè]re|le\s+mois\s+dernier|"
    r"l['\u2019](?:an|ann[ée]e)\s+derni[eè]re?|en\s+(?:19|20)\d\d|la\s+semana\s+pasada|el\s+(?:mes|año)\s+pasado|"
    r"n[ao]\s+(?:semana|m[eê]s|ano)\s+passad[oa]|em\s+(?:19|20)\d\d)\s*,", re.I)


_SENTENCE_START = re.compile(r"(?:\A|(?<=[.!?]\s)|(?<=[.!?]\u201d\s)|(?<=\n))")
_SENTENCE_END = re.compile(r"[.!?](?=\s|\Z)|\n|\Z")


def recalled_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that open on a time before the story's (`_RECALL_OPENER`)."""
    out = []
    for m in _SENTENCE_START.finditer(text):
        if (o := _RECALL_OPENER.match(text, m.start())) is not None:
            stop = _SENTENCE_END.search(text, o.end())
            out.append((m.start(), stop.end() if stop else len(text)))
    return out


# "The raid came a week after ...", "The blast comes two months after ...": a time between the two incidents (an
# incident that "occurred after" something, with no time between, may be telling its own course)
_RECALL_TAIL = re.compile(r"\b(?:came|comes|follows|followed|happened|occurred|took\s+place)\b[^.!?]{0,60}?"
                          r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|since)\b", re.I)


def recalled_tails(text: str) -> list[tuple[int, int]]:
    """Spans of what a sentence tying the story to an earlier incident says after its "after" or "since" ("The raid
    came a week after students were abducted in Kankara"): that incident's place, kind and actors, not the report's,
    though the sentence gives no figure."""
    out = []
    for m in _SENTENCE_START.finditer(text):
        stop = _SENTENCE_END.search(text, m.start())
        end = stop.end() if stop else len(text)
        if end - m.start() < 8:
            continue
        if (r := _RECALL_TAIL.search(text, m.start(), end)) is not None and _RECALL_OPENER.match(text, m.start()) is None:
            out.append((r.end(), end))
    return out


# "Another strong earthquake shook Herat on Wednesday, after an earlier one killed more than 2,000": what a
# background figure's sentence says before the word that turns to the other incident is the report's own
_TURN_TO_OTHER = re.compile(r"\b(?:after|following|since)\b", re.I)


def _background_span(text: str, c) -> tuple[int, int]:
    """The span of a background claim's sentence that tells the other incident: from an "after", "following" or
    "since" before its figure (the head before it tells the report's own incident), else the whole sentence."""
    start = text.find(c.sentence)
    end = start + len(c.sentence)
    if start <= c.span[0] <= end and (m := _TURN_TO_OTHER.search(text, start, c.span[0])) is not None:
        return m.start(), end
    return start, end


def recalls_other(sentence: str) -> bool:
    """A sentence that ties the story to an earlier incident, or opens on a time before the story's ("Last week,
    40 people were killed in..."); its figures are that incident's."""
    return bool(_RECALL_SENTENCE.search(sentence)) or _RECALL_OPENER.match(sentence) is not None


def lookback_date(text: str, published: dt.date | None) -> dt.date | None:
    """When a report looks back at an earlier incident ("a year after the bombing", "on the anniversary of"),
    the day that incident happened, as nearly as the text says: a month and year it names before the report's
    date, else the report's date less the period the phrase names."""
    k = _kinds()
    lead = text[:int(_LEAD_CHARS * 1.5)]
    if k.lookback_words and not any(w in lead.lower() for w in k.lookback_words):
        return None  # no phrase can match: the patterns' scans were a fifth of the signature's time
    hit = None
    for pat in k.lookback:
        for m in pat.finditer(lead):
            # "the attack came two months after an ambush that killed 35" recalls another incident
            if k.incident_word.search(text, m.end(), m.end() + 60) and not _RECALLS.search(lead, max(0, m.start() - 60),
                                                                                          m.start()):
                hit = m
                break
        if hit:
            break
    if hit is None:
        return None
    if published is not None:
        for m in _MONTH_YEAR.finditer(text):
            d = dt.date(int(m.group(2)), MONTHS[m.group(1).lower()], 15)
            if d < published - dt.timedelta(days=60):
                return d
    if published is None:
        return None
    groups = hit.groupdict()
    unit = (groups.get("unit") or "year").lower()
    n_word = (groups.get("n") or "one").lower()
    n = int(re.sub(r"\D", "", n_word)) if n_word[:1].isdigit() else _ORDINAL.get(n_word, 1)
    return published - dt.timedelta(days=_UNIT_DAYS.get(unit, 365) * n)


# "Another strong earthquake shook ...", "Fresh quake kills one", "Third strong earthquake hits ...": a lead that tells
# its incident as a new one of a series (the same place hit again days later), up to three words before the cue;
# not "a new toll from the quake", "the second day of the siege" (a word of what is told about an incident between)
_FRESH = re.compile(r"(?<!\w)(?P<w>another|new|fresh|second|third|fourth|fifth)\s+", re.I)
# what comes before the word: "and another blast" tells one incident's course (a twin bombing); "Papua New Guinea",
# "Lunar New Year" are names
_FRESH_NOT_AFTER = re.compile(r"(?:\band|[A-Z][\w'-]*)\s+$")
_FRESH_ARTICLE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
# "a second bomber blew himself up as a crowd gathered" is one incident's course; "the second deadly road accident
# in Peru in a week" a series: after an article, the word tells a series only with its span
_FRESH_SERIES = re.compile(r"\b(?:in\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)|in\s+days|"
                           r"this\s+(?:week|month|year)|since)\b", re.I)
# the same scene: "a second device exploded about an hour later", "minutes later", "shortly after"
_FRESH_SCENE = re.compile(r"\b(?:(?:seconds|minutes|moments|an?\s+hour|hours)\s+later|shortly\s+after(?:wards)?)\b", re.I)
_FRESH_WORD = re.compile(r"(?!(?:toll|death|figures?|details|images|footage|videos?|photos|reports?|data|day|days|week|"
                         r"anniversary|of|from|in|on|at|after|since|the|for|to|and)\b)[\w.-]+\s+", re.I)
# two of a place's incidents told as a series are days apart: a report of the new one dated this long after an
# event's first day is not that event's (the incident's own day and the next are its reports' days)
_FRESH_GAP = dt.timedelta(days=2)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


def _opening_end(text: str) -> int:
    """Where a report's headline and opening paragraph end (its first two non-empty lines)."""
    seen, pos = 0, 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[pos:m.start()].strip():
            seen += 1
            if seen == 2:
                return m.start()
        pos = m.end()
    return len(text)


# "after an earlier one killed more than 2,000", "following a previous quake that claimed", "its third since powerful
# quakes on October 7 killed", "just days after two significant tremors ... claimed": before the figure, in its sentence
_EARLIER_BEFORE = re.compile(r"\b(?:after|following|since)\s+(?:(?:an?|the|two|three|its|their)\s+)?(?:earlier|previous|"
                             r"prior|last|recent|powerful|significant|deadly|strong|major|first)\b[^.;]*$", re.I)
# "2,000 had died after the earlier quakes", "1,000 people were killed in tremors last week": after it
_EARLIER_AFTER = re.compile(r"^[^.;]*?(?:\b(?:after|in)\s+the\s+(?:earlier|previous|first)\b|\blast\s+week\b)", re.I)


def series_recalls(text: str, own: list) -> list:
    """Of a report told as a new incident of a series, the claims about the earlier incidents: a figure its sentence
    ties to an earlier one ("after an earlier one killed more than 2,000") or one dated before the figures of its
    headline and opening paragraph ("The WHO on Saturday put the toll at 1,400" in Sunday's story)."""
    def tied(c) -> bool:
        start = text.find(c.sentence)
        if start < 0 or not start <= c.span[0] <= start + len(c.sentence):
            return False
        return bool(_EARLIER_BEFORE.search(text, start, c.span[0])) or \
            bool(_EARLIER_AFTER.match(text[c.span[1]:start + len(c.sentence)]))
    ties = [tied(c) for c in own]
    end = _opening_end(text)
    opening = [dt.date.fromisoformat(c.as_of) for c, t in zip(own, ties, strict=True)
               if c.as_of and c.span[0] < end and not t]
    first = min(opening) if opening else None
    return [c for c, t in zip(own, ties, strict=True)
            if t or (first is not None and c.as_of and dt.date.fromisoformat(c.as_of) < first)]


def tells_fresh(text: str, family: str | None, skip: list[tuple[int, int]] = ()) -> bool:
    """Whether the headline or lead tells the report's incident as a new one of a series of its kind ("another
    earthquake struck Herat on Sunday"): a cue of the report's own family right after the word. Fighting and the
    incidents that run for weeks (abductions, sieges) have new rounds that are one incident."""
    if family is None or family == GENERIC_FAMILY or family in LONG_FAMILIES:
        return False
    k = _kinds()
    lead = text[:_LEAD_CHARS]
    for m in _FRESH.finditer(lead):
        if _inside(m.start(), skip):
            continue
        word_ = m.group("w").lower()
        line_start = lead.rfind("\n", 0, m.start()) + 1
        before = lead[max(line_start, m.start() - 40):m.start()]
        starts = not before.strip() or before.rstrip()[-1:] in ".!?:\u2013\u2014-"
        if not starts and not _FRESH_ARTICLE.search(before) and _FRESH_NOT_AFTER.search(before):
            continue
        if word_ == "new" and m.group("w") == "New" and not starts:
            continue  # "New York", "New Delhi": a name
        stop = _SENTENCE_END.search(lead, m.end())
        sentence = lead[m.end():stop.end() if stop else len(lead)]
        if _FRESH_SCENE.search(sentence) or (_FRESH_ARTICLE.search(before) and not _FRESH_SERIES.search(sentence)):
            continue
        pos = m.end()
        for _ in range(4):  # the cue, or up to three words before it ("another massive 6.3 magnitude earthquake")
            cue = k.pattern.match(lead, pos)
            if cue:
                if k.family.get(k.kind_of.get(cue.group("cue").lower())) == family:
                    return True
                break
            word = _FRESH_WORD.match(lead, pos)
            if word is None or (word_ == "new" and word.group(0)[:1].isupper()):
                break  # ("a new York shooting"?: a name goes on after "new")
            pos = word.end()
    return False


# ---- one report's signature

def signature(text: str, claims: list, published: dt.date | None, url: str | None = None) -> Signature:
    """Kind, place, date and actors of the incident a report is about; background passages (figures the extractor
    marks as about another or a wider incident) do not count."""
    end = story_end(text)
    other = [bool(c.extra.get("background")) or recalls_other(c.sentence) or c.span[0] >= end
             or _RECALL_OPENER.match(c.sentence) is not None for c in claims]  # once per claim
    skip = [_background_span(text, c) for c, o in zip(claims, other, strict=True) if o and c.sentence in text]
    skip += recalled_sentences(text[:end])  # (those with no figure the extractor read too)
    skip += recalled_tails(text[:end])
    if end < len(text):
        skip.append((end, len(text)))
    kind = incident_kind(text, skip)
    fresh = tells_fresh(text, family_of(kind), skip)
    from . import find_places

    found = find_places(text)  # once: what places_named weighs and what the town-address rule looks up
    named = places_named(text, skip, found)
    lacked = unknown_places(text, skip)
    _world_towns(text, named, lacked, found)
    place = main_place(text[:end], skip, named)
    chain = place_chain(place) if place else ()
    own = [c for c, o in zip(claims, other, strict=True) if not o]
    if fresh and (earlier := series_recalls(text, own)):
        # a new incident of a series: the earlier incident's tolls it recalls are that incident's (background, as the
        # extractor's are: linked to no event), not its own
        for c in earlier:
            c.extra["background"] = True
        own = [c for c in own if c not in earlier]
    date, dated_from, lookback = None, None, False
    recalled: set[dt.date] = set()  # days of an undated page's body figures that recall another incident
    back = lookback_date(text, published)
    if back is not None and published is not None and (td := text_date_at(text)) and td[0] == published \
            and _STORY_DATE_BEFORE.search(text, max(0, td[1] - 12), td[1]):
        # a look-back with no date of its own but the incident's, written in its body ("fell apart on 26 February
        # 2023"): the date read for it is the incident's, not the page's, so it is not moved back a year
        date, dated_from, lookback = published, "lookback", True
    elif back is not None:
        date, dated_from, lookback = back, "lookback", True
    else:
        days = sorted(dt.date.fromisoformat(c.as_of) for c in own if c.as_of)
        if published is not None:  # a figure dated long before the report is a recap, not the incident
            around = [published]
        else:  # an undated page: its opening figures date it; a figure in its body dated long before them (or any,
            # when they are undated) recalls another incident ("where a truck bomb blew up on October 14, 2017")
            around = [dt.date.fromisoformat(c.as_of) for c in own[:2] if c.as_of and c.span[0] < _REFERENCE_CHARS]
        kept = [d for d in days if around and min(around) - _RECAP_DAYS <= d <= max(around) + dt.timedelta(days=1)]
        if fresh and (opening := [dt.date.fromisoformat(c.as_of) for c in own if c.as_of and c.span[0] < _opening_end(text)]):
            # a new incident of a series: a figure dated before its headline's and opening paragraph's is the
            # earlier incident's ("Fresh quake kills one ... Two quakes on Oct. 7 left over 2,000 dead"; "the WHO on
            # Saturday put the toll of last week's quake at 1,400" in Sunday's story)
            kept = [d for d in kept if d >= min(opening)]
        if published is None:
            recalled = set(days) - set(kept)
        days = kept
        if days:
            date, dated_from = days[0], "claims"
        elif published is not None:
            date, dated_from = published, "published"
        else:
            for how, found in (("text", text_date(text)), ("url", url_date(url) or _url_in_text(text)),
                               ("url-month", url_month(url))):
                if found and found not in recalled:
                    date, dated_from = found, how
                    break
    # (a new incident of a series is told by its lead's days: the body's are the earlier incidents' ("Powerful
    # earthquakes on Oct. 7 flattened villages"))
    days = yearless_days(text[:_LEAD_CHARS] if fresh else text, skip) if date is None else frozenset()
    weekday = None
    if fresh and (wd := _WEEKDAY.search(text, 0, _LEAD_CHARS)) is not None and not _inside(wd.start(), skip):
        weekday = _WEEKDAYS.index(wd.group(1).lower())
    unknown = {"?" + n for n in lacked}
    if place and place_kind(place) is None:
        unknown.add("?" + place.lower())  # a fallback place (a dateline's village) is an unknown place too
    figures = frozenset((c.outcome, c.value_low) for c in own
                        if c.value_low and c.value_low >= 3 and c.qualifier != "vague"
                        and not (recalled and c.as_of and dt.date.fromisoformat(c.as_of) in recalled))
    return Signature(kind=kind, family=family_of(kind), place=place, chain=chain, levels=place_levels(chain),
                     date=date, dated_from=dated_from, lookback=lookback, actors=actors_named(text, skip),
                     figures=figures, places=tuple(sorted({p for p in named if place_kind(p) not in ("country", "area")}
                                                          | unknown)),
                     months=frozenset(m for m, _ in days), days=days, fresh=fresh, weekday=weekday)


# ---- linking signatures into events

def _place_score(a: Signature, b: Signature) -> float | None:
    """How well two reports' places agree: None when they cannot be one incident (two towns, two countries)."""
    # the same place the gazetteer lacks (without making two sets: this runs for every candidate's every place)
    shared = any(p[:1] == "?" and p in b.places for p in a.places)
    if not a.place or not b.place:
        return 2.0 if shared else 0.0
    if a.place == b.place:
        return 3.5 if shared else 3.0  # the same town, and the same camp, market or airport in it
    for inner, outer in ((a, b), (b, a)):
        if outer.place in inner.chain:
            # (both naming the same place the gazetteer lacks say more than "Panama City" inside "Panama")
            return max(_CONTAINED.get(place_kind(outer.place), 2.5), 2.0 if shared else 0.0)
    # a report datelined in the capital, or about the town next door, that names the other's place too; never
    # across a border (a report from Niger recalling an ambush in Mali)
    if (a.place in b.places or b.place in a.places) and _country(a) == _country(b):
        return 2.0
    # a town next to the other's (gazetteer `near:`), in the same country
    if _near(a.place, b.place) and _country(a) == _country(b):
        return _NEXT_DOOR
    if shared and (_country(a) is None or _country(b) is None or _country(a) == _country(b)):
        return 2.0
    # a place the gazetteer does not know (a dateline's village) may lie in a known country named by the other
    for x, y in ((a, b), (b, a)):
        if place_kind(x.place) is None and place_kind(y.place) == "country":
            return 0.3
    return None


def _country(s: Signature) -> str | None:
    return s.levels[3]


# what `_place_score` gives a report of a place that contains the other's, by the kind of the containing place
_CONTAINED = {"country": 0.5, "region": 2.0, "area": 0.5}
# what it gives a report of the town next door (gazetteer `near:`): a link through it alone needs more than the
# kind to agree (a city's other incidents of the month are next door to the town's), see `_score`
_NEXT_DOOR = 2.0 - 1e-6  # (a hair below naming the other's town, to be told apart from it)
_NEXT_DOOR_EVIDENCE = 1.5


@dataclass(eq=False)
class _PlaceGroup:
    """An event's reports of one place (with its chain and country): what `_place_score` reads of them besides
    their named places, and those names counted, so one group is scored without looking at its reports."""

    count: int = 0
    names: Counter = field(default_factory=Counter)  # a name in `places` -> how many of the group's reports name it
    variants: dict = field(default_factory=dict)  # a report's set of named places -> how many reports name that set
    # a name -> the variants naming it, made the first time a report must be matched against several names (most
    # groups never are: building it for every report was a third of adding the lake's known reports)
    holders: dict | None = None

    def add(self, places: tuple[str, ...]) -> None:
        self.count += 1
        variant = frozenset(places)
        self.names.update(variant)
        if variant in self.variants:
            self.variants[variant] += 1
            return
        self.variants[variant] = 1
        if self.holders is not None:
            for name in variant:
                self.holders.setdefault(name, []).append(variant)

    def naming_any(self, names: set[str]) -> int:
        """How many of the group's reports name at least one of `names`."""
        present = [x for x in names if x in self.names]
        if len(present) <= 1:
            return self.names[present[0]] if present else 0
        # several names: count each report once (its set of names is one variant), over the variants naming them
        if self.holders is None:
            self.holders = {}
            for variant in self.variants:
                for name in variant:
                    self.holders.setdefault(name, []).append(variant)
        seen = {v for x in present for v in self.holders[x]}
        return sum(self.variants[v] for v in seen)


@dataclass(eq=False)
class _Event:
    """An event while linking: its reports' signatures, and what they say together (kept as they are added, so
    scoring a report against an event of thousands of reports looks at its few distinct places, not each report).
    Compared by identity (eq=False): `e in lst` compared every field of every event in a place's list, which made
    adding the lake's known reports quadratic (1.4 s at 10,000 reports)."""

    event_id: str | None
    seq: int = 0
    members: list[Signature] = field(default_factory=list)
    first: dt.date | None = None
    last: dt.date | None = None
    # its reports grouped by what `_place_score` reads of them but their named places (place, chain, country),
    # the names counted within each group: a report of a town scores against an event of thousands of reports of
    # that town and many different lists of named places in a few steps (one group), not one per distinct list
    # (what this held before: quadratic at 100,000 reports)
    groups: dict = field(default_factory=dict)
    families: set = field(default_factory=set)
    actors: set = field(default_factory=set)
    figures: set = field(default_factory=set)
    own: set = field(default_factory=set)  # its reports' own places (not those containing them)
    # how many of its reports name each armed actor, and how many name any: which actors an event is told by
    actor_reports: Counter = field(default_factory=Counter)
    with_actors: int = 0
    # the Linker's: the place lists (`_by_place`) it was appended to, and whether it is in `_placeless`; a list
    # only grows in place (a filtered one is a new list), so a list recorded here holds it, and a place with none
    # recorded has no list holding it: adding the known reports of a country's thousands of events no longer looks
    # through the country's list for each report (or each new event)
    listed: dict = field(default_factory=dict)
    placeless: bool = False
    fresh_from: dt.date | None = None  # the first day of its reports told as a new incident of a series

    def add(self, s: Signature) -> None:
        self.members.append(s)
        self.own.add(s.place)
        if s.actors:
            self.actor_reports.update(set(s.actors))
            self.with_actors += 1
        key = (s.place, s.chain, s.levels[3])
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _PlaceGroup()
        group.add(s.places)
        if s.family:
            self.families.add(s.family)
        self.actors.update(s.actors)
        self.figures.update(s.figures)
        if s.fresh and s.date is not None:
            self.fresh_from = s.date if self.fresh_from is None else min(self.fresh_from, s.date)
        if s.date is not None:
            self.first = s.date if self.first is None else min(self.first, s.date)
            self.last = s.date if self.last is None else max(self.last, s.date)

    def remove(self, s: Signature) -> None:
        """Take a report out (the very signature, not an equal one): what its reports say together is read again."""
        rest = [m for m in self.members if m is not s]
        self.members, self.first, self.last, self.fresh_from = [], None, None, None
        for name in ("groups", "families", "actors", "figures", "own", "actor_reports"):
            getattr(self, name).clear()
        self.with_actors = 0
        for m in rest:
            self.add(m)

    def told_by(self, s: Signature) -> float:
        """The share of its reports naming an armed actor that name one of `s`'s (the one it names most): a stray
        mention of a group in one report of another incident ties less than every report naming it."""
        if not s.actors or not self.with_actors:
            return 0.0
        return max(self.actor_reports[a] for a in s.actors) / self.with_actors

    def place_fit(self, a: Signature) -> tuple[float | None, int]:
        """The best `_place_score(a, m)` over the event's reports m (None when every one is None) and how many of
        them score (not None): what looping over the reports gives, read from the groups. Each branch below is a
        branch of `_place_score`, in its order, for every report of a group at once."""
        if not self.members:
            return None, 0
        mine = [p for p in a.places if p[:1] == "?"]
        if not a.place:  # placeless: 2.0 with a shared unknown name, else 0.0, for every report
            shared = any(q in g.names for g in self.groups.values() for q in mine)
            return (2.0 if shared else 0.0), len(self.members)
        best: float | None = None
        count = 0
        country = a.levels[3]
        kind_a = place_kind(a.place)
        for (place, chain, k), g in self.groups.items():
            if not place:
                score = 2.0 if any(q in g.names for q in mine) else 0.0
            elif place == a.place:
                score = 3.5 if any(q in g.names for q in mine) else 3.0
            elif place in a.chain or a.place in chain:
                score = _CONTAINED.get(place_kind(place) if place in a.chain else kind_a, 2.5)
                if any(q in g.names for q in mine):  # (a report of the group shares a name the gazetteer lacks)
                    score = max(score, 2.0)
            elif place in a.places and country == k:
                score = 2.0
            elif country == k and _near(a.place, place):
                # (every report of the group scores: 2.0 those that name a's place, as `_place_score`'s branch
                # before this one gives them, the others the next door's)
                score = 2.0 if g.naming_any({a.place}) else _NEXT_DOOR
            else:
                # 2.0 for the reports naming a's place (same country) or an unknown place a names (no other
                # country); the others 0.3 when one place is a country and the other one the gazetteer lacks
                names = {a.place} if country == k else set()
                if country is None or k is None or country == k:
                    names.update(mine)
                hits = g.naming_any(names) if names else 0
                rest = 0.3 if (kind_a is None and place_kind(place) == "country") or \
                    (place_kind(place) is None and kind_a == "country") else None
                if hits:
                    best = 2.0 if best is None else max(best, 2.0)
                    count += hits
                if hits < g.count and rest is not None:
                    best = rest if best is None else max(best, rest)
                    count += g.count - hits
                continue
            best = score if best is None else max(best, score)
            count += g.count
        return best, count


# how far before an event's first day (its earliest report's day of the incident) a day an undated report names
# may be and still be the event's (a report dated by its publication, a day or two after the incident)
_DAY_BEFORE = dt.timedelta(days=4)


def _about(e: _Event, month: int, day: int | None) -> bool:
    """Whether a day without its year ("January 15") can be a day of an event: read in the year that puts it
    nearest the event's first day, not one of the days before it (the event's reports begin on its first day,
    and a report of it names that day or a later one: the toll of a week on, a funeral)."""
    if day is None:
        return True
    days = []
    for year in (e.first.year - 1, e.first.year, e.first.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not days:
        return True
    d = min(days, key=lambda x: abs((x - e.first).days))
    return d >= e.first - _DAY_BEFORE


def _score(s: Signature, e: _Event) -> float | None:
    place, scoring = e.place_fit(s)  # max and count of `_place_score(s, m)` over its reports m, but None
    if place is None or scoring < len(e.members) / 2:
        return None  # most of the event's reports name another place
    fams = e.families
    # when
    if s.date is not None and e.first is not None:
        long = s.family in LONG_FAMILIES and s.family in fams
        window = LOOKBACK_WINDOW if s.lookback else LONG_WINDOW if long else LINK_WINDOW
        gap = 0 if e.first <= s.date <= e.last else min(abs((s.date - e.first).days), abs((s.date - e.last).days))
        if gap > window.days or (not s.lookback and abs((s.date - e.first).days) > (LONG_SPAN if long else SPAN).days):
            return None  # (an incident's news comes within weeks of its first day: one town's reports, weeks apart
            # each, do not chain into an event of years)
        if (s.fresh and s.date - e.first >= _FRESH_GAP) or (e.fresh_from and e.fresh_from - s.date >= _FRESH_GAP):
            return None  # a new incident of a series, days after the event began (or the report): the place was hit
            # again (both ways round: the events asset's merge scores either event's reports against the other)
        when = 1.0 - gap / window.days
    elif s.date is None and e.first is not None and s.weekday is not None and e.first.weekday() != s.weekday:
        return None  # an undated report of a new incident of a series, on another weekday than the event began
    elif s.date is None and e.first is not None and s.months:
        # an undated report's "August 26": the event's month, or an incident of another year in the same town
        span = {(e.first + dt.timedelta(days=d)).month for d in range(-7, (e.last - e.first).days + 8, 7)}
        when = 1.0 if s.months & span else 0.0
        if when and not any(_about(e, month, day) for month, day in s.days):
            return None  # its days (all of them) come before the event's first in that month: another year's
    else:
        when = 0.0
    # what and who
    if s.family is None or not fams or s.family == GENERIC_FAMILY or fams <= {GENERIC_FAMILY}:
        what = 0.0
    else:
        # kinds are read from cue words: a weak sign apart; a family one incident is often told as too (a crash
        # whose vehicle burns) a weaker sign of the same
        what = 1.0 if s.family in fams else 0.5 if any(told_together(s.family, f) for f in fams) else -0.5
    actors = e.actors
    # different armed groups are a sign of different incidents; a force (an army's, the police, a militia on the
    # government's side) is named in incidents of every kind, and one named alone sets no report apart
    who = (1.0 if set(s.actors) & actors else -0.5 if _any_group(s.actors) and _any_group(actors) else 0.0) \
        if s.actors and actors else 0.0
    # the same tolls: the same incident; for a report that nothing dates (or an event nothing does), the sign its
    # time would give: a toll moves on within days, so sharing one places it in the incident's days
    same_figures = min(3.0, (1.5 if s.date is None or e.first is None else 0.75) * len(s.figures & e.figures))
    evidence = what + who + same_figures
    if abs(place - _NEXT_DOOR) < 1e-9 and evidence < _NEXT_DOOR_EVIDENCE:
        return None  # only the town next door: the kind and an actor or a toll must agree
    if s.date is None or e.first is None:  # nothing dates one side: place, kind, actors and figures must agree
        # (the same town or camp is enough when nothing else disagrees: an undated page in another language)
        if place < _NEXT_DOOR - 1e-9 or evidence < (0.0 if place >= 3.0 else 1.0):
            return None
    if not s.place and (when < 0.6 or evidence < 1.0):
        return None
    return place + when + evidence


@dataclass
class Linker:
    """Links report signatures to events known from earlier runs or formed earlier in the same batch."""

    events: list[_Event] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)
    # events by every place their reports name or lie in: a report meets only events it could share a place with
    _by_place: dict[str, list[_Event]] = field(default_factory=dict)
    _placeless: list[_Event] = field(default_factory=list)
    _archive: dict[str, list[_Event]] = field(default_factory=dict)
    _by_id: dict[str, _Event] = field(default_factory=dict)  # events by id: add_known looked through every event

    def _add(self, e: _Event, s: Signature) -> None:
        e.add(s)
        for p in {*s.chain, *s.places}:
            lst = self._by_place.setdefault(p, [])
            was = e.listed.get(p)
            if was is lst:
                continue
            # a list holds only events appended to it or to the list it was filtered from: never listed under p,
            # it is not in this one
            if was is None or not lst or lst[-1] is not e and e not in lst:
                lst.append(e)
            e.listed[p] = lst
        if not s.place and not e.placeless:
            self._placeless.append(e)
            e.placeless = True

    def _drop(self, e: _Event) -> None:
        """Forget an event formed in this batch (its places only: not every place's list)."""
        self.events.remove(e)
        for p in {x for s in e.members for x in (*s.chain, *s.places)}:
            for index in (self._by_place, self._archive):
                if e in (lst := index.get(p, ())):
                    index[p] = [x for x in lst if x is not e]
        if e in self._placeless:
            self._placeless.remove(e)
        e.placeless = False

    def _candidates(self, s: Signature) -> list[_Event]:
        if not s.place:
            return self.events
        horizon = s.date - max(LOOKBACK_WINDOW, LONG_WINDOW) if s.date else None
        seen: dict[int, _Event] = {}
        # Through a place containing the report's (its region, its country), only an event with a report of that
        # very place can be scored: any other report of it shares no place with this one, lies in no place of
        # it and names none of them, so _place_score gives None for each (an event with a placeless report is in
        # _placeless). Skipping the others leaves the scores and the links as they were; scoring every event of
        # the country was quadratic in an archive's density (100,000 reports: minutes). A place the gazetteer
        # does not know keeps every candidate (_place_score has a rule of its own for it).
        within = set(s.chain[1:]).difference(s.places, (s.place,)) if place_kind(s.place) is not None else ()
        for p in (*s.chain, *s.places, *_near_index(s.place)):
            active = self._by_place.get(p)
            if not active:
                continue
            if horizon is not None:
                # a batch goes in date order: an event that ended before any window reaches back stays out of reach
                # of every later dated report; only undated ones (linked last) still look at it
                stale = [e for e in active if e.last is not None and e.last < horizon]
                if stale:
                    self._by_place[p] = [e for e in active if not (e.last is not None and e.last < horizon)]
                    self._archive.setdefault(p, []).extend(stale)
                    active = self._by_place[p]
            if p in within:
                for e in active:
                    if p in e.own:
                        seen.setdefault(id(e), e)
                if horizon is None:
                    for e in self._archive.get(p, ()):
                        if p in e.own:
                            seen.setdefault(id(e), e)
                continue
            for e in active:
                seen.setdefault(id(e), e)
            if horizon is None:
                for e in self._archive.get(p, ()):
                    seen.setdefault(id(e), e)
        for e in self._placeless:
            seen.setdefault(id(e), e)
        return sorted(seen.values(), key=lambda e: e.seq)  # in the order the events were formed

    def reserve(self, event_ids) -> None:
        """Ids of known events not added (out of a batch's reach): a new event never takes one."""
        self._ids.update(event_ids)

    def add_known(self, event_id: str, sig: Signature) -> None:
        """A report of an earlier run, with the event it was linked to: its event keeps that id."""
        e = self._by_id.get(event_id)
        if e is not None:
            self._add(e, sig)
            return
        e = _Event(event_id, len(self.events))
        self.events.append(e)
        self._by_id[event_id] = e
        self._add(e, sig)
        self._ids.add(event_id)

    def link_batch(self, items: dict[str, Signature]) -> dict[str, str | None]:
        """report key -> event id for a batch (None: nothing to link it by). Dated reports are linked first, in date
        order, so an undated report meets every event it could join; of one day, the reports whose place is in a
        known country before those whose is not (a village no gazetteer lists, a dateline's), so a report that
        names that village meets the event of the country's reports, not only the village's; ties go by key, so
        any order of the same reports gives the same events and ids."""
        order = sorted(items, key=lambda k: (items[k].date is None, items[k].date or dt.date.min,
                                             items[k].levels[3] is None, k))
        joined: dict[str, _Event | None] = {}
        scores: dict[str, float] = {}  # what each report scored against the event it joined (when it joined)
        for key in order:
            s = items[key]
            if unlinkable(s):
                joined[key] = None
                continue
            best, best_score = self._best(s)
            if best is None:
                best = _Event(None, len(self.events))
                self.events.append(best)
            self._add(best, s)
            joined[key] = best
            scores[key] = best_score
        self._rehome(order, items, joined, scores)
        for key, e in joined.items():
            # a report with no figure and no known place that no other report joined is no incident one can tell
            # (a page in a language whose places and words the gazetteer does not hold)
            if e is not None and e.event_id is None and len(e.members) == 1 and too_weak(items[key]):
                self._drop(e)
                joined[key] = None
        for e in self.events:  # ids for the new events, from their finest place and first day
            if e.event_id is None:
                e.event_id = self._new_id(e)
                self._by_id[e.event_id] = e
        return {k: e.event_id if e else None for k, e in joined.items()}

    def _best(self, s: Signature, skip: _Event | None = None) -> tuple[_Event | None, float]:
        """The candidate event `s` scores best against (at least LINK_THRESHOLD) and its score; of two that score
        the same, the one more of whose reports name its armed actors (`_Event.told_by`), then the one formed
        first."""
        best, best_score = None, LINK_THRESHOLD
        for e in self._candidates(s):
            if e is skip:
                continue
            sc = _score(s, e)
            if sc is None or sc < best_score - 1e-9 or (best is None and sc < best_score):
                continue
            if best is None or sc > best_score + 1e-9 or e.told_by(s) > best.told_by(s) + 1e-9:
                best, best_score = e, sc
        return best, best_score

    def _rehome(self, order: list[str], items: dict[str, Signature], joined: dict, scores: dict) -> None:
        """A report that joined an event through another place than its own (it names the town of an incident it
        recalls) before the reports of its own town came in a new event: it moves to that event when it scores
        better there than it did where it went."""
        for key in order:
            e, s = joined.get(key), items[key]
            if e is None or not s.place or len(e.members) < 2:
                continue
            if any((place == s.place and g.count > 1) or (place != s.place and (place in s.chain or s.place in chain))
                   for (place, chain, _), g in e.groups.items()):
                continue  # other reports of its place, or of one holding it or held by it: it is where it belongs
            if not any(x is not e and s.place in x.own for x in self._by_place.get(s.place, ())):
                continue  # no other event has a report of its place: nowhere to move to
            there, score = self._best(s, skip=e)
            if there is None or s.place not in there.own or score <= scores[key] + 1e-9:
                continue
            e.remove(s)
            self._add(there, s)
            joined[key], scores[key] = there, score

    def _new_id(self, e: _Event) -> str:
        places = [m for m in e.members if m.place]
        finest = min(places, key=lambda m: (LEVELS.index(_level(m.place)), -len(m.chain), m.place)).place \
            if places else None
        when = e.first.strftime("%Y-%m") if e.first else None
        kinds = sorted({m.kind for m in e.members if m.kind})
        parts = [slug(finest) if finest else "unknown-place"]
        if when:
            parts.append(when)
        else:  # nothing dates it: its kind and what it says tell it apart
            parts.append(slug(kinds[0]) if kinds else "incident")
        base = "-".join(parts)
        eid, n = base, 2
        while eid in self._ids:
            eid, n = f"{base}-{n}", n + 1
        self._ids.add(eid)
        return eid


# a line that ends the story on a web page: what follows lists other stories ("Read More", "LATEST VIDEOS")
_FURNITURE = re.compile(r"^[ \t]*(?:read\s+more|related(?:\s+(?:posts|articles|stories|news|content|videos|coverage))?|"
                        r"(?:latest|more|top|trending|popular|recommended)\s+(?:videos|news|stories|posts|articles|from\s+[\w ]+)|"
                        r"videos\s+from\s+other\s+sections|you\s+may\s+also\s+like|also\s+read|most\s+read|"
                        r"recommended\s+for\s+you|more\s+stories|see\s+also)[ \t]*:?[ \t]*$", re.I | re.M)
_STORY_MIN = 300  # a heading this near the top is the site's menu, not the story's end


def story_end(text: str) -> int:
    """Where a page's story ends: the first furniture heading after its opening, else the text's end. Places,
    kinds and figures after it belong to other stories (a related-videos list naming another country's town)."""
    m = _FURNITURE.search(text, _STORY_MIN)
    return m.start() if m else len(text)


@dataclass(frozen=True)
class Reach:
    """The places through which a batch's reports meet known events (`Linker._candidates`): an event with a report
    that lies in or names a place of `full`, or a report whose own place is one of `own` (a region or country
    containing a report's town: only reports of that very place are scored through it). And the days: when every
    linked report of the batch is dated, an event whose dated reports all lie before `since` or all after `until`
    is out of every window (`in_time`)."""

    full: frozenset[str]
    own: frozenset[str]
    since: dt.date | None = None
    until: dt.date | None = None


# the widest window a dated report is scored in (`_score`: LINK_WINDOW, LONG_WINDOW or LOOKBACK_WINDOW around the
# event's first to last day): past it, on either side, every score is None
REACH_WINDOW = max(LINK_WINDOW, LONG_WINDOW, LOOKBACK_WINDOW)


def reach(batch) -> Reach | None:
    """Where a batch's reports can meet known events; None when a report that is linked has no place (it meets
    every event). The days it reaches too, when each report that is linked has a date."""
    full: set[str] = set()
    own: set[str] = set()
    days: list[dt.date] = []
    undated = False
    for s in batch:
        if not s.place:
            if unlinkable(s):
                continue  # never scored against anything
            return None
        within = set(s.chain[1:]).difference(s.places, (s.place,)) if place_kind(s.place) is not None else set()
        own |= within
        full.update(p for p in (*s.chain, *s.places, *_near_index(s.place)) if p not in within)
        if s.date is None:
            undated = True  # scored by the days it names, the weekday, or not by time at all: any event's days
        else:
            days.append(s.date)
    if undated or not days:
        return Reach(frozenset(full), frozenset(own))
    return Reach(frozenset(full), frozenset(own), min(days) - REACH_WINDOW, max(days) + REACH_WINDOW)


def in_time(first: dt.date | None, last: dt.date | None, where: Reach | None) -> bool:
    """Whether a known event whose dated reports span `first`..`last` (None: none dated) is within the days of a
    batch (`reach`). A dated report scores None against an event more than its window before the event's first day
    or after its last (`_score`), and an event no batch report joins keeps its days: left out of the Linker, it
    changes no link (tests/claims/test_linking_index.py)."""
    return where is None or where.since is None or first is None or last is None \
        or (last >= where.since and first <= where.until)


def reaches(place: str | None, chain: tuple[str, ...], places: tuple[str, ...], where: Reach | None) -> bool:
    """Whether a known report puts its event within reach of a batch (`reach`). An event none of whose reports
    reaches can be no batch report's candidate, nor become one as the batch's reports join others (a report joins
    only events it reaches), so leaving it out of the Linker changes no link (tests/claims/test_linking_index.py)."""
    return where is None or not place or place in where.own or not where.full.isdisjoint(chain) \
        or not where.full.isdisjoint(places)


def unlinkable(s: Signature) -> bool:
    """A report with no place, no figure and no actor gives nothing to tell its incident by (a report in a script
    the gazetteer does not know): it stays unlinked rather than found an event of its own."""
    return not s.place and not s.figures and not s.actors and not any(p[:1] == "?" for p in s.places)


def too_weak(s: Signature) -> bool:
    """No figure, no kind of incident and no place the gazetteer knows (a name it lacks, an armed group at most):
    alone, no incident one can tell. A report in English names its incident's kind ("attack", "raid")."""
    return not s.figures and not s.kind and (s.place is None or place_kind(s.place) is None)


def unlinked_reason(s: Signature) -> str | None:
    """Why a report is on no event (None when it is on one)."""
    if unlinkable(s):
        return "names no place, figure or armed actor it can be told by"
    if too_weak(s):
        return "names no figure, kind of incident or place the gazetteer knows, and no other report joined it"
    return None


def _level(place: str) -> str:
    kind = place_kind(place) or "city"
    return {"city": "town", "area": "region"}.get(kind, kind)


def merges(events: dict[str, list[Signature]], fresh: set[str] | None = None) -> dict[str, str]:
    """Events that turn out to be one incident (a report linked later named both, a gazetteer alias added since):
    alias id -> surviving id. Two events merge when every report of one could join the other; the survivor is
    the one that started first (then the smaller id), so the ids already handed out stay resolvable.

    `fresh`: when given, the events whose reports may differ from those of an earlier pass that merged none of the
    others (an incremental run's changed events): a pair of two other events is known not to merge and is not
    scored. The pairs go through the same loop (its window and order), so the merges are those of scoring all."""
    # each event's first and last day (as _Event keeps them); an _Event, with what its reports say together, is
    # made the first time one of its pairs is scored (with `fresh`, most events of a region never are)
    span: dict[str, tuple] = {}
    for eid, sigs in events.items():
        days = [s.date for s in sigs if s.date is not None]
        span[eid] = (min(days), max(days)) if days else (None, None)
    built: dict[str, _Event] = {}

    def event(eid: str) -> _Event:
        e = built.get(eid)
        if e is None:
            e = built[eid] = _Event(eid)
            for s in events[eid]:
                e.add(s)
        return e

    # only events that share a country (or do not know theirs) can be one incident
    buckets: dict[str | None, list[str]] = {}
    for eid, sigs in events.items():
        for country in {m.levels[3] for m in sigs} or {None}:
            buckets.setdefault(country, []).append(eid)
    parent = {eid: eid for eid in events}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def key(eid: str) -> tuple:
        return (span[eid][0] or dt.date.max, eid)

    for ids in buckets.values():
        ids = sorted(set(ids), key=key)
        for i, a in enumerate(ids):
            a_first, a_last = span[a]
            for b in ids[i + 1:]:
                b_first = span[b][0]
                if a_last is not None and b_first is not None and b_first != dt.date.max \
                        and (b_first - a_last) > LOOKBACK_WINDOW:
                    if a_first is not None:
                        break  # sorted by first day: every later event starts further away
                    continue
                if fresh is not None and a not in fresh and b not in fresh:
                    continue
                ra, rb = root(a), root(b)
                if ra == rb:
                    continue
                small, large = sorted((event(a), event(b)), key=lambda e: len(e.members))
                # stops at the first report that could not join (scoring all of them first was the merge pass's
                # cost when events grow to thousands of reports)
                if small.members and all((sc := _score(m, large)) is not None and sc >= LINK_THRESHOLD
                                         for m in small.members) and (
                        # an undated event's reports are scored against the dated one too: what dates them (the
                        # days they name without a year) is only read when they join a dated event
                        large.first is not None or small.first is None
                        or all((sc := _score(m, small)) is not None and sc >= LINK_THRESHOLD for m in large.members)):
                    keep, gone = sorted((ra, rb), key=key)
                    parent[gone] = keep
    return {eid: root(eid) for eid in events if root(eid) != eid}
