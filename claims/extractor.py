"""Rule-based extraction of casualty claims (shared/spec/claims.md) from one report.

Pipeline per report: sentence units -> figure phrases -> non-claim filters -> outcome -> party ->
parts of totals -> attribution -> as_of. Everything is local to a unit or uses precomputed
document context, so time grows linearly with the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from . import language as _lang
from . import lexicon as L
from . import senses as S
from .dates import DATE_RE, find_dates, to_date
from .gazetteer import Mention, MentionIndex, gazetteer, normalize
from .model import Claim, report_id_for
from .numbers import FIGURE_GUARD, FIGURE_RE, FIGURE_START, TENS, UNITS, Figure, parse_figure, parse_number
from .retrie import LeadScan
from .sentences import Unit, front_matter, signature_date_text, split_units

_TOKEN = re.compile(r"[\"'\u201c\u201d\u2018\u2019]|[#@]?[^\W\d_][\w'\u2019-]*|\d[\d,.]*|[^\s\w]")
_QUOTE_TOK = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}
_THREAD_MARK = re.compile(r"^\s*(?:\d+/|NEW\b|Replying to|Thread\b|UPDATE\b|BREAKING\b)", re.IGNORECASE)
_PART_LINK = re.compile(
    r"^[\s,]*(?:including|include[sd]?|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+those|incl\.|comprising|namely)\s*:?\s*$"
    r"|^\s*(?:\u2014|--|-|\u2013|\(|:)\s*$", re.IGNORECASE)
_DASH_LINK = re.compile(r"^[^.;,\u2014()]{0,30}?\s(?:\u2014|--|\u2013)\s*$")
_LONG_LINK = re.compile(r"^[^.;:()\u2014]{0,140}?(?:,\s*|\s)(?:including|among\s+them|among\s+whom|of\s+whom)\s+"
                        r"(?:[^,.;\d]{0,40}?(?:,|\sand)\s+)?$", re.I)
_VERBS = set("""
remain remains stay stays appear appears seem seems die dies escape escapes flee flees live lives face faces need needs
want wants continue continues belong belongs survive survives return returns got get gets went go goes came come comes
took take takes made make makes held hold holds left leave leaves found put hit shot lost kept sent brought caught gone
done seen run ran sit sat stood stand lay lie lies fell fall falls became become becomes ate slept walked
include includes comprise comprises number numbers total totals
""".split())
_FUNCTION = set("""
a an the and or but nor of in on at by for from to with without into onto over under after before during since until
while as than that who whom whose which what when where why how this these those there here it its they them their he
him his she her we us our you your i me my be is are was were been being am have has had do does did will would shall
should can could may might must so far still also now later then more others other yet just only even again already
too very all both each either neither some many several few most none no not nearly almost about around across along
among between through throughout toward towards against within near inside outside alone altogether apiece each per
says said say told tells according reportedly including plus
late early overnight yesterday today tonight tomorrow last next earlier afterwards soon nearby overall respectively
because although though despite due unless whereas amid following except day week month year ago
""".split())
_COORD = re.compile(r"^[\s,]*(?:and|or|as\s+well\s+as|plus|while|,)?[\s,]*(?:possibly|perhaps|maybe|probably)?[\s,]*$",
                    re.IGNORECASE)
_AMONG_RE = re.compile(r"\b(?:among|of)\s+(?:the\s+|those\s+)?(?P<what>[^.;]{0,60}?)\s*(?:,\s*|\s+(?:were|are|was|is)\s+)$",
                       re.IGNORECASE)
_DEAD_INCL = re.compile(r"\b(?:the\s+)?(?P<what>dead|killed|injured|wounded|victims|casualties|missing|abducted|hostages|"
                        r"those\s+(?:still\s+)?(?:held|killed|injured|wounded|abducted|missing|freed|released))\s+"
                        r"(?:(?:included?|includes|were|are|comprised?)\s*:?|\s*[-\u2013\u2014,(]\s*(?:among\s+them|including))"
                        r"\s*$", re.IGNORECASE)
_OTHER_RE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_LABEL_RE = re.compile(r"^[\s\W]*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*(?:\([^)]*\))?\s*(?:\.{2,}|:|\||\t)\s*[^\w]*$")
_LEAD_PARTS = re.compile(r"\b(?:toll|distributed|breakdown|broken\s+down|as\s+follows|include[sd]?)\b|"
                         r"\b(?:dead|victims|killed|wounded|injured|casualties|missing|abducted|hostages)\s+(?:were|are)\s*:",
                         re.IGNORECASE)
_STATEMENT_DATE_PRE = re.compile(
    r"(?:\b(?:by|as\s+of|as\s+at)\s+(?:the\s+(?:\w+\s+)?of\s+|late\s+|early\s+)?|\bstatement\s+(?:issued\s+|released\s+|"
    r"published\s+)?(?:late\s+|early\s+)?on\s+)$", re.IGNORECASE)
_TITLE_SRC = re.compile(r"(?:\s[-\u2013\u2014:|]\s*|:\s*|,\s*)(?P<src>[^,:\u2013\u2014|-]{2,60}?)\s*(?:says?|said)?\s*$")
_ISSUER_KW = re.compile(r"press\s+release|statement\s+(?:attributable|to\s+the\s+public|by|from|of)|press\s+briefing|"
                        r"spokesperson|flash\s+(?:update|report)|situation\s+report|general\s+command|media\s+cent")
_VERBISH = re.compile(r"^\s*(?::|(?:were|was|are|is|have|has|had)\b)", re.IGNORECASE)
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


STRICT = False  # tests set this to surface rule bugs instead of returning no claims
_PREF = {"source": 0, "actor": 1}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_FIGURE_LC = re.compile(FIGURE_START + FIGURE_RE.pattern[len(FIGURE_START):].replace(
    "(?:(?P<qual>", FIGURE_GUARD + "(?:(?P<qual>", 1))  # on an ASCII-lowercased copy: same offsets, no IGNORECASE cost
_SAY_LC = re.compile(L.SAY_RE.pattern)
# whole-report scans (their matches may start one character early: read spans from the named group)
_FIGURE_SCAN = LeadScan(_FIGURE_LC, "fig")
_SAY_SCAN = LeadScan(_SAY_LC, "v")
_DATE_SCAN = LeadScan(DATE_RE, "date")
_PRE_KEYS = ("toll", "number", "count", "tally", "total")
_BODIES_OF = re.compile(r"\s+(?:of|de)\s+(?:the\s+|los\s+)?([\w-]+)")
_AND_NOUN = re.compile(r"\s+and\s+([\w-]+)")
_OR_CUE = re.compile(r"^\s*(?:or|and)\s+(?:" + "|".join(f"(?P<{k}>{v})" for k, v in L.FOLLOW.items()) + r")(?![\w-])", re.I)
_SCAN_STOP = re.compile(r"[;:]|\b(?:while|but|whereas|after|before|because|as)\b|[\"']\s*,|"
                        r"\s(?:\u2014|--|\u2013)\s*(?:and|but|while)\b")  # "— 27 soldiers and 3 drivers — and that ..."
_OF_EXT = re.compile(r"\s*(?:of|from)\s+(?:the\s+)?[^,;:.()]{0,60}")
_SDATE_GAP = re.compile(r"[,.;\"]|\bthat\b")
_SDATE_GAP2 = re.compile(r"[,;\"]")
_LIVE_ENTRY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\b")
_SCOPE_RE = re.compile(r"(?:\b(?:since|after|before|until)\b|,\s*(?:where|when|which|who)\b)[^,;]*$|\b(?:from|between)\s+$", re.I)
_STATE_AFTER = re.compile(r"\bremain(?:s|ed)?\s+(?:in|held|missing|unaccounted|captive)|\bstill\s+(?:held|missing|being\s+held|"
                          r"in\s+captivity|unaccounted)|\bin\s+the\s+hands\s+of", re.I)
_SCOPE_KEYS = ("since", "after", "before", "until", "wh", "from", "between")  # every _SCOPE_RE match has one (ASCII)


def _scoped(s: str) -> bool:
    if not (not s.isascii() or _has_any(s.lower(), _SCOPE_KEYS)):
        return False
    # every _SCOPE_RE match starts at or after the last "," or ";" ([^,;]*$ follows its keyword; the ", where" branch
    # starts at that comma): search only from there (look-behinds and \b still see the character before)
    return _SCOPE_RE.search(s, max(s.rfind(","), s.rfind(";"), 0)) is not None


_AUX_ONLY = re.compile(r"\s*(?:(?:had|has|have|also|later|earlier|previously|then|again|would|will|separately)\s*)+",
                       re.IGNORECASE)
_OUTCOME_COL = re.compile(r"\W*(?:people\s+|persons\s+)?(?:killed|dead|deaths|fatalities|injured|wounded|injuries|missing|"
                          r"abducted|kidnapped|displaced|idps|arrested|detained|released|freed)\W*", re.I)
_PEOPLE_COL = re.compile(r"\b(?:individuals|people|persons|killed|dead|injured|displaced|idps|number)\b", re.I)
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a space-aligned row: words apart by single spaces


def _table_cells(line: str, spaced_ok: bool) -> tuple[list[str], list[int], bool] | None:
    """(cells, their offsets in line, whether spaced) for a table row: cells between pipes, or columns aligned with
    two or more spaces or tabs (three cells at least, two when continuing such a table); None for other lines."""
    if line.count("|") >= 2:
        offsets = [0] + [i + 1 for i, ch in enumerate(line) if ch == "|"]
        return [x.strip() for x in line.split("|")], offsets, False
    if "  " in line or "\t" in line:
        runs = list(_SPACED_CELL.finditer(line))
        if len(runs) >= 3 or (spaced_ok and len(runs) == 2):
            return [m.group() for m in runs], [m.start() for m in runs], True
    return None


_GROUP_SUBJECT = re.compile(r"\b(?:terrorist|armed|militant|jihadist|insurgent|rebel)\s+groups?\b|\b(?:the\s+)?(?:militants|"
                            r"insurgents|jihadists|terrorists|rebels|attackers|assailants|gunmen|bandits|kidnappers)\b")
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}
_NUMBER_AFTER = re.compile(r"\s+the\s+(?:total\s+)?(?:number|toll|tally|count)\s+of\s+(?P<what>(?:[\w-]+\s+){0,6}?)"
                           r"(?P<cue>killed|dead|wounded|injured|missing|displaced|abducted|kidnapped|arrested|detained)\b",
                           re.I)
_APPOSITIVE = re.compile(r"\s*(?:one\s+of|an?\s)", re.I)
_OF_THE_NUMBER = re.compile(r"(?:\d+|\b(?:" + "|".join(sorted(_NUMBER_WORDS)) + r"))\s+of\s+(?:the|those|these)\s+$")
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:([\w-]+)\s+)?([\w-]+)\b")
_WITH_WOUNDS = re.compile(r"[\s,]*with\s")
_ONE_ADJ = re.compile(r"\s+(?:missing|dead|killed|injured|wounded|hurt|abducted|kidnapped|arrested)\b", re.I)  # "one missing"
_INTENT_END = re.compile(r"\b(?:working|trying|tries|tried|seeking|seeks|plans?|planning|planned|vowed|vows|threatened|"
                         r"threatens|threatening|hoping|hopes|efforts?|bid|attempts?|attempting|aims?|aiming|wants?|wanted|"
                         r"negotiating|pushing|pressing|calls?|called|urged|urging|promised|pledged|order)\s+to\s+$")
_DET_END = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")
_AGED_END = re.compile(r"\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|to|-)\s*)*$")  # "aged 42 and 37"
# "Nirmal Chakma, 35, succumbed": an age set off by commas after a name
_AGE_NAME_END = re.compile(r"\b[A-Z][\w'-]*[a-z],\s*$")
_LOWER_WORD = re.compile(r"[a-z]+")
_TOOK_WITH = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:with\s+them|away)\b", re.I)
_PART_LEAD = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$")
_SAME_SOURCE = re.compile(r"\s*the\s+same\s+(?:[\w-]+\s+){0,2}?(?:source|office|ministry|agency|official|statement|"
                          r"report|spokes\w+|group|monitor|authorities|officials)\b", re.I)
_WHOLE_QUOTE = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*$")
_ALONG_WITH = re.compile(r"(?:,\s*|\s)(?:along|together)\s+with\s+$")
_WE_LOST = re.compile(r"\b(?:we|i)\s+(?:have\s+|had\s+|'ve\s+)?(?:also\s+|just\s+)?(?:lost|buried)\b")
_STATE_FORCE = re.compile(r"\b(?:army|military|police|forces|navy|air force|gendarmerie)$")
_PERSON_NEXT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(L.PERSON_NOUNS - {"more"}, key=len, reverse=True))
                          + r")\b")
_PREP_END = re.compile(r"\b(?:of|from|in|at|near|across|around)\s+(?:the\s+)?$")
_STATE_KEYS = ("remain", "still", "hands")  # every _STATE_AFTER match contains one (ASCII text)


def _has_any(s: str, keys) -> bool:
    for k in keys:
        if k in s:
            return True
    return False


_NO_EXTEND = {"more", "dead", "others", "hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}
_OBJECT = re.compile(r"^\s+(?:(?:the|a|an|their|his|her|its|our|them|him|us)\b|\d|[A-Z])")
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|got)\b", re.I)
_ACTIVE_PERFECT = re.compile(r"\b(?:had|have|has)\s+(?:\w+ly\s+)?$", re.I)
_SDATE_AFTER = re.compile(
    r"(?:\s*(?:on|late|early|in|a|an|the|same|its|his|her|their|to|by|phone|telephone|reporters|journalists|statement|"
    r"communiqu[eé]|post|posts|message|report|briefing|bulletin|interview|broadcast|video|television|radio|"
    r"[A-Z][\w.\-]*))*\s*")
_SDATE_VERB = re.compile(r"\b(?:since|after|before|until|when|while|have|has|had|been|were|was|are|is)\b", re.I)
_CAPS_HEADLINE = re.compile(r"\d|\b(?:SAYS?|SAID|KILL\w*|DEAD|DIE[DS]?|WOUND\w*|INJUR\w*|ATTACK\w*|CLAIMS?)\b")
_ROW_LABEL = re.compile(r"^(?:people\s+|persons\s+|total\s+)?(?:deaths?|dead|killed|fatalities|injured|injuries|wounded|missing|"
                        r"abducted|kidnapped|displaced|idps|arrested|detained|released|freed|rescued|escaped|hostages)"
                        r"(?:\s*\([^)]*\))?$", re.I)
_REL_GAP = re.compile(r"[,;:()\d]|\b(?:and|that|but|or|while|when)\b", re.I)
_REL_START = re.compile(r"^[\s,]*(?:who|that|which)\b", re.I)
_MAIN_VERB = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|remain|remains|remained)\s+(?:[a-z]+ly\s+|later\s+|also\s+|all\s+)?(?:"
                        + "|".join(f"(?P<{k}>{v})" for k, v in L.FOLLOW.items()) + r")(?![\w-])", re.I)
_SCAN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in L.FOLLOW.items()) + r")(?![\w-])", re.I)
_SCAN_LC = L.lc_guarded(_SCAN_RE)
_INTRANSITIVE = {"died", "dead", "die", "dies", "perished", "escaped", "escape", "fled", "flee", "missing", "disappeared",
                 "surrendered", "hurt", "arrived"}
_ADJ_PAREN = re.compile(r"\b(displaced|killed|dead|injured|wounded|missing|abducted|kidnapped|detained|arrested)\s+[\w-]+\s*\(\s*$",
                        re.I)


@dataclass(slots=True)
class Cand:
    fig: Figure
    u: int
    span: tuple[int, int]
    head: str | None = None
    ofref: str | None = None
    np_end: int = 0
    ext_end: int = 0
    outcome: str | None = None
    how: str = ""
    party: str | None = None
    role: str | None = None
    party_text: str = ""
    part_of: Cand | None = None
    is_from: bool = False
    among: str | None = None  # outcome of an "among the dead were" / "the dead included" lead
    other: bool = False
    state: bool = False
    np_actor: str | None = None
    nationality: str | None = None
    cue_end: int = 0
    source: str | None = None
    as_of: dt.date | None = None
    background: bool = False
    # set by the figure stage for the stages after it
    head_mod: str | None = None  # the word before the head noun ("prison" staff): party's role of guards
    bodies_of: str | None = None  # the people noun of "bodies of N soldiers": party
    pred_noun: str | None = None  # the people noun of "seven were women" after a bare figure: party
    mixed: bool = False  # "N soldiers and civilians": nouns of two party categories, so party "all"
    first_person: bool = False  # "we lost four men": the speaker's own side (party)
    toll_what: str = ""  # the words before a "toll" cue ("the civilian death toll"): party
    with_wounds: bool = False  # "... wounded with machetes": a part of a killed total was killed (parts)
    of_total: bool = False  # "two of the four": a part of a total counted before, whose value is of_n (parts)
    of_n: int | None = None
    outcome_from: str | None = None  # "unit": the figure before in the sentence gives the outcome, "previous": the
    #                                    claim before ("18 of them were children") (parts)
    second_outcome: str | None = None  # "none were killed or wounded": a zero for a second outcome too (claims)
    # set by the parts stage
    list_of: Cand | None = None  # the total whose list this coordinated figure goes on
    lead_part: bool = False  # a breakdown line under a lead ("The dead were:"): its source is the total's


def _category(noun: str) -> str:
    for name, group in (("civ", L.CIVILIAN_NOUNS), ("sol", L.SOLDIER_NOUNS), ("pol", L.POLICE_NOUNS), ("fig", L.FIGHTER_NOUNS),
                        ("inm", L.INMATE_NOUNS), ("off", L.OFFICIAL_NOUNS)):
        if noun in group:
            return name
    return "gen"


_HELD_AFTER = re.compile(r"(?:\s+group)?(?:-linked|-affiliated)?\s+(?:detainees|prisoners|inmates|captives)\b")
_HELD_MEMBERS = re.compile(r"(?:\s+group)?\s+(?:members|militants|fighters|suspects|jihadists|detainees|prisoners|inmates)\b")
_HOLD_BEFORE = re.compile(r"\b(?:hold|holds|holding|held|house|houses|housed|housing|detain\w*|jail\w*|imprison\w*)\b[^.;:]*$")


class Doc:
    """Document-level context: mentions, dominant armed group, country, places, issuer."""

    def __init__(self, text: str, ntext: str, units: list[Unit], lc: str | None = None):
        self.text, self.ntext, self.units = text, ntext, units
        self.lc = lc if lc is not None else ntext.translate(_ASCII_LOWER)
        g = gazetteer()
        self.g = g
        self.mentions = MentionIndex(g.mentions(ntext, lc))
        groups: Counter = Counter()
        countries: Counter = Counter()
        cities: Counter = Counter()
        regions: Counter = Counter()
        first_actor: dict[str, int] = {}
        self._armed: list[Mention] = []
        for m in self.mentions.items:
            e = m.entry
            if e.type == "actor" and e.kind == "armed_group":
                groups[e.name] += 1
                first_actor.setdefault(e.name, m.start)
                self._armed.append(m)
            elif e.type in ("country", "demonym"):
                countries[e.name] += 1
            elif e.type == "place":
                c = g.place_country.get(e.name)
                if c:
                    countries[c] += 1
                if e.kind in ("city", "facility"):
                    cities[e.name] += 1
                elif e.kind == "region":
                    regions[e.name] += 1
        self.group = max(groups, key=lambda k: (groups[k], -first_actor[k])) if groups else None
        self.country = countries.most_common(1)[0][0] if countries else None
        self.city = cities.most_common(1)[0][0] if cities else None
        self.region = regions.most_common(1)[0][0] if regions else None
        self.issuer = self._issuer()
        self.held_group = self._held_group()

    def _held_group(self) -> str | None:
        """The armed group a document says prisoners belong to: "ISIS detainees", "holds 4,000 suspected IS members"."""
        votes: Counter = Counter()
        lc = self.lc
        for m in self._armed:
            if _HELD_AFTER.match(lc, m.end) or (_HOLD_BEFORE.search(lc, max(0, m.start - 60), m.start)
                                                 and _HELD_MEMBERS.match(lc, m.end)):
                votes[m.entry.name] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _issuer(self) -> str | None:
        """An organisation issuing the document itself (header line), whose own figures are in its own voice."""
        seen = 0
        for u in self.units[:8]:
            line = self.ntext[u.start:u.end]
            if u.line > 6:
                break
            seen += 1
            if len(line) > 160:
                continue
            ms = [m for m in self.mentions.between(u.start, u.end) if m.entry.type in ("source", "actor")
                  and m.entry.name != "wire"]
            if not ms:
                continue
            caps = line.isupper() and not _CAPS_HEADLINE.search(line)
            exact = len(ms) == 1 and len(line.strip(" .:-|")) <= len(ms[0].text) + 6
            if caps or exact or _ISSUER_KW.search(self.lc, u.start, u.end):
                return self.resolve(ms[0], u)
        return None

    def country_of(self, a: int, b: int) -> str | None:
        for m in self.mentions.between(a, b):
            if m.entry.type in ("country", "demonym"):
                return m.entry.name
        return None

    def government(self, country: str) -> str:
        """The canonical source for a country that speaks ("Niger says"), as the "{country} government" template."""
        spec = self.g.countries.get(country, {})
        return f"{spec.get('short') or spec.get('demonym') or country} government"

    def demonym(self, country: str | None) -> str | None:
        if not country:
            return None
        return self.g.countries.get(country, {}).get("demonym")

    def resolve(self, m: Mention, u: Unit | None = None) -> str | None:
        """Canonical name of a source/actor mention, filling templates from the text and the document."""
        name = m.entry.name
        if name == "SOHR" and self.country != "Syria" and m.text.lower().removeprefix("the ") in _GENERIC_MONITOR:
            return m.text.lower().removeprefix("the ")  # "the observatory" of a Honduran report is not Syria's monitor
        if "{" not in name:
            return name
        near = self.country_of(max(0, m.start - 30), m.end + 1) if u is None else self.country_of(max(u.start, m.start - 30), m.end)
        country = near or self.country
        if "{country}" in name:
            spec = self.g.countries.get(country or "", {})
            base = name.split("}")[1].strip()
            if not spec:
                return base
            who = spec.get("short") if base == "government" and spec.get("short") else spec.get("demonym", country)
            if base == "army" and spec.get("forces"):
                base = spec["forces"]
            return f"{who} {base}"
        if "{region}" in name:
            return f"{self.region} government" if self.region else "officials"
        if "{place}" in name:
            base = name.split("}")[1].strip()
            place = self.region if base == "prosecutor" and self.region else (self.city or self.region)
            return f"{place} {base}" if place else ("officials" if base != "prosecutor" else "prosecutor")
        return name


_GENERIC_MONITOR = frozenset({"observatory", "monitor", "war monitor", "monitoring group"})
_LINKED = re.compile(r"-(?:linked|affiliated|allied|backed|run|aligned|inspired|led|controlled)\b")
_AUTHORITIES = re.compile(r"[\s-]*(?:authorities|officials|spokes\w+|media\s+office|leadership|command)\b")


def _pick(ms: list[Mention], verb_pos: int, first: bool = False, nt: str | None = None) -> Mention | None:
    """The speaking entity among mentions: named sources before actors, wires last."""
    ms = [m for m in ms if m.entry.type in ("source", "actor")]
    if not ms:
        return None
    nonwire = [m for m in ms if m.entry.name != "wire"]
    if nonwire:
        ms = nonwire
    if nt is not None:
        plain = [m for m in ms if not (nt.startswith("-", m.end) and _LINKED.match(nt, m.end, m.end + 14))
                 and m.entry.kind != "parent"]
        if plain:
            ms = plain
        for m in ms:
            if m.entry.type == "actor" and _AUTHORITIES.match(nt, m.end, m.end + 30):
                return m
    if first:
        return min(ms, key=lambda m: (_PREF.get(m.entry.type, 2), m.start))
    return min(ms, key=lambda m: (_PREF.get(m.entry.type, 2), abs(verb_pos - m.start)))


_REPORT_NOUN = re.compile(r"\b(?:report|account|article|dispatch|story)\b")
_REPORT_NOUN_END = re.compile(r"\b(?:report|account|article|dispatch|story)\s*,?\s*$", re.I)
_RUN_AFTER = re.compile(r"-?\s?(?:run|controlled|administered|operated|managed|guarded)\b")
_RUN_BEFORE = re.compile(r"\b(?:run|controlled|administered|operated|managed|guarded)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_FACILITY_MODS = frozenset("prison jail detention camp kitchen hotel hospital school embassy base airport mine factory "
                           "security cleaning maintenance".split())


def _staff_role(c: Cand, head: str) -> str:
    """"prison staff", "kitchen staff", "prison guards"; plain "guards"/"staff" without a facility word."""
    role = L.GUARD_NOUNS[head]
    mod = c.head_mod
    return f"{mod} {role}" if mod in _FACILITY_MODS else role


_CAPTURE_REF = re.compile(
    r"\b(?:arrest|arrested|detained|captured|recaptured|apprehended|rounded\s+up)\s+(?:a\s+number\s+of|several|some|many|"
    r"a\s+few|other|more|further)\s+(?:[#\w-]+\s+){0,2}?(?P<n>[a-z]+)\b(?=[^.;]*$)")
_NOT_OUTCOME_VERB = re.compile(r"\b(?:identified|named|interviewed|listed|visited|met)\s+(?:\w+\s+)?$")
_TAIL_ADVERB = re.compile(r"(?<=\S)\s+(?:now|also|later|further|again|previously|earlier|initially|then|separately|"
                          r"additionally|meanwhile|themselves|himself|herself)\s*$", re.I)
_TAIL_WORDS = ("now", "also", "later", "further", "again", "previously", "earlier", "initially", "then", "separately",
               "additionally", "meanwhile", "themselves", "himself", "herself")
_NAME = r"(?:[A-Z][a-z'\u2019-]+\.?\s+){0,3}(?P<last>[A-Z][a-z'\u2019-]{2,})"
_NAME_BEFORE_TITLE = re.compile(_NAME + r"\s*,\s*(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}$")
_NAME_APPOS = re.compile(r"\s*" + _NAME + r"\s*,\s*(?P<title>(?:(?:a|an|the)\s+)?[^,.;]{2,70})")
_PERSON_NAME = re.compile(r"^\s*" + _NAME + r"\s*$")
_NAME_AFTER_TITLE = re.compile(r"(?:\s+(?:spokes(?:man|woman|person)|official|chief|head|commander|director|governor|mayor|"
                               r"minister|secretary|representative|coordinator))?,?\s+" + _NAME + r"(?![\w'-])")
_NOT_SURNAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today tonight yesterday council command office ministry forces army police""".split())
_GENERIC_SPEAKER = re.compile(r"\b(ministry|army|police|military|monitor|government|officials?|governor|mayor|agency|"
                              r"authorities)\s*$", re.I)
