"""Dates per figure: the anchor for relative dates, background figures (another or a wider event), and as_of (the
statement's date, a date in the figure's clause, or the report's / post's date)."""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon as L
from .context import Report, _has_any
from .handoff import Cand

_STATEMENT_DATE_PRE = re.compile(
    r"(?:\b(?:by|as\s+of|as\s+at)\s+(?:the\s+(?:\w+\s+)?of\s+|late\s+|early\s+)?|\bstatement\s+(?:issued\s+|released\s+|"
    r"published\s+)?(?:late\s+|early\s+)?on\s+)$", re.IGNORECASE)
_SCOPE_RE = re.compile(r"(?:\b(?:since|after|before|until)\b|,\s*(?:where|when|which|who)\b)[^,;]*$|\b(?:from|between)\s+$", re.I)
_SCOPE_LC = re.compile(_SCOPE_RE.pattern)  # (its letters are lower-case: for lower-cased ASCII text)
_STATE_AFTER = re.compile(r"\bremain(?:s|ed)?\s+(?:in|held|missing|unaccounted|captive)|\bstill\s+(?:held|missing|being\s+held|"
                          r"in\s+captivity|unaccounted)|\bin\s+the\s+hands\s+of", re.I)
_SCOPE_KEYS = ("since", "after", "before", "until", "wh", "from", "between")  # every _SCOPE_RE match has one (ASCII)


def _scoped(s: str) -> bool:
    # (an ASCII text is searched lower-cased, by the same pattern without IGNORECASE: the same matches, ~3x faster)
    ascii_lc = s.lower() if s.isascii() else None
    if ascii_lc is not None and not _has_any(ascii_lc, _SCOPE_KEYS):
        return False
    # every _SCOPE_RE match starts at or after the last "," or ";" ([^,;]*$ follows its keyword; the ", where" branch
    # starts at that comma): search only from there (look-behinds and \b still see the character before)
    pos = max(s.rfind(","), s.rfind(";"), 0)
    return (_SCOPE_RE.search(s, pos) if ascii_lc is None else _SCOPE_LC.search(ascii_lc, pos)) is not None


_STATE_KEYS = ("remain", "still", "hands")  # every _STATE_AFTER match contains one (ASCII text)
_OTHER_EVENT = re.compile(
    r"\W*(?:<[^>]*>\s*)*(?:(?:related(?:\s+(?:stories|articles|coverage|news|reading))?|read\s+(?:more|also)|see\s+also|also\s+read|"
    r"more\s+on\s+this(?:\s+story)?)\s*(?:<[^>]*>\s*)*:|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|before)\s*,)")
# every BACKGROUND_RE match contains one of these (a year, "past", "last year", "conflict has killed", "years ago", ...)
_BG_KEYS = ("19", "20", "past", "last", "previous", "year", "conflict", "war", "insurgen", "crisis", "violence", "uprising",
            "similar", "between")


# the nouns that name an incident another sentence recalls (armed ones; and any kind, where the noun itself says so)
_ARMED_WORDS = "attack|assault|bombing|blast|massacre|raid|strike|ambush|shooting|explosion"
_ARMED = f"(?:{_ARMED_WORDS})"
_ANY_INCIDENT = f"(?:{_ARMED_WORDS}|incident|accident|fire|crash|collision|disaster|tragedy)"
_SINCE_INCIDENT = re.compile(rf"\bsince\s+(?:the|a|an|last)\s+(?:[\w-]+\s+){{0,3}}{_ARMED}s?\b[^.;]{{0,80}}?\b(?:in\s+which|"
                             r"that\s+killed|which\s+killed|that\s+left|which\s+left|when\s+\w+\s+(?:killed|died))\b")
# "only last month the group led an attack on peacekeepers, killing 54": an incident weeks before, named as another one
_LAST_MONTH = re.compile(r"\b(?:last|earlier\s+this)\s+month\b|\b(?:a\s+month|(?:two|three|several|a\s+few)\s+weeks)\s+ago\b")
_AN_INCIDENT = re.compile(rf"\b(?:an|another)\s+(?:[\w-]+\s+){{0,2}}{_ARMED}\b")
# "a U.S. strike on a fuel terminal" earlier this month: another incident only deep in the body (a follow-up's lead
# may recall its own incident so: "Earlier this month, a strike killed 74 people in ...")
_A_INCIDENT = re.compile(rf"\ba\s+(?:[\w.-]+\s+){{0,2}}{_ARMED}\b")
_BODY_UNIT = 5
# a gap of time before something: "occurred only days after", "comes months after a deadly accident"
_TIME_AFTER = (r"\b(?:came|comes|coming|occurred|occurs|happened|took\s+place|followed|follows)\s+(?:only\s+|just\s+|barely\s+|"
               r"less\s+than\s+|about\s+)?(?:(?:a|one|two|three|four|five|six|seven|several|a\s+few|few|\d+)\s+)?")
