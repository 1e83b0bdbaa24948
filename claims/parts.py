"""Parts of totals: outcomes shared by coordination ("121 students and two teachers"), parts inside a unit
("40 killed, including 12 soldiers", "Of the 19 injured, seven ..."), breakdown lines under a lead, and parts whose
total sits in an earlier unit ("Among the dead were ...", "two of them", "the other three")."""

from __future__ import annotations

import bisect
import itertools
import re

from . import lexicon as L
from .context import Report, _has_any, _rx
from .gazetteer import gazetteer
from .handoff import Cand, Flow

_PART_LINK = re.compile(
    r"^[\s,]*(?:including|(?:(?:which|that|who)\s+)?include[sd]?|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+those|incl\.|comprising|namely)"
    r"(?:\s+the)?\s*:?\s*$"
    r"|^\s*(?:\u2014|--|-|\u2013|\(|:)\s*$", re.IGNORECASE)
_DASH_LINK = re.compile(r"^[^.;,\u2014()]{0,30}?\s(?:\u2014|--|\u2013)\s*$")
_LONG_LINK = re.compile(r"^[^.;:()\u2014]{0,140}?(?:,\s*|\s)(?:including|among\s+them|among\s+whom|of\s+whom)\s+"
                        r"(?:[^,.;\d]{0,40}?(?:,|\sand)\s+)?$", re.I)
# "26 were killed in attacks on Thursday, including two car bombings that left 21 dead": the toll of some of them
_INCIDENT_LINK = re.compile(r"^[^.;:()\u2014]{0,140}?,\s*including\s+(?:[\w-]+\s+){0,4}?(?:attacks?|bombs?|bombings?|blasts?|"
                            r"explosions?|strikes?|airstrikes?|raids?|ambush(?:es)?|clashes|shootings?|incidents?)\s+"
                            r"(?:that|which)\s+(?:left|killed|wounded|injured|claimed)\s+$", re.I)
_COORD = re.compile(r"^[\s,]*(?:and|or|as\s+well\s+as|plus|while|,)?[\s,]*(?:possibly|perhaps|maybe|probably)?[\s,]*$",
                    re.IGNORECASE)
_LEAD_PARTS = re.compile(r"\b(?:toll|distributed|breakdown|broken\s+down|as\s+follows|include[sd]?)\b|"
                         r"\b(?:dead|victims|killed|wounded|injured|casualties|missing|abducted|hostages)\s+(?:were|are)\s*:",
                         re.IGNORECASE)
_TOTAL_THEN_LIST = re.compile(r"[\s,]*(?:(?:they|these|those|which)\s+(?:are|were|include[sd]?)|as\s+follows|namely|"
                              r"(?:broken\s+down\s+)?(?:as|like)\s+this|including|among\s+them|of\s+whom)?\s*:", re.I)
_WITH_MORE_AFTER = re.compile(r",\s*with\s+$")
_MORE_NEXT = re.compile(r"\s+(?:more|others)\b")
_ALONG_WITH = re.compile(r"(?:,\s*|\s)(?:(?:along|together)\s+with|alongside)\s+$")
_WERE_NOUN_AND = re.compile(r"^\s*(?:were|are)\s+(?:[\w-]+\s+){1,2}?(?:and|,)\s*$", re.I)
_PARTICIPLE_AND = re.compile(r"^\s+[a-z]+ing\s+(?:the\s+|a\s+|an\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s+and\s+$", re.I)
_OF_THE_LEAD = re.compile(r"^\W*of\s+the\s*$", re.I)
_AMONG_WHO = re.compile(r"\bamong\s+(?:the|those)\s+([a-z]+)\s+(?:killed|dead|wounded|injured|captured|arrested|"
                        r"abducted|kidnapped|detained|rescued|freed|released)\b")
_HOW_BADLY = re.compile(r"\s+(?:of\s+them\s+)?(?:seriously|critically|severely|gravely|badly)\b", re.I)
_IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|all\s+told|altogether)\b", re.I)


_PLACE_KIND = r"(?:state|province|region|district|city|town|village|capital|county|department|municipality|area|camp)"
_IN_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|"
                             r"north|south|east|west|neighbou?ring)\s+)?(?:[a-z]{1,3}-)?[A-Z]"  # "in Orawa", "in al-Faraa camp"
                             r"|\s+(?:in|at)\s+the\s+(?:[a-z-]+\s+){0,3}?" + _PLACE_KIND + r"\b")  # "in the coastal state of"
_OF_WHICH_END = re.compile(r"[(,]\s*(?:of\s+(?:which|whom|them)|including)\s*$")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at|on)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|"
                              r"north|south|east|west|neighbou?ring)\s+)?(?:[a-z]{1,3}-)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}"
                              r"(?:,\s*(?:near|outside|north|south|east|west)\s+(?:of\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?"
                              r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$"  # "in Misilya, near Jenin, and"
                              r"|\b(?:in|at)\s+the\s+(?:[a-z-]+\s+){0,3}?" + _PLACE_KIND + r"(?:\s+of)?(?:\s+[A-Z][\w'-]*){0,3}"
                              r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")  # "in the coastal state of El Oro and"
# "187 students were abducted from the secondary section and 125 from the primary section"
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?[\w'-]+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}\s*,?\s+and\s+$")
# "two foreigners\u2014from UAE and Nepal\u2014and two locals": an aside between dashes
_DASH_ASIDE_AND = re.compile(r"\s*[\u2014\u2013]\s*[^\u2014\u2013.;\d]{1,50}?\s*[\u2014\u2013]\s*,?\s*and\s+$")
_SAID_BARE = re.compile(r"[,;]\s*(?:(?:while|but|and|whereas)\s+)?(?:the\s+other|another|others|[a-z][\w'-]*(?:\s+[\w'-]+){0,4})"
                        r"\s+(?:said|says|put\s+it\s+at|gave|counted|estimated)\s+(?:it\s+was\s+)?$")
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;,]|$)")
_AND_NEXT = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# "two members of a state paramilitary force and two civilians"
_OF_UNIT_AND = re.compile(r"\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:forces?|units?|groups?|militias?|"
                          r"brigades?|battalions?|regiments?|army|police|guards?|services?|public|community|communities|"
                          r"family|families|crew|staff|village|town|youths?|clans?|tribes?|county|district|side|camps?)"
                          r"\s*,?\s+and\s+$", re.I)  # "Armed Force", "of the public"
