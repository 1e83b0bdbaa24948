"""Attribution at extraction time: who gives each figure (the reporting cues of a unit, their subjects, "according
to X", a headline's "- monitor says", possessive sources, people named with a title) and the statement date a cue
carries. Distinct from claims/attribution.py, which canonicalises sources for the ledger."""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon as L
from .asof import date_of
from .context import _REGION_WORD, Report, _rx
from .gazetteer import Mention
from .handoff import Cand, Flow
from .sentences import Unit

# "Police have ...", "SOHR: ..." speak; "a convoy accompanying a local governor was struck" does not
_VERBISH = re.compile(r"^\s*(?::|(?:were|was|are|is|have|has|had)\b(?!\s+(?:also\s+|(?:been\s+)?among\s+|been\s+)?(?:struck|hit|"
                      r"attacked|killed|targeted|ambushed|injured|wounded|shot|kidnapped|abducted|among|caught|trapped|"
                      r"hurt|arrested|detained)\b)(?!\s+(?:still\s+|also\s+)?(?:been\s+)?(?!(?:being|talking|speaking|saying|reporting|telling|citing|quoting|putting)\b)"
                      r"[a-z]+ing\b)(?!\s+(?:still\s+|also\s+)?(?:engaged|involved|busy|gathered|deployed|out|on\s+hand|at\s+the\s+scene|"
                      r"present|seen|trying|working|unable|able)\b)"
                      # "rescuers have struggled with mud as they search for dozens": a deed (a statement has a say verb)
                      r"(?:(?<=were)|(?<=was)|(?<=are)|(?<=is)|(?!\s+(?:also\s+|since\s+)?(?:been\s+)?"
                      r"(?!recovered|retrieved|counted|buried|documented|recorded|registered)[a-z]+ed\b)))", re.IGNORECASE)
# (not "Rescuers were racing to find 30 people", "rescuers and residents were engaged in a search": what they do, not
# what they say)
_PREF = {"source": 0, "actor": 1}
_SDATE_GAP = re.compile(r"[,.;\"]|\bthat\b")
_SDATE_GAP2 = re.compile(r"[,;\"]")
_LIVE_ENTRY = re.compile(r"^\s*\d{1,2}[:.]\d{2}\b")
_AUX_ONLY = re.compile(r"\s*(?:(?:had|has|have|also|later|earlier|previously|then|again|would|will|separately)\s*)+",
                       re.IGNORECASE)
_APPOSITIVE = re.compile(r"\s*(?:one\s+of|an?\s)", re.I)
_KIN_OF = re.compile(r"\s*(?:the\s+|his\s+|her\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|"
                     r"mother|cousin|uncle|aunt|nephew|niece|relative|spouse)\s+of\b", re.I)
_SAME_SOURCE = re.compile(r"\s*the\s+same\s+(?:[\w-]+\s+){0,2}?(?:source|office|ministry|agency|official|statement|"
                          r"report|spokes\w+|group|monitor|authorities|officials|centre|center|commission|committee|"
                          r"network|organi[sz]ation|service|department|body)\b|"
                          # "According to the ministry, 144 were wounded": the body of that kind named before
                          r"\s*the\s+(?:ministry|agency|monitor|observatory|department|commission|committee|"
                          r"organi[sz]ation|network|centre|center|minister|governor|mayor|spokes(?:man|woman|person)|"
                          r"commander|prosecutor)\s*(?:,|[.;]|$)|"  # ("according to the minister.": the one named before)
                          r"\s*(?:them|him|her|it)\s*,", re.I)  # "Also, according to them, 44 were injured"
# "according to the communiqué", "according to the reports": the statement of the source named last
_ITS_STATEMENT = re.compile(r"\s*(?:(?:the|this|that|its|their|these|those)\s+(?:[\w-]+\s+)?|"
                           # "according to a ministry statement": the ministry named before
                           r"an?\s+(?:ministry|army|military|police|government|official|defen[cs]e|presidency)\s+)"
                           r"(?:statement|communiqu[e\u00e9]|release|press\s+release|bulletin|announcement|reports?)\s*(?:[,.;)]|$)", re.I)
_WHOLE_QUOTE = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*$")
_SDATE_AFTER = re.compile(
    r"(?:\s*(?:on|late|early|in|a|an|the|same|its|his|her|their|to|by|phone|telephone|reporters|journalists|statement|"
    r"communiqu[eé]|post|posts|message|report|briefing|bulletin|interview|broadcast|video|television|radio|"
    r"[A-Z][\w.\-]*))*\s*")
_SDATE_VERB = re.compile(r"\b(?:since|after|before|until|when|while|have|has|had|been|were|was|are|is)\b", re.I)
_LINKED = re.compile(r"-(?:linked|affiliated|allied|backed|run|owned|aligned|inspired|led|controlled)\b")
_AUTHORITIES = re.compile(r"[\s-]*(?:(?:information|press|media|military|political|provincial|district|regional|local|"
                          r"senior|top)\s+)?(?:authorities|officials?|spokes\w+|media\s+office|leadership|command)\b")


# "according to Col. Naw Bu, the spokesperson of the KIA": a title's full stop does not end the source's phrase, nor
# does the comma before an appositive title
_NOT_ABBR = "".join(rf"(?<!\b{a})" for a in ("Col", "Lt", "Gen", "Maj", "Capt", "Brig", "Dr", "Mr", "Mrs", "Ms", "Sgt",
                                             "Gov", "St", "Prof", "Rev", "Cdr", "Adm", "Insp", "Supt", "No"))
_TITLE_NOUNS = (r"(?:spokes(?:man|woman|person)|official|head|chief|director|commander|leader|minister|governor|mayor|"
                r"member|representative|secretary|coordinator|president|chairman|administrator)\b")
_REBEL_VOICE = re.compile(r"\b(?:rebel|rebels'|militant|insurgent|jihadist|separatist|guerrilla)s?\s+spokes(?:man|woman|person)\b|"
                          r"\bspokes(?:man|woman|person)\s+(?:for|from|of)\s+the\s+(?:rebels|militants|insurgents|jihadists|"
                          r"separatists|guerrillas)\b", re.I)  # "a spokesman from the militants told Reuters"


def _rebel_voice(r: Report, a: int, b: int) -> bool:
    """_REBEL_VOICE.search(r.ntext, a, b): every match holds "spokes", looked for first in the lower-cased copy (a
    text that is not ASCII there is searched as it is: IGNORECASE folds the long s and the Kelvin sign to ASCII)."""
    seg = r.lc[a:b]
    return ("spokes" in seg or not seg.isascii()) and _REBEL_VOICE.search(r.ntext, a, b) is not None


_PARTICLE = r"(?:de|da|del|dela|delos|della|di|do|dos|das|los|van|von|der|den|ter|bin|binti|ibn|al|el|le|la)"  # "Benito de Leon"
_CAP_NAME = re.compile(r"\s*(?:(?:[A-Z][\w'\u2019.-]*|" + _PARTICLE + r")\s+){0,4}[A-Z][\w'\u2019.-]*\s*$")  # "Jean-Pierre B."
_OF_BODY = re.compile(r"\s+(?:of|for|from|at|with)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?")  # "of Mogadishu's"
_NOT_SAYING_VERBS = {"claimed", "claims", "claim", "claiming", "posted"}
_REPORTED_STATE = re.compile(r"\s+(?:as\s+)?(?:missing|dead|killed|injured|wounded|kidnapped|abducted|displaced|"
                             r"unaccounted|hurt|safe|alive)\b")
# "claimed responsibility for", "has claimed a suicide bombing that killed 15": the deed is owned, the toll not told
_NOT_SAYING = re.compile(
    r"\s+(?:(?:responsibility|credit)(?:\s+for\b|\s*[.,;]|\s*$)|by\b|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|bombs?|blasts?|assaults?|raids?|ambush(?:es)?|explosions?|killings?|"
    r"shootings?|strikes?|airstrikes?|"
    r"massacres?|abductions?|kidnappings?)\b(?=\s*(?:[.;]|$|,?\s*(?:that|which)\b))|"
    r"(?:the\s+)?lives\b|(?:[\w,.]+\s+){1,4}?(?:lives|victims)\b|(?:along|at|near|around|outside|inside|"
    r"across|in\s+the\s+(?:area|town|village|city|region|district|province))\b)")


_NATIONAL = re.compile(r"\b(?:national|federal|central|government)\s+$")
_HEAD_TITLES = {"president", "prime minister", "presidency"}
_OF_WHAT = re.compile(r"\s+of\b")


def _pick(ms: list[Mention], verb_pos: int, first: bool = False, nt: str | None = None) -> Mention | None:
    """The speaking entity among mentions: named sources before actors, wires last."""
    ms = [m for m in ms if m.entry.type in ("source", "actor")]
    if nt is not None:  # "the state-owned SNCF rail company", "a state-run hospital": the state does not speak there
        ms = [m for m in ms if not (m.text.lower() == "state" and nt.startswith("-", m.end)
                                    and _LINKED.match(nt, m.end, m.end + 14))]
    if not ms:
        return None
    if nt is not None and len(ms) > 1 and any(nt.startswith("-", m.end) for m in ms):
        # "the state-run IRNA news agency": the word before "-run" names no speaker (the outlet does)
        ms = [m for m in ms if not (nt.startswith("-", m.end) and _LINKED.match(nt, m.end, m.end + 14))] or ms
    if nt is not None and len(ms) > 1:  # "the official IRNA news agency": an adjective, not officials
        ms = [m for m in ms if not (m.text.lower() == "official" and any(
            x.start > m.end and _OFFICIAL_ADJ.fullmatch(nt, m.end, x.start) for x in ms))] or ms
    nonwire = [m for m in ms if m.entry.name != "wire"]
    if nonwire:
        ms = nonwire
    if nt is not None and len(ms) > 1 and any(m.text.lower().removeprefix("the ") in ("state", "government") for m in ms):
        # "the state's chief prosecutor", "the government's spokesman for ...": the office after the possessive
        ms = [m for m in ms if not (m.text.lower().removeprefix("the ") in ("state", "government")
                                    and nt.startswith(("'s ", "\u2019s "), m.end)
                                    and any(x.start > m.end and x.start - m.end <= 25 for x in ms))]
    if nt is not None and len(ms) > 1:
        # "the Minas Gerais state fire department": the office the place's name qualifies speaks, not the state
        ms = [m for m in ms if not (m.entry.name.endswith(" government") and any(
            x.start > m.end and x.entry.type == "source" and not x.entry.name.endswith(" government")
            and nt[m.end:x.start].strip() == "" for x in ms))] or ms
    if nt is not None and any(m.text.lower() in _HEAD_TITLES for m in ms):
        # "President Santos" speaks for the state; "the president of a rights group" for the group (named after him)
        ms = [m for m in ms if not (m.text.lower() in _HEAD_TITLES and _OF_WHAT.match(nt, m.end))]
        if not ms:
            return None
    if nt is not None:
        plain = [m for m in ms if not (nt.startswith("-", m.end) and _LINKED.match(nt, m.end, m.end + 14))
                 and m.entry.kind != "parent"]
        if plain:
            ms = plain
        first_named = min(ms, key=lambda x: x.start)
        for m in ms:
            if (m.entry.type == "actor" or m.entry.type == "source" and m.entry.name != "officials"
                and m is first_named) and _AUTHORITIES.match(nt, m.end, m.end + 30):
                return m  # "the Taliban's spokesman", "National Disaster Management Agency spokesman X": the body
    if first:
        pk = min(ms, key=lambda m: (_PREF.get(m.entry.type, 2), m.start))
    else:
        pk = min(ms, key=lambda m: (_PREF.get(m.entry.type, 2), abs(verb_pos - m.start)))
    if pk.entry.name == "officials" and nt is not None:
        # "the spokesperson of the ethnic Kachin Independence Army": the body the official speaks for
        for m in ms:
            if m.start > pk.end and _OF_BODY.fullmatch(nt, pk.end, m.start):
                return m
    return pk


# "the official IRNA news agency", "the official news channels of the X": the adjective before the outlet's name
_OFFICIAL_ADJ = re.compile(r"\s+(?:(?:news|media|state|television|tv|radio|broadcast\w*|channels?|outlets?|agency|"
                           r"website|accounts?|newspaper|daily|bulletin)\s+){0,3}(?:of\s+(?:the\s+)?)?")
_REPORT_NOUN = re.compile(r"\b(?:report|account|article|dispatch|story)\b")
_REPORT_NOUN_END = re.compile(r"\b(?:report|account|article|dispatch|story)\s*,?\s*$", re.I)
_TAIL_ADVERB = re.compile(r"(?<=\S)(?:\s+|\s*,\s*)(?:now|also|later|further|again|previously|earlier|initially|then|separately|"
                          r"additionally|meanwhile|themselves|himself|herself|for\s+(?:its|their|his|her)\s+part|in\s+turn|"
                          # "Mate B., a UN adviser, on Monday estimated": the day of the statement
                          r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday)\s*$",
                          re.I)