_PEOPLE_VERB = re.compile(r"\b(?:kill\w*|slew|slain|murder\w*|execut\w*|behead\w*|massacr\w*|wound\w*|injur\w*|maim\w*|"
                          r"abduct\w*|kidnap\w*)\s+(?:(?:up\s+to|at\s+least|more\s+than|about|some|nearly|as\s+many\s+as)\s+)?$")
_BARE_PARTICIPLE = re.compile(r"\s*(?:abducted|kidnapped|displaced|arrested|detained|captured|rescued|freed|released|"
                              r"wounded|injured|seized)", re.I)
_STILL_HELD = re.compile(r"^\s*(?:(?:are|were|is|was|remain|remained)\s+)?still\s+(?:being\s+)?held\b", re.I)
_APPOS_LEAD = re.compile(r"\b(?:the|these|those)\s+(?P<adj>freed|released|rescued|abducted|kidnapped|dead|killed|injured|wounded|"
                         r"missing|displaced|detained|arrested)\s+[\w-]+\s*,\s*$")
_PRED_NOUN = re.compile(r"^\s*(?:were|are|was|is)\s+(?:all\s+)?(?:[\w-]+\s+)?(?P<n>[a-z]+)\b")
_WERE_NOUN_AND = re.compile(r"^\s*(?:were|are)\s+(?:[\w-]+\s+){1,2}?(?:and|,)\s*$", re.I)
_PARTICIPLE_AND = re.compile(r"^\s+[a-z]+ing\s+(?:the\s+|a\s+|an\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s+and\s+$", re.I)
_REVISED_UP = re.compile(r"\b(?:revis\w*|rais\w*|rose|risen|rising|push\w*|bump\w*|brought|bring\w*|adjust\w*|increas\w*|"
                         r"climb\w*|jump\w*|went|gone|goes|go)(?:\s+(?:its|the|their|his|her|own|death|casualty|toll|figure|"
                         r"tally|count|number|estimate|previous|earlier|initial))*\s*$")