# "34 auxiliaries from the Volunteers for the Defence of the Fatherland (VDP) and six soldiers": a body's name ends
# the first phrase
_CLAUSE_AS_WELL = re.compile(r"[^.;:\d]{0,80},\s*(?:as\s+well\s+as|along\s+with|together\s+with|alongside)\s+")
_FROM_BODY_AND = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|for|the|de|du|des))*"
                            r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s*,?\s+and\s+$")


def _demonym_and(nt: str, start: int, end: int) -> bool:
    """"killed 170 Afghans and 13 US troops": a people named by their country's demonym ends the first phrase."""
    m = gazetteer().nationals_at(nt, start)
    return m is not None and _AND_NEXT.fullmatch(nt, m.end(), end) is not None


# the figures of a subject whose verb comes after the last: "12 civilians as well as 11 soldiers were killed",
# "12 civilians, including two women and a child, as well as 11 soldiers were killed"
_BACK_AND = re.compile(r"^[\s,]*(?:(?:and|or|as\s+well\s+as|along\s+with|together\s+with|plus)\b)?[\s,]*$", re.I)
_BACK_ITEM_AND = re.compile(r"^\s*and\s+(?:a|an|one)\s+[a-z-]+\s*,\s*(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+$|"
                            # "Eight constables, a local chief and two civilians were killed": a person named between
                            r"^\s*,\s*(?:a|an|one|the|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*(?:,?\s*(?:and|as\s+well\s+as)|,)\s+$")
_PART_LEAD_END = re.compile(r",\s*(?:including|among\s+them)\s+$")
_BACK_INCLUDING = re.compile(r"^\s*,\s*(?:including|among\s+them)\s+$")


_OWN_VERB = re.compile(r"\s+(?:are|were|was|is|have|has|had|remain\w*|being|will|would|could|may|might)\b")
_PART_WORD = re.compile(r"\b(?:including|included|include|among)\b", re.I)  # "... including 15 men ... and seven others"
_BODY_HEADS = frozenset(("bodies", "body", "remains", "corpses"))
_AND_BEFORE = re.compile(r"\s(?:and|while)\s+$")
_AND_ANOTHER = re.compile(r",\s*(?:and|while)\s+(?:another|a\s+further)\s+$")
_LIST_TO_END = re.compile(r"(?:(?:\s*,|\s+and)\s+(?:[\w-]+\s+){0,4}?[\w-]+)*\s*(?:[.;]|$|,\s*(?:[\w-]+\s+){1,3}?"
                          r"(?:said|says|added|adds|told)\b)")


# a figure with a verb of its own that tells no outcome: a clause of its own, not an item of the list before it
_OWN_CLAUSE = re.compile(r"\s+(?:still\s+)?(?:remained|remain|remains|stayed|stay|waited|wait|lived|live|returned|"
                         r"went|gathered|queued|sheltered|sought|took\s+part|attended|marched|protested|voted)\b")


def outcomes_by_coordination(r: Report, cands: list[Cand]) -> None:
    """A figure with no cue of its own takes its neighbour's: "kidnapped 121 students and two teachers"."""
    _by_coordination(r, cands)
    for c in cands:
        if c.how == "coord" and c.head in ("survivors", "survivor") and c.outcome in ("killed", "wounded", "missing"):
            c.outcome, c.how = None, ""  # "the discovery of 29 survivors, and six who were dead": the living