# the incidents "an earlier one", "a previous quake" name (_IN_EARLIER, _DAYS_AFTER)
_EARLIER_INCIDENT = (r"(?:one|ones|quakes?|earthquakes?|attacks?|blasts?|bombings?|floods?|storms?|fires?|shootings?|crash|"
                     r"crashes|tremors?|disasters?|incidents?|raids?|strikes?)\b")
_IN_EARLIER = re.compile(r"^[^.;:]{0,60}?\b(?:in|after|during|from|by)\s+(?:the|an?)\s+(?:earlier|previous|prior)\s+"
                         r"(?:[\w-]+\s+)?" + _EARLIER_INCIDENT)
# "The tragedy occurred only days after 11 people were killed at a dance hall": the figure after it is an earlier
# incident's (the subject is this one); a gap of time is required, "came after the attack that killed 11" may be its own
_DAYS_AFTER = re.compile(_TIME_AFTER + r"(?:days?|weeks?|months?|hours?)\s+after\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,140}$|"
                         # "the second mass shooting in three days, following the one at Monterey Park that killed 11"
                         r"\b(?:following|after)\s+the\s+one\s+(?:at|in|on)\b[^.;:]{0,80}$|"
                         # "the nation's sixth mass shooting this year, and followed the killing of 11 people late
                         # Saturday at a dance hall": another incident's dead
                         r"\b(?:followed|follows|following|came\s+after|comes\s+after)\s+(?:the\s+)?(?:killings?|deaths?|"
                         r"massacres?|slayings?)\s+of\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?$|"
                         # "another quake struck ... after an earlier one killed more than 2,000", "following a previous
                         # quake that claimed 2,400 lives"
                         r"\b(?:following|after)\s+(?:an?|the)\s+(?:earlier|previous|prior|first|deadlier|bigger|stronger)\s+"
                         r"(?:[\w-]+\s+){0,2}?" + _EARLIER_INCIDENT + r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,120}$")
# "... comes months after a deadly accident in the neighbouring state. At least 288 were killed in the accident."
_RECALL_AFTER = re.compile(_TIME_AFTER + r"(?:days?|weeks?|months?|years?)\s+after\s+(?:a|an|the)\b")
# a sentence that calls another incident to mind: "brings to mind the memory of the deadly fire in Nimtoli"
_RECALLS = re.compile(r"\b(?:brings?|brought|bringing)\s+(?:back\s+)?(?:to\s+mind|memories\s+of)|\breminiscent\s+of|"
                      r"\b(?:recalls|recalled|evokes|evoked|echoes|echoed|revive[sd]?\s+memories\s+of)\s+(?:the\s+)?"
                      r"(?:memor(?:y|ies)\s+of\s+)?(?:a|an|the)\s")
_RECALL_WORDS = ("bring", "brought", "reminiscent", "recall", "evoke", "echoe", "revive")  # one is in every _RECALLS match
_IN_THE_INCIDENT = re.compile(rf"\b(?:in|during|from)\s+(?:the|that)\s+(?:[\w-]+\s+)?{_ANY_INCIDENT}\b")
# "In that bombing, which killed more than 500 people": the incident the sentence before recalled
_THAT_INCIDENT = re.compile(rf"\s*(?:in\s+|during\s+)?(?:that|the\s+earlier|the\s+previous|the\s+(?:19|20)\d\d)\s+"
                            rf"(?:[\w-]+\s+){{0,2}}{_ANY_INCIDENT}\b")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # every _MONTH_BACK match has one
# a time long enough before the report that it is another incident's (a week ago may still be this one's)
_AGO = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|several|a\s+few|few|[2-9]|1[0-2])\s+months|"
                  r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+)\s+years?|"
                  r"a\s+decade|decades)\s+ago\b")
_MONTH_BACK = re.compile(r"(?:^|[\s(])in\s+(?:early\s+|late\s+|mid-?)?(january|february|march|april|may|june|july|"
                         r"august|september|october|november|december)\b(?!\s+\d)(?!,?\s+(?:19|20)\d\d)")


def note_anchor(r: Report, dates: list) -> None:
    """The latest absolute date read so far anchors the relative dates after it ("on Monday")."""
    for d in dates:
        if d.kind == "abs" and d.date:
            r.anchor = d.date


def date_of(r: Report, c: Cand, sdate: dt.date | None, cues, dates, ui: int, from_zones=()) -> None:
    """Mark background figures (another or a wider event) and set as_of: the statement date, a date of the figure's
    clause, else the report's (or its post's) date."""
    u = r.units[ui]
    pos = c.fig.start
    ref = r.post_date.get(ui, r.pub)  # r.ref_date(ui)
    # background figures: another or a wider event
    c.background = _unit_background(r, ui, ref)
    if not c.background and ("after" in (near := r.lc[max(u.start, pos - 200):pos]) or "follow" in near):
        c.background = _DAYS_AFTER.search(r.lc, max(u.start, pos - 200), pos) is not None
    if not c.background and ("earlier" in (later := r.lc[pos:min(u.end, pos + 90)]) or "previous" in later
                             or "prior" in later):
        c.background = _IN_EARLIER.search(later) is not None  # "more than 2,000 had died in the earlier quakes"
    if c.background:
        c.as_of = None
        return
    _as_of(r, c, sdate, cues, dates, ui, from_zones)