_FIGURE_REF = re.compile(r"\b(?:own\s+)?(?:figure|estimate|tally|count)\s+(?:(?:[\w-]+\s+){0,2}?(?:to|at)\s*)?$")
_OTHER_EVENT = re.compile(
    r"\W*(?:<[^>]*>\s*)*(?:(?:related(?:\s+(?:stories|articles|coverage|news|reading))?|read\s+(?:more|also)|see\s+also|also\s+read|"
    r"more\s+on\s+this(?:\s+story)?)\s*(?:<[^>]*>\s*)*:|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|before)\s*,)")
# every BACKGROUND_RE match contains one of these (a year, "past", "last year", "conflict has killed", "years ago", ...)
_BG_KEYS = ("19", "20", "past", "last", "previous", "year", "conflict", "war", "insurgen", "crisis", "violence", "uprising",
            "similar")
_WORDS_RE = re.compile(r"[A-Za-z][\w'-]*")
_TITLE_SRC_WORDS = frozenset("""says said say claims claim reports report tells told confirms confirm according to via the a an
war local official officials source sources spokesman spokeswoman spokesperson statement monitor media group authorities
police army military government ministry agency figures data count toll""".split())


def _title_source(seg: str, a: int, n: int) -> bool:
    """A headline's trailing segment names who gives the figure ("- monitor", ": SDF says") only when it is the source
    and a reporting word or two, not a phrase that merely contains a name (": Major ISIS Comeback Plot", quoted words)."""
    if seg[:a].count('"') % 2 == 1:
        return False
    rest = seg[:a] + " " + seg[a + n:]
    return all(w.lower() in _TITLE_SRC_WORDS for w in _WORDS_RE.findall(rest))


_WHO_WHICH = re.compile(r"^\s*(?:who|which)\b")
_OF_THE_LEAD = re.compile(r"^\W*of\s+the\s*$", re.I)
# r"[,;:\"\u2014]|\bthat\b" spelled so that every branch starts with a literal: re then skips to candidate
# characters in C instead of trying the pattern at every position ("t(?<!\wt)" is "\bt" for a word character t)
_SEG_BREAK = re.compile("|".join([",", ";", ":", '"', "\u2014"]) + r"|t(?<!\wt)hat\b")


_DATELINE_DASH = re.compile(r"\s*(?:\(\w+\)\s*)?[-\u2013\u2014]")


class _Hits:
    """Regex matches of a whole text, sliced per unit with bisect (one pass per report, not per sentence)."""

    def __init__(self, items: list, group):
        self.items = items
        self.starts = [m.start(group) for m in items]
        self.ends = [m.end() for m in items]

    def within(self, a: int, b: int) -> list:
        starts = self.starts
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b, i)
        if i == j:
            return []
        ends = self.ends
        items = self.items
        if max(ends[i:j]) <= b:  # none runs past b (the usual case): a slice, not a filter
            return items[i:j]
        return [items[k] for k in range(i, j) if ends[k] <= b]


def _next_word(lc: str, pos: int) -> str:
    m = _NEXT_WORD.match(lc, pos)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s*([a-z]+)")


def _counts_things(toks: list, i: int) -> bool:
    """The noun phrase after a figure with no people noun names things within its first three words ("6 quarterly
    figures", "of 6 power plays"), before any people noun."""
    for t in toks[i:i + 4]:
        w = t[0].lower()
        if w in L.PERSON_NOUNS or (w in _FUNCTION and w != "of") or not w[:1].isalnum():
            return False  # a people noun, or the noun phrase ended ("37 in ... village raids": not its noun)
        if w in S.THINGS or w in L.NONPERSON_NOUNS:
            return True
    return False


def _after_thing_count(lp: str) -> bool:
    """The figure before this one in the sentence counts things ("5 characters ...; 2 of them were missing")."""
    if not any(ch.isdigit() for ch in lp):
        return False
    for m in reversed(list(S.COUNTED.finditer(lp))):  # the nearest figure that counts something decides
        w = m.group(1)
        if w in S.MEASURES:
            continue
        return w in S.THINGS
    return False


def _other_sense(lp50: str, pm: re.Match, unit_lc: str) -> bool:
    """A cue before a figure with no people noun, in a sense that acts on things: a weak cue ("released", "lost",
    "freed", "shot") in a sentence that names no people and no casualty, or any cue after a subject that is not
    people ("the software killed", "the Senate killed")."""
    cue = pm.group(0).strip(" \"'\u201c\u2018").split()
    if cue and cue[0] in S.WEAK_CUES and not _people_context(unit_lc):
        return True
    return S.last_word(lp50[:pm.start()]) in S.NOT_PEOPLE_SUBJECTS


_CONTEXT_WORDS = (L.PERSON_NOUNS | set(L.NOUN_OUTCOME) | set(L.ADJ_OUTCOME) | {
    "kill", "kills", "killing", "kidnap", "kidnaps", "abduct", "abducts", "release", "hostages", "captivity", "army",
    "military", "police", "forces", "ministry", "government", "authorities", "spokesman", "spokesperson"}) - S.WEAK_CUES
_WORDS = re.compile(r"[a-z]+")


def _people_context(unit_lc: str) -> bool:
    """The sentence names people, a casualty or an authority: "troops killed two gunmen and captured one"."""
    return not _CONTEXT_WORDS.isdisjoint(_WORDS.findall(unit_lc))

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
        self._usable_cache: dict[tuple, list] = {}
        self.has_police = " police" in self.lc or self.lc.startswith("police")
        self.post_date: dict[int, dt.date] = {}
        self._people: dict[str, Mention] | None = None
        self.anchor: dt.date | None = None  # the latest absolute date read (asof.note_anchor)
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


# ------------------------------------------------------------------ figures
def candidates(r: Report, ui: int) -> list[Cand]:
    u = r.units[ui]
    out: list[Cand] = []
    if u.signature:
        return out
    for m in r._fig.within(u.start, u.end):
        f = parse_figure(m)
        if f is None:
            continue
        c = _analyse(r, f, u, ui)
        if c is not None:
            out.append(c)
    return out