_HEAD_OF_REGION = re.compile(r"\b(?:[Hh]ead|[Ll]eader)\s+of\s+(?P<region>[A-Z][\w'-]+)(?:\s*,)?\s+(?:[A-Z][\w'-]+\s*){1,3},?\s*$")
_RECOVER_VERBS = frozenset(("recover", "recovers", "recovered", "retrieve", "retrieves", "retrieved"))
_WHILE_OPENS = re.compile(r"\W*(?:While|Whereas|Although|Though)\b")
_LOOSE_REPORTS = re.compile(r"\W*(?:earlier|previous|initial|preliminary|unconfirmed|some|other|conflicting)\s+"
                            r"(?:reports?|accounts?|estimates?|figures|counts?|tallies)\s*$|\W*reports\s*$", re.I)
_OWN_TALLY = re.compile(r"\s+(?:tally|count|compilation|database|calculation|review)\b")
_PARTICIPLE_TAIL = re.compile(r",\s*(?:issued|released|signed|dated|published)\s+[^,]*$")
_TAIL_WORDS = ("now", "also", "later", "further", "again", "previously", "earlier", "initially", "then", "separately",
               "additionally", "meanwhile", "themselves", "himself", "herself", "part", "turn", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday")
# a name's letters may be Latin-1 or Latin Extended-A ones ("Volker T\u00fcrk", "Recai \u00c7ak\u0131r")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f'\u2019-"
_NAME = rf"(?:(?:[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*\.?|{_PARTICLE})\s+){{0,4}}(?P<last>(?:(?:al|el|ad|as|ash|at|az|ar|an|ur|ud)-)?[{_UP}][{_LOW}]{{2,}})"
# ("Haidar al-Baldawi": an Arabic article joined to the family name; "Jean-Marie": a given name of two)
_NAME_BEFORE_TITLE = re.compile(_NAME + r"\s*,\s*(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}$")
_TITLE_AFTER_NAME = re.compile(_NAME_BEFORE_TITLE.pattern.removeprefix(_NAME + r"\s*"))  # its tail: a comma first, found fast
_NAME_APPOS = re.compile(r"\s*" + _NAME + r"\s*,\s*(?P<title>(?:(?:a|an|the)\s+)?[^,.;]{2,70})")
_PERSON_NAME = re.compile(r"^\s*" + _NAME + r"\s*$")
_PERSON_AT = re.compile(r"\s*" + _NAME + r"\s*(?=[.,;)]|$)")
_PERSON_TAG = re.compile(r"\s*" + _NAME + r"\s*(?=[.,;)]|$|\s+(?:as|in|on|at|when|while|who|told|added|adding)\b)")
_NAME_AFTER_TITLE = re.compile(r"(?:\s+(?:spokes(?:man|woman|person)|official|chief|head|commander|director|governor|mayor|"
                               r"minister|secretary|representative|coordinator))?,?\s+" + _NAME + r"(?![\w'-])")
_NOT_SURNAMES = L.NOT_SURNAMES
_GENERIC_SPEAKER = re.compile(r"\b(ministry|army|police|military|monitor|government|officials?|governor|mayor|agency|group|"
                              r"authorities|hospital|network|commission|service|committee|council)\s*$", re.I)
_WORDS_RE = re.compile(r"[A-Za-z][\w'-]*")
_TITLE_SRC_WORDS = L.TITLE_SOURCE_WORDS


def _title_source(seg: str, a: int, n: int) -> bool:
    """A headline's trailing segment names who gives the figure ("- monitor", ": SDF says") only when it is the source
    and a reporting word or two, not a phrase that merely contains a name (": Major ISIS Comeback Plot", quoted words)."""
    if seg[:a].count('"') % 2 == 1:
        return False
    rest = seg[:a] + " " + seg[a + n:]
    return all(w.lower() in _TITLE_SRC_WORDS for w in _WORDS_RE.findall(rest))


_WHO_WHICH = re.compile(r"^\s*(?:who|which|where)\b")
# "echoing reports from local leaders who said 2,800 had died": the verb's own relative pronoun; its antecedent speaks
_WHO_SAID = re.compile(r"\b[A-Za-z]+\s+(?:who|which)\s+(?:(?:had|have|has|also|later|earlier)\s+)?$")
_REPORT_FROM = re.compile(r"\b(?:report|account|statement|tally|count|figures|data)\s+(?:from|by|of)\s+(?P<who>\S.*?)\s*$")
# r"[,;:\"\u2014]|\bthat\b" spelled so that every branch starts with a literal: re then skips to candidate
# characters in C instead of trying the pattern at every position ("t(?<!\wt)" is "\bt" for a word character t)
_SEG_BREAK = re.compile("|".join([",", ";", ":", '"', "\u2014"]) + r"|t(?<!\wt)hat\b|b(?<!\wb)ut\b")  # "..., but the army said"


_TO_END = re.compile(r"\bto\s+(?:the\s+)?$")
_REL_IN = re.compile(r"\b(?:who|which|whose)\b")
_ITEM_FILLER = {"the", "a", "an", "local", "some", "other"}


def _listed_before(r: Report, u: Unit, before: str, segs: list[int], k: int, ms: list[Mention]) -> list[Mention]:
    """The sources of a comma list whose last items ("residents and a teacher") are the subject: the earlier items
    that are each a source and nothing else ("police, "), first first; [] when the segment before is not one."""
    out: list[Mention] = []
    for j in range(k - 1, 0, -1):
        if before[segs[j - 1]] != ",":
            break
        a, b = segs[j - 1] + 1, segs[j]
        item = [x for x in r.doc.mentions.between(u.start + a, u.start + b) if x.entry.type == "source"]
        if len(item) != 1:
            break
        rest = (before[a:item[0].start - u.start] + " " + before[item[0].end - u.start:b]).lower().split()
        if any(w not in _ITEM_FILLER for w in rest):
            break
        out = item + out
    return out + ms if out else []


def _subject(r: Report, u: Unit, vpos: int) -> tuple[Mention | None, bool, str]:
    """Who speaks for a reporting verb at vpos: (mention, anaphoric, subject text)."""
    nt = r.ntext
    before = nt[u.start:vpos]
    tb = before[-25:]
    ta = _TAIL_ADVERB.search(before, max(0, len(before) - 24)) if (
        not tb.isascii() or tb.rstrip().lower().endswith(_TAIL_WORDS)) else None
    if ta:
        # "The governor, Ivan Fedorov, now says", "Amnesty, based on testimonies, for its part reported"
        before = before[:ta.start()] + ("," if nt[u.start + ta.start():u.start + ta.end()].lstrip().startswith(",") else " ")
    if before.rstrip().endswith(","):  # the pattern ends in ",\s*$"
        # "The Post-Courier newspaper, based in the nation's capital, Port Moresby, reported": a place with its name
        before = _rx.sub(r",\s*(?:based|located|headquartered)\s+in\s+[^,]*,\s*[A-Z][^,]*,\s*$", " ", before)
        before = _rx.sub(r",\s*(?:who|which|whose|speaking|reached|asking|requesting|declining|giving|on\s+condition|also\s+known|known|citing|an?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:that|which|who)\b|through|via|issued|released|signed|based\s+(?:on|in)|"
                        r"in\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:statement|message|video|post|communiqu\S*|"
                        r"note|release|interview|briefing|audio|update|report|bulletin|tweet|speech|address|broadcast|conference)|"
                        r"for\s+(?:its|their|his|her)\s+part|"
                        # an aside of time or stance ("The army, on Monday, said", "Police, however, said")
                        r"however|meanwhile|though|too|also|separately|later|earlier|in\s+turn|"
                        # where the speaker is ("A medical source at the X hospital, 80 kilometres away, confirmed")
                        r"(?:some\s+|about\s+|around\s+)?[\d,.]+\s*(?:kilomet(?:re|er)s?|km|miles?)\b|"
                        r"(?:on|late|early)\s+(?:on\s+)?[A-Z]?[a-z]+day|last\s+(?:week|night|month|year|[A-Z][a-z]+day))"
                        r"[^,]*,\s*$", " ", before)
    elif (pm := _PARTICIPLE_TAIL.search(before)) is not None:
        before = before[:pm.start()] + " "  # "the police command in a statement, issued in Makurdi stated that"
    elif " in " in before[-60:] and (im := _IN_A_STATEMENT_TAIL.search(before)) is not None:
        before = before[:im.start()] + " "  # "The state governor, Rotimi A. in a statewide broadcast said"
    segs = [m.start() for m in _SEG_BREAK.finditer(before)]
    aux_only = False
    appos: list[Mention] = []  # sources an appositive names ("Jean-Pierre B., a civil society leader, said")
    for k in range(len(segs), -1, -1):
        a = segs[k - 1] + ({"t": 4, "b": 3}.get(before[segs[k - 1]], 1)) if k > 0 else 0  # after "that", "but", a mark
        b = segs[k] if k < len(segs) else len(before)
        text = before[a:b]
        if k == len(segs) and segs and (not text.strip() or _AUX_ONLY.fullmatch(text)):
            aux_only = bool(text.strip())
            continue  # ", said X" or "X, said" -> look at the previous segment, then after the verb
        if k > 0 and _WHO_WHICH.match(text):
            continue  # relative clause: the antecedent speaks
        if 0 < k < len(segs) and _APPOSITIVE.match(text):
            appos = appos or [x for x in r.doc.mentions.between(u.start + a, u.start + b) if x.entry.type == "source"]
            continue  # "The ADF, one of the main armed groups in the region, said": the name before speaks
        if 0 < k < len(segs) and _KIN_OF.match(text):
            continue  # "Pamplona Mayor Janice D., the wife of the slain governor, said": the mayor speaks
        # "a report from the X Office that had placed the toll at 44": the subject of an auxiliary after "that"
        that_aux = aux_only and k == len(segs) - 1 and before[b:b + 5].lstrip().startswith("that")
        if that_aux and (rf := _REPORT_FROM.search(text)):
            a = a + rf.start("who")  # "a report from the X Institute that had placed the toll at 19": X speaks
            text = text[rf.start("who"):]
        spans = r._spans  # (none in a unit without figures: no generator per mention then)
        ms = [x for x in r.doc.mentions.between(u.start + a, u.start + b) if x.entry.type in ("source", "actor")
              and not (spans and any(sa <= x.start < sb for sa, sb in spans))]
        if ms and k > 0 and not _WHO_SAID.search(text) and (rel := _REL_IN.search(text)) and (
                all(x.start >= u.start + a + rel.start() for x in ms) or any(
                    x.entry.type == "source" for x in r.doc.mentions.between(
                        u.start + (segs[k - 2] + 1 if k > 1 else 0), u.start + segs[k - 1]))):
            continue  # "The Civil Defense, first responders who operate under the government, said": the name before
        if len(ms) > 1 and (sub := _last_subordinate(text)) is not None and (
                after := [x for x in ms if x.start >= u.start + a + sub]):
            ms = after  # "Rescuers kept digging for survivors as authorities said": the subordinate clause's subject
        if ms:
            if " and " in text and (ca := text.rfind(" and ")) > 0 and (
                    last := [x for x in ms if x.start >= u.start + a + ca]) and (
                    prev := [x for x in ms if x.end <= u.start + a + ca]) and _NOT_TAG_GAP.search(
                    nt, prev[-1].end, u.start + a + ca):
                ms = last  # "Rescuers have recovered 29 bodies ... and police estimate 100 others are missing": a new
                # clause's subject
            elif " and " in text:  # "police, residents and a teacher said": the list's first item
                ms = _listed_before(r, u, before, segs, k, ms) or ms
            return _pick(ms, u.start + a, first=True, nt=nt), False, text
        if 0 < k < len(segs) and _rx.match(r"\s*the\s", text) and text.islower() and not _rx.search(r"[\"\u201c\u201d]", text):
            continue  # "Amaq, the group's news agency, said": an appositive naming no source; the name before it speaks
        nm = _PERSON_NAME.match(text)
        if nm:
            if appos:  # a person the appositive right after the name describes ("X, an official of the ambulance service")
                return _pick(appos, appos[0].start, first=True, nt=nt), False, text
            known = _known_person(r, text, nm.group("last"))
            if known is not None:
                return known, False, text  # "Fedorov says", after "The regional governor, Ivan Fedorov"
            if k > 0 and k < len(segs):
                continue  # "..., the official, Abdullahi Nur, told reporters": the appositive name, then its title
        if k == len(segs):
            if L.ANAPHOR_RE.search(text[-80:]) or _rx.search(r"\bone\s+of\s+them\s*$", text):
                return None, True, text
            return None, False, text
        if appos and _named_body(None, text.strip()):
            return None, False, text.strip()  # "the Committee for Peace and Development, a rights group, said": the body
        if appos and _CAP_NAME.match(text):
            return _pick(appos, appos[0].start, first=True, nt=nt), False, text  # a named person the appositive describes
        if that_aux:
            return None, False, text  # X, if a body
        if 0 < len(text.split()) <= 4 and _rx.match(r"\s*(?:the|The)\s", text) and L.ANAPHOR_RE.search(text):
            return None, True, text  # "The minister, a burn specialist, said": the minister named before
        if 0 < k < len(segs) and _ACRONYM_ONLY.fullmatch(text) and _BODY_NOUN_END.search(before, 0, segs[k - 1]):
            return None, False, text.strip()  # "The boat company, COMANAV, said": the body by the name given after it
        break
    return None, False, ""


def _last_subordinate(text: str) -> int | None:
    """Where the last clause opened by "as", "while", "after", "when" or "because" begins in `text` (None if none)."""
    found = None
    for m in _SUBORDINATE.finditer(text):
        found = m.end()
    return found


_SUBORDINATE = re.compile(r"(?<!\bsuch)(?<!\bso)(?<!\bwell)\s(?:as|while|when|because|although|though|after)\s+(?!well\b|many\b|much\b|of\b|part\b|a\s+result\b)")


def _inverted_speaker(r: Report, u: Unit, vs: int, ve: int) -> Mention | None:
    """The speaker after the verb of an inverted tag ("..., said Hassan, a police captain", "..., said the
    governor"), when the text before the verb is a clause ending in a comma or a closing quote."""
    nt = r.ntext
    before = nt[u.start:vs].rstrip()
    if not before or before[-1] not in ",\"'\u201d" or not _INVERTED_VERB.fullmatch(nt, vs, ve) \
            or not _INVERTED_NEXT.match(nt, ve):
        return None
    seg = nt[ve:min(u.end, ve + 90)]
    stop = _rx.search(r"[.;,]", seg)
    if _rx.search(r"['\u2019]s\b|\b(?:that|were|was|is|are|had|have|has)\b", seg[:stop.start() if stop else len(seg)]):
        return None  # "said the army's losses were higher": what was said, not who said it
    return _speaker_after(r, ve, seg)


def _speaker_after(r: Report, ve: int, seg: str) -> Mention | None:
    """Who a reporting verb ending at ve names after it, up to the first stop of `seg` (the text from ve): a source
    or actor, else a person's appositive title ("said Abdirahman Ali, a district official")."""
    nt = r.ntext
    stop = _rx.search(r"[.;,]", seg)
    pk = _pick(r.doc.mentions.between(ve, ve + (stop.start() if stop else len(seg))), ve, nt=nt)
    if pk is not None and (_NOT_TAG_GAP.search(nt, ve, pk.start)
                           or _NOT_TAG_GAP.search(nt, pk.end, ve + (stop.start() if stop else len(seg)))):
        pk = None  # "X, a spokesman, said six soldiers were wounded and that villagers ...": a clause, not a tag
        # ("X, a local group, said ADF rebels killed 11": the clause's subject)
    am = _NAME_APPOS.match(seg) if pk is None else None
    if am:
        pk = known_people(r).get(am.group("last")) or _pick(
            r.doc.mentions.between(ve + am.start("title"), ve + am.end("title")), ve, nt=nt)
    elif pk is None and (pm := _PERSON_TAG.match(seg)):
        pk = _known_person(r, pm.group(0), pm.group("last"))  # '..." said Umar', after "Police Commissioner Abdu Umar"
    return pk


_NOT_TAG_GAP = re.compile(r"\d|\b(?:that|were|was|are|is|had|have|has|at\s+least|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                          r"ninety|hundreds?|dozens?|scores|several)\b", re.I)
# a body introduced by what it is, to be named later ("a medical group said ... , said the Sudan Doctors Network")
_NEW_BODY = re.compile(r"\s*an?\s+(?:[\w'-]+\s+){0,3}?(?:group|organi[sz]ation|network|charity|association|union|"
                       r"coalition|monitor|observatory|committee)\s*$", re.I)
_SAYS_AFTER = re.compile(r"(?:\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?(?:\s*,[^,]{2,80},)?\s+"
                         r"(?:said|says|reported|reports|stated|told|added|documented|recorded)\b")


def _body_named_after(r: Report, ui: int) -> str | None:
    """The first body named in the next few sentences, speaking or said to speak ("said the X, a group of ..."), that
    the gazetteer knows by a proper name."""
    nt = r.ntext
    end = r.units[min(len(r.units) - 1, ui + 3)].end
    for m in r.doc.mentions.between(r.units[ui].end, end):
        if m.entry.type != "source" or m.entry.name == "wire" or "{" in m.entry.name or not nt[m.start].isupper() \
                or m.entry.name[:1].islower():
            continue
        if _SAYS_AFTER.match(nt, m.end) or _rx.search(r"\b(?:said|says|according\s+to)\s+(?:the\s+)?$",
                                                     nt[max(0, m.start - 20):m.start]):
            return r.doc.resolve(m, None)
    return None


_IN_A_STATEMENT_TAIL = re.compile(r"\s+in\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|broadcast|"
                                  r"interview|address|speech|message|video|post|briefing|press\s+conference|"
                                  r"communiqu\S*|release|update|bulletin|tweet)\s*$")
_ACRONYM_ONLY = re.compile(r"\s*[A-Z][A-Z0-9&]{1,9}\s*")
_BODY_NOUN_END = re.compile(r"\b(?:company|firm|operator|agency|group|organi[sz]ation|authority|service|office|commission|"
                            r"committee|network|association|union|institute|council|department|ministry|directorate)\s*$", re.I)
_SPEAKING_FOR = re.compile(r"(?:\s+(?:(?:on|late|early)\s+)?(?:on\s+)?[A-Z][a-z]+day)?,?\s+speaking\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")
_INVERTED_VERB = re.compile(r"said|says|added|adds|declared|stated|explained|noted|announced|confirmed|reports|reported", re.I)
_DECLARED_SAYS = re.compile(r"\s*(?:that\b|[,:\"\u201c])")
_RAISED_SUBJECT = re.compile(r"\b(?:was|were|is|are|been)\s+$")
# a participle after a determiner is an adjective of the figure's noun, not a statement: "the confirmed death toll",
# "an estimated 300", "a reported 805 others"
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their)\s+$")
_INVERTED_NEXT = re.compile(r"\s+(?:(?:the|a|an)\s+[a-z]|[A-Z][a-z])")