def _by_coordination(r: Report, cands: list[Cand]) -> None:
    nt = r.ntext
    for i, c in enumerate(cands):
        # "The dead include 16 men and three women, and a number of people were wounded": the list's lead gives the
        # outcome, not the next clause's verb found by the scan
        lead_over_scan = c.how == "scan" and i > 0 and cands[i - 1].how == "among"
        if (c.outcome is None or lead_over_scan) and i > 0 and not c.fig.is_zero and not c.implied:  # a zero needs its own cue
            p = cands[i - 1]
            if p.outcome is None and p.outcome_from == "previous" and p.ofref == "them" and c.ofref is None \
                    and not c.among and c.head is not None and _COORD.match(nt[p.np_end:c.fig.start]):
                c.outcome_from, c.list_of = "previous", p  # "Among them were five children and three women"
                continue
            among_lead = p.how == "among" or (p.how == "adj" and p.ofref == "the")  # "Four of the dead were ..."
            if p.outcome and p.how == "follow" and c.head is not None and not c.among \
                    and _CLAUSE_AS_WELL.fullmatch(nt, p.np_end, c.fig.start):
                c.outcome, c.how = p.outcome, "coord"  # "60 guards were wounded in the fighting, as well as five police"
                continue
            if p.outcome and p.how in ("pre", "among", "coord", "adj", "toll") and (
                    p.how != "adj" and (_COORD.match(nt[p.np_end:c.fig.start]) or _COORD.match(nt[p.ext_end:c.fig.start])
                                        or _DASH_ASIDE_AND.match(nt, p.np_end, c.fig.start)
                                        or _demonym_and(nt, p.np_end, c.fig.start)
                                        or _FROM_BODY_AND.match(nt, p.np_end, c.fig.start)
                                        or _OF_UNIT_AND.match(nt, p.np_end, c.fig.start))
                    or (among_lead and _WERE_NOUN_AND.match(nt[p.np_end:c.fig.start]))) and not c.among \
                    and not _OWN_CLAUSE.match(r.lc, c.np_end):  # "rose to 84 and thousands remained cut off"
                c.outcome, c.how = p.outcome, "coord"
                if p.among or p.list_of:
                    c.list_of = p.list_of or p
    for i, c in enumerate(cands):
        # a bare figure that counts what the figure before it counts, its verb left out
        if c.outcome is not None or c.head is not None or i == 0 or not cands[i - 1].outcome or c.fig.is_zero:
            continue
        p = cands[i - 1]
        if _IN_PLACE_AFTER.match(nt, c.fig.end) and _OF_WHICH_END.search(nt, p.np_end, c.fig.start) \
                and not p.among and p.part_of is None:
            c.outcome, c.how, c.part_of = p.outcome, "coord", p  # "18 people died (of which 10 in Angra, six in Paraty)"
            continue
        if _IN_PLACE_AFTER.match(nt, c.fig.end) and _IN_PLACE_BEFORE.search(nt, p.fig.end, c.fig.start) \
                or _FROM_AFTER.match(nt, c.fig.end) and _FROM_BEFORE.search(nt, p.fig.end, c.fig.start):
            # "Seven were killed in Sakkida, four in Farin Zare and 8 in Orawa": a toll per place
            c.outcome, c.how = p.outcome, "coord"
            if p.how == "coord" and p.part_of is not None:
                c.part_of = p.part_of  # the next place of "(of which 10 in Angra, six in Paraty ...)"
            elif p.among or p.list_of:
                c.list_of = p.list_of or p  # "the dead included three in A and four in B"
        elif _SAID_BARE.search(nt, p.np_end, c.fig.start) and _ENDS_CLAUSE.match(nt, c.fig.end):
            c.outcome, c.how = p.outcome, "coord"  # "One resident gave a figure of 260 dead, the other said 320."
    for i, c in enumerate(cands):
        if c.outcome is None and c.is_from and i > 0 and cands[i - 1].outcome:
            c.outcome, c.how = cands[i - 1].outcome, "from"  # "at least 37 killed ..., up from 22 a day earlier"
        if c.outcome is None and i > 0 and cands[i - 1].outcome and not c.among and _ALONG_WITH.search(
                nt, cands[i - 1].np_end, c.fig.start):
            c.outcome, c.how = cands[i - 1].outcome, "coord"  # "15 women were abducted, along with some 40 children"
            for prev, n in itertools.pairwise(cands[i:]):  # "... alongside two members of a force and two civilians"
                if n.outcome is not None or n.among or not (_COORD.match(nt[prev.np_end:n.fig.start]) or _OF_UNIT_AND.match(
                        nt, prev.np_end, n.fig.start) or _FROM_BODY_AND.match(nt, prev.np_end, n.fig.start)):
                    break
                n.outcome, n.how = c.outcome, "coord"
        elif c.outcome is None and i > 0 and cands[i - 1].outcome and (c.head in ("more", "others") or _MORE_NEXT.match(nt, c.fig.end)) \
                and _WITH_MORE_AFTER.search(nt, cands[i - 1].np_end, c.fig.start):
            c.outcome, c.how = cands[i - 1].outcome, "coord"  # "seven bodies were brought in, with two more arriving"
    for i, c in enumerate(cands):
        # "killed 19 people, including six children, outside Saraqeb, and another 23 people in Ehsim": the toll's
        # outcome, not its part's
        if c.outcome is None and i > 0 and (_AND_ANOTHER.search(nt, max(0, c.fig.start - 24), c.fig.start) or (
                (c.head in ("more", "others") or _MORE_NEXT.match(nt, c.fig.end))
                and _AND_BEFORE.search(nt, max(0, c.fig.start - 8), c.fig.start)
                and not _PART_WORD.search(nt, cands[i - 1].fig.start - 30, c.fig.start))) \
                and not _OWN_VERB.match(nt, c.np_end):  # ("and a further 23 are being treated for malnutrition")
            # ("five bodies were recovered on Tuesday and three more the next day": the verb before is theirs too)
            lead = next((p for p in reversed(cands[:i]) if p.u == c.u and p.outcome and not p.among
                         and (p.how in ("pre", "follow", "toll") or p.how == "noun" and p.head in _BODY_HEADS)), None)
            if lead is not None:
                c.outcome, c.how = lead.outcome, "coord"
    for i, c in enumerate(cands):
        # "Two women gendarmes were killed, two male police officers and four civilians, they added": the items after
        # a finished clause, with no verb of their own up to the end of the sentence or a reporting tag
        if c.outcome is None and c.head is not None and i > 0 and (p := cands[i - 1]).how == "follow" and p.cue_end \
                and _rx.match(r"^\s*,\s*$", nt[p.cue_end:c.fig.start]) and _LIST_TO_END.match(nt, c.np_end):
            c.outcome, c.how = p.outcome, "coord"
            for prev, n in itertools.pairwise(cands[i:]):
                if n.outcome is not None or not _COORD.match(nt[prev.np_end:n.fig.start]):
                    break
                n.outcome, n.how = p.outcome, "coord"
    for i, c in enumerate(cands):
        if c.outcome is None and c.head is None and i > 0 and cands[i - 1].outcome == "wounded" \
                and _rx.match(r"^\s*,\s*$", nt[cands[i - 1].np_end:c.fig.start]) and _HOW_BADLY.match(nt, c.fig.end):
            c.outcome, c.how, c.part_of = "wounded", "coord", cands[i - 1]  # "18 wounded, four seriously"
    back: set[int] = set()  # figures given their outcome by this backward pass: a list passes it on to its head
    for i in range(len(cands) - 2, -1, -1):
        c, n = cands[i], cands[i + 1]
        gap = nt[c.np_end:n.fig.start]
        # (not a bare "16 wounded" after a part of another total: "killed, including five policemen and 16 wounded")
        if c.outcome is None and i > 0 and cands[i - 1].outcome and _PART_LEAD_END.search(nt, max(0, c.fig.start - 20),
                                                                                         c.fig.start):
            continue  # "21 were killed, including one woman, and seven were injured": a part of the toll before it
        if c.outcome is None and n.outcome and (n.how in ("follow", "scan") or n.how == "adj" and (
                n.head is not None or not nt.endswith("including ", max(0, c.fig.start - 10), c.fig.start))
                or id(n) in back) and (
                _BACK_AND.match(gap) or _PARTICIPLE_AND.match(gap) or _BACK_ITEM_AND.match(gap)
                or _OF_UNIT_AND.match(nt, c.np_end, n.fig.start)  # "Four jawans of the Armed Force and two ... were killed"
                or _FROM_BODY_AND.match(nt, c.np_end, n.fig.start)  # "Three members of the PMF and two policemen were ..."
                or (id(n) in back and _BACK_INCLUDING.match(gap))):
            c.outcome, c.how = n.outcome, "coord"
            back.add(id(c))
    _paren_list(r, cands)
    _sum_totals(r, cands)