def _analyse(r: Report, f: Figure, u: Unit, ui: int) -> Cand | None:
    nt = r.ntext
    pre = nt[max(u.start, f.start - 220):f.start]
    lp = r.lc[max(u.start, f.start - 220):f.start]  # same text, lower-cased (for the guarded cue patterns)
    lp50 = lp[-50:]
    raw = nt[f.num_start:f.end]
    pre_s = pre[-70:]
    # end-anchored cue patterns only need the last few words before the figure
    if L.reject_suffix(r.lc[f.end:min(u.end, f.end + 60)]) or L.reject_prefix(pre[-16:]):
        return None
    if f.qualifier == "up_to" and f.text[:2].lower() == "up" and _REVISED_UP.search(lp[-60:]):
        f.low = f.high = f.value  # "revised its figure up to 31", "pushed the toll up to 40": an exact figure
        f.qualifier = "exact"
        f.start = f.num_start
    if f.num_start == f.start and raw[:1].isdigit() and S.LABEL_END.search(lp[-24:]):
        return None  # "version 3.5", "Build 403", "section 19a", "Defendant 2": a label, not a count (senses.yaml)
    if S.DECIMAL.fullmatch(raw) and _next_word(r.lc, f.end) not in S.DECIMAL_SCALES:
        return None  # "3.5", "12.30", "2,5" alone: a version, a clock time or a measure; people come in wholes
    yearish = len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit() and f.qualifier == "exact"
    if L.hold_before(lp[-30:]) and not L.PRE_SCAN.search(lp50):
        return None
    c = Cand(f, ui, (f.start, f.end))
    # ---- noun phrase after the number
    # match objects (t[0] the token, t.end() its end): no tuple per token
    # (up to 12 tokens, fetched as the loop needs them: it looks at most at toks[i + 3], so holding min(12, i + 4)
    # tokens - or all there are - answers every index and length test as the full list would; it mostly stops at
    # the first or second token)
    tok_it = _TOKEN.finditer(nt, f.end, min(u.end, f.end + 110))
    toks = list(itertools.islice(tok_it, 4))
    more = len(toks) == 4
    head = None
    ofref = None
    np_end = f.end
    adj = None
    mods = 0
    i = 0
    while True:
        if more and len(toks) < i + 4:
            n = min(12, i + 4)
            toks.extend(itertools.islice(tok_it, n - len(toks)))
            more = len(toks) == n < 12
        if i >= len(toks):
            break
        t = toks[i]
        e, w = t.end(), t[0]
        lw = w.lower().lstrip("#@").replace("\u2019", "'")
        if w in _QUOTE_TOK:
            i += 1
            continue
        if lw == "of" and head is None:
            nxt = toks[i + 1][0].lower() if i + 1 < len(toks) else ""
            if nxt in ("them", "whom", "us", "those", "these"):
                ofref = nxt
                np_end = toks[i + 1].end()
                k2 = i + 3 if i + 3 < len(toks) and toks[i + 2][0].lower() in ("a", "an") else i + 2
                if k2 < len(toks) and toks[k2][0].lower() in L.PERSON_NOUNS:
                    head = toks[k2][0].lower()
                    np_end = toks[k2].end()
                break
            if nxt in ("the", "our", "its", "their", "his", "her", "all", "these"):
                ofref = nxt
                i += 2
                if more and len(toks) < i + 4:
                    n = min(12, i + 4)
                    toks.extend(itertools.islice(tok_it, n - len(toks)))
                    more = len(toks) == n < 12
                if i < len(toks) and (toks[i][0].lower() in _NUMBER_WORDS or toks[i][0][:1].isdigit()):
                    np_end = toks[i].end()  # "two of the four": a part of a total named before
                    c.of_total, c.of_n = True, parse_number(toks[i][0])
                    break
                continue
            if (nxt in L.PERSON_NOUNS and nxt not in ("more", "others")) or nxt in L.MODIFIERS or (
                    i + 1 < len(toks) and toks[i + 1][0][:1].isupper()):
                i += 1
                continue
            break
        if lw in L.PERSON_NOUNS and lw not in ("more", "dead") or (lw == "dead" and i + 1 < len(toks) and
                                                                     toks[i + 1][0].lower() in ("bodies", "people")):
            head = lw
            np_end = e
            if i > 0:
                c.head_mod = toks[i - 1][0].lower()
            while True:
                if more and len(toks) < i + 4:
                    n = min(12, i + 4)
                    toks.extend(itertools.islice(tok_it, n - len(toks)))
                    more = len(toks) == n < 12
                if not (i + 1 < len(toks) and toks[i + 1][0].lower() in L.PERSON_NOUNS and toks[i + 1][0].lower()
                        not in _NO_EXTEND and not (head in L.CIVILIAN_NOUNS and toks[i + 1][0].lower() in ("members", "member"))):
                    break
                i += 1
                head = toks[i][0].lower()
                np_end = toks[i].end()
            break
        if lw in L.NONPERSON_NOUNS or lw in S.THINGS:
            return None
        if lw.endswith(("-wounded", "-injured")):
            lw = "wounded"  # "12 war-wounded patients"
        if lw in L.ADJ_OUTCOME:
            adj = adj or L.ADJ_OUTCOME[lw]
            np_end = e
            mods += 1
            i += 1
            continue
        if lw in L.MODIFIERS or w[0].isupper() or w.startswith("#") or w == "/" or ("-" in w and len(w) > 3):
            mods += 1
            if mods > 5:
                break
            i += 1
            continue
        if lw not in _FUNCTION and w.isalpha() and i + 1 < len(toks) and (toks[i + 1][0].lower() in L.PERSON_NOUNS or (
                i + 2 < len(toks) and toks[i + 1][0].isalpha() and toks[i + 1][0].lower() not in _FUNCTION
                and lw not in _VERBS and toks[i + 1][0].lower() not in _NUMBER_WORDS
                and toks[i + 2][0].lower() in L.PERSON_NOUNS)):
            mods += 1  # an unknown modifier of a people noun ("gold miners", "road construction workers")
            i += 1
            continue
        if (w.isalpha() and w.islower() and lw not in _FUNCTION and lw not in L.ADJ_OUTCOME
                and not lw.endswith(("ed", "ing", "ly", "en")) and not L.SAY_RE.fullmatch(lw) and lw not in _VERBS
                and not L.FOLLOW_RE.match(" " + lw)):
            if _PEOPLE_VERB.search(lp[-40:]) and lw.endswith("s") and (i + 1 >= len(toks) or not toks[i + 1][0][:1].isalpha()):
                head, np_end = lw, e  # "killed up to 20 'foreign specialists'": only people are killed or kidnapped
                break
            if _PART_LEAD.search(lp[-30:]) and lw.endswith("s") and (i + 1 >= len(toks) or not toks[i + 1][0][:1].isalpha()):
                head, np_end = lw, e  # "nine terrorists, among them two so-called walis": a part of people is people
                break
            return None  # counts things, not people ("2 car bombs", "1,500 shelter kits")
        break
    if head is None and _counts_things(toks, i):
        return None  # "6 quarterly figures", "5 of 6 power plays", "2 proposed mergers": things (senses.yaml)
    if head is None and ofref not in ("the",) and not c.of_total and _after_thing_count(lp[-120:]):
        return None  # "12 threads were detected and 3 were held": the bare figure counts the same things
    if head in ("members", "member"):
        mo = _MEMBERS_OF.match(nt, np_end, min(u.end, np_end + 50))
        if mo and mo.group(2).lower() in L.PERSON_NOUNS and mo.group(2).lower() not in ("members", "member"):
            head = mo.group(2).lower()  # "four members of the prison staff": staff
            c.head_mod = (mo.group(1) or "").lower()
    if f.is_zero:
        zw = f.text[:4].lower()
        if zw in ("nobo", "no o") and head is None and ofref is None:
            head = "people"  # "nobody was hurt", "no one is missing": a zero count of anyone
        elif zw == "none" and head is None and ofref not in ("them", "whom"):
            return None  # a bare "none were hurt" counts an unnamed group
        elif head is None and zw != "none" or head in ("more", "others"):
            return None
    if yearish and head is None:  # "2019", but "2000 people were killed" is a figure
        return None
    # (each pattern ends so: ",\s*$", "aged ...", "of the\s+$"; the string tests skip most searches)
    if f.start == f.num_start and ((pre[-30:].rstrip().endswith(",") and _AGE_NAME_END.search(pre[-30:])
                                    and _rx.match(r"\d{1,2}\s*[,)]", nt[f.start:f.end + 3]))
                                   or "aged" in lp[-40:] and _AGED_END.search(lp[-40:])):
        return None  # "Nirmal Chakma, 35, ...", "aged 42 and 37": ages
    if lp[-40:].rstrip().endswith(("the", "those", "these")) and _OF_THE_NUMBER.search(lp[-40:]):
        return None  # the "four" of "two of the four": the total named before, not a new figure
    if f.is_word and f.value == 1 and f.qualifier == "exact" and head is None and ofref is None and not L.PRE_SCAN.search(lp50) \
            and not _ONE_ADJ.match(nt, f.end):
        # "one" alone is too often a pronoun ("one of the deadliest", "one said")
        return None
    if head in ("bodies", "remains", "corpses", "cuerpos"):
        bm = _BODIES_OF.match(nt, np_end, np_end + 40)
        if bm and bm.group(1).lower() in L.PERSON_NOUNS:
            c.bodies_of = bm.group(1).lower()
    mx = _AND_NOUN.match(nt, np_end, np_end + 30) if "and" in nt[np_end:np_end + 30] else None
    if head and mx and mx.group(1).lower() in L.PERSON_NOUNS and _category(mx.group(1).lower()) != _category(head):
        c.mixed = True
    c.head, c.ofref, c.np_end = head, ofref, np_end
    c.span = (f.start, max(np_end, f.end))
    nb = _NUMBER_AFTER.match(nt, np_end, min(u.end, np_end + 120)) if head is None and ofref is None else None
    if nb:  # "revised down to 19 the number of civilians killed", "brings to 143 the number of soldiers killed"
        head = c.head = next((w for w in nb.group("what").lower().split() if w in L.PERSON_NOUNS), None)
        c.outcome, c.how = L.ADJ_OUTCOME[nb.group("cue").lower()], "toll"
    # ---- outcome
    after = nt[np_end:min(u.end, np_end + 160)]
    lpre = pre[-80:].lower()  # cheap keyword checks gate the costlier end-anchored patterns
    if " or " in lpre and L.MIXED_RE.search(pre[-40:]):
        if not f.is_zero:
            return None
    pm = L.PRE_SCAN.search(lp50) if not nb else None
    after_lc = r.lc[np_end:min(u.end, np_end + 160)]
    fm = L.FOLLOW_LC.match(after_lc)
    if fm and _active(fm.group(0), after[fm.end():]):
        fm = None
    if fm and fm.lastgroup == "wounded" and _WITH_WOUNDS.match(after_lc):
        c.with_wounds = True
    if pm and " " not in pm.group(0).strip(" \"'\u201c\u2018") and _DET_END.search(lp50, 0, pm.start()):
        pm = None  # "during the rescue four soldiers were wounded": a noun, not a verb acting on the figure
    if pm and _INTENT_END.search(lp[:len(lp) - len(lp50) + pm.start()]):
        return None  # "working to free the remaining two", "threatened to kill 20 hostages": not done
    if pm and head is None and ofref not in ("them", "whom") and not nb and _other_sense(lp50, pm, r.lc[u.start:u.end]):
        return None  # "Python 3.5 was released", "lost 2 of its 6 mayors", "the Senate killed 2": not people
    if pm:
        c.outcome, c.how = pm.lastgroup, "pre"
        if _WE_LOST.search(lp50):
            c.first_person = True  # "we lost four men": the speaker's own side
        if pm.lastgroup == "abducted" and (adj == "killed" or head in ("bodies", "body", "remains", "corpses")):
            c.outcome = "killed"  # "took away eight of their dead": the dead are carried off, not kidnapped
        if _rx.search(r"\btoll\b", pm.group(0), re.I):
            c.toll_what = pre[-80:]
        if pm.lastgroup == "wounded" and _rx.search(r"(?:treat\w*|evacuat\w*)\s*$", pm.group(0).strip(" \"'"), re.I):
            c.outcome = None
            if fm and fm.lastgroup == "wounded":
                c.outcome = "wounded"
            elif adj:
                c.outcome = adj
            c.how = "pre" if c.outcome else ""
    if c.outcome is None and "t" in lpre[-16:] and L.TOOK_RE.search(pre[-16:]):
        m2 = _rx.match(r"^\s*(?:of\s+[^,.;]{0,40}?\s)?(hostages?|captives?|prisoners?)\b", after, re.I)
        if m2:
            c.outcome = "captured" if m2.group(1).lower().startswith("prisoner") else "abducted"
            c.how = "pre"
        elif head in ("hostage", "hostages", "captive", "captives") or (
                head in L.CIVILIAN_NOUNS or head in L.GENERIC_NOUNS) and _TOOK_WITH.match(after):
            c.outcome, c.how = "abducted", "pre"  # "take two hostage", "took 50 women and children with them"
        else:
            return None
    if c.outcome is None and ("forc" in lpre or "driv" in lpre or "drov" in lpre or "prompt" in lpre) \
            and L.FORCED_RE.search(pre[-16:]) and _rx.match(r"^\s*(?:[\w-]+\s+){0,3}?(?:to\s+(?:flee|leave|cross|abandon)|(?:from|out\s+of)\s+their\s+homes)", after, re.I):
        c.outcome, c.how = "displaced", "pre"
    if c.outcome is None and head in ("bodies", "body", "remains", "corpses", "cuerpos"):
        c.outcome, c.how = "killed", "noun"
    if fm and c.outcome is None and _BARE_PARTICIPLE.fullmatch(fm.group(0)):
        # "Twenty-three villagers abducted from Kware last month have been released": the main verb counts
        mm = _MAIN_VERB.search(after, fm.end(), min(len(after), fm.end() + 100))
        if mm and not _REL_GAP.search(after, fm.end(), mm.start()) and not L.SAY_RE.search(after, fm.end(), mm.start()):
            c.outcome, c.how = mm.lastgroup, "follow"
            c.cue_end = mm.end() + np_end
    if c.outcome is None and head not in L.INMATE_NOUNS and ("still" in after_lc or not after.isascii()) \
            and _STILL_HELD.match(after):
        c.outcome, c.how, c.state = "abducted", "follow", True  # "2 still held by Abu Sayyaf"
    if fm and _REL_START.match(after) and c.outcome is None:
        # "14 villagers who had been kidnapped last week were released": the main verb counts
        mm = _MAIN_VERB.search(after, fm.end(), min(len(after), fm.end() + 80))
        if mm and not _REL_GAP.search(after, fm.end(), mm.start()):
            c.outcome, c.how = mm.lastgroup, "follow"
            c.cue_end = mm.end() + np_end
    if c.outcome is None and fm and head is None and ofref is None and fm.group(0).split()[-1].lower() in S.WEAK_CUES \
            and not _people_context(r.lc[u.start:u.end]):
        return None  # "12 were released into the bath": a weak cue on a bare figure, no people in the sentence
    if c.outcome is None and fm:
        c.outcome, c.how = fm.lastgroup, "follow"
        c.cue_end = fm.end() + np_end
        c.state = bool(L.STATE_CUES.search(fm.group(0)))
        rest = after[fm.end():]
        m2 = _OR_CUE.match(rest)
        if m2 and m2.lastgroup != c.outcome:
            if f.is_zero:
                c.second_outcome = m2.lastgroup
            elif not fm.group(0).strip().endswith(("wounded", "injured")) or m2.lastgroup != "killed":
                return None
            else:
                return None
    if c.outcome is None and adj and head != "others" and not (ofref == "the" and _SCAN_RE.search(after_lc, 0, 100)):
        # "20 of the wounded" names a part of the wounded, unless a verb follows ("one of the injured has died")
        c.outcome, c.how = adj, "adj"
    if c.outcome is None and head in L.NOUN_OUTCOME:
        if not _rx.search(r"\b(?:identified|named|interviewed)\s+(?:\w+\s+)?$", pre, re.I):
            c.outcome, c.how = L.NOUN_OUTCOME[head], "noun"
    if c.outcome is None:
        lpre = pre.lower()
        nm = L.NUMBER_OF_SCAN.search(lp) if _has_any(lpre, _PRE_KEYS) else None
        if nm and not _rx.search(r"\b(?:including|among)\b", nm.group(0), re.I):
            what = nm.group(0)
            om = L.OUTCOME_NOUN_RE.search(what)
            if om:
                c.outcome = om.lastgroup
            elif _rx.search(r"\btoll\b", nm.group(0), re.I) and not _rx.search(r"\b(?:injur|wound)", nm.group(0), re.I):
                c.outcome = "killed"
            if c.outcome:
                c.how = "toll"
                c.toll_what = what[:80]
    if c.outcome is None:
        lm = _LABEL_RE.match(nt[u.start:f.start]) if f.start - u.start < 80 else None
        if lm:
            om = L.OUTCOME_NOUN_RE.search(lm.group("label"))
            if om and _rx.fullmatch(r"[\w ]{0,12}?\b(?:killed|dead|deaths|injured|wounded|missing|abducted|kidnapped|"
                                   r"displaced|arrested|detained|captured|released|freed|escaped|rescued|hostages)\b",
                                   lm.group("label").strip(), re.I):
                c.outcome, c.how = om.lastgroup, "label"
    if c.outcome is None:
        am0 = _ADJ_PAREN.search(pre[-45:]) if lpre.endswith("(") or lpre.rstrip().endswith("(") else None
        if am0:
            c.outcome, c.how = L.ADJ_OUTCOME.get(am0.group(1).lower()), "paren"
    if c.outcome is None and not L.SAY_RE.match(after.lstrip(" ,\"'")):
        stop = _SCAN_STOP.search(after)
        window = after[: stop.start() if stop else 120][:120]
        wlc = r.lc[np_end:np_end + len(window)]
        nxt = _FIGURE_LC.search(wlc)
        while nxt and ((_PREP_END.search(wlc, 0, nxt.start()) and not _PERSON_NEXT.match(wlc, nxt.end()))
                       or L.reject_suffix(wlc[nxt.end():nxt.end() + 40]) or _AGED_END.search(wlc, 0, nxt.start())
                       or (_AGE_NAME_END.search(window, 0, nxt.start()) and _rx.match(r"\d{1,2}\s*[,)]", window[nxt.start():]))):
            nxt = _FIGURE_LC.search(wlc, nxt.end())  # "residents of the two villages ... have fled": not a subject
        if nxt:
            window = window[: nxt.start()]
        # the case-insensitive scan is ~3x slower than the same pattern on lower-cased text, which is equivalent
        # on ASCII text (IGNORECASE also folds a few non-ASCII letters such as the long s)
        scan = _SCAN_LC.finditer(after_lc[:len(window)]) if window.isascii() else _SCAN_RE.finditer(window)
        for sm in scan:
            if _ACTIVE_PERFECT.search(window[: sm.start()]) and sm.group(0).lower() not in _INTRANSITIVE \
                    and sm.lastgroup not in ("displaced", "escaped", "missing"):
                continue  # "had killed": the figure did it; but "have fled", "had died" happened to it
            if _active(window[max(0, sm.start() - 20): sm.end()], window[sm.end():]):
                continue
            c.outcome, c.how = sm.lastgroup, "scan"
            c.cue_end = np_end + sm.end()
            c.state = bool(L.STATE_CUES.search(window[max(0, sm.start() - 12): sm.end()]))
            if f.is_zero:  # "None of the passengers were killed or wounded": zero for both outcomes
                m2 = _OR_CUE.match(window[sm.end():])
                if m2 and m2.lastgroup != c.outcome:
                    c.second_outcome = m2.lastgroup
            break
    if c.outcome is None and (c.ofref in ("them", "whom") or head is None) and L.SAY_RE.match(after.lstrip(" ,\"'")):
        return None
    if f.is_zero and c.how in ("noun", "among", "adj"):
        return None  # "none of the victims were soldiers": a zero needs a stated outcome ("none ... were killed")
    if c.outcome == "displaced" and head in L.INMATE_NOUNS:
        c.outcome = "escaped"  # inmates who flee a prison break out of it, they are not displaced
    # ---- relations to other figures
    if "from" in lp[-12:] and _FROM_RE.search(pre[-12:]) and any(ch.isdigit() for ch in pre[-60:]):
        c.is_from = True
    am = _DEAD_INCL.search(pre_s) if ("includ" in lpre or " were" in lpre or " are" in lpre or "compris" in lpre
                                      or "among" in lpre) else None
    if am:
        om = L.OUTCOME_NOUN_RE.search(am.group("what"))
        c.among = om.lastgroup if om else "killed"
    else:
        am2 = _AMONG_RE.search(pre[-80:]) if ("among" in lpre or "of the" in lpre or "of those" in lpre) else None
        if am2 and (_rx.match(r"\s*among", pre[-80:][am2.start():], re.I) or (
                am2.group(0).rstrip().endswith(",") and _rx.match(r"\s*of\s+(?:the|those)\b", pre[-80:][am2.start():], re.I))):
            om = L.OUTCOME_NOUN_RE.search(am2.group("what"))
            if om:
                c.among = om.lastgroup
            elif am2.group("what").strip().lower() in ("them", "whom") and c.ofref is None:
                c.ofref = "them"  # "Among them are 12 children": a part of the figure before
                if c.outcome is None:
                    c.outcome_from = "previous"
    if ("other" in lpre[-24:] or "remaining" in lpre[-24:]) and _OTHER_RE.search(pre[-24:]):
        c.other = True
    if ofref == "the" and head in L.NOUN_OUTCOME and not c.among and not adj and not _NOT_OUTCOME_VERB.search(lp[-30:]):
        c.among = L.NOUN_OUTCOME[head]  # "eight of the captives"
    if ofref == "the" and adj and not c.among:
        c.among = adj  # "20 of the wounded": a part of an earlier wounded total
    if c.outcome is None and not c.among:
        am3 = _APPOS_LEAD.search(lp[-60:])
        if am3 and L.ADJ_OUTCOME.get(am3.group("adj")):
            c.among = L.ADJ_OUTCOME[am3.group("adj")]  # "the freed captives, 17 women and six children,"
    if c.outcome is None and c.among:
        c.outcome, c.how = c.among, "among"
    if c.outcome is None and _FIGURE_REF.search(lp[-40:]):
        c.outcome_from = "unit"  # "reported 'about 15 dead', revised its own figure up to 31"
    if head is None:
        pn = _PRED_NOUN.match(after)
        if pn and pn.group("n").lower() in L.PERSON_NOUNS:
            c.pred_noun = pn.group("n").lower()  # "seven were women", "18 of them were children"
            if c.outcome is None and ofref in ("them", "whom"):
                c.outcome_from = "previous"
    # ---- actors and nationality inside the noun phrase
    ext = np_end
    if head in L.FIGHTER_NOUNS or head in L.GENERIC_NOUNS or head in L.INMATE_NOUNS or head in L.SUSPECT_NOUNS or head is None:
        m3 = _OF_EXT.match(nt, np_end, u.end)
        if m3:
            ext = m3.end()
    for m in r.doc.mentions.between(f.start, max(ext, np_end)):
        if m.entry.type == "actor" and c.np_actor is None and m.entry.kind != "parent":
            c.np_actor = m.entry.name
        elif m.entry.type == "source" and c.np_actor is None and "{country}" in m.entry.name \
                and _STATE_FORCE.search(m.entry.name):
            c.np_actor = r.doc.resolve(m, u)  # "15 members of the Indonesian military"
        elif m.entry.type in ("demonym", "country") and c.nationality is None:
            c.nationality = m.entry.name
    c.party_text = r.text[f.start:max(ext, np_end)].strip()
    c.ext_end = max(ext, np_end)
    return c