def _a_place(r: Report, pos: int) -> bool:
    """A place or country is named at pos ("federal state, Oromia": a place after a title, not a person)."""
    return any(x.start <= pos < x.end and x.entry.type in ("place", "country", "demonym")
               for x in r.doc.mentions.between(max(0, pos - 40), pos + 60))


_AND_SUBJECT_END = re.compile(r"\sand\s+(?:the\s+)?(?:[\w-]+\s+)?[\w-]+\s*$")
_PREDICATE_BEFORE = re.compile(r"\b(?:was|were|is|are)\s+(?:a|an)\s+$")


def known_people(r: Report) -> dict[str, Mention]:
    """Surnames of people the report introduces with a source title ("Police spokesman Yazid Abubakar", "the regional
    governor, Ivan Fedorov"), so a later "Abubakar said" / "Fedorov says" resolves to that source."""
    if r._people is None:
        r._people = {}
        items = r.doc.mentions.items
        for i, m in enumerate(items):
            if m.entry.type in ("source", "actor") and m.entry.name != "wire":
                nxt = next((x for x in items[i + 1:i + 3] if x.entry.type not in ("country", "demonym")), None)
                if m.entry.name == "officials" and nxt is not None and nxt.entry.type in ("source", "actor") \
                        and _OF_BODY.fullmatch(r.ntext, m.end, nxt.start):
                    m = nxt  # "Tamim Eleian, a spokesperson for the IOM" ("for Nepali police"): he speaks for the IOM
                pm = _NAME_AFTER_TITLE.match(r.ntext, m.end, m.end + 60)
                if pm and r.ntext.startswith(",", m.end) and _PREDICATE_BEFORE.search(r.lc, max(0, m.start - 16), m.start):
                    pm = None  # "the other was a police officer, Mr Villegas said": what the dead man was, not his title
                if pm and m.entry.type == "actor" and r.ntext.startswith(",", m.end) and not _rx.match(r"\s*[,)(]", r.ntext[pm.end():pm.end() + 3]):
                    pm = None  # "..., were security forces, Dawlat Q. told reporters": a new clause's subject, not a
                    # member of the force (a title keeps its name: "defence spokesman, Brig. Gen. X told AFP")
                if pm and pm.group("last").lower() not in _NOT_SURNAMES and not _a_place(r, pm.start("last")):
                    r._people.setdefault(pm.group("last"), m)
                    r.people_first.setdefault(pm.group("last"), _first_name(r.ntext[pm.start():pm.start("last")]))
                # "Fernanda Lopes, a public defender who ...": the title after the name
                # (the pattern needs its tail: a search for that, from its comma, skips the search for most mentions)
                pb = _NAME_BEFORE_TITLE.search(r.ntext, max(0, m.start - 70), m.start) \
                    if _TITLE_AFTER_NAME.search(r.ntext, max(0, m.start - 70), m.start) else None
                if pb and pb.group("last").lower() not in _NOT_SURNAMES:
                    r._people.setdefault(pb.group("last"), m)
                    r.people_first.setdefault(pb.group("last"), _first_name(r.ntext[pb.start():pb.start("last")]))
    return r._people


_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "mme", "mlle", "m"))


def _first_name(before_last: str) -> str | None:
    """The given name just before a surname ("Yazid" of "spokesman Yazid Abubakar"), if any."""
    words = [w for w in before_last.replace(",", " ").split() if w[:1].isupper() and w.rstrip(".").isalpha()
             and w.rstrip(".").lower() not in _HONORIFICS]  # ("Mr Villegas" after "Minister Luis C. Villegas")
    return words[-1] if words and len(words[-1].rstrip(".")) > 1 else None


def _known_person(r: Report, name_text: str, last: str) -> Mention | None:
    """The source of a person named before, by surname, unless the name now has another given name ("Qibla Khan"
    after "DSP Ahmed Khan": someone else)."""
    known = known_people(r).get(last)
    if known is None:
        return None
    first, was = _first_name(name_text[:name_text.rfind(last)]), r.people_first.get(last)
    return None if first and was and first != was else known


def _headline_noun(r: Report, subj: str, u: Unit) -> Mention | None:
    """A headline's "..., ministry says": the body names which ministry (the first source whose name ends so)."""
    wm = _GENERIC_SPEAKER.search(subj)
    if not wm:
        return None
    w = wm.group(1).lower()
    if w == "group":  # "..., group says": the body that speaks in the lead ("Amnesty International says survivors ...")
        lead = next((x for x in r.units if x.start >= u.end and not x.title), None)
        if lead is not None:
            for m in r.doc.mentions.between(lead.start, min(lead.end, lead.start + 200)):
                if m.entry.type in ("source", "actor") and m.entry.name != "wire" and _LEAD_SAYS.match(r.lc, m.end):
                    return m
    for m in r.doc.mentions.items:
        if m.start >= u.end and m.entry.type in ("source", "actor") and m.entry.name != "wire" \
                and (m.text.lower().rstrip("s").endswith(w.rstrip("s"))
                     or "{" not in m.entry.name and m.entry.name.lower().endswith(w)):  # "Ministry of Emergencies"
            return m
    return None


_LEAD_SAYS = re.compile(r"\s+(?:says|said|reported|reports|stated|announced)\b")


_STATEMENT_WORDS = r"(?:statement|communiqu[e\u00e9]|press\s+release)"
_THE_STATEMENT = re.compile(r"(?i)\b(?:the|that|this|its)\s+(?:same\s+|latest\s+|joint\s+)?" + _STATEMENT_WORDS + r"\s*$|"
                            r"^\s*(?:the|that|this|its)\s+(?:same\s+)?" + _STATEMENT_WORDS + r"\b")
_STATEMENT_NEAR = re.compile(r"(?i)\b" + _STATEMENT_WORDS + r"\b")
_NOUN_BEFORE = re.compile(r"\b(?:initial|earlier|previous|preliminary|unconfirmed|early|latest|conflicting|varying|"
                          r"differing|official|the|these|those|such|media|news)\s+$")
_MINISTRY_PAIR = re.compile(r"\b([A-Za-z]+)\s+and\s+(?:[a-z]+\s+){1,2}[Mm]inistries\s*$")
_CITED_TOLL = re.compile(r"\s+(?:a|an|the|its)\s+(?:(?:higher|lower|new|final|provisional|preliminary|death)\s+)*"
                         r"(?:toll|figure|number|tally|count)\b")