# "The deceased are from various counties: Nairobi (21), Nakuru (3), ...": counts in brackets after names, listed
# under a lead that names the outcome
_PAREN_ITEM = re.compile(r"(?:^|[,;:]|\band)\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*\(\s*$")
_PAREN_LEAD = re.compile(r"\b(?P<what>deceased|dead|deaths|victims|fatalities|killed|injured|wounded|casualties|"
                         r"missing|abducted|kidnapped|displaced|arrested)\b[^:.;]{0,80}:\s*$", re.I)


def _paren_list(r: Report, cands: list[Cand]) -> None:
    nt = r.ntext
    for c in cands:
        if c.outcome is not None or c.head is not None or not nt.startswith(")", c.fig.end):
            continue
        u = r.units[c.u]
        if not _PAREN_ITEM.search(nt, max(u.start, c.fig.start - 40), c.fig.start):
            continue
        colon = nt.rfind(":", u.start, c.fig.start)
        lead = _PAREN_LEAD.search(nt, u.start, colon + 1) if colon >= 0 else None
        if lead and _PAREN_ITEMS_ONLY.fullmatch(nt, colon + 1, c.fig.start):
            om = L.OUTCOME_NOUN_RE.search(lead.group("what"))
            c.outcome, c.how, c.lead_part = (om.lastgroup if om else lead.group("what").lower()), "lead", True


_PAREN_ITEMS_ONLY = re.compile(r"(?:\s*(?:and\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*\(\s*\d[\d,]*\s*\)\s*[,;]?)*"
                               r"\s*(?:and\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*\(\s*")


def _sum_totals(r: Report, cands: list[Cand]) -> None:
    """"52 men, 11 women and 8 children killed, 71 in all": a bare figure with "in all" after it totals the figures
    before it in the sentence that add up to it (it takes their outcome)."""
    nt = r.ntext
    for i, c in enumerate(cands):
        if i == 0 or c.head is not None or not _IN_ALL.match(nt, c.fig.end):
            continue
        before = cands[:i]
        if c.outcome is None:
            c.outcome, c.how = before[-1].outcome, "coord"
        run = [p for p in before if p.outcome == c.outcome and p.part_of is None and p.fig.value]
        acc = 0
        for k in range(len(run) - 1, -1, -1):
            acc += run[k].fig.value
            if acc == c.fig.value and k < len(run) - 1:
                for p in run[k:]:
                    p.part_of = c
                c.sum_total = True
                break
            if acc > c.fig.value:
                break