def _active(cue_text: str, rest: str) -> bool:
    """A transitive cue with an object and no passive auxiliary: the figure is the agent ("who had seized the wing")."""
    words = cue_text.strip().split()
    last = words[-1].lower() if words else ""
    if last in _INTRANSITIVE or _PASSIVE.search(cue_text):
        return False
    return bool(_OBJECT.match(rest))


# ------------------------------------------------------------------ party
def assign_party(r: Report, c: Cand, inherit: Cand | None, ui: int, speaker: str | None) -> None:
    head = c.bodies_of or c.head or c.pred_noun
    if head is None and c.ofref in ("them", "whom") and inherit is None:
        head = _antecedent(r, c, ui)  # "ambushed a bus carrying Syrian soldiers, killing 19 of them"
    if head is None and c.ofref is None and c.outcome == "captured" and inherit is None:
        # "arrested a number of attackers, and has also captured 27 in Raqqa": the bare figure counts the same people
        u = r.units[ui]
        rm = _CAPTURE_REF.search(r.lc, max(u.start, c.fig.start - 160), c.fig.start)
        if rm and rm.group("n") in L.PERSON_NOUNS and rm.group("n") not in L.GENERIC_NOUNS:
            head = rm.group("n")
            for m in r.doc.mentions.between(rm.start(), rm.end()):
                if m.entry.type == "actor" and m.entry.kind != "parent":
                    c.np_actor = c.np_actor or m.entry.name
    if head in ("members", "member") and _rx.search(r"\b(?:family|families|household|community|congregation|public)\b",
                                                  c.party_text, re.I):
        head = "civilians"
    if c.mixed:
        c.party, c.role = "all", None
        return
    tw = c.toll_what
    if head is None and _rx.search(r"\bcivilian", tw, re.I):
        c.party = "civilians"
        return
    doc = r.doc
    role = None
    party = None
    if head in L.CIVILIAN_NOUNS:
        party, role = "civilians", L.CIVILIAN_NOUNS[head]
    elif c.ofref in ("their", "its") and (owner := _possessor(r, c, ui)):
        party = owner  # "the militants evacuated 20 of their wounded": the clause's subject
    elif (c.ofref in ("our", "us", "their", "its") or c.first_person) and (
            own := speaker or _own_side(r, )):
        party = own
    elif c.np_actor and head not in L.CIVILIAN_NOUNS:
        party = c.np_actor
        if party == "UN peacekeepers" and c.nationality and doc.demonym(c.nationality):
            party = f"{doc.demonym(c.nationality)} peacekeepers"  # "five Russian peacekeepers" are not the UN's
        if head in L.FIGHTER_NOUNS and head not in ("members", "member", "fighters", "fighter"):
            role = head
        elif head in L.GUARD_NOUNS:
            role = _staff_role(c, head)
    elif head in L.SOLDIER_NOUNS or (head in ("officers", "officer") and "police" not in c.party_text.lower()
                                      and not r.has_police):
        ctry = c.nationality or doc.country
        dem = doc.demonym(ctry)
        party = f"{dem} {doc.g.countries.get(ctry, {}).get('forces', 'army')}" if dem else "army"
    elif head in L.POLICE_NOUNS:
        dem = doc.demonym(c.nationality or doc.country)
        party = f"{dem} police" if dem else "police"
    elif head in L.GUARD_NOUNS:
        # staff of a facility belong to whoever runs it ("the SDF-run jail"), else to a force giving the figure
        sp = speaker if speaker and doc.g.actor_kind.get(speaker) in ("force", "state") else None
        party, role = _runner(r, ui) or sp or "security forces", _staff_role(c, head)
    elif head in L.INMATE_NOUNS:
        party, role = doc.held_group or "unknown", head
    elif head in L.SUSPECT_NOUNS:
        party, role = "unknown", "suspects"
    elif head in L.OFFICIAL_NOUNS:
        party = "officials"
    elif head in L.FIGHTER_NOUNS:
        if head in ("mercenaries",):
            party = "foreign fighters"
        else:
            party = doc.group or "unknown"
            if head in ("attackers", "attacker", "assailants", "gunmen", "kidnappers", "raiders"):
                role = "attackers"
    if party is None and inherit is not None and (head in (None, "others", "more") or c.ofref in ("them", "whom")):
        party = inherit.party
        role = role or inherit.role
    if party is None and c.part_of is not None and head is not None and head not in L.PERSON_NOUNS:
        party = c.part_of.party  # a part named by a word we do not know ("among them two walis"): the total's people
    if party is None and c.ofref in ("them", "whom"):
        # "struck caves used by Islamic State militants ..., killing nine of them": the group named before
        u = r.units[ui]
        acts = [m for m in doc.mentions.between(u.start, c.fig.start) if m.entry.type == "actor" and m.entry.kind != "parent"]
        if acts:
            party = acts[-1].entry.name
    if party is None:
        if c.outcome in ("abducted", "displaced"):
            party = "civilians"
        elif c.outcome == "captured" and head in (None, "people", "persons", "individuals", "men"):
            party = "unknown"
        else:
            party = "all"
    if party == "all" and head in ("people", "persons", None) and c.part_of is not None and c.part_of.party == "civilians":
        party = "civilians"  # "19 civilians, including ... three elderly people"
    c.party, c.role = party, role or c.role


# ------------------------------------------------------------------ attribution
def _subject(r: Report, u: Unit, vpos: int) -> tuple[Mention | None, bool, str]:
    """Who speaks for a reporting verb at vpos: (mention, anaphoric, subject text)."""
    nt = r.ntext
    before = nt[u.start:vpos]
    if before.rstrip().endswith(","):  # the pattern ends in ",\s*$"
        before = _rx.sub(r",\s*(?:who|which|whose|speaking|reached|asking|also\s+known|known|citing|a\s+\w+\s+that)"
                        r"[^,]*,\s*$", " ", before)
    tb = before[-25:]
    ta = _TAIL_ADVERB.search(before, max(0, len(before) - 24)) if (
        not tb.isascii() or tb.rstrip().lower().endswith(_TAIL_WORDS)) else None
    if ta:
        before = before[:ta.start()] + " "  # "The governor, Ivan Fedorov, now says"
    segs = [m.start() for m in _SEG_BREAK.finditer(before)]
    for k in range(len(segs), -1, -1):
        a = segs[k - 1] + 1 if k > 0 else 0
        b = segs[k] if k < len(segs) else len(before)
        text = before[a:b]
        if k == len(segs) and segs and (not text.strip() or _AUX_ONLY.fullmatch(text)):
            continue  # ", said X" or "X, said" -> look at the previous segment, then after the verb
        if k > 0 and _WHO_WHICH.match(text):
            continue  # relative clause: the antecedent speaks
        if 0 < k < len(segs) and _APPOSITIVE.match(text):
            continue  # "The ADF, one of the main armed groups in the region, said": the name before speaks
        ms = [x for x in r.doc.mentions.between(u.start + a, u.start + b) if x.entry.type in ("source", "actor")
              and not any(sa <= x.start < sb for sa, sb in r._spans)]
        if ms:
            return _pick(ms, u.start + a, first=True, nt=nt), False, text
        nm = _PERSON_NAME.match(text)
        if nm:
            known = known_people(r).get(nm.group("last"))
            if known is not None:
                return known, False, text  # "Fedorov says", after "The regional governor, Ivan Fedorov"
            if k > 0 and k < len(segs):
                continue  # "..., the official, Abdullahi Nur, told reporters": the appositive name, then its title
        if k == len(segs):
            if L.ANAPHOR_RE.search(text[-80:]) or _rx.search(r"\bone\s+of\s+them\s*$", text):
                return None, True, text
            return None, False, text
        break
    return None, False, ""