def reporting_cues(r: Report, ui: int, last, spans=()) -> list[tuple]:
    """(verb position, source, statement date, is_citing, date start) for each reporting cue in a unit."""
    u = r.units[ui]
    nt = r.ntext
    doc = r.doc
    out: list[tuple] = []
    cited: list[tuple] = []  # cues whose speaker is a wire or outlet (kept only when no one else speaks)
    cites_someone = False  # a "citing" / "quoting" cue in the unit: then a cited outlet is only the carrier
    loose = False  # a statement of no one in particular ("Initial estimates put the toll at 20"): no source named
    r._spans = spans
    dates = [d for d in r.unit_dates(ui) if d.date is not None and not r.dateline(u, d)]
    for m in r._say.within(u.start, u.end):
        vs = m.start("v")  # the verb (the scan's match may start a character before it)
        v = " ".join(m.group("v").split())
        if v in _NOT_SAYING_VERBS and _NOT_SAYING.match(r.lc, m.end()):  # (the set test first: most verbs are not)
            continue  # "clashes have claimed 6,000 lives", "troops posted along the road": no one speaks
        if v in ("reported", "listed", "declared") and _REPORTED_STATE.match(r.lc, m.end()) \
                and _rx.search(r"\b(?:also\s+|been\s+|be\s+|were\s+|was\s+|are\s+|is\s+)$", r.lc[max(u.start, vs - 12):vs]):
            continue  # "an unknown number of people also reported missing": a state, not a statement
        if v in ("declared", "declares") and not (_DECLARED_SAYS.match(nt, m.end())
                                                  or _rx.search(r"[,\"\u201d]\s*$", nt[max(u.start, vs - 4):vs])):
            continue  # "seven were declared missing", "declared a curfew": a state, not a statement
        if v == "identified" and not _rx.match(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:dead|victims|deceased|bodies|slain)\b",
                                                nt[m.end():m.end() + 40]):
            continue  # "the police chief identified the dead as ..." speaks; "the village head identified as X" does not
        if v in _RECOVER_VERBS and not (u.title or _headline_like(r, u)):
            continue  # a headline's "Police recover 10 corpses" says who gives the count; a body's sentence may not
        if v == "reads" and not _rx.search(r"\b(?:statement|message|post|release|communiqu[e\u00e9]|note|letter|report|"
                                            r"bulletin|notice|tweet)\s+$", r.lc[max(u.start, vs - 20):vs]):
            continue  # "..., the statement reads": a text's words; "the sign reads" gives no one's figure
        if v in ("estimates", "reports", "claims", "counts") and (_NOUN_BEFORE.search(r.lc, max(u.start, vs - 16), vs)
                                                                  or not nt[u.start:vs].strip()):
            continue  # "Initial estimates put the toll at 20": the noun, whose verb comes after it
        if v in ("accused", "accuses", "accusing") and r.lc.startswith((" of ", " as "), m.end()):
            continue  # "residents accused of witchcraft": the accused, not an accuser who gives the toll
        if v == "saw" and _rx.search(r"\b(?:I|we|We|you|You)\s+$", nt[max(u.start, vs - 6):vs]):
            continue  # "I saw the bodies of four ...": a witness's words, whose tag names him
        if v in ("described", "describes") and not _rx.search(r"\bwhat\s+(?:[\w'\u2019-]+\s+){1,4}$", nt[max(u.start, vs - 50):vs]):
            continue  # only "in what the military described as an attack" gives its speaker's words, not "which described"
        if v.endswith("ed") and _ATTRIBUTIVE.search(r.lc, max(u.start, vs - 7), vs):
            continue  # "the confirmed death toll rose to 60, ..., according to X": X's figure, no one else's
        if r.lc.startswith(" to ", m.end()) and _RAISED_SUBJECT.search(r.lc, max(u.start, vs - 8), vs):
            continue  # "the bandits were said to have abducted 50": what others say of them, not their statement
        if v in ("cited", "citing") and _CITED_TOLL.match(nt, m.end()):
            v = "gave"  # "the UN has cited a death toll of at least 100": its subject gives the figure, as "put"
        src: str | None = None
        pk = None
        citing = v in ("citing", "cited", "quoting", "quoted")
        cites_someone = cites_someone or citing
        anaphor = False
        subj = ""
        if v in ("according to", "citing", "cited", "given by", "issued by", "confirmed by", "reported by", "quoting", "quoted"):
            seg = nt[m.end():min(u.end, m.end() + 90)]
            opens = not nt[u.start:vs].strip(" \t\"'\u201c\u2018")
            # "According to a tally by the church, the ADF has killed ...": an opening phrase ends at its comma
            stop = _rx.search(r";|(?=[.!?])" + _NOT_ABBR + r"[.!?](?=\s+[A-Z]|\s*$)|,\s*(?:which|who|as|and|but|while|whereas)\b"
                              + (r"|,(?!\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}" + _TITLE_NOUNS + r")" if opens else ""), seg)
            ms = r.doc.mentions.between(m.end(), m.end() + (stop.start() if stop else len(seg)))
            pk = _pick(ms, m.end(), nt=nt)
            if pk is not None and pk.entry.type in ("demonym", "country") and (nb := _named_body(seg, "")) is not None \
                    and " " in nb and pk.text in nb.split():
                pk, src = None, nb  # "according to the NGO Brazilian Public Security Forum": the body, not the state
            own = next((x for x in ms if x.entry.name == "wire" and x.start - m.end() <= 8
                        and _OWN_TALLY.match(nt, x.end)), None)
            if own is not None and (name := doc.g.wire_canonical.get(own.text.lower())):
                pk, src = None, name  # "according to an AFP tally based on official figures": the wire's own count
            if pk is not None and pk.text.lower().removeprefix("the ") in ("government", "state") and nt.startswith(("'s ", "\u2019s "), pk.end) \
                    and (nb := _named_body(nt[pk.end + 2:pk.end + 90], "")) is not None and " " in nb:
                pk, src = None, nb  # "according to the government's Disaster Management Center": the centre
            if pk is None and src is None and (_SAME_SOURCE.match(seg) or _ITS_STATEMENT.match(seg)):
                anaphor = True  # "according to the same office", "according to the ministry" named before
            elif pk is None and src is None and (pm := _PERSON_AT.match(seg)):
                pk = _known_person(r, pm.group(0), pm.group("last"))  # "according to Jamal", introduced with his title before
        elif (v in _PARTICIPLE_CUES or ("and" in nt[max(u.start, vs - 5):vs] and _rx.search(
                        r"\band\s+$", nt[max(u.start, vs - 5):vs]))) and out:
            src = out[-1][1]
        elif v in ("claim", "claims") and (dm := _DISMISSED_CLAIM.search(nt, max(u.start, vs - 90), vs)) is not None:
            # "the army chief dismissed a separatist group claim that ...": the claim is the group's, not his
            pk = _pick(r.doc.mentions.between(dm.start("who"), dm.end("who")), dm.end("who"), nt=nt)
            if pk is None and _GROUP_NOUN.search(dm.group("who")) and doc.group:
                src = doc.group
        else:
            # "X, a physician at the hospital, provided a higher toll, saying ...": a participle with no cue before
            # it speaks for the subject of the clause it hangs on
            mv = _MAIN_VERB.search(nt, u.start, vs) if v in _PARTICIPLE_CUES else None
            if mv is None and (am := _AND_TAIL.search(nt, max(u.start, vs - 8), vs)) is not None:
                mv = _MAIN_VERB.search(nt, u.start, am.start() + 1)  # "X condemned the attack, and reported ...": X
            pk, anaphor, subj = _subject(r, u, mv.start() if mv else vs)
            if pk is None and _LOOSE_REPORTS.match(subj or ""):
                loose = True
                continue  # "Earlier reports put the toll at 24", "Initial estimates put ...": no one's in particular
            if pk is not None and (inv := _inverted_speaker(r, u, vs, m.end())) is not None:
                pk, anaphor = inv, False  # "..., said Hassan, a police captain": the speaker follows the verb
            if pk is None and (sf := _SPEAKING_FOR.match(nt, m.end())) is not None and (sp := _pick(
                    doc.mentions.between(sf.end(), min(u.end, sf.end() + 50)), sf.end(), nt=nt)) is not None:
                pk, anaphor = sp, False  # "X said, speaking for the local police force": the body he speaks for
            if pk is None and u.title:
                pk = _headline_noun(r, subj, u)
                anaphor = anaphor and pk is None
            if pk is None and not anaphor:
                before = nt[u.start:vs].rstrip()
                if (not before or before[-1] in ",\"'\u201d" or before.endswith(("\u2014", ":"))) and not (
                        v in ("told", "tells") and before.endswith(",")):  # "X, ..., told Reuters": who heard it
                    seg = nt[m.end():min(u.end, m.end() + 90)]
                    pk = _speaker_after(r, m.end(), seg)
                    if pk is None and _INVERTED_VERB.fullmatch(v):
                        # "..., declared the National Network for the Defense of Human Rights (RNDDH)": a body the
                        # gazetteer does not know, named after the verb of an inverted tag
                        # (by its short name, as "(SEMA) said" is: _named_body gives it)
                        src = _named_body(seg, "") if _rx.match(r"\s+(?:the\s+)?[A-Z]", seg) \
                            and not _NOT_TAG_GAP.search(seg.split(",")[0].split(".")[0]) else None
                    if pk is None and src is None:
                        anaphor = bool(L.ANAPHOR_RE.search(
                            " " + seg[:50].split(",")[0].split(" in ")[0].rstrip(" .!\"'\u201d") + " "))
        if pk is None and anaphor and src is None and subj and (nb := _named_body(None, subj)) and (
                " " in nb or _DESCRIBED.search(subj[:subj.rfind(nb)]) or _ACRONYM_TITLE.match(subj)):
            src, anaphor = nb, False  # "Relief International confirmed": a body by its name, not a person named before
        if pk is None and not anaphor and src is None:
            src = _named_body(nt[m.end():min(u.end, m.end() + 120)] if v == "according to" else None, subj)
        if doc.group and _rebel_voice(r, max(u.start, vs - 60), vs if v != "according to" else min(u.end, vs + 80)):
            pk, src, anaphor = None, doc.group, False  # "Rebel spokesman X said": the armed group the report is about
        if pk is None and src is None and not anaphor and v != "according to" and _PLACE_SPOKESMAN.search(
                nt, max(u.start, vs - 90), vs):
            src = "officials"  # "X, spokesman for Nuristan province, said": a province's spokesman, as "provincial spokesman"
        if pk is None and src is None and v != "according to" and (
                _OF_A_HOSPITAL.search(nt, max(u.start, vs - 160), vs) or _HOSPITAL_SOURCES.search(subj or "")):
            src, anaphor = "medical sources", False  # "X, the director of a nearby state hospital ..., said"
        if pk is None and src is None and v != "according to" and (not anaphor and _LOCAL_HEAD.search(
                nt, max(u.start, vs - 120), vs) or _LOCAL_HEAD_FIRST.search(nt, max(u.start, vs - 120), vs)):
            src, anaphor = "local authorities", False  # "X, chairman of the Hong local government area, said": a local council's head
        if pk is None and src is None and v != "according to" and _OFFICE_SPOKESMAN.search(nt, max(u.start, vs - 90), vs):
            src, anaphor = "officials", False  # "A spokesman for a regional public affairs office said": an office's
        if pk is None and src is None and not anaphor and v != "according to" and (
                tb := _TITLE_OF_BODY.search(nt, max(u.start, vs - 120), vs)) is not None:
            src = _named_body(None, tb.group("body"), False)  # "X, spokesman for the Ghana Prisons Service, said"
        if pk is None and src is None and (mp := _MINISTRY_PAIR.search(subj or "")) is not None and (
                found := [x for x in doc.g.mentions(f"{mp.group(1)} ministry") if x.entry.type == "source"]):
            src, anaphor = found[0].entry.name, False  # "The health and interior ministries said": the first named
        if pk is None and src is None and (hm := _HEAD_OF_REGION.search(
                nt, max(u.start, vs - 80), vs)) is not None and doc.is_region(hm.group("region")):
            src, anaphor = f"{hm.group('region')} governor", False  # "The head of Dagestan, Sergei M., said"
        if pk is None and src is None and (rs := _ranked_speaker(
                r, subj if v != "according to" else nt[m.end():min(u.end, m.end() + 60)])):
            src, anaphor = rs, False
        if pk is None and src is None and v != "according to" and _INVERTED_VERB.fullmatch(v) and \
                nt[u.start:vs].rstrip()[-1:] in (",", "\"", "'", "\u201d") and (rs := _ranked_speaker(
                    r, nt[m.end():min(u.end, m.end() + 60)])):
            src, anaphor = rs, False  # '"We saw 15 dead," said Lt Col X': an officer after the verb
        if pk is not None and "{" in pk.entry.name and v != "according to" and (nb := _named_body(None, subj, False)) \
                and pk.text.lower() in nb.lower() and len(nb) > len(pk.text) + 3 and nb[0].isupper():
            # "the Borno State Emergency Management Agency (SEMA) said": the agency (by its short name), not the state
            acr = _rx.search(r"\(([A-Z][A-Za-z]{1,9})\)", subj)
            pk, src = None, acr.group(1) if acr else nb
        if pk is not None and (ka := _KNOWN_AS.match(nt, pk.end)) is not None and (nx := next((
                x for x in doc.mentions.between(ka.end(), ka.end() + 60) if x.start <= ka.end() + 4
                and x.entry.type in ("source", "actor")), None)):
            pk = nx  # "the UN mission in the country, known as MONUC": the name it is known by
        elif pk is not None and pk.text[:1].islower() and (ka := _KNOWN_AS.match(nt, pk.end)) is not None and (
                acr := _rx.match(r"([A-Z][A-Za-z]{1,7}[A-Z])\b", nt[ka.end():ka.end() + 12])) is not None:
            pk, src = None, acr.group(1)  # "the local rights group known by its French acronym CRDH"
        if pk is not None and (named := _name_after_kind(r, pk)) is not None:
            pk, src = (named, None) if isinstance(named, Mention) else (None, named)
        if pk is not None:
            src = doc.resolve(pk, u)
            if src == "medical sources" and pk.text.lower().startswith("health official") and (any(
                    x.entry.type in ("demonym", "country") and 0 <= pk.start - x.end <= 2
                    for x in doc.mentions.between(max(0, pk.start - 30), pk.start))
                    or _rx.search(r"\b[A-Z][a-z]+(?:ian|an|ese|i|ish)\s+$", nt[max(0, pk.start - 20):pk.start])):
                src = "Health Ministry"  # "Palestinian health officials said": the nation's health ministry
            if src == "officials" and last[0] and _THE_OFFICIAL.fullmatch(pk.text) and not _FOR_BODY.match(nt, pk.end) \
                    and (pk.text.lower().startswith("the ") or _rx.search(r"\bthe\s+$", nt[max(u.start, pk.start - 5):pk.start])):
                src = last[0]  # "..., the official said": the official named before (the province's spokesman)
            elif src == "officials" and last[0] and _rx.fullmatch(
                    r"Spokes(?:man|woman|person)", nt[pk.start:pk.end]) and not nt[u.start:pk.start].strip() \
                    and _rx.match(r"\s+[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+", nt[pk.end:pk.end + 40]):
                src = last[0]  # "... according to OHCHR. Spokesperson Jeremy L. said ...": the body just named
            if src == "officials" and pk.start >= 4 and nt[pk.start - 3:pk.start] == "'s " and (owner := next((
                    x for x in doc.mentions.between(max(0, pk.start - 60), pk.start - 3)
                    if x.end == pk.start - 3 and x.entry.type == "source" and x.entry.name != "wire"), None)) is not None:
                pk, src = owner, doc.resolve(owner, u)  # "Balochistan Government's spokesperson": the government's
            if src == "officials" and pk.text[:1].islower() and nt[pk.start - 1:pk.start] == " " and (
                    nb := _named_body(None, nt[max(u.start, pk.start - 70):pk.start - 1], False)) is not None \
                    and " " in nb:
                src = nb  # "Philippine Coast Guard spokesperson X said": the body the title belongs to
            if src == "officials" and (fb := _FOR_BODY.match(nt, pk.end)) is not None and (
                    nb := _named_body(nt[fb.end():fb.end() + 90], "")) is not None and nb[0].isupper():
                src = nb  # "Francis E., spokesperson of the Nigerian Correctional Service, said": the body he speaks for
            elif src == "officials" and (fb := _FOR_THE_BODY.match(nt, pk.end)) is not None and (
                    nb := _body_named_before(r, fb.group(1), pk.start)) is not None:
                src = nb  # "spokesperson of the service", the Nigerian Correctional Service named before
            # (the words before the mention: in this sentence, or where a person named here was introduced)
            floor = u.start if pk.start >= u.start else 0
            if src and src.endswith(" government") and _SUBNATIONAL.search(r.lc, max(floor, pk.start - 12), pk.start):
                named = _NAMED_SUBNATIONAL.search(nt, max(floor, pk.start - 50), pk.start)
                if named and not any(x.entry.type in ("country", "demonym") for x in doc.mentions.between(
                        named.start(1), named.end(1))):
                    src = f"{named.group(1)} government"  # "Kyrgyzstan's Batken provincial government": Batken's
                else:
                    region = _home_region(r)  # "provincial government spokesman X said": the province's government
                    src = f"{_REGION_WORD.sub('', region)} government" if region else src
            if src and src.split()[-1] in ("military", "army", "government", "officials"):
                near = [x for x in doc.mentions.between(max(floor, pk.start - 40), pk.start)
                        if r.lc.startswith(("'s", "\u2019s"), x.end) or x.end >= pk.start - 2]
                for x in reversed(near):
                    if x.entry.type == "actor" and x.entry.kind in ("armed_group", "force") and not src.endswith(" government"):
                        src = x.entry.name  # "al Shabaab's military operation spokesman": the group's own voice
                        break
                    if x.entry.type == "place" and x.entry.kind == "region" and src.endswith(" government") \
                            and (x.end >= pk.start - 2 or r.lc.startswith(("'s ", "\u2019s "), x.end)):
                        # "Chhattisgarh government records", "a spokesman for Niger state's government"
                        src = f"{_REGION_WORD.sub('', x.entry.name)} government"
                        break
            if src and _PROVINCIAL_TITLE.search(pk.text) and (
                    gm := _FOR_REGION.match(r.ntext, pk.end)) is not None:
                reg = [x for x in doc.mentions.between(gm.end(), gm.end() + 40)
                       if x.start == gm.end() and x.entry.type == "place" and x.entry.kind == "region"]
                if reg:  # "Chrispin Mputu, interior minister for the Equateur province": the province's government
                    src = f"{_REGION_WORD.sub('', reg[0].entry.name)} government"
                elif src == "officials" and _OF_HOSPITAL.match(r.lc, gm.end()):
                    src = "medical sources"  # "the spokesperson for the primary medical facility, X Hospital"
            if _GROUPS_OWN.search(r.lc, max(u.start, pk.start - 25), pk.start):
                # "the group's military spokesman said": the armed group named before speaks, not a state's military
                acts = [x for x in doc.mentions.between(max(0, pk.start - 2000), pk.start)
                        if x.entry.type == "actor" and x.entry.kind == "armed_group"]
                src = acts[-1].entry.name if acts else (doc.group or src)
            if src == "local authorities" and pk.text.lower() == "authorities" and (
                    _NATIONAL.search(r.lc, max(0, pk.start - 12), pk.start) or any(
                        x.entry.type in ("country", "demonym") and (pk.start - 3 <= x.end <= pk.start
                                                                    or _IN_THE.fullmatch(r.lc, pk.end, x.start))
                        for x in doc.mentions.between(max(0, pk.start - 30), pk.end + 40))):
                # "Honduran authorities", "national authorities", "authorities in Peru": the state's, not local ones
                src = "officials"
            if src in ("officials", "local authorities"):
                sm = _rx.search(r"\b(?:in|of)\s+([A-Z][\w-]+)\s+state\b", nt[max(u.start, pk.start - 5):pk.end + 40])
                if sm and any(x.entry.type == "place" and x.entry.kind == "region"
                              for x in r.doc.mentions.between(max(u.start, pk.start - 5), pk.end + 40)):
                    src = f"{sm.group(1)} government"
        if src is None and pk is None and subj:
            cm = [x for x in r.doc.mentions.between(u.start, vs) if x.entry.type == "country"]
            if cm and v in ("recorded", "registered", "counted", "documented", "saw") and "according to" in r.lc[m.end():u.end]:
                continue  # "Brazil recorded 6,429 deaths ..., according to the NGO X": the country is what X counts
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
        if anaphor and pk is None and src is None and _NEW_BODY.match(subj or ""):
            # "a local volunteer group said ...", then "The Emergency Response Room said": a body met for the first
            # time, named after (not the speaker before it)
            src, anaphor = _body_named_after(r, ui), False
        if anaphor and pk is None and _LOOSE_REPORTS.match(subj or ""):
            continue  # "Earlier reports put the toll at 24", "Preliminary reports say": no one's in particular
        if anaphor and pk is None and _REPORT_NOUN_END.search(subj or ""):
            src = _report_source(r, u.start) or last[0]
        elif anaphor:
            src = out[-1][1] if out and out[-1][1] else last[0]  # "X told reporters that ..., he said, ...": X
            if not out and (opener := _opening_speaker(r, u, vs)) is not None:
                src = opener  # "Al Shabaab claimed the attack in a statement, in which they said ...": the subject
            near = nt[m.end():min(u.end, m.end() + 30)] if v == "according to" else nt[max(u.start, vs - 40):vs]
            if (bw := _THE_BODY_WORD.search(near) if v != "according to" else _THE_BODY_WORD_AFTER.match(near)) \
                    is not None and (named := _body_ending(r, bw.group(1).lower(), vs)) is not None:
                src = named  # "The commission said", after "the Ethiopian Human Rights Commission (EHRC) said"
            if r.last_ministry and _rx.search(r"ministry|\bminister\b", near, re.I) \
                    and not _rx.search(r"\b[A-Z][\w-]*\s+Ministry\b", nt[max(u.start, vs - 80):vs]) \
                    and not (src and "Ministry" in src):
                src = r.last_ministry
            if not r.last_ministry and not src and _rx.search(r"\bministry\s+(?:spokes\w+|officials?|sources?)\s*$", near, re.I):
                # "near the interior ministry compound ..., a ministry spokesman said": the ministry the report named
                for mm in reversed(list(_rx.finditer(r"\b([A-Za-z]+)\s+[Mm]inistry\b", nt[max(0, vs - 1500):vs]))):
                    if found := [x for x in doc.g.mentions(f"{mm.group(1).lower()} ministry") if x.entry.type == "source"]:
                        src = found[0].entry.name
                        break
            if r.last_statement and _THE_STATEMENT.search(near if v != "according to" else nt[m.end():m.end() + 30]):
                src = r.last_statement  # "..., said a statement from the local committee. / ..., the statement said"
            ctx = nt[max(u.start, vs - 30):m.end() + 30]
            if _rx.search(r"(?i)\b(?:he|she|it|they)\s*$", nt[max(u.start, vs - 12):vs]) or _rx.search(
                    r"same\s+statement", ctx, re.I):
                sdate = sdate or last[1]
        elif src is not None and src == last[0] and sdate is None:
            sdate = last[1]
        if src == "wire" and pk is not None:
            src = _voice_outlet(r, pk) or src
            if src == "wire" and not citing and (name := doc.g.wire_canonical.get(pk.text.lower())) \
                    and not (nt[pk.start - 1:pk.start] == "(" or nt[pk.end:pk.end + 1] == ")") \
                    and (v == "according to" or pk.start < vs and not _TO_END.search(nt, max(0, pk.start - 12), pk.start)):
                # "Tanjug reported": the outlet, if no one else speaks; but "(Reuters) -" is the carrier, and "told
                # AFP", "who spoke to AFP" name the outlet that heard, not one speaking
                cited.append((vs, name, sdate, citing, sstart))
        if src == "wire" or (src is None and not anaphor):
            continue
        out.append((vs, src, sdate, citing, sstart))
        if src and "Ministry" in src:
            r.last_ministry = src
        if src and not anaphor and _STATEMENT_NEAR.search(nt, max(u.start, vs - 60), min(u.end, m.end() + 60)):
            r.last_statement = src
    if not out and cited and not cites_someone:
        out.extend(cited)  # an outlet another outlet cites, with no source of its own named: the outlet
    # possessive sources: "SOHR's count", "the ministry's toll"
    for x in r.doc.mentions.between(u.start, u.end):
        # (the pattern starts with a literal apostrophe: test it before slicing the rest of the unit)
        if nt.startswith("'", x.end) and x.entry.type in ("source", "actor") and x.entry.name != "wire" \
                and L.POSSESSIVE_SOURCE_RE.match(nt[x.end:u.end]):
            out.append((x.start, doc.resolve(x, u), None, False, None))
    if not out and (u.title or _headline_like(r, u)):
        line = nt[u.start:u.end].rstrip(" \"'")
        tm = _rx.search(r"(?:\s[-\u2013\u2014]\s*|[-\u2013\u2014]\s+|:\s*)(?P<src>[^,:\d\u2013\u2014-]{2,50}?)\s*$", line)
        if tm and len(tm.group("src").split()) <= 5:
            ms = r.doc.mentions.between(u.start + tm.start("src"), u.start + tm.end("src"))
            pk = _pick(ms, u.start + tm.start("src"), nt=nt) or _headline_noun(r, tm.group("src"), u)
            if pk and pk.entry.name != "wire" and _title_source(nt[u.start + tm.start("src"):u.start + tm.end("src")], pk.start - u.start - tm.start("src"),
                                    pk.end - pk.start):
                out.append((u.start + tm.start("src"), doc.resolve(pk, u), None, False, None))
        lead = _rx.match(r"^\s*(?:title:\s*[\"']?)?([^:\d]{2,40}):\s", nt[u.start:u.end])
        if not out and lead:
            ms = [x for x in r.doc.mentions.between(u.start + lead.start(1), u.start + lead.end(1))
                  if x.entry.type == "source" or x.entry.type == "actor" and x.start == u.start + lead.start(1)
                  and x.end == u.start + lead.end(1)]  # "Taliban: Mosque blast kills 4": the group's word
            pk = _pick(ms, u.start, nt=nt)
            if pk and (said := doc.resolve(pk, u)) == "wire":
                said = _voice_outlet(r, pk)  # "Iran state media: Gunmen kill 3 ...": the state's outlet speaks
            if pk and said:
                out.append((u.start, said, None, False, None))
    if not out and not loose:
        for x in r.doc.mentions.between(u.start, u.end):
            if any(a <= x.start < b for a, b in spans):
                continue
            if x.entry.type == "source" and x.entry.name != "wire" and (
                    _VERBISH.match(nt[x.end:u.end]) or _rx.search(r"\bfrom\s+(?:the\s+)?$", nt[max(u.start, x.start - 12):x.start])
                    and nt[x.end:x.end + 2].startswith(":")):
                out.append((x.start, doc.resolve(x, u), None, False, None))
                break
    return out