_AMONG_NEXT = re.compile(r"\s+(?:(?:were|are|was|is)\s+)?(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?", re.IGNORECASE)

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
            if _PART_LINK.match(gap) or _DASH_LINK.match(gap) or _LONG_LINK.match(gap) or (
                    "including" in gap and p.outcome == c.outcome and (c.fig.value or 0) < (p.fig.value or 0)
                    and _INCIDENT_LINK.match(gap)):
                # "rose to 136 from 120, including 41 children": the parts belong to the new total
                k = i - 1
                while cands[k].is_from and k > 0:
                    k -= 1
                total = cands[k]
                c.part_of = total
                in_list = True
                continue
            if in_list and total is not None and (_rx.match(r"^[\s,]*(?:and|,)[\s,]*$", gap, re.I)
                                                  or _DASH_ASIDE_AND.match(gap) or _rx.match(
                    r"^[\s,]*(?:and|,)[\s,]*$", nt[p.ext_end:c.fig.start], re.I)) and c.head != "others" \
                    and c.ofref not in ("them", "whom"):  # "including three civilians, one of whom was a child"
                c.part_of = total
                continue
            in_list = False
        if c.ofref in ("them", "whom") and c.part_of is None and i > 0 and ";" not in nt[cands[i - 1].fig.start:c.fig.start]:
            c.part_of = cands[i - 1]
        elif c.part_of is None and c.ofref is None and i > 0 and (p := cands[i - 1]).part_of is not None \
                and (p.ofref == "whom" or "of whom" in nt[p.part_of.fig.end:p.fig.start]) \
                and c.outcome in (None, p.part_of.outcome) \
                and _rx.match(r"[^,;:.]{0,60}?(?:,\s*|\s)and\s+$", nt[p.fig.end:c.fig.start]):
            c.part_of = p.part_of  # "about 100 injured, of whom 15 were critical and 40 seriously hurt"
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
    # "a woman and two children (were) among 10 killed": the total follows "among" in the same sentence
    for c, nx in zip(cands, cands[1:], strict=False):
        if c.part_of is None and nx.part_of is None and (nx.fig.value or 0) > (c.fig.value or 0) \
                and _AMONG_NEXT.fullmatch(nt, c.np_end, nx.fig.start):
            c.part_of = nx
    # breakdown lines under a lead ("The death toll is distributed as follows:")
    if fl.lead_parts_outcome and (u.bullet or (ui > 0 and units[ui - 1].para == u.para)) and cands and ui != fl.lead_total_unit:
        c0 = cands[0]
        if c0.outcome is None:
            c0.outcome, c0.how = fl.lead_parts_outcome, "lead"
            c0.lead_part = True
        for c in cands:
            if c.part_of is None and c.outcome is None:
                c.outcome = fl.lead_parts_outcome
    # "two of the four": the four restate a total counted before, with its outcome ("Four were wounded. Two of the
    # four died": the four are the wounded), else only with an outcome of their own ("of the nine victims")
    for t in cands:
        if t.implied and t.outcome is None:
            e = next((x for x in reversed(fl.found[-40:]) if x.fig.value == t.fig.value and ui - x.u <= 12), None)
            if e is not None:
                t.outcome, t.how, t.restates = e.outcome, "restated", e
    for i, c in enumerate(cands):  # "the death toll, including 18 children, stood at 51": the toll stated after it
        if c.toll_aside and c.part_of is None:
            c.part_of = next((t for t in cands[i + 1:] if t.outcome == c.outcome and t.fig.value
                              and t.fig.value > (c.fig.value or 0)), None)
    # parts inherit the outcome of their total (and totals of their parts)
    for c in cands:
        if c.part_of is not None:
            t = c.part_of
            if t.outcome is None and c.outcome is not None and not t.implied and not (
                    c.ofref in ("whom", "them") and c.how == "follow") and not _MIXED_TOTAL.search(
                    r.lc, max(u.start, t.fig.start - 60), t.fig.start):
                # (not "the casualty figures rose to 127, including 40 dead": the dead and the hurt together; nor "300
                # miners came up, 14 of whom needed care": what the part's own verb says of it only)
                t.outcome, t.how = c.outcome, "from-part"
    for i, c in enumerate(cands):
        if c.part_of is not None and c.outcome is None:
            c.outcome, c.how = c.part_of.outcome, "part"
        elif c.part_of is not None and c.part_of.outcome == "killed" and c.with_wounds:
            c.outcome = "killed"  # "three farmers killed, two of them with machete wounds": how they died
        elif c.outcome is None and c.head is None and i > 0 and (p := cands[i - 1]).part_of is not None \
                and p.how == "part" and _IN_PLACE_AFTER.match(nt, c.fig.end) \
                and _IN_PLACE_BEFORE.search(nt, p.fig.end, c.fig.start):
            # "28 dead: 11 in Dnipropetrovsk region and 17 in Kyiv": the list's next place, a part of the same total
            c.outcome, c.how, c.part_of = p.outcome, "part", p.part_of
    if not u.bullet and not (fl.lead_parts_outcome and units[ui - 1].para == u.para):
        fl.lead_parts_outcome = None
    if utext.rstrip().endswith(":") and _LEAD_PARTS.search(utext):
        om = L.OUTCOME_NOUN_RE.search(utext)
        fl.lead_parts_outcome = om.lastgroup if om else ("killed" if _rx.search(r"toll", utext, re.I) else None)
        fl.lead_total_unit = ui
    elif utext.rstrip().endswith(":") and cands and cands[-1].outcome and _TOTAL_THEN_LIST.fullmatch(
            nt, cands[-1].np_end, nt.rfind(":", u.start, u.end) + 1):
        # "the fighting claimed the lives of 176 people, they are:": the lines under it break that total down
        fl.lead_parts_outcome, fl.lead_total_unit = cands[-1].outcome, ui
    elif utext.rstrip().endswith(";") and cands and cands[-1].outcome and ui + 1 < len(units) and units[ui + 1].bullet \
            and _rx.fullmatch(r"\s*;", nt[cands[-1].np_end:u.end]):
        # "In addition to the injury of at least 104 people;" over dashed lines: the same lead with a semicolon
        fl.lead_parts_outcome, fl.lead_total_unit = cands[-1].outcome, ui
    for i, c in enumerate(cands):
        ref = c.outcome_from
        if c.outcome is not None or not ref:
            continue
        if ref == "unit":
            if i > 0 and cands[i - 1].outcome:
                c.outcome, c.how = cands[i - 1].outcome, "figure-ref"
            elif i == 0 and fl.found and ui - fl.found[-1].u <= 3 and not fl.found[-1].background:
                c.outcome, c.how = fl.found[-1].outcome, "figure-ref"  # "... 45 dead. The number rose to 49 later"
        elif fl.found and ui - fl.found[-1].u <= 2 and (units[fl.found[-1].u].para == u.para or (
                units[fl.found[-1].u].para == u.para - 1 and not _figure_before_in_paragraph(r, ui, c))):
            # (the paragraph before when this one opens with the list: "They were all displaced. They included ...")
            c.outcome, c.how = fl.found[-1].outcome, "of-them"


_MIXED_TOTAL = re.compile(r"\bcasualt(?:y|ies)\b|\b(?:killed|dead)\s+(?:and|or|&)\s+(?:injured|wounded)\b|"
                          r"\b(?:injured|wounded)\s+(?:and|or|&)\s+(?:killed|dead)\b")


def _figure_before_in_paragraph(r: Report, ui: int, c: Cand) -> bool:
    start = ui
    while start > 0 and r.units[start - 1].para == r.units[ui].para:
        start -= 1
    return bool(r._fig.within(r.units[start].start, (c.list_of or c).fig.start))  # (before the list it goes on)


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