def known_people(r: Report) -> dict[str, Mention]:
    """Surnames of people the report introduces with a source title ("Police spokesman Yazid Abubakar", "the regional
    governor, Ivan Fedorov"), so a later "Abubakar said" / "Fedorov says" resolves to that source."""
    if r._people is None:
        r._people = {}
        for m in r.doc.mentions.items:
            if m.entry.type in ("source", "actor") and m.entry.name != "wire":
                pm = _NAME_AFTER_TITLE.match(r.ntext, m.end, m.end + 60)
                if pm and pm.group("last").lower() not in _NOT_SURNAMES:
                    r._people.setdefault(pm.group("last"), m)
                # "Fernanda Lopes, a public defender who ...": the title after the name
                pb = _NAME_BEFORE_TITLE.search(r.ntext, max(0, m.start - 70), m.start)
                if pb and pb.group("last").lower() not in _NOT_SURNAMES:
                    r._people.setdefault(pb.group("last"), m)
    return r._people


def _headline_noun(r: Report, subj: str, u: Unit) -> Mention | None:
    """A headline's "..., ministry says": the body names which ministry (the first source whose name ends so)."""
    wm = _GENERIC_SPEAKER.search(subj)
    if not wm:
        return None
    w = wm.group(1).lower()
    for m in r.doc.mentions.items:
        if m.start >= u.end and m.entry.type in ("source", "actor") and m.entry.name != "wire" \
                and m.text.lower().rstrip("s").endswith(w.rstrip("s")):
            return m
    return None


def reporting_cues(r: Report, ui: int, last, spans=()) -> list[tuple]:
    """(verb position, source, statement date, is_citing, date start) for each reporting cue in a unit."""
    u = r.units[ui]
    nt = r.ntext
    doc = r.doc
    out: list[tuple] = []
    r._spans = spans
    dates = [d for d in r.unit_dates(ui) if d.date is not None and not r.dateline(u, d)]
    for m in r._say.within(u.start, u.end):
        vs = m.start("v")  # the verb (the scan's match may start a character before it)
        v = " ".join(m.group("v").split())
        src: str | None = None
        pk = None
        citing = v in ("citing", "cited", "quoting", "quoted")
        anaphor = False
        subj = ""
        if v in ("according to", "citing", "cited", "given by", "issued by", "quoting", "quoted"):
            seg = nt[m.end():min(u.end, m.end() + 90)]
            stop = _rx.search(r";|[.!?](?=\s+[A-Z]|\s*$)|,\s*(?:which|who|as|and|but)\b", seg)
            ms = r.doc.mentions.between(m.end(), m.end() + (stop.start() if stop else len(seg)))
            pk = _pick(ms, m.end(), nt=nt)
            if pk is None and _SAME_SOURCE.match(seg):
                anaphor = True  # "according to the same office", "according to the ministry" named before
        elif (v in ("saying", "adding", "insisting", "claiming", "confirming", "estimating", "telling", "reporting",
                    "announcing") or ("and" in nt[max(u.start, vs - 5):vs] and _rx.search(
                        r"\band\s+$", nt[max(u.start, vs - 5):vs]))) and out:
            src = out[-1][1]
        else:
            pk, anaphor, subj = _subject(r, u, vs)
            if pk is None and u.title:
                pk = _headline_noun(r, subj, u)
                anaphor = anaphor and pk is None
            if pk is None and not anaphor:
                before = nt[u.start:vs].rstrip()
                if not before or before[-1] in ",\"'\u201d" or before.endswith(("\u2014", ":")):
                    seg = nt[m.end():min(u.end, m.end() + 90)]
                    stop = _rx.search(r"[.;,]", seg)
                    ms2 = r.doc.mentions.between(m.end(), m.end() + (stop.start() if stop else len(seg)))
                    pk = _pick(ms2, m.end(), nt=nt)
                    am = _NAME_APPOS.match(seg) if pk is None else None
                    if am:  # "said Abdirahman Ali, a district official" / "says Ahmad Radwan, spokesman for X"
                        known = known_people(r).get(am.group("last"))
                        pk = known or _pick(r.doc.mentions.between(m.end() + am.start("title"),
                                                                      m.end() + am.end("title")), m.end(), nt=nt)
                    if pk is None:
                        anaphor = bool(L.ANAPHOR_RE.search(" " + seg[:50].split(",")[0].split(" in ")[0] + " "))
        if pk is not None:
            src = doc.resolve(pk, u)
            if src == "officials":
                sm = _rx.search(r"\b(?:in|of)\s+([A-Z][\w-]+)\s+state\b", nt[max(u.start, pk.start - 5):pk.end + 40])
                if sm and any(x.entry.type == "place" and x.entry.kind == "region"
                              for x in r.doc.mentions.between(max(u.start, pk.start - 5), pk.end + 40)):
                    src = f"{sm.group(1)} government"
        if src is None and pk is None and subj:
            cm = [x for x in r.doc.mentions.between(u.start, vs) if x.entry.type == "country"]
            if cm and _rx.fullmatch(r"[\W\s]*", subj.lower().replace(cm[-1].text.lower(), "")):
                src, anaphor = doc.government(cm[-1].entry.name), False  # "Niger says 23 soldiers killed"
        sdate = None
        sstart = None
        for d in dates:
            if m.end() <= d.start <= m.end() + 45 and (_SDATE_AFTER.fullmatch(nt, m.end(), d.start) or not (
                    _SDATE_GAP.search(nt, m.end(), d.start) or _SDATE_VERB.search(nt, m.end(), d.start))):
                sdate, sstart = d.date, d.start
                break
            if vs - 26 <= d.end <= vs and not _SDATE_GAP2.search(nt, d.end, vs):
                sdate, sstart = d.date, d.start
                break
        if anaphor and pk is None and _REPORT_NOUN_END.search(subj or ""):
            src = _report_source(r, u.start) or last[0]
        elif anaphor:
            src = out[-1][1] if out and out[-1][1] else last[0]  # "X told reporters that ..., he said, ...": X
            if r.last_ministry and _rx.search(r"ministry", nt[max(u.start, vs - 40):vs], re.I) \
                    and not (src and "Ministry" in src):
                src = r.last_ministry
            ctx = nt[max(u.start, vs - 30):m.end() + 30]
            if _rx.search(r"(?i)\b(?:he|she|it|they)\s*$", nt[max(u.start, vs - 12):vs]) or _rx.search(
                    r"same\s+statement", ctx, re.I):
                sdate = sdate or last[1]
        elif src is not None and src == last[0] and sdate is None:
            sdate = last[1]
        if src == "wire" or (src is None and not anaphor):
            continue
        out.append((vs, src, sdate, citing, sstart))
        if src and "Ministry" in src:
            r.last_ministry = src
    # possessive sources: "SOHR's count", "the ministry's toll"
    for x in r.doc.mentions.between(u.start, u.end):
        # (the pattern starts with a literal apostrophe: test it before slicing the rest of the unit)
        if nt.startswith("'", x.end) and x.entry.type in ("source", "actor") and x.entry.name != "wire" \
                and L.POSSESSIVE_SOURCE_RE.match(nt[x.end:u.end]):
            out.append((x.start, doc.resolve(x, u), None, False, None))
    if not out and u.title:
        line = nt[u.start:u.end].rstrip(" \"'")
        tm = _rx.search(r"(?:\s[-\u2013\u2014]\s*|:\s*)(?P<src>[^,:\d\u2013\u2014-]{2,50}?)\s*$", line)
        if tm and len(tm.group("src").split()) <= 5:
            ms = r.doc.mentions.between(u.start + tm.start("src"), u.start + tm.end("src"))
            pk = _pick(ms, u.start + tm.start("src"), nt=nt)
            if pk and _title_source(nt[u.start + tm.start("src"):u.start + tm.end("src")], pk.start - u.start - tm.start("src"),
                                    pk.end - pk.start):
                out.append((u.start + tm.start("src"), doc.resolve(pk, u), None, False, None))
        lead = _rx.match(r"^\s*(?:title:\s*[\"']?)?([^:\d]{2,40}):\s", nt[u.start:u.end])
        if not out and lead:
            ms = [x for x in r.doc.mentions.between(u.start + lead.start(1), u.start + lead.end(1))
                  if x.entry.type == "source"]
            pk = _pick(ms, u.start, nt=nt)
            if pk:
                out.append((u.start, doc.resolve(pk, u), None, False, None))
    if not out:
        for x in r.doc.mentions.between(u.start, u.end):
            if any(a <= x.start < b for a, b in spans):
                continue
            if x.entry.type == "source" and x.entry.name != "wire" and (
                    _VERBISH.match(nt[x.end:u.end]) or _rx.search(r"\bfrom\s+(?:the\s+)?$", nt[max(u.start, x.start - 12):x.start])
                    and nt[x.end:x.end + 2].startswith(":")):
                out.append((x.start, doc.resolve(x, u), None, False, None))
                break
    return out


def _report_source(r: Report, pos: int) -> str | None:
    """Whose report "the report" / "the account" refers to: the source named next to the latest such noun before pos
    ("According to the Associated Press account of ...", "a UN report published on Monday")."""
    lo = max(0, pos - 3000)
    hits = list(_REPORT_NOUN.finditer(r.lc, lo, pos))
    for h in reversed(hits[-6:]):
        near = [m for m in r.doc.mentions.between(max(lo, h.start() - 60), min(pos, h.end() + 25))
                if m.entry.type in ("source", "actor")]
        if not near:
            continue
        m = min(near, key=lambda m: abs(m.end - h.start()))
        if m.entry.name == "wire":
            return r.doc.g.wire_canonical.get(m.text.lower())
        return r.doc.resolve(m)
    return None


# ------------------------------------------------------------------ main
@dataclass(slots=True)
class Table:
    """A text table being read, row by row."""

    line: int  # line of the last row read
    col: int | None  # the column that counts people
    outcome: str | None  # the outcome its caption or heading names
    spaced: bool  # columns aligned with spaces (not pipes)
    generic_col: bool  # the people column is a bare "Number" / "Total"
    ocols: list  # (column, outcome) of columns named by an outcome ("Killed | Injured")
    rows: list = field(default_factory=list)
    total: Cand | None = None
    parts: dict = field(default_factory=dict)  # outcome -> row claims of an outcome column, before its total row


@dataclass(slots=True)
class Flow:
    """What the reading of one unit hands to the next ones (the report is read in order, once)."""

    found: list[Cand] = field(default_factory=list)  # claims of the units read so far
    last_src: tuple = (None, None)  # (source, statement date) last named: a quotation that goes on speaks for it
    lead_src: str | None = None  # the source a lead line names ("... gave the following figures:"), for its bullets
    live_src: tuple | None = None  # the source of a live-blog entry, for the entry's later lines
    lead_parts_outcome: str | None = None  # outcome of a breakdown lead ("The dead were:"), for the lines under it
    lead_total_unit: int = -1  # the unit of that lead
    table: Table | None = None
    prev_unit_line: int = -1


def run(r: Report) -> list[Cand]:
    """The stages, in the order they read each unit (sentence, line or table row) of the report."""
    fl = Flow()
    for ui, u in enumerate(r.units):
        if u.signature:
            fl.last_src = (None, None)
            continue
        dates = r.unit_dates(ui)
        cands = candidates(r, ui)  # figures, their noun phrase and outcome cue (figures)
        cands = read_table(r, ui, cands, fl)  # a table row's figures instead (tables)
        note_anchor(r, dates)  # (asof)
        outcomes_by_coordination(r, cands)  # (parts)
        parts_within_unit(r, ui, cands, fl)  # (parts)
        cands = with_outcome(cands)
        attribute(r, ui, cands, dates, fl)  # sources and dates (speakers, asof)
        fl.found.extend(cands)
    found = fl.found
    parts_across_units(r, found)  # (parts)
    lead_part_sources(found)  # (speakers)
    assign_parties(r, found)  # (party)
    return found