def _headline_like(r: Report, u: Unit) -> bool:
    """A line that stands alone like a headline (a page's title under its site name, a related article's title):
    short, whole, with no full stop ("Pak airstrikes kill 46 in Afghanistan; mostly women, children: Taliban")."""
    if not u.first_in_line or u.bullet or r.text[u.end:u.end + 1] not in ("\n", "") or \
            (u.start and r.text[u.start - 1] != "\n"):
        return False
    t = r.text[u.start:u.end].rstrip()
    return bool(t) and t[-1] not in ".!?\"'\u201d\u2019:;," and 3 <= t.count(" ") + 1 <= 20


def _voice_outlet(r: Report, pk: Mention) -> str | None:
    """A state's or an armed group's own outlet that speaks ("State news agency SANA said"): the source itself, not a
    wire carrying someone else's figure. Generic state outlets are one source, "state media"."""
    g = r.doc.g
    name = g.wire_canonical.get(pk.text.lower())
    if name in g.voice_outlets:
        return name
    before = r.lc[max(0, pk.start - 30):pk.start]
    low = pk.text.lower()
    if "state" in low or low.startswith(("national tele", "national tv", "national broad", "official news")) \
            or low.endswith("information agency") \
            or _STATE_OUTLET_BEFORE.search(before):
        named = [m for m in r.doc.mentions.between(pk.end, pk.end + 40) if m.start - pk.end <= 3
                 and g.wire_canonical.get(m.text.lower()) in g.voice_outlets]  # "state news agency SANA"
        if named:
            return g.wire_canonical[named[0].text.lower()]
        return name if name and name not in ("AP", "Reuters", "AFP") else "state media"
    return None