def _unit_background(r: Report, ui: int, ref) -> bool:
    """Whether a whole unit is about another or a wider incident (kept per unit)."""
    u = r.units[ui]
    if ui not in r._bg_cache:
        ul = r.lc[u.start:u.end]
        bg = L.BACKGROUND_SCAN.search(r.lc, u.start, u.end) if _has_any(ul, _BG_KEYS) else None
        flag = False
        if bg:
            years = [int(y) for y in L.YEAR_RE.findall(bg.group(0))]
            flag = not years or ref is None or min(years) < ref.year
        # a "Related:" / "Read more:" box lists other reports; "A week earlier, ..." opens another incident
        flag = flag or bool(_OTHER_EVENT.match(r.lc, u.start, u.end))
        # "the deadliest attack since the March assault on the cantonment, in which 16 people died"
        flag = flag or ("since" in ul and bool(_SINCE_INCIDENT.search(ul)))
        flag = flag or ("month" in ul or "weeks" in ul) and bool(_LAST_MONTH.search(ul)) and bool(
            _AN_INCIDENT.search(ul) or ui >= _BODY_UNIT and _A_INCIDENT.search(ul))
        if not flag and ref is not None and "in " in ul and _has_any(ul, _MONTH_NAMES):  # (the names: a cheap test)
            # "In February, a bomber killed 61 ..." in an April report: a month two or more before the report's
            mm = _MONTH_BACK.search(ul)
            flag = bool(mm) and (ref.month - _MONTHS.index(mm.group(1)[:3]) - 1) % 12 >= 2
        if not flag and " ago" in ul:
            flag = _AGO.search(ul) is not None  # "Only two months ago, more than 300 students were kidnapped in ..."
        if not flag and ui > 0 and _THAT_INCIDENT.match(r.lc, u.start, u.end):
            # "In that bombing, which killed more than 500 people, ...": the incident the sentence before recalled
            flag = _unit_background(r, ui - 1, r.post_date.get(ui - 1, r.pub))
        if not flag and ui > 0 and (  # (the sentence before first: its tests rule most units out at a word test)
                "after" in (prev := r.lc[r.units[ui - 1].start:r.units[ui - 1].end])
                and _RECALL_AFTER.search(prev) or _has_any(prev, _RECALL_WORDS) and _RECALLS.search(prev)) \
                and _IN_THE_INCIDENT.search(ul):
            # "This crash comes months after a deadly accident in the neighbouring state. At least 288 people were
            # killed in the accident.", "The blaze brings to mind the deadly fire in Nimtoli. At least 124 people were
            # killed in the fire": the incident the sentence before named
            flag = True
        r._bg_cache[ui] = flag
    return r._bg_cache[ui]


def _as_of(r: Report, c: Cand, sdate: dt.date | None, cues, dates, ui: int, from_zones=()) -> None:
    """as_of of a figure about the report's own incident (date_of's second half)."""
    u = r.units[ui]
    nt = r.ntext
    pos = c.fig.start
    ref = r.post_date.get(ui, r.pub)
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


# "More than 1,300 people have died and over a million have fled their homes": the present perfect of a whole conflict
_PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|also\s+|since\s+)?(?:been\s+)?(?:died|killed|displaced|fled|"
                           r"claimed|forced|uprooted|perished|lost\s+their\s+lives)\b")
_RECAP_FACTOR = 10  # how many times the opening's largest figure a recap's toll is at least
_OPENING_UNITS = 2  # the units that open a report from its first figure: a headline and a lead, or a lead and the next


def recaps_by_size(r: Report, found: list[Cand]) -> None:
    """A toll in the present perfect with no date of its own, after the opening and far larger than the opening's
    figures of the same outcome, is the wider conflict's recap: background, as a "since 2015" would make it, and so
    is the rest of its sentence ("More than 1,300 people have died and over a million have fled their homes")."""
    if not found:
        return
    first = min(c.u for c in found)
    opening = {c.u for c in found if c.u <= first + _OPENING_UNITS - 1 or r.units[c.u].title}
    top: dict[str, int] = {}
    for c in found:
        if c.u in opening and not c.background and c.fig.value and c.outcome:
            top[c.outcome] = max(top.get(c.outcome, 0), c.fig.value)
    recap_units = set()
    for c in found:
        t = top.get(c.outcome or "")
        if not t or c.background or c.u in opening or not c.fig.value or c.fig.value < max(100, _RECAP_FACTOR * t):
            continue
        u = r.units[c.u]
        if _PERFECT_TOLL.search(r.lc, u.start, u.end) and not any(d.date for d in r.unit_dates(c.u)):
            recap_units.add(c.u)
    for c in found:
        if c.u in recap_units:
            c.background, c.as_of = True, None