def read_table(r: Report, ui: int, cands: list[Cand], fl: Flow) -> list[Cand]:
    """A row of a text table ("a | b | c", or columns aligned with spaces): its figures instead of the sentence's."""
    u = r.units[ui]
    units = r.units
    nt = r.ntext
    utext = nt[u.start:u.end]
    table = fl.table
    continuing = table is not None and table.line == fl.prev_unit_line
    grid = _table_cells(utext, continuing and table.spaced)
    if grid is not None and continuing and grid[2] != table.spaced:
        continuing = False  # a pipe row after a spaced table (or the reverse) starts another table
    if grid is not None and grid[2] and not continuing and not _spaced_header(r, ui, grid[0]):
        grid = None  # columns aligned with spaces start a table only under a header row naming a people column
    if grid is not None:
        cells, cell_offsets, spaced = grid
        if not continuing:
            hdr_out = None
            k = ui - 1
            while k >= 0 and k >= ui - 3:
                if units[k].para != u.para and units[k].end - units[k].start > 80:
                    break  # a caption or heading names the table's outcome, a sentence of an earlier paragraph does not
                om = L.OUTCOME_NOUN_RE.search(nt[units[k].start:units[k].end])
                if om:
                    hdr_out = om.lastgroup
                    break
                k -= 1
            col = None
            for j, cell in enumerate(cells):
                if _PEOPLE_COL.search(cell):
                    col = j
                    break
            table = fl.table = Table(
                line=u.line, col=col, outcome=hdr_out, spaced=spaced,
                generic_col=col is None or _rx.fullmatch(r"\W*(?:number|no\.?|count|total)\W*", cells[col], re.I) is not None,
                # columns named by an outcome ("Killed | Injured"): one claim per such cell of a row
                ocols=[(j, L.OUTCOME_NOUN_RE.search(x).lastgroup) for j, x in enumerate(cells) if _OUTCOME_COL.fullmatch(x)])
            if len(table.ocols) < 2:
                table.ocols = []  # one figure column: the caption or the column names the outcome, as before
            cands = []
        else:
            table.line = u.line
            cands = []
            col = table.col
            label = next((x for x in cells if x), "")
            row_out = L.OUTCOME_NOUN_RE.search(label) if _ROW_LABEL.match(label) else None
            # a row about things ("Houses destroyed") under a generic "Number" column; a column that names
            # people ("People", "IDPs") counts people whatever the row is ("Goma western sites")
            things = table.generic_col and any(w in L.NONPERSON_NOUNS for w in label.lower().split())
            for j, out in table.ocols:
                if j >= len(cells) or not cells[j]:
                    continue
                end = u.start + (cell_offsets[j + 1] if j + 1 < len(cell_offsets) else len(utext))
                mm = FIGURE_RE.search(nt, u.start + cell_offsets[j], end)
                f = parse_figure(mm) if mm else None
                if f is None:
                    continue
                c = Cand(f, ui, (f.start, f.end), outcome=out, how="table")
                c.party = "civilians" if out == "displaced" else "all"
                c.party_text = label
                if _rx.match(r"total\b", label, re.I):
                    for row in table.parts.get(out, []):
                        row.part_of = c
                else:
                    table.parts.setdefault(out, []).append(c)
                cands.append(c)
            if not table.ocols and col is not None and col < len(cells) and table.outcome and not row_out \
                    and not things:
                mm = FIGURE_RE.search(nt, u.start + cell_offsets[col], u.end)
                f = parse_figure(mm) if mm else None
                if f is not None:
                    c = Cand(f, ui, (f.start, f.end), outcome=table.outcome, how="table")
                    c.party = "civilians" if table.outcome == "displaced" else "all"
                    c.party_text = cells[0]
                    if _rx.match(r"total\b", cells[0], re.I):
                        table.total = c
                        for row in table.rows:
                            row.part_of = c
                    else:
                        table.rows.append(c)
                    cands = [c]
            if not cands and row_out:
                om = L.OUTCOME_NOUN_RE.search(label)
                after_label = nt.find(label, u.start, u.end) + len(label)
                mm = FIGURE_RE.search(nt, after_label, u.end)
                f = parse_figure(mm) if (mm and om) else None
                if f is not None:
                    c = Cand(f, ui, (f.start, f.end), outcome=om.lastgroup, how="table")
                    c.party = "civilians" if om.lastgroup == "displaced" else "all"
                    c.party_text = label
                    cands = [c]
        fl.prev_unit_line = u.line
    else:
        fl.prev_unit_line = u.line
    return cands


def note_anchor(r: Report, dates: list) -> None:
    """The latest absolute date read so far anchors the relative dates after it ("on Monday")."""
    for d in dates:
        if d.kind == "abs" and d.date:
            r.anchor = d.date


def outcomes_by_coordination(r: Report, cands: list[Cand]) -> None:
    """A figure with no cue of its own takes its neighbour's: "kidnapped 121 students and two teachers"."""
    nt = r.ntext
    for i, c in enumerate(cands):
        if c.outcome is None and i > 0:
            p = cands[i - 1]
            among_lead = p.how == "among" or (p.how == "adj" and p.ofref == "the")  # "Four of the dead were ..."
            if p.outcome and p.how in ("pre", "among", "coord", "adj", "toll") and (
                    p.how != "adj" and (_COORD.match(nt[p.np_end:c.fig.start]) or _COORD.match(nt[p.ext_end:c.fig.start]))
                    or (among_lead and _WERE_NOUN_AND.match(nt[p.np_end:c.fig.start]))) and not c.among:
                c.outcome, c.how = p.outcome, "coord"
                if p.among or p.list_of:
                    c.list_of = p.list_of or p
    for i, c in enumerate(cands):
        if c.outcome is None and c.is_from and i > 0 and cands[i - 1].outcome:
            c.outcome, c.how = cands[i - 1].outcome, "from"  # "at least 37 killed ..., up from 22 a day earlier"
        if c.outcome is None and i > 0 and cands[i - 1].outcome and not c.among and _ALONG_WITH.search(
                nt, cands[i - 1].np_end, c.fig.start):
            c.outcome, c.how = cands[i - 1].outcome, "coord"  # "15 women were abducted, along with some 40 children"
    for i in range(len(cands) - 2, -1, -1):
        c, n = cands[i], cands[i + 1]
        if c.outcome is None and n.outcome and n.how in ("follow", "scan", "adj") and (_rx.match(
                r"^[\s,]*(?:and|or)?[\s,]*$", nt[c.np_end:n.fig.start], re.I) or _PARTICIPLE_AND.match(nt[c.np_end:n.fig.start])):
            c.outcome, c.how = n.outcome, "coord"


def parts_within_unit(r: Report, ui: int, cands: list[Cand], fl: Flow) -> None:
    """Parts of a total in the same sentence, breakdown lines under a lead, and outcomes a part shares with its total."""
    u = r.units[ui]
    units = r.units
    nt = r.ntext
    utext = nt[u.start:u.end]
    total: Cand | None = None
    in_list = False
    for i, c in enumerate(cands):
        if i > 0:
            p = cands[i - 1]
            gap = nt[p.np_end:c.fig.start]
            if _PART_LINK.match(gap) or _DASH_LINK.match(gap) or _LONG_LINK.match(gap):
                # "rose to 136 from 120, including 41 children": the parts belong to the new total
                k = i - 1
                while cands[k].is_from and k > 0:
                    k -= 1
                total = cands[k]
                c.part_of = total
                in_list = True
                continue
            if in_list and total is not None and (_rx.match(r"^[\s,]*(?:and|,)[\s,]*$", gap, re.I) or _rx.match(
                    r"^[\s,]*(?:and|,)[\s,]*$", nt[p.ext_end:c.fig.start], re.I)) and c.head != "others":
                c.part_of = total
                continue
            in_list = False
        if c.ofref in ("them", "whom") and c.part_of is None and i > 0 and ";" not in nt[cands[i - 1].fig.start:c.fig.start]:
            c.part_of = cands[i - 1]
    # "Of the 19 injured, seven ... and two ..."
    if cands and _OF_THE_LEAD.match(nt[u.start:cands[0].fig.start]):
        t0 = cands[0]
        for c in cands[1:]:
            if c.part_of is None:
                if c.outcome is None:
                    c.outcome, c.how = t0.outcome, "of-the"
                if c.outcome == t0.outcome:
                    c.part_of = t0
    # "Among the 24 victims were nine women"
    for i, c in enumerate(cands):
        if c.among and c.part_of is None and i > 0 and _rx.match(
                r"^\s*(?:were|are|was|is)\s*$|^[^.;]{0,40}\b(?:were|are)\s*$", nt[cands[i - 1].np_end:c.fig.start], re.I) \
                and _rx.search(r"\bamong\s+(?:the\s+)?$", nt[max(u.start, cands[i - 1].fig.start - 12):cands[i - 1].fig.start], re.I):
            c.part_of = cands[i - 1]
            if cands[i - 1].outcome is None:
                cands[i - 1].outcome = c.among
    # breakdown lines under a lead ("The death toll is distributed as follows:")
    if fl.lead_parts_outcome and (u.bullet or (ui > 0 and units[ui - 1].para == u.para)) and cands and ui != fl.lead_total_unit:
        c0 = cands[0]
        if c0.outcome is None:
            c0.outcome, c0.how = fl.lead_parts_outcome, "lead"
            c0.lead_part = True
        for c in cands:
            if c.part_of is None and c.outcome is None:
                c.outcome = fl.lead_parts_outcome
    # parts inherit the outcome of their total (and totals of their parts)
    for c in cands:
        if c.part_of is not None:
            t = c.part_of
            if t.outcome is None and c.outcome is not None:
                t.outcome, t.how = c.outcome, "from-part"
    for c in cands:
        if c.part_of is not None and c.outcome is None:
            c.outcome, c.how = c.part_of.outcome, "part"
        elif c.part_of is not None and c.part_of.outcome == "killed" and c.with_wounds:
            c.outcome = "killed"  # "three farmers killed, two of them with machete wounds": how they died
    if not u.bullet and not (fl.lead_parts_outcome and units[ui - 1].para == u.para):
        fl.lead_parts_outcome = None
    if utext.rstrip().endswith(":") and _LEAD_PARTS.search(utext):
        om = L.OUTCOME_NOUN_RE.search(utext)
        fl.lead_parts_outcome = om.lastgroup if om else ("killed" if _rx.search(r"toll", utext, re.I) else None)
        fl.lead_total_unit = ui
    for i, c in enumerate(cands):
        ref = c.outcome_from
        if c.outcome is not None or not ref:
            continue
        if ref == "unit":
            if i > 0 and cands[i - 1].outcome:
                c.outcome, c.how = cands[i - 1].outcome, "figure-ref"
        elif fl.found and ui - fl.found[-1].u <= 2 and units[fl.found[-1].u].para == u.para:
            c.outcome, c.how = fl.found[-1].outcome, "of-them"


def with_outcome(cands: list[Cand]) -> list[Cand]:
    """Only figures with an outcome are claims; a part of a dropped figure belongs to that figure's total."""
    keep = []
    for c in cands:
        if c.outcome is None:
            for d in cands:
                if d.part_of is c:
                    d.part_of = c.part_of
            continue
        keep.append(c)
    cands = keep
    return cands


def attribute(r: Report, ui: int, cands: list[Cand], dates: list, fl: Flow) -> None:
    """Who gives each figure (and when): the unit's reporting cues, else the lead, quotation or live entry they go on."""
    u = r.units[ui]
    units = r.units
    nt = r.ntext
    utext = nt[u.start:u.end]
    spans = [(c.fig.start, c.ext_end) for c in cands]
    cues = reporting_cues(r, ui, fl.last_src, spans) if (cands or r._say.within(u.start, u.end)) else []
    if not cues and u.bullet and fl.lead_src:
        cues = [(u.start, fl.lead_src, None, False, None)]
    if not cues and cands and _rx.match(r"^\s*[\"\u201c]", utext) and utext.count('"') % 2 == 1 and ui + 1 < len(units) \
            and units[ui + 1].para == u.para:
        cues = [(u.end, q[1], q[2], q[3], None) for q in reporting_cues(r, ui + 1, fl.last_src)]
    if not cues and cands and ui > 0 and fl.last_src[0] and units[ui - 1].para == u.para and _WHOLE_QUOTE.match(utext):
        cues = [(u.start, fl.last_src[0], fl.last_src[1], False, None)]  # a quotation that goes on after its speaker
    if not cues and cands and fl.live_src and units[ui - 1].line == u.line:
        cues = [(u.start, fl.live_src[0], fl.live_src[1], False, None)]
    from_zones = [(c.fig.start, c.np_end + 40) for c in cands if c.is_from]
    for c in cands:
        sdate = source_of(r, c, cues, ui, from_zones)
        date_of(r, c, sdate, cues, dates, ui, from_zones)
    explicit = [q for q in cues if q[1] and not any(a <= q[0] <= b for a, b in from_zones)]
    if explicit:
        fl.last_src = (explicit[0][1], explicit[0][2])
    if explicit and _LIVE_ENTRY.match(r.text[r.text.rfind("\n", 0, u.start) + 1:u.start + 12]):
        fl.live_src = fl.last_src
    elif units[ui - 1].line != u.line if ui else True:
        fl.live_src = None
    if not u.bullet:
        fl.lead_src = explicit[-1][1] if (explicit and utext.rstrip().endswith(":")) else None
        if fl.lead_src is None and utext.rstrip().endswith(":"):
            # "The region's ombudsman gave the following figures:": the source the lead names gives the list
            ms = [m for m in r.doc.mentions.between(u.start, u.end) if m.entry.type == "source"
                  and m.entry.name != "wire"]
            fl.lead_src = r.doc.resolve(ms[0], u) if ms else None


def lead_part_sources(found: list[Cand]) -> None:
    """A breakdown under "The dead were:" comes from whoever gave the total."""
    for c in found:
        if c.lead_part and c.source is None and c.part_of is not None and c.part_of.source:
            c.source = c.part_of.source  # a breakdown under "The dead were:" comes from whoever gave the total