# a person's title that serves a province when one follows it ("interior minister for the Equateur province")
_PROVINCIAL_TITLE = re.compile(r"\b(?:minister|spokes(?:man|woman|person)|commissioner|officials?)$", re.I)
_FOR_REGION = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?")
_OF_HOSPITAL = re.compile(r"(?:[\w'-]+\s+){0,3}?(?:hospital|clinic|medical\s+(?:facility|centre|center|complex)|"
                          r"health\s+(?:facility|centre|center)|teaching\s+hospital)\b")
_NAMED_SUBNATIONAL = re.compile(r"(?<![\w'\u2019-])([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:provincial|regional|state|county|district)"
                                r"\s+$")
_SUBNATIONAL = re.compile(r"\b(?:provincial|regional|state|county|district)\s+$")


def _home_region(r: Report) -> str | None:
    """The first-level region a report is about: the one it names most, else the one holding its main town."""
    doc = r.doc
    if doc.region:
        return doc.region
    for place in doc.g.place_within(doc.city) if doc.city else ():
        if doc.is_region(place):
            return place
    return None


# a kind of body the gazetteer knows in lower case ("rights group", "monitoring group") and the name given right after it
_KIND_NOUN = re.compile(r"(?:group|organi[sz]ation|monitor|watchdog|charity|NGO|network|observatory|agency|authority|"
                        r"office|department|service|commission|committee|council|centre|center)s?$", re.I)


_NAME_THEN_KIND = re.compile(r"(?<![\w'\u2019-])(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bon\s)(?<!\bfrom\s)(?<!\bnear\s)"
                             r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+(?:(?:of|for|and|the|de|la)[ \t]+)*[A-Z][\w'\u2019.-]*){0,6})"
                             r"\s*,\s*(?:a|an|the)\s+(?:(?!(?:for|of|at|with|from|to|in|on|by)\s)[\w-]+\s+){0,3}$")
# (not a person's title before the kind: "Safa M., a spokeswoman for the UN migration agency" is no body's name)
_APPOS_CLOSES = re.compile(r"\s*(?:[,.;)]|$)")


def _name_after_kind(r: Report, pk: Mention) -> Mention | str | None:
    """The body named right after a lower-case kind of body ("the rights group Amnesty International said", "according
    to the monitoring group Airwars"): the name speaks, not the kind (a source the gazetteer knows, else the name)."""
    nt = r.ntext
    if not nt[pk.start:pk.start + 1].islower() or not _KIND_NOUN.search(pk.text):
        return None  # (the text as written: a title-case headline's "Rights Group Reports 185 Killed" names no body)
    if (am := _NAME_THEN_KIND.search(nt, max(0, pk.start - 120), pk.start)) is not None \
            and _APPOS_CLOSES.match(nt, pk.end) and not any(
                x.entry.type in ("place", "country", "demonym") for x in r.doc.mentions.between(am.start("name"), am.end("name"))):
        return am.group("name")  # "according to Deep South Watch, a local monitoring group": the name before it
    if not _rx.match(r" [A-Z]", nt[pk.end:pk.end + 2]):
        return None
    nx = next((x for x in r.doc.mentions.between(pk.end + 1, pk.end + 80) if x.start == pk.end + 1
               and x.entry.type == "source"), None)
    if nx is not None:
        return nx
    nb = _named_body(nt[pk.start:min(len(nt), pk.end + 80)], "")
    return nb if nb and nb[:1].isupper() else None


# an organisation the gazetteer does not know, named where a source stands ("according to figures compiled by the
# Kivu Security Tracker", "the National Syndicate of Press Workers (SNTP) reported"): a name of capitalised words
# with a word that makes it a body, or an acronym
_BODY_WORDS = frozenset("""institute tracker force forces council committee syndicate union front network observatory centre
center agency service office commission foundation association coalition movement organisation organization project
forum watch monitor ministry department directorate authority federation society mission bureau command secretariat
board alliance collective platform league corps guard brigade battalion regiment international diocese archdiocese
church conference group university college academy system""".split())
_CONNECT = r"(?:of|for|and|on|de|del|la|des|du|the|in|to)"
_CAPWORD = r"(?:[A-Z][\w'\u2019.-]*)"
_BODY_NAME = re.compile(rf"(?:The\s+)?(?P<name>{_CAPWORD}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAPWORD}){{0,7}})(?:\s*\((?P<acr>[A-Z][A-Za-z]{{1,9}})\))?")
_COMPILED_BY = re.compile(r"\s*(?:(?:figures|data|statistics|estimates|numbers|a\s+(?:report|tally|count|database)|reports?)\s+"
                          r"(?:compiled|published|released|issued|collected|gathered|kept|recorded)\s+by\s+|"
                          r"a\s+(?:tally|count|database|report)\s+(?:by|of)\s+)?(?:the\s+)?"
                          r"(?:(?:[a-z]+\s+){1,2}(?:agency|authority|office|department|service|commission|committee|council)\s+)?"
                          r"(?:(?:[A-Z][\w-]*\s+|[a-z]+ing\s+|watchdog\s+)?(?:NGO|non-governmental\s+organi[sz]ation|rights\s+group|group|charity|"
                          r"monitor|newspaper|daily|weekly|broadcaster|outlet|website|news\s+site|channel)\s+)?")
_DESCRIBED = re.compile(r"\b(?:NGO|organi[sz]ation|group|charity|monitor|channel|broadcaster|newspaper|daily|station|outlet|"
                        r"website|company|firm|operator|owner|airline|carrier)\s+(?:the\s+)?$")
# a place's office named in lower case after the place ("the Goias security secretariat", "the Kano state fire service")
_PLACE_BODY = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?\s+(?:[a-z]+\s+){0,2}?"
                         r"(?:secretariat|department|directorate|ministry|office|council|commission|service|authority))"
                         r"(?=\s*[,.;]|\s*$)")
def _opening_speaker(r: Report, u: Unit, vs: int) -> str | None:
    """The source or armed group that opens the sentence, for an "it" or "they" that speaks later in it."""
    if not _rx.search(r"\b(?:it|they)\s+$", r.ntext[max(u.start, vs - 8):vs]):
        return None
    ms = [x for x in r.doc.mentions.between(u.start, vs) if x.entry.type in ("source", "actor") and x.entry.name != "wire"]
    if ms and _rx.fullmatch(r"\W*(?:the\s+)?", r.ntext[u.start:ms[0].start], re.I):
        return r.doc.resolve(ms[0], u)
    return None


_OFFICE_SPOKESMAN = re.compile(r"\b(?:an?\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,4}"
                               r"(?:office|department|administration|agency|bureau|directorate)\s*,?\s*$", re.I)
_TITLE_OF_BODY = re.compile(r",\s*(?:an?\s+|the\s+)?(?:spokes(?:man|woman|person)|official|director|head|chief|"
                            r"chair(?:person|man|woman)?|president|director[- ]general|secretary|commissioner)\s+"
                            r"(?:of|for|at)\s+(?:the\s+)?(?P<body>[A-Z][^,;\"\u201c\u201d]{2,80}?),\s*$")
_THE_OFFICIAL = re.compile(r"(?:the\s+)?(?:officials?|spokes(?:man|woman|person))", re.I)
_DISMISSED_CLAIM = re.compile(r"\b(?:dismissed|dismissing|rejected|rejecting|denied|denying|disputed|disputing|refuted|"
                              r"questioned|contradicted)\s+(?:the\s+|a\s+|an\s+)?(?P<who>[^,.;\"\u201c]{2,60}?)"
                              r"(?:['\u2019]s)?\s+$")
_GROUP_NOUN = re.compile(r"\b(?:group|rebels?|militants?|separatists?|insurgents?|militia|movement|fighters)\b", re.I)
_FOR_BODY = re.compile(r"\s+(?:of|for|from|with)\s+(?=(?:the\s+)?[A-Z])")
_FOR_THE_BODY = re.compile(r"\s+(?:of|for)\s+the\s+(" + "|".join(sorted(_BODY_WORDS - {"international"})) + r")\b")


_BODY_WORD_ALT = (r"(commission|agency|service|council|committee|office|directorate|authority|network|observatory|institute|"
                  r"organi[sz]ation|federation|society|mission|bureau|secretariat|board|centre|center|tracker|syndicate|"
                  r"coalition|foundation|association)")
_THE_BODY_WORD = re.compile(r"\b[Tt]he\s+" + _BODY_WORD_ALT + r"(?:\s+(?:also|later|further|then|separately))?\s*,?\s*$")
_THE_BODY_WORD_AFTER = re.compile(r"\s*the\s+" + _BODY_WORD_ALT + r"\b", re.I)


def _body_ending(r: Report, word: str, pos: int) -> str | None:
    """The source named in full before pos whose name ends in word, for "the commission" that refers back to it
    ("the Ethiopian Human Rights Commission (EHRC)", then "The commission said")."""
    nt = r.ntext
    for x in reversed(r.doc.mentions.between(0, pos)):
        if x.entry.type == "source" and x.entry.name != "wire" and nt[x.start:x.end].lower().endswith(word) \
                and nt[x.start:x.end].lower() != word:
            return r.doc.resolve(x)
    last = None  # a body the gazetteer does not know, by the short name it gave itself: "the X Commission (XC)"
    for m in _rx.finditer(r"\b(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){1,6}" + word.capitalize()
                          + r"\s*\(([A-Z][A-Za-z]{1,9})\)", nt[max(0, pos - 3000):pos]):
        last = m
    return last.group(1) if last else None