# a sentence that opens by narrowing what was said before: its figures are parts of the totals before it
_PART_OPENER = re.compile(r"[\s\"'\u201c]*(?:in\s+particular|of\s+(?:these|those)|specifically|in\s+detail)\s*,|"
                          r"[\s\"'\u201c]*including\s*:", re.I)  # "Including: 66 civilians ...", a list after its total
# a paragraph that goes on the list an opener began ("Including: 66 civilians ... / And 90 fighters ...")
_AND_NEXT_PART = re.compile(r"[\s,]*(?:and|while|whereas)\s+")
_LIST_GOES_ON = re.compile(r"[\s\"'\u201c]*and\s+(?=\d)", re.I)


def parts_across_units(r: Report, cs: list[Cand]) -> None:
    """Parts whose total sits in an earlier unit: "the dead included", "four of them", "the other three"."""
    first_in_unit: dict[int, int] = {}
    for i, c in enumerate(cs):
        first_in_unit.setdefault(c.u, i)
    listed: dict[int, Cand] = {}  # unit -> the total an opener's list in it went to
    for i, c in enumerate(cs):
        if c.part_of is not None:
            continue
        t = listed.get(c.u - 1)
        if t is not None and c.outcome == t.outcome and (go := _LIST_GOES_ON.match(r.ntext, r.units[c.u].start)) \
                and c.fig.start == go.end():
            c.part_of = listed[c.u] = t
            continue
        if i > 0 and (p := cs[i - 1]).u == c.u and p.among and p.part_of is not None and c.outcome == p.outcome \
                and not c.among and c.ofref is None and c.fig.value and p.part_of.fig.value \
                and c.fig.value < p.part_of.fig.value and _AND_NEXT_PART.fullmatch(r.ntext, p.cue_end or p.np_end, c.fig.start):
            c.part_of = p.part_of  # "Among the 27 wounded, two suffered serious injuries and 25 had minor ones"
            continue
        want = None
        opener = False
        # no earlier figure in the same sentence that could be its total ("10 of the injured were critical, while
        # nine of the bodies were charred": the first is a part of another total itself)
        alone = all(p.part_of is not None or p.among or p.ofref in ("them", "whom", "the") or p.outcome != c.outcome
                    for p in cs[first_in_unit[c.u]:i])
        if c.among and alone:
            want = c.among
        elif c.among and c.how != "coord" and c.fig.value:
            # "revised the toll to 10, noting that the deceased included three ...": the sentence's own total
            t = next((p for p in reversed(cs[first_in_unit[c.u]:i]) if p.outcome == c.among and p.part_of is None
                      and not p.is_from and not p.among and (p.fig.value or 0) > c.fig.value), None)
            if t is not None:
                c.part_of = t
            continue
        elif c.among_after and c.among_after == c.outcome:
            want = c.among_after  # "two children were among the dead": the sentence's other figures are not its total
        elif c.ofref in ("them", "whom") and alone:
            want = c.outcome
        elif c.ofref == "the" and c.how == "adj" and alone and c.of_n is None:
            want = c.outcome  # "Twelve of the dead were women": a part of the toll counted before
        elif c.other:
            want = c.outcome
        elif c.lead_part:
            want = c.outcome
        elif c.ofref == "those" and alone and c.of_n is None:
            want = c.outcome  # "Nearly 130 of those who were killed were elderly": of the toll counted before
        elif c.list_of is not None:
            c.part_of = c.list_of.part_of
            continue
        elif _PART_OPENER.match(r.ntext, r.units[c.u].start) and c.fig.value:
            opener = True  # "In particular, two people were killed at the hospital": parts of the totals before
            want = c.outcome
        elif c.of_n is not None:  # "Two of the four died": the four counted before
            c.part_of = next((t for t in reversed(cs[max(0, i - 30):i]) if t.fig.value == c.of_n
                              and c.u - t.u <= 12), None)
            continue
        if want is None:
            continue
        fits = []
        recalled = None  # the nearest total of a recalled (background) incident
        for j in range(i - 1, -1, -1):
            t = cs[j]
            if c.u - t.u > 12:
                break
            if opener and (t.u == c.u or (t.fig.value or 0) <= c.fig.value):
                continue
            if t.outcome == want and t.part_of is None and not t.is_from and not t.lead_part \
                    and not r.units[t.u].title:
                if not t.background:
                    fits.append(t)
                elif recalled is None:
                    recalled = t
        if not fits and recalled is not None and not c.background:
            # "A year ago, a bomber killed eight people. Relatives of three of the dead ...": a part of that incident
            c.part_of, c.background, c.as_of = recalled, True, None
            continue
        if fits and c.among and len(fits) > 1:
            # "Among the militants killed were two commanders": the total of those people, not the nearest one
            am = _AMONG_WHO.search(r.lc, max(r.units[c.u].start, c.fig.start - 60), c.fig.start)
            if am and am.group(1) in L.PERSON_NOUNS and am.group(1) not in L.GENERIC_NOUNS:
                fits = [t for t in fits if t.head == am.group(1)] or fits
        if fits:
            # the nearest total, unless an earlier one comes from the same source as the part ("Among the dead were
            # 9 children, the hospital source said" belongs to the hospital's toll, not the government's)
            same = [t for t in fits if c.source and t.source == c.source]
            c.part_of = same[0] if same and fits[0].source != c.source else fits[0]
            if opener:
                listed[c.u] = c.part_of