def assign_parties(r: Report, found: list[Cand]) -> None:
    """Whose dead each figure counts, after parts are known (parts of "them" inherit the total's party)."""
    last_nonpart: dict[int, Cand] = {}
    for i, c in enumerate(found):
        inherit = c.part_of if c.ofref in ("them", "whom") or c.head is None and c.part_of else None
        if inherit is None and (c.head in (None, "others", "more")):
            if c.u in last_nonpart:
                inherit = last_nonpart[c.u]
            elif (c.head == "others" or c.other) and i > 0 and found[i - 1].u >= c.u - 2:
                inherit = found[i - 1]
        if c.party is None:
            assign_party(r, c, inherit, c.u, _speaker_actor(r, c))
        if c.part_of is None:
            last_nonpart[c.u] = c



def _antecedent(r: Report, c: Cand, ui: int) -> str | None:
    """The people noun "them" stands for: the last one in the sentence before the figure, unless an armed group is
    named after it (that case is left to the group rule below). Sets the noun's nationality on the claim."""
    u = r.units[ui]
    lc = r.lc
    for w in reversed(list(_LOWER_WORD.finditer(lc, u.start, c.fig.start))):
        n = w.group()
        if n in L.PERSON_NOUNS and n not in ("others", "more", "dead", "members", "member"):
            if c.fig.start - w.end() < 30 and "," not in lc[w.end():c.fig.start] and L.PRE_SCAN.search(lc, w.end(), c.fig.start):
                continue  # "troops killed 9 of them": the troops did it, "them" are others
            if any(m.entry.type == "actor" for m in r.doc.mentions.between(w.end(), c.fig.start)):
                return None
            c.nationality = c.nationality or r.doc.country_of(max(u.start, w.start() - 25), w.start())
            return n
    return None


def _own_side(r: Report) -> str | None:
    """The party a report's own "our fighters" belong to: the issuer when it is an actor or a state force; a state
    body that is only a source (a ministry, a media cell) speaks for its country's security forces."""
    issuer = r.doc.issuer
    if issuer is None:
        return None
    if issuer in r.doc.g.actor_names or _STATE_FORCE.search(issuer):
        return issuer
    dem = r.doc.demonym(r.doc.country)
    return f"{dem} security forces" if dem else "security forces"


def _possessor(r: Report, c: Cand, ui: int) -> str | None:
    """Whose "their"/"its" figure this is when the clause names an armed group before it ("the militants took away
    20 of their dead"); None leaves it to the speaker ("the army said its losses were ...")."""
    u = r.units[ui]
    a = max(u.start, r.ntext.rfind(";", u.start, c.fig.start) + 1)
    acts = [m for m in r.doc.mentions.between(a, c.fig.start) if m.entry.type == "actor" and m.entry.kind == "armed_group"]
    if acts:
        return acts[-1].entry.name
    if _GROUP_SUBJECT.search(r.lc, a, c.fig.start):
        return r.doc.group or "unknown"
    return None


def _spaced_header(r: Report, ui: int, cells: list[str]) -> bool:
    """A header row of a space-aligned text table: word cells, one naming people, and a next line with as many cells."""
    if any(ch.isdigit() for cell in cells for ch in cell) or not any(_PEOPLE_COL.search(x) for x in cells):
        return False
    if ui + 1 >= len(r.units) or r.units[ui + 1].line != r.units[ui].line + 1:
        return False
    nxt = r.units[ui + 1]
    row = _table_cells(r.ntext[nxt.start:nxt.end], True)
    return row is not None and len(row[0]) == len(cells)


def _runner(r: Report, ui: int) -> str | None:
    """The actor the sentence, else its paragraph, names as running a facility ("SDF-run", "run by the army")."""
    u = r.units[ui]
    para = [v for v in r.units[max(0, ui - 8):ui + 8] if v.para == u.para]
    for a, b in ((u.start, u.end), (para[0].start, para[-1].end)):
        for m in r.doc.mentions.between(a, b):
            if m.entry.type == "actor" and m.entry.kind != "parent" and (
                    _RUN_AFTER.match(r.lc, m.end) or _RUN_BEFORE.search(r.lc[max(a, m.start - 30):m.start])):
                return m.entry.name
    return None


def _speaker_actor(r: Report, c: Cand) -> str | None:
    if c.source:
        for e in r.doc.g.ci.get(c.source.lower(), []) + r.doc.g.cs.get(c.source, []):
            if e.type == "actor":
                return e.name
        if _STATE_FORCE.search(c.source):
            return c.source  # "Philippine military" speaks for itself: its "we lost" is its own side
    return r.doc.issuer if r.doc.issuer in r.doc.g.actor_names else None


def source_of(r: Report, c: Cand, cues, ui: int, from_zones=()) -> dt.date | None:
    """Set the figure's source from the unit's cues (the nearest in its clause; a citing cue first; the issuer's own
    voice stays null) and return the statement date that goes with it."""
    u = r.units[ui]
    nt = r.ntext
    pos = c.fig.start
    src = None
    sdate = None
    own = cues if not from_zones or c.is_from else [q for q in cues if not any(a <= q[0] <= b for a, b in from_zones)]
    citing = [q for q in own if q[3]]
    if citing:
        src, sdate = citing[0][1], citing[0][2]
    elif own:
        near = own
        if len(own) > 1 and ";" in nt[u.start:u.end]:  # "Taliban officials say 19 were killed and 27 wounded; the UN
            a = nt.rfind(";", u.start, pos) + 1          # puts the toll at 24": a cue speaks for its own clause
            b = nt.find(";", pos, u.end)
            near = [q for q in own if a <= q[0] <= (b if b >= 0 else u.end)] or own
        q = min(near, key=lambda q: abs(q[0] - pos))
        src, sdate = q[1], q[2]
    if sdate is None and src is not None:
        sdate = next((q[2] for q in own if q[1] == src and q[2] is not None and q[0] < pos), None)
    issuer = r.doc.issuer
    if src is not None and issuer is not None and src == issuer:
        src = None
    c.source = src
    return sdate


def date_of(r: Report, c: Cand, sdate: dt.date | None, cues, dates, ui: int, from_zones=()) -> None:
    """Mark background figures (another or a wider event) and set as_of: the statement date, a date of the figure's
    clause, else the report's (or its post's) date."""
    u = r.units[ui]
    nt = r.ntext
    pos = c.fig.start
    ref = r.post_date.get(ui, r.pub)  # r.ref_date(ui)
    # background figures: another or a wider event
    if ui not in r._bg_cache:
        ul = r.lc[u.start:u.end]
        bg = L.BACKGROUND_SCAN.search(r.lc, u.start, u.end) if _has_any(ul, _BG_KEYS) else None
        flag = False
        if bg:
            years = [int(y) for y in L.YEAR_RE.findall(bg.group(0))]
            flag = not years or ref is None or min(years) < ref.year
        # a "Related:" / "Read more:" box lists other reports; "A week earlier, ..." opens another incident
        flag = flag or bool(_OTHER_EVENT.match(r.lc, u.start, u.end))
        r._bg_cache[ui] = flag
    c.background = r._bg_cache[ui]
    if c.background:
        c.as_of = None
        return
    statement_starts = {q[4] for q in cues if q[4] is not None}
    key = (ui, len(dates))
    if key not in r._usable_cache:
        r._usable_cache[key] = [d for d in dates if d.date is not None and d.kind != "range" and not r.dateline(u, d)
                                   and not _scoped(nt[max(u.start, d.start - 200):d.start])]
    usable = r._usable_cache[key]
    if c.is_from:
        after = [d for d in usable if c.np_end <= d.start <= c.np_end + 35]
        c.as_of = after[0].date if after else None
        return
    clause_a = max(nt.rfind(";", max(u.start, pos - 600), pos) + 1, u.start, pos - 600)
    sc = nt.find(";", pos, min(u.end, pos + 600))
    clause_b = sc if sc >= 0 else u.end
    local = None
    for d in usable:
        if _STATEMENT_DATE_PRE.search(nt[max(u.start, d.start - 40):d.start]) and clause_a <= d.start <= clause_b:
            local = d.date
    if sdate is None and local is not None:
        sdate = local
    if sdate is not None:
        c.as_of = sdate
        return
    tail = nt[c.np_end:min(clause_b, c.np_end + 150)]
    if c.state or ((not tail.isascii() or _has_any(tail.lower(), _STATE_KEYS)) and _STATE_AFTER.search(tail)):
        c.as_of = ref
        return
    ev = []
    for d in usable:
        if not (clause_a <= d.start <= clause_b) or d.start in statement_starts:
            continue
        if any(a <= d.start <= b for a, b in from_zones):
            continue  # "52 killed, up from 40 a day earlier": the day belongs to the earlier figure
        if d.start > pos and L.SAY_RE.search(nt[c.np_end:d.start]):
            continue
        ev.append(d)
    if ev:
        c.as_of = min(ev, key=lambda d: abs(d.start - pos)).date
        return
    c.as_of = ref


def parts_across_units(r: Report, cs: list[Cand]) -> None:
    """Parts whose total sits in an earlier unit: "the dead included", "four of them", "the other three"."""
    first_in_unit: dict[int, int] = {}
    for i, c in enumerate(cs):
        first_in_unit.setdefault(c.u, i)
    for i, c in enumerate(cs):
        if c.part_of is not None:
            continue
        want = None
        alone = first_in_unit[c.u] == i  # no earlier figure in the same sentence
        if c.among and alone:
            want = c.among
        elif c.ofref in ("them", "whom") and alone:
            want = c.outcome
        elif c.other:
            want = c.outcome
        elif c.lead_part:
            want = c.outcome
        elif c.list_of is not None:
            c.part_of = c.list_of.part_of
            continue
        elif c.of_n is not None:  # "Two of the four died": the four counted before
            c.part_of = next((t for t in reversed(cs[max(0, i - 30):i]) if t.fig.value == c.of_n
                              and c.u - t.u <= 12), None)
            continue
        if want is None:
            continue
        fits = []
        for j in range(i - 1, -1, -1):
            t = cs[j]
            if c.u - t.u > 12:
                break
            if t.outcome == want and t.part_of is None and not t.is_from and not t.lead_part \
                    and not r.units[t.u].title and not t.background:
                fits.append(t)
        if fits:
            # the nearest total, unless an earlier one comes from the same source as the part ("Among the dead were
            # 9 children, the hospital source said" belongs to the hospital's toll, not the government's)
            same = [t for t in fits if c.source and t.source == c.source]
            c.part_of = same[0] if same and fits[0].source != c.source else fits[0]


def extract(text: str, published: str | dt.date | None = None, report_id: str | None = None,
            language: str | None = None) -> list[Claim]:
    """All casualty claims of one report, in text order. Never raises on a str.

    The rules read English: `language` is the report's (detected here when not given); passages in a language they
    do not read are blanked first (same offsets), and a report with no English passage yields nothing."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        foreign = _lang.foreign_spans(text, language or _lang.detect(text))
    except Exception:  # pragma: no cover - a detector bug must not take the pipeline down: read it all
        if STRICT:
            raise
        foreign = []
    work = _lang.mask(text, foreign) if foreign else text
    if foreign and not work.strip():
        return []
    try:
        rid = report_id or report_id_for(text.encode("utf-8", "surrogatepass"))
    except Exception:  # pragma: no cover - exotic surrogates
        rid = report_id or report_id_for(text.encode("utf-8", "replace"))
    # The cyclic GC rescans every live object as a big report allocates, which makes time grow faster than
    # the text; nothing here builds reference cycles, so it is paused for the call.
    # The claims are built while it is still paused, and the working objects are dropped (by reference counting)
    # before it resumes: otherwise the first allocations after gc.enable() make it traverse all of them.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        try:
            ex = Report(work, published)
            cands = run(ex)
        except Exception:  # a rule bug must not take the pipeline down; the report yields no claims
            if STRICT:
                raise
            return []
        claims = _claims(text, rid, ex, cands)
        del ex, cands
        return claims
    finally:
        if gc_was_on:
            gc.enable()


def _claims(text: str, rid: str, ex: Report, cands: list[Cand]) -> list[Claim]:
    claims: list[Claim] = []
    index: dict[int, int] = {}
    out: list[tuple[Cand, str]] = []
    for c in cands:
        out.append((c, c.outcome))
        if c.fig.is_zero and c.second_outcome:
            out.append((c, c.second_outcome))
    for k, (c, _outcome) in enumerate(out):
        index.setdefault(id(c), k)
    for k, (c, outcome) in enumerate(out):
        u = ex.units[c.u]
        po = index.get(id(c.part_of)) if c.part_of is not None and c.part_of.outcome == outcome else None
        f = c.fig
        claims.append(Claim(
            report_id=rid, claim_index=k, sentence=text[u.start:u.end], span=(c.span[0], c.span[1]),
            outcome=outcome, party=c.party or "all", party_text=c.party_text or text[c.span[0]:c.span[1]],
            role=c.role, value_low=f.low, value_high=f.high, qualifier=f.qualifier, attributed_to=c.source,
            as_of=c.as_of.isoformat() if c.as_of else None, part_of=po,
            extra={"background": c.background, "cue": c.how, "earlier": c.is_from},
        ))
    return claims