def _body_named_before(r: Report, word: str, pos: int) -> str | None:
    """The body a report named in full before pos whose name ends in word ("the service": the Nigerian Correctional
    Service), for a title "of the service" that refers back to it."""
    last = None
    for m in _rx.finditer(r"\b(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){1,6}" + word.capitalize() + r"\b",
                          r.ntext[max(0, pos - 3000):pos]):
        last = m
    return _named_body(None, last.group(0), False) if last else None


_PARTICIPLE_CUES = frozenset(("saying", "adding", "insisting", "claiming", "confirming", "estimating", "telling",
                              "reporting", "announcing"))
_OF_A_HOSPITAL = re.compile(r",\s*(?:an?\s+|the\s+)?(?:director|head|chief|spokes(?:man|woman|person)|official|doctor|"
                            r"physician|surgeon|nurse|administrator)\s+(?:of|at|from|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                            r"(?:hospital|clinic|medical\s+cent(?:re|er)|health\s+cent(?:re|er))\b[^,;]{0,100},\s*$", re.I)
_HOSPITAL_SOURCES = re.compile(r"\bsources?\s+(?:from|at|in)\s+(?:[\w-]+\s+){0,3}(?:hospitals?|clinics?)\b", re.I)
_LOCAL_HEAD = re.compile(r",\s*(?:the\s+)?(?:chairman|chairwoman|chairperson|head|chief|administrator)\s+of\s+(?:the\s+)?"
                         r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:local\s+government(?:\s+area|\s+council)?|LGA|"
                         r"administrative\s+area|district|county|municipality|commune|township|sub-county|"
                         r"(?:district|county|municipal|town|village)\s+council)\s*,\s*$")
# the title first, then the name: "The Executive Director of Tonj North County, Ayom M. Giim said"
_LOCAL_HEAD_FIRST = re.compile(r"\b(?:[Tt]he\s+)?(?:[Ee]xecutive\s+[Dd]irector|[Cc]ommissioner|[Cc]hairman|[Cc]hairwoman|"
                               r"[Cc]hairperson|[Aa]dministrator|[Hh]ead|[Cc]hief)\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]+"
                               r"(?:\s+[A-Z][\w'\u2019-]+){0,2}\s+(?:[Cc]ounty|[Dd]istrict|[Mm]unicipality|[Tt]ownship|[Ss]ub-[Cc]ounty|"
                               r"[Ll]ocal\s+[Gg]overnment(?:\s+[Aa]rea)?|LGA)\s*,\s*" + _NAME + r"\s*,?\s*$")
_KNOWN_AS = re.compile(r"[^,;.]{0,40}?(?:,\s*|\s+)(?:also\s+|then\s+|locally\s+)?known\s+(?:as|by\s+(?:its|the)\s+"
                       r"(?:[\w-]+\s+)?(?:acronym|initials|abbreviation)(?:\s+as)?)\s+")
_AND_TAIL = re.compile(r",\s+and\s+$")
_MAIN_VERB = re.compile(r"\b(?:[a-z]+ed|gave|put|told|spoke)\b(?=[^,;:\"\u201c\u201d]*,\s*$)")
_ACRONYM_TITLE = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<acr>[A-Z]{3,8})\s+(?:[A-Z][a-z]+\s+)?(?:[Ss]pokes(?:man|woman|person)|"
                            r"[Dd]irector(?:[- ][Gg]eneral)?|[Cc]hief|[Hh]ead|[Cc]ommander|[Ss]ecretary(?:[- ][Gg]eneral)?|"
                            r"[Cc]hairman|[Cc]hairperson|[Pp]resident|[Cc]oordinator)\b")
_BODY_TITLE = re.compile(r"^\W*(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for|and|the)\s+)*){2,8})"
                         r"(?:spokes(?:man|woman|person)|director|chief|head|commander|official)\b")
_MEDIA_TAIL = re.compile(r"(?<=[A-Za-z])\s+(?:channel|station|newspaper|daily|broadcaster|website|news\s+(?:site|outlet|portal)|"
                         # "the SNCF rail company said", "Kenya Railways company": a firm named before what it is
                         r"(?:(?:rail|railway|bus|ferry|shipping|boat|mining|coal|oil|gas|power|energy|construction|"
                         r"transport|security|tour)\s+)?(?:company|firm|operator|corporation))$")
_BODY_TAIL = re.compile(r"(?:\s+(?:also|has|have|had|later|then|on\s+\w+day))*\s*,?\s*$")


def _named_body(after: str | None, subj: str, short: bool = True) -> str | None:
    """An organisation the gazetteer does not know, after "according to" or as a reporting verb's subject (by the
    short name it gives itself in brackets, unless short is False)."""
    media = None
    if after is not None:
        if pb := _PLACE_BODY.match(after):
            return pb.group("name")  # "according to the Goias security secretariat": a place's own office
        m = _BODY_NAME.match(after, _COMPILED_BY.match(after).end())
        cue = after[:m.start()] if m else ""
    else:
        if subj.islower():
            return None  # (each name below needs a capital letter: "the ministry", "police" name no body)
        if (at := _ACRONYM_TITLE.match(subj)) is not None:
            return at.group("acr")  # "DMC Director-General Sampath K. said": the body he heads, by its short name
        if (bt := _BODY_TITLE.match(subj)) is not None and (nb := _named_body(None, bt.group("body").strip(), short)) \
                and " " in nb:
            return nb  # "Kano State Emergency Management Agency spokesman Ali M. said": the agency
        tail = _BODY_TAIL.search(subj)
        head = subj[:tail.start()] if tail else subj
        media = _MEDIA_TAIL.search(head)  # "the Samoy TV channel reported": an outlet named before what it is
        head = head[:media.start()] if media else head
        m = None
        for m0 in _BODY_NAME.finditer(head):
            m = m0
        if m is None or m.end() != len(head):
            return None
        cue = head[:m.start()]
    if m is None:
        return None
    name = m.group("name").rstrip(".") if m.group("name").rstrip(".").isupper() else m.group("name")  # "the DMC."
    words = name.split()
    if len(words) > 1 and words[0] in ("NGO", "NGOs"):
        cue, name, words = cue + words[0] + " ", " ".join(words[1:]), words[1:]  # "the NGO Fundaredes"
    is_body = any(w.lower().strip(".") in _BODY_WORDS | {"hospital", "clinic", "infirmary"} for w in words[1:] + words[:1]) \
        and len(words) >= 2
    # "UNICEF", and short names with a lower-case letter or two ("NCoS", "APBn", "MoH")
    acronym = len(words) == 1 and 3 <= len(name) <= 8 and name.isalpha() and name[0].isupper() \
        and sum(ch.islower() for ch in name) <= min(2, len(name) - 2) and sum(ch.isupper() for ch in name) >= 2 \
        and not (name.endswith("s") and name[:-1].isupper())  # ("NGOs": the word for several bodies, no name)
    # "the NGO Fundaredes", "local TV channel Dunya reported": a body or an outlet described before its name
    described = bool(_DESCRIBED.search(cue)) or media is not None
    if not (is_body or acronym or (described and len(words) <= 3)):
        return None
    name = _rx.sub(r"^(?:(?:But|And|Yet|However|Meanwhile|Separately)\s+)?(?:[Tt]he\s+)?", "", name).strip().rstrip(".")
    if name in ("The", "A", "An", "Its", "Their", "This", "TV", "Radio"):
        return None  # "The bus company said": a kind of firm, no name
    if _ARMY_UNIT.search(name):
        return None  # "the Fourth Brigade said": a unit of the country's army (_ranked_speaker), not a body of its own
    if words[-1].rstrip(".") in ("Hospital", "Clinic", "Infirmary"):
        return "medical sources"  # "Pattani Hospital said": the hospital speaks as the medical sources do
    acr = m.group("acr")
    if short and acr and is_body and sum(ch.isupper() for ch in acr) >= 2 and not (acr.endswith("s") and acr[:-1].isupper()):
        return acr  # "the National Penitentiary Institute (INPE) said": the short name it gives itself, as SOHR or SDF
    # "Peru's National Emergency Operations Center": the body's own name, without its country's
    return _OWNER_PREFIX.sub("", name) if len(words) > 2 else name


_OWNER_PREFIX = re.compile(r"^[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['\u2019]s\s+(?=[A-Z])")


_RANK = re.compile(r"^\W*(?:(?:an?|the)\s+)?(?P<rank>" + "|".join(re.escape(w) for w in sorted(
    L.MILITARY_RANKS + L.POLICE_RANKS + ["dr.", "dr", "doctor"], key=len, reverse=True))
                   + r")\s+[A-Z][\w'-]+", re.I)


_BARE_RANK = re.compile(r"^\W*the\s+(?P<rank>" + "|".join(re.escape(w) for w in sorted(
    L.MILITARY_RANKS + L.POLICE_RANKS, key=len, reverse=True)) + r")\s*$", re.I)
_NATION_RANK = re.compile(r"^\W*the\s+(?P<dem>[A-Z][\w-]+)\s+(?P<rank>" + "|".join(re.escape(w) for w in sorted(
    L.MILITARY_RANKS + ["admiral", "commander", "general"], key=len, reverse=True)) + r")\s*$", re.I)


def _ranked_speaker(r: Report, subj: str) -> str | None:
    """"Lieutenant Anthony M. told AFP", "Superintendent X said": an officer speaks for his force (the state's forces
    the report names by their own name, else the country's army or police); "the Indonesian admiral", named before,
    for his country's forces."""
    m = _RANK.match(subj) or _BARE_RANK.match(subj)  # "the colonel said": the officer named before, by his rank
    if not m and _ARMY_UNIT.search(subj):
        return r.doc.state_force() or r.doc.army(r.doc.country)  # "the Second Division said": a unit of the army
    if not m:
        n = _NATION_RANK.match(subj)
        country = r.doc.g.demonym_country(n.group("dem")) if n else None
        return r.doc.army(country) if country else None
    rank = " ".join(m.group("rank").lower().split())
    doc = r.doc
    if rank in L.POLICE_RANKS:
        return "police"
    if rank in ("dr", "dr.", "doctor"):
        return "medical sources"  # "Dr Ahsan W., at the hospital where the victims were taken, said"
    if rank in _POLICE_TOO and doc.state_force() is None and _police_report(r):
        return "police"  # "Capt. Eamonn A. said", in a sheriff's office's account: police ranks too
    return doc.state_force() or doc.army(doc.country)


# a numbered unit of an army, as its statements name it ("the army's Second Division", "the 7th Infantry Brigade")
_ARMY_UNIT = re.compile(r"(?:^|\s)(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
                        r"\d{1,3}(?:st|nd|rd|th))\s+(?:(?:Infantry|Mechanized|Mechanised|Armoured|Armored|Army|Marine|"
                        r"Mountain|Motorized|Air|Airborne)\s+)?(?:Division|Brigade|Battalion|Corps|Regiment))\s*$")


# ranks that police forces and sheriffs' offices use as armies do
_POLICE_TOO = frozenset(("captain", "capt.", "capt", "lieutenant", "lt.", "lt", "sergeant", "sgt.", "corporal", "cpl."))


def _police_report(r: Report) -> bool:
    """Whether the report names the police (or a sheriff) as a body and no army or military."""
    names = {x.entry.name for x in r.doc.mentions.items if x.entry.type in ("source", "actor")}
    forces = any(n.endswith((" army", " military")) or n in ("army", "military") for n in names)
    return not forces and ("police" in names or "sheriff" in r.lc)


_GROUPS_OWN = re.compile(r"\b(?:the\s+)?(?:group|rebels|militants|insurgents|militia|movement|jihadists)(?:'s|')\s+$")
_STATE_OUTLET_BEFORE = re.compile(r"\b(?:state|state-run|state-owned|government-run|official)\s+(?:[\w-]+\s+){0,2}$")


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