def parts_by_sum(r: Report, cs: list[Cand]) -> None:
    """A list of figures that adds up to a total of the same outcome stated just before or in the same sentence
    ("killed 38 people ... put the toll at 21 Druze fighters, 13 tribal fighters and four civilians"; "52 men, 11 women
    and 8 children killed, 71 in all"): its items are parts of that total."""
    by_unit: dict[int, list[Cand]] = {}
    for c in cs:
        by_unit.setdefault(c.u, []).append(c)
    # cs is in text order, so the figures of units u-2..u are one slice (found by bisect, not a scan of the whole
    # report per unit, which made a long report quadratic)
    us = [c.u for c in cs]
    ordered = us == sorted(us)
    for u, items in by_unit.items():
        free = [c for c in items if c.part_of is None and c.outcome and not c.background and not c.is_from]
        if len(free) < 2:
            continue
        near = cs[bisect.bisect_left(us, u - _SUM_REACH):bisect.bisect_right(us, u)] if ordered else cs
        # (a headline's total too: "a breakdown whose total is in the headline"; not an item of the same list)
        totals = [t for t in near if u - _SUM_REACH <= t.u <= u and t.part_of is None and t.outcome and not t.background
                  and not t.is_from and t.fig.value and not (t.lead_part and t.u == u)]
        best = None  # ((items covered, in the body, nearness), total, stretch): the longest stretch's total
        for k, t in enumerate(totals):
            run = [c for c in free if c is not t and c.outcome == t.outcome and c.fig.value
                   and c.fig.value < t.fig.value and c.fig.start != t.fig.start and _same_side(t.head, c.head)]
            # a lower bound ("over 1,000") is met by a breakdown a little above it (745 + 125 + 148)
            top = t.fig.value if t.fig.high is not None or t.fig.qualifier not in ("at_least", "more_than") \
                else t.fig.value + max(2, t.fig.value // 20)
            for a in range(len(run)):
                acc = 0
                for b in range(a, len(run)):
                    acc += run[b].fig.value
                    if acc > top:
                        break
                    if t.fig.value <= acc <= top and b > a and (
                            run[a].fig.start > t.fig.start or run[b].fig.start < t.fig.start):  # not items round it
                        # the longest stretch; at equal length a total in the body before one in a headline.
                        # Two items may add up to a total by chance: they look only a few sentences back
                        n = b - a + 1
                        key = (n, not r.units[t.u].title, k)
                        if (n >= 3 or u - t.u <= 3 and not r.units[t.u].title) and (best is None or key > best[0]):
                            best = (key, t, run[a:b + 1])
                        break
        if best is not None:
            for c in best[2]:
                if c.part_of is None:
                    c.part_of = best[1]


_SIDES = (L.SOLDIER_NOUNS | L.POLICE_NOUNS, L.FIGHTER_NOUNS, frozenset(L.CIVILIAN_NOUNS))


def _same_side(total_head: str | None, part_head: str | None) -> bool:
    """A part's people may be a total's: "10 soldiers" has no part of "7 militants" or "3 civilians" (a sum by chance)."""
    return not any(total_head in side and part_head not in side and any(part_head in o for o in _SIDES if o is not side)
                   for side in _SIDES)


_SUM_REACH = 8  # units back that a breakdown of three or more items looks for the total it adds up to

# a total named as one after its parts: "Total casualties:" as a heading, "in all", "altogether", "combined"
_TOTAL_CUE = re.compile(r"\b(?:total|totals|totalling|totaling|in\s+all|altogether|overall|combined|all\s+told)\b", re.I)
# each _TOTAL_CUE match has one of these in the lower-cased copy (none has a letter IGNORECASE folds from a non-ASCII
# one: dotless i, long s, Kelvin sign), a substring test cheaper than the case-folding search
_TOTAL_KEYS = ("total", "all", "altogether", "comb")


def _total_cue(r: Report, start: int, end: int) -> bool:
    return _has_any(r.lc[start:end], _TOTAL_KEYS) and _TOTAL_CUE.search(r.ntext, start, end) is not None


def parts_by_place(r: Report, cs: list[Cand]) -> None:
    """A toll told place by place ("1,293 deaths in Al Haouz, 452 in Taroudant, 41 in Ouarzazate") after a total of the
    same outcome a few sentences before: the places' figures are its parts, when they add up to no more than it (a
    list may leave places out)."""
    i = 0
    while i < len(cs):
        c = cs[i]
        j = i
        # (the run goes on in the next sentence of the paragraph: "Nineteen were killed in the Western Visayas, while
        # 12 died in Cavite. Fourteen other deaths were reported in other provinces.")
        if not _placed(r, c) or (i > 0 and cs[i - 1].u == c.u and cs[i - 1].outcome == c.outcome):
            i += 1  # (a list whose first item is told otherwise, "Seven died in a mudslide in X, one in Y", is no run)
            continue
        while j + 1 < len(cs) and cs[j + 1].outcome == c.outcome and (cs[j + 1].u == cs[j].u or (
                cs[j + 1].u == cs[j].u + 1 and r.units[cs[j + 1].u].para == r.units[c.u].para
                and _placed(r, cs[j + 1]))):
            j += 1
        run = cs[i:j + 1]  # (each of two or more figures placed: the tests stop at the first that is not)
        if len(run) >= 2 and all(x.part_of is None and not x.background for x in run) and all(
                _placed(r, x) for x in run):
            total = sum(x.fig.value or 0 for x in run)
            t = next((t for t in reversed(cs[max(0, i - 30):i]) if c.u - 15 <= t.u <= c.u and t.outcome == c.outcome
                      and t.part_of is None and not t.background and not t.is_from and (t.fig.value or 0) >= total
                      and not _IN_PLACE_AFTER.match(r.ntext, t.fig.end)), None)
            if t is not None:
                for x in run:
                    x.part_of = t
        i = j + 1


def _placed(r: Report, x: Cand) -> bool:
    """A figure told of a place: "452 in Taroudant", "73 dead in Morelos", "Nineteen were killed in the Western
    Visayas" (after the figure, its noun or its verb)."""
    return any(_IN_PLACE_AFTER.match(r.ntext, at) for at in {x.fig.end, x.np_end, x.cue_end} if at)


def _total_heading(r: Report, cs: list[Cand], k: int) -> bool:
    """A heading that calls the lines under it totals ("Total casualties -"), over cs[k]'s line and the total lines
    between them."""
    with_figures = {c.u for c in cs[max(0, k - 6):k]}
    for j in range(cs[k].u - 1, max(-1, cs[k].u - 4), -1):
        if j not in with_figures:
            return _total_cue(r, r.units[j].start, r.units[j].end)
    return False


def parts_before_total(r: Report, cs: list[Cand]) -> None:
    """A bulletin's lines of parts, then their total ("Government side: Killed 5 ... Civilians: Killed 12 ...
    Total: Killed 18"): the figures of the same outcome in the lines just before a total its line or the heading
    over it calls a total, that add up to it exactly, are its parts."""
    for k, t in enumerate(cs):
        if t.part_of is not None or t.background or t.is_from or not t.outcome or not t.fig.value or t.fig.value < 2:
            continue
        u = r.units[t.u]
        if not _total_cue(r, u.start, t.fig.start) and not _total_heading(r, cs, k):
            continue
        acc, run = 0, []
        for c in reversed(cs[:k]):
            if c.u >= t.u or t.u - c.u > _SUM_REACH or c.outcome != t.outcome:
                if c.u < t.u - _SUM_REACH:
                    break
                continue
            if c.background or c.is_from or c.part_of is not None or not c.fig.value or c.fig.value >= t.fig.value:
                break
            acc += c.fig.value
            run.append(c)
            if acc >= t.fig.value:
                break
        if acc == t.fig.value and len(run) >= 2:
            for c in run:
                c.part_of = t


_SEPARATE = re.compile(r"\b(?P<n>two|three|four|five|[2-5])\s+(?:separate|different|distinct)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:incidents|attacks|shootings|clashes|bombings|blasts|explosions|raids|strikes|ambushes|assaults)\b",
                       re.IGNORECASE)
_SEPARATE_LC = re.compile(_SEPARATE.pattern)  # (its letters are lower-case: for an ASCII text's lower-cased copy)
_SEPARATE_N = {"two": 2, "three": 3, "four": 4, "five": 5}


def parts_of_separate_incidents(r: Report, cs: list[Cand]) -> None:
    """"Eight people were killed in two separate shooting incidents", then each incident's toll in the sentences
    after it: the tolls that add up to the total, one per incident, are its parts (each in a later sentence)."""
    incidents: dict[int, int] = {}  # per unit: how many separate incidents it names (0: none), searched once
    for i, t in enumerate(cs):
        if t.part_of is not None or t.background or t.is_from or not t.fig.value or t.fig.qualifier in ("vague", "range"):
            continue
        if t.u not in incidents:
            u = r.units[t.u]
            ul = r.lc[u.start:u.end]  # every match has one of these words (a non-ASCII unit is searched as it is)
            m = None
            if not r.ntext[u.start:u.end].isascii():
                m = _SEPARATE.search(r.ntext, u.start, u.end)
            elif "separate" in ul or "different" in ul or "distinct" in ul:
                m = _SEPARATE_LC.search(r.lc, u.start, u.end)  # (the same matches, lower-cased, without IGNORECASE)
            incidents[t.u] = (_SEPARATE_N.get(m.group("n").lower()) or int(m.group("n"))) if m else 0
        n = incidents[t.u]
        if not n:
            continue
        later = [c for c in cs[i + 1:i + 40] if c.u > t.u and c.u - t.u <= 12 and c.outcome == t.outcome
                 and c.part_of is None and not c.background and not c.is_from and c.fig.value
                 and c.fig.value < t.fig.value]
        for combo in itertools.combinations(later[:10], n):
            if sum(c.fig.value for c in combo) == t.fig.value and len({c.u for c in combo}) == n:
                for c in combo:
                    c.part_of = t
                break


_ADDED = re.compile(r"\b(?:more|further|additional|another|new)\b")
_AFTER_REACH = 3  # sentences after a total that its breakdown may run over


def parts_after_total(r: Report, cs: list[Cand]) -> None:
    """A total, then its breakdown over the sentences after it: "Gunmen took 42 people. They took away 27 students,
    along with three teachers. ... They also kidnapped 12 family members." The figures of the total's outcome that
    come first after it, in the next few sentences, and add up to it exactly (two or more, none already a part,
    none "more" on top of it), are its parts."""
    for i, t in enumerate(cs):
        if t.part_of is not None or t.background or t.is_from or not t.fig.value or t.fig.value < 3 \
                or t.fig.qualifier in ("vague", "range", "up_to") or not t.outcome:
            continue
        top = t.fig.value if t.fig.qualifier not in ("at_least", "more_than") else t.fig.value + max(2, t.fig.value // 20)
        acc, run = 0, []
        for c in cs[i + 1:i + 30]:
            if c.u > t.u + _AFTER_REACH:
                break
            if c.u == t.u or c.outcome != t.outcome:
                continue
            if c.part_of is not None or c.background or c.is_from or not c.fig.value or c.fig.qualifier == "vague" \
                    or _ADDED.search(r.lc, max(0, c.fig.start - 12), c.np_end or c.fig.end) \
                    or not _same_side(t.head, c.head):
                break  # the next figure of the outcome is no item of a breakdown: none follows
            acc += c.fig.value
            run.append(c)
            if acc >= t.fig.value:
                break
        if len(run) >= 2 and t.fig.value <= acc <= top:
            for c in run:
                c.part_of = t


def parts_fit_totals(cs: list[Cand]) -> None:
    """A part is never larger than its total ("killed dozens of them" after a group of nine, "put the toll higher, at
    19" after 14): such a link was a guess, and it is dropped."""
    for c in cs:
        t = c.part_of
        if t is None or not c.fig.value or not t.fig.value or t.fig.qualifier in ("at_least", "more_than", "vague"):
            continue
        top = t.fig.high if t.fig.high is not None else t.fig.value
        if c.fig.value > top:
            c.part_of = None