_GOES_ON_TOLL = re.compile(r"\W*(?:In\s+addition,\s*)?(?:(?:A\s+total\s+of|(?:At\s+least|More\s+than|Some|About|Nearly)"
                           r"(?:\s+another)?)\s+)?(?:\d[\d,]*|[A-Za-z-]+)\s+(?:others?|more)\b|"
                           r"\W*(?:In\s+addition,\s*)?(?:Another|A\s+further|An\s+additional)\s+(?:\d|[a-z])|"
                           r"\W*(?:The\s+(?:casualties|dead|victims|deceased|injured|wounded)|Those\s+(?:killed|injured|wounded|"
                           r"who\s+died))\s+(?:included|include|were|are)\b")


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
    was_open = fl.quote_open and ui > 0 and units[ui - 1].para == u.para
    # a quotation over several paragraphs: each new paragraph opens with a quotation mark, and the one before never
    # closed it ("..., a resident was quoted as saying. / “For the first time ... / “Seven were killed in ...”")
    goes_on = fl.quote_open and ui > 0 and not was_open and units[ui - 1].para != u.para \
        and _rx.match(r"^\s*[\"\u201c]", utext) is not None
    fl.quote_open = _quote_left_open(utext, was_open)  # (a new paragraph's mark opens the quotation again)
    if not cues and cands and fl.quote_open and (was_open or _rx.match(r"^\s*[\"\u201c]", utext)):
        # a quotation over several sentences speaks for whoever its closing tag names ("... One student was killed.
        # They also took 12 relatives," said the spokesman)
        for k in range(ui + 1, min(len(units), ui + 8)):
            if units[k].para != u.para:
                break
            t = nt[units[k].start:units[k].end]
            if "\"" in t or "\u201d" in t:
                cues = [(u.end, q[1], q[2], q[3], None) for q in reporting_cues(r, k, fl.last_src)]
                break
    if not cues and cands and utext.rstrip()[-1:] not in ".!?\"'\u201d:" and not u.title:
        # hard-wrapped text: a line that breaks off mid-sentence goes on in the next lines, whose tag speaks for it
        for k in range(ui + 1, min(len(units), ui + 4)):
            if units[k].para != u.para or units[k].line != units[k - 1].line + 1 \
                    or not nt[units[k].start:units[k].start + 1].islower():
                break  # a new line that starts in lower case goes on the sentence before it
            found = reporting_cues(r, k, fl.last_src)
            t = nt[units[k].start:units[k].end].rstrip()
            if found:
                cues = [(u.end, q[1], q[2], q[3], None) for q in found[:1]]
                break
            if t[-1:] in ".!?\"\u201d":
                break
    if not cues and cands and goes_on and fl.last_src[0]:
        cues = [(u.start, fl.last_src[0], fl.last_src[1], False, None)]
    if not cues and cands and ui > 0 and fl.last_src[0] and units[ui - 1].para == u.para and _WHOLE_QUOTE.match(utext):
        cues = [(u.start, fl.last_src[0], fl.last_src[1], False, None)]  # a quotation that goes on after its speaker
    if not cues and cands and ui > 0 and fl.src_unit == ui - 1 and fl.last_src[0] and (was_open or (
            (units[ui - 1].para != u.para or units[ui - 1].line != u.line) and _rx.match(r"^\s*[\"\u201c]", utext))):
        # a quotation with no tag of its own, in the paragraph right after its speaker's ("..., a police officer told
        # Xinhua. / "Two bodies were retrieved. The others remain missing.")
        cues = [(u.start, fl.last_src[0], fl.last_src[1], False, None)]
    if not cues and cands and fl.last_src[0] and _PREVIOUS_TOLL.match(utext):
        # "The previous count was 54 dead and 63 missing": the toll its last source gave before
        cues = [(u.start, fl.last_src[0], None, False, None)]
    if not cues and cands and fl.said_para and fl.said_para[2] == u.para:
        # "Major X confirmed the casualties: / We lost at least 10 soldiers. ... We killed seven militants.": the
        # paragraph a speaker's lead introduced is his
        cues = [(u.start, fl.said_para[0], fl.said_para[1], False, None)]
    if not cues and cands and fl.live_src and units[ui - 1].line == u.line:
        cues = [(u.start, fl.live_src[0], fl.live_src[1], False, None)]
    if not cues and cands and fl.last_src[0] and fl.src_unit == ui - 1 and units[ui - 1].para == u.para \
            and _GOES_ON_TOLL.match(utext):
        # "..., AFAD said. / A total of 651 others were injured; ...", "Another 19 people were injured.": the toll the
        # sentence before gave goes on, in its speaker's voice
        cues = [(u.start, fl.last_src[0], fl.last_src[1], False, None)]
    # an earlier figure's own words ("initially said 53 had died") reach to 40 characters on, not past a new clause
    # ("... but security forces later revised the toll down to 26": that cue is the later figure's)
    # (up to the figure it moved to: "increased from eight to 19, the ministry said" is the ministry's 19 too)
    from_zones = [(c.fig.start, min([_zone_end(nt, c.np_end)] + [n.fig.start for n in cands[k + 1:k + 2]
                                                                if not n.is_from and n.fig.start > c.np_end]))
                  for k, c in enumerate(cands) if c.is_from]
    for c in cands:
        sdate = source_of(r, c, cues, ui, from_zones)
        date_of(r, c, sdate, cues, dates, ui, from_zones)
    explicit = [q for q in cues if q[1] and not any(a <= q[0] <= b for a, b in from_zones)]
    if explicit:
        fl.last_src = (explicit[0][1], explicit[0][2])
        fl.src_unit = ui
    if explicit and _LIVE_ENTRY.match(r.text[r.text.rfind("\n", 0, u.start) + 1:u.start + 12]):
        fl.live_src = fl.last_src
    elif units[ui - 1].line != u.line if ui else True:
        fl.live_src = None
    if not u.bullet:
        fl.lead_src = explicit[-1][1] if (explicit and utext.rstrip().endswith(":")) else None
        if fl.lead_src is not None and ui + 1 < len(units) and units[ui + 1].para != u.para:
            fl.said_para = (fl.lead_src, explicit[-1][2], units[ui + 1].para)
        elif fl.said_para is not None and fl.said_para[2] != u.para:
            fl.said_para = None
        if fl.lead_src is None and utext.rstrip().endswith(":"):
            # "The region's ombudsman gave the following figures:": the source the lead names gives the list
            ms = [m for m in r.doc.mentions.between(u.start, u.end) if m.entry.type == "source"
                  and m.entry.name != "wire"]
            fl.lead_src = r.doc.resolve(ms[0], u) if ms else None


def _zone_end(nt: str, a: int) -> int:
    m = _NEW_CLAUSE.search(nt, a, a + 40)
    return m.start() if m else a + 40


_NEW_CLAUSE = re.compile(r";|,?\s+(?:but|while|whereas|although|though)\b|,\s+(?=(?:the\s+)?[A-Z])")  # (a tag after a comma:
# "up from an earlier toll of 25, Interior Minister X told reporters" speaks for the whole sentence)


def _quote_left_open(text: str, state: bool) -> bool:
    """Whether a quotation is open at the end of this sentence, given whether one was open at its start."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return state
    # (as a walk over the characters would: an opening mark opens, a closing one closes, a straight one flips; so the
    # last curly mark decides, then each straight mark after it flips)
    k = max(text.rfind("\u201c"), text.rfind("\u201d"))
    if k >= 0:
        state = text[k] == "\u201c"
    return state != (text.count('"', k + 1) % 2 == 1)


def lead_part_sources(found: list[Cand]) -> None:
    """A breakdown under "The dead were:" comes from whoever gave the total."""
    for c in found:
        if c.lead_part and c.source is None and c.part_of is not None and c.part_of.source:
            c.source = c.part_of.source  # a breakdown under "The dead were:" comes from whoever gave the total


def short_names(r: Report, found: list[Cand]) -> None:
    """One spelling per body within a report: a body the gazetteer does not know, named in full where it first speaks
    and given its short name in brackets elsewhere ("the Congo Research Group said", "the Congo Research Group (CRG)
    said"), is the short name throughout, as SOHR or SDF are."""
    names = {c.source for c in found if c.source and " " in c.source and c.source[:1].isupper()}
    if not names:
        return
    g = r.doc.g
    short: dict[str, str] = {}
    for name in names:
        if g.cs.get(name) or g.ci.get(name.lower()) or "(" not in r.ntext:
            continue  # the gazetteer's own names stay as it spells them
        if (m := _rx.search(re.escape(name) + r"\s*\(([A-Z][A-Za-z]{1,9})\)", r.ntext)) is not None \
                and sum(ch.isupper() for ch in m.group(1)) >= 2:
            short[name] = m.group(1)
    for c in found:
        if c.source in short:
            c.source = short[c.source]


_CLOSES_UNIT = re.compile(r"[\w-]+(?:\s+(?:on|late|early|in)\s+[\w-]+){0,2}\s*[.\"'\u201d!]*\s*")
_PLACE_SPOKESMAN = re.compile(r",\s*(?:the\s+|a\s+)?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?[A-Z][\w'-]+"
                              r"(?:\s+[A-Z][\w'-]+)?\s+(?:province|district|state|region|county|governor|governorate)"
                              r"(?:'s\s+(?:[a-z]+\s+)?(?:office|government|administration))?\s*,\s*$")
_PREVIOUS_TOLL = re.compile(r"\s*(?:the|its|their)\s+(?:previous|earlier|prior|last|initial)\s+(?:death\s+)?"
                            r"(?:toll|count|tally|figure)s?\s+(?:was|were|had\s+been|stood\s+at)\b", re.I)
_IN_THE = re.compile(r" in (?:the )?")
_OF_WHOM_SAYS = re.compile(r",\s+(?:[\w-]+\s+)?of\s+(?:whom|which)\s+(?:[\w'\u2019-]+\s+){1,4}$")
_CONTRAST_CLAUSE = re.compile(r",\s+(?:although|though|whereas)\s+(?:[\w'\u2019-]+\s+){1,5}$")
_AS_CLAUSE = re.compile(r",\s+(?:as|while)\s+(?:[\w'\u2019-]+\s+){1,5}$")  # (the contrasting ones: _CONTRAST_CLAUSE)
_AND_THAT = re.compile(r"\b(?:and|but)\s+that\b")
_OPENS_CLAUSE = re.compile(r"[\w-]+(?:\s+(?:on|late|early)\s+\w+)?\s+that\b")


def source_of(r: Report, c: Cand, cues, ui: int, from_zones=()) -> dt.date | None:
    """Set the figure's source from the unit's cues (the nearest in its clause; a citing cue first; the issuer's own
    voice stays null) and return the statement date that goes with it."""
    u = r.units[ui]
    nt = r.ntext
    pos = c.fig.start
    src = None
    sdate = None
    own = cues if not from_zones or c.is_from else [q for q in cues if not any(a <= q[0] <= b for a, b in from_zones)]
    # a cue that opens a that-clause ("rejected the army's claim that ...") speaks for what follows it, not before
    own = [q for q in own if q[0] < pos or not _OPENS_CLAUSE.match(nt, q[0])]
    # a cue inside a later that-clause ("X said six soldiers were wounded and that villagers have reported more
    # dead") speaks for its own clause only
    own = [q for q in own if q[0] < pos or nt.find("that", pos, q[0]) < 0 or not _AND_THAT.search(nt, pos, q[0])]
    # nor one whose clause opens after the figure ("recovered 29 bodies ... and police estimate 100 others are
    # missing, officials said": the police speak for the hundred)
    own = [q for q in own if q[0] < pos or " and " not in nt[pos:q[0]] or not _AND_SUBJECT_END.search(nt, pos, q[0])
           or not any(q[0] < a <= q[0] + 40 and not _rx.search(r"[,;.]", nt[q[0]:a]) for a, _ in r._spans)]
    # nor one in a later "as" or "while" clause with a subject of its own ("the ministry said strikes had killed 15,
    # as state media reported further strikes"), when a cue before the figure speaks for it
    if any(q[0] < pos for q in own):
        own = [q for q in own if q[0] < pos or not _AS_CLAUSE.search(nt, pos, q[0])]
    # nor one in a relative clause of a part ("About 111 are still held, 39 of whom the military says are dead")
    own = [q for q in own if q[0] < pos or not _OF_WHOM_SAYS.search(nt, pos, q[0])]
    # and never one in a later contrasting clause ("45 had died, although some local sources put the toll at 122")
    own = [q for q in own if q[0] < pos or not _CONTRAST_CLAUSE.search(nt, pos, q[0])]
    # a cue in an opening "While officials said 30 were killed in Bangui, ..." speaks for that clause, not the main
    # one after its comma ("..., 14 soldiers were killed in Niger")
    if own and _WHILE_OPENS.match(nt, u.start, u.end):
        comma = nt.find(",", u.start, pos)
        if comma >= 0:
            own = [q for q in own if not q[0] < comma]
    # a cue in a later clause after a semicolon speaks for its own clause ("23 dead; Ombudsman warns of ..."),
    # unless it closes the unit as a speaker tag ("..., 23 dead; 40 hurt, police said")
    own = [q for q in own if q[0] < pos or ";" not in nt[pos:q[0]] or _CLOSES_UNIT.fullmatch(nt, q[0], u.end)]
    citing = [q for q in own if q[3]]
    if citing and citing[0][1] in r.doc.g.outlet_names:
        # "..., the health ministry said, Trend reports citing TASS": the outlet cited carried the ministry's word
        if spoken := [q for q in own if not q[3] and q[1] not in r.doc.g.outlet_names]:
            citing, own = [], spoken
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
