"""Stage 1: candidate figures of a unit and what the words around each say.

The figure and its qualifier come from claims/numbers.py; here: the non-claim filters (labels, ages, years, things
counted, intentions), the noun phrase after the number (head noun, "of them"/"of the"), the outcome cue (before,
after, the noun itself, a label, a scan of the clause), the figure's relation words ("up from", "among the dead",
"the other three") and the actors and nationality inside the noun phrase. Word lists: claims/lexicon.py,
claims/senses.yaml, claims/words.yaml.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from . import lexicon as L
from . import recache
from . import senses as S
from .context import _FIGURE_LC, Report, _has_any, _rx
from .dates import WEEKDAYS
from .handoff import Cand
from .numbers import TENS, UNITS, Figure, parse_figure, parse_number
from .retrie import EndWords, start_stems
from .sentences import Unit

_TOKEN = re.compile(r"[\"'\u201c\u201d\u2018\u2019]|(?:[A-Z]\.){2,}|[#@]?[^\W\d_][\w'\u2019-]*|\d[\d,.]*|[^\s\w]")  # "U.S."
_QUOTE_TOK = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}
_VERBS = L.VERBS
_FUNCTION = L.FUNCTION_WORDS
_AMONG_RE = re.compile(r"\b(?:among|of)\s+(?:the\s+|those\s+|these\s+)?(?P<what>[^.;]{0,60}?)\s*(?:,\s*|\s+(?:were|are|was|is)\s+"
                       # "Among the dead were a woman and her two children"
                       r"(?:(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:,\s*|and\s+))?(?:(?:his|her|their)\s+)?)$",
                       re.IGNORECASE)
_DEAD_INCL = re.compile(r"\b(?:the\s+)?(?P<what>dead|deceased|slain|fatalities|killed|injured|wounded|victims|casualties|missing|abducted|hostages|"
                        r"(?:death\s+)?toll|"
                        r"those\s+(?:still\s+)?(?:held|killed|injured|wounded|abducted|missing|freed|released))\s+"
                        # "The injured of the incident are 14 civilians and ..."
                        r"(?:(?:of|in)\s+(?:the|this|that|today's|yesterday's)\s+(?:[\w-]+\s+)?(?:incident|attack|blast|"
                        r"explosion|crash|accident|collision|fire|bombing|shooting|stampede|collapse|disaster)\s+)?"
                        r"(?:(?:(?:recovered|identified|named|confirmed|counted|found)\s+(?:so\s+far\s+|by\s+\w+\s+)?)?"
                        # (after items with no figure: "those killed included a police sub-inspector, four Levies ...")
                        r"(?:included?|includes|were|are|comprised?)\s*:?(?:\s*an?\s+[^,;.:\d]{1,40},)*|"
                        r"\s*[-\u2013\u2014,(]\s*(?:among\s+them|including)|"
                        r"(?:were|are)\s+(?:[\w-]+\s+){1,5}?as\s+follows\s*:)"
                        r"\s*$", re.IGNORECASE)
_THEY_INCLUDED = re.compile(r"(?:^|[^\w\s]\s*|\b(?:and|but)\s+)(?:they|these)\s+(?:also\s+)?(?:included?|includes)\s*:?\s*$")
# "two children were (also) among the dead", "49 civilians and 15 soldiers were among those killed"
_AMONG_THEM_AFTER = re.compile(r"\s+among\s+them\b", re.I)
_AMONG_AFTER = re.compile(r"^(?:\s*(?:,|and)\s+[^.;:]{0,60}?|\s+(?:[a-z]+ing|who\s+[a-z]+|from|of|at|in|on)\s+[^.;:,]{0,50}?)?"
                          r"\s+(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?among\s+"
                          r"(?:the\s+|those\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)?)", re.IGNORECASE)
# "a mass grave with 30 corpses", "seven bodies were brought in, with two more arriving later": no holding count
_TO_DEATHS = re.compile(r"\bto\s+their\s+deaths?\b")
_ATTACK_NOUN_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|raids?|assaults?|bombings?|"
                                r"strikes?|airstrikes?|offensive|shelling|fire|rockets?|incursions?)\b", re.I)
_WOUNDED_NUMBER = re.compile(r"\b(?:number|count|tally)\s+of\s+(?:the\s+)?(wounded|injured|missing|displaced)\b"
                             r"(?![^.;]*\b(?:dead|killed|deaths|death)\b)", re.I)
_WITH_MORE = re.compile(r"\s+(?:(?:more|other|additional|further)\b|(?:[a-z-]+\s+)?(?:bodies|corpses|dead)\b)")
# (the people's own noun too: "risen to 14, with 30 miners still missing")
_WITH_OUTCOME = re.compile(r"\s+(?:of\s+)?(?:(?:other\s+)?(?!(?:of|and|or|in|on|at|to|for|from|by)\s)[a-z-]+\s+){0,2}(?:being\s+)?(?:still\s+|confirmed\s+|seriously\s+|"
                           r"critically\s+|severely\s+|slightly\s+|badly\s+|lightly\s+)?"
                           r"(?:wounded|injured|dead|killed|missing|hurt|unaccounted\s+for|deaths|fatalities)\b")
_EARLIER_FIGURE = re.compile(r"\b(?:an|the|its|their|his|her)\s+(?:own\s+)?(?:earlier|previous|preliminary|initial)\s+"
                             r"(?:\w+\s+){0,2}?(?:death\s+)?(?:toll|figure|count|tally|estimate)s?\s+(?:of\s+)?$")
_DISCHARGED = re.compile(r"\s*,?\s*(?:have|has|had|were|was)?\s*(?:already\s+|since\s+)?(?:been\s+)?(?:discharged|sent\s+home)\b")
_EARLIER_SAID = re.compile(r"\b(?:earlier|previously|initially)\s+(?:reported|said|put|gave|announced|estimated|stated|"
                           r"counted|recorded|spoke\s+of|cited)\b(?:(?!\b(?:but|now|later|rose|risen|climbed|increased|"
                           r"raised|revised|updated|since)\b)[^,.;:])*$")
_REVISED_DOWN = re.compile(r"\b(?:revised|revising|revises|revise|brought|lowered|lowering|lowers|corrected|correcting|"
                           r"reduced|reducing|cut|cutting|adjusted)\s+(?:down(?:wards?)?\s+)?(?:[\w'-]+\s+){0,9}?"
                           r"(?:(?:down(?:wards?)?|downward)\s+)?to\s+(?:at\s+least\s+)?$")
_LAST_CLAUSE = re.compile(r",\s*(?:and|while|with)\s+|\s+(?:and|while|whereas)\s+the\s+", re.I)
_AMONG_NO_VERB = re.compile(r"^\s+among\s+(?:the|those)\s+(?P<what>[\w-]+)", re.IGNORECASE)
_OTHER_RE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
_FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# (a dash after the label too, as in a bulletin's "Killed in action- Five (5)", "Wounded – 12")
_LABEL_RE = re.compile(r"^[\s\W]*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*(?:\([^)]*\))?\s*(?:\.{2,}|:|\||\t|[-\u2013\u2014](?=\s))"
                       r"\s*[^\w]*$")
_LABEL_MARKS = (":", "|", "\t", "..", "-", "\u2013", "\u2014")  # a _LABEL_RE label ends with one of these
_DIGIT_ECHO = re.compile(r" \((\d{1,3}(?:,\d{3})*)\)")
# a later item of the label's list ("Killed: five soldiers and two policemen"): items of a few words each
_LABEL_ITEMS = re.compile(r"(?:(?:[\w()'-]+\s+){0,4}[\w()'-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$")
_PRE_KEYS = ("toll", "number", "count", "tally", "total", "figure")
_BODIES_OF = re.compile(r"\s+(?:of|de)\s+(?:the\s+|los\s+)?([\w-]+)")
_AND_NOUN = re.compile(r"\s+and\s+([\w-]+)")
_OR_CUE = recache.compile(r"^\s*(?:or|and)\s+(?:(?:were\s+|are\s+)?(?:listed|reported|declared|presumed)\s+(?:as\s+)?)?(?:" + "|".join(f"(?P<{k}>{v})" for k, v in L.FOLLOW.items()) + r")(?![\w-])", re.I)
_SCAN_STOP = re.compile(r"[;:]|\b(?:while|but|whereas|after|before|because|as)\b|[\"']\s*,|"
                        r"\s(?:\u2014|--|\u2013)\s*(?:and|but|while)\b")  # "— 27 soldiers and 3 drivers — and that ..."
_OF_EXT = re.compile(r"\s*(?:of|from)\s+(?:the\s+)?[^,;:.()]{0,60}")
_OF_ACTOR = re.compile(r"\s*(?:of|from)\s+(?:the\s+)?")
_WEEKDAY_SET = frozenset(WEEKDAYS)
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"}
_NUMBER_AFTER = re.compile(r"\s+the\s+(?:total\s+)?(?:number|toll|tally|count)\s+of\s+(?P<what>(?:[\w-]+\s+){0,6}?)"
                           r"(?P<cue>killed|dead|wounded|injured|missing|displaced|abducted|kidnapped|arrested|detained)\b",
                           re.I)
# "... of the 26 victims have (so far) been identified": the number identified is no toll, the total is
_HOSPITAL = re.compile(r"\b(?:hospitals?|clinics?|medical\s+cent(?:re|er)s?|infirmary|health\s+cent(?:re|er)s?|"
                       r"emergency\s+(?:room|department|ward)s?)\b")
_WHO_OUTCOME = recache.compile(r"\s+(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:(?:were|was|been)\s+)?(?:" +
                          "|".join(L.FOLLOW.values()) + r")(?![\w-])")
_FURTHER_END = re.compile(r"\b(?:a\s+further|another|an\s+additional|(?:and|with)\s+(?:a\s+)?further)\s+$", re.I)
_RECOVERED = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?)?(?:recovered|retrieved|pulled|dug\s+out|"
                        r"exhumed|found|washed\s+(?:up|ashore))\b", re.I)
_BODIES_BEFORE = re.compile(r"\b(?:bodies|corpses|remains)\b")
_EVENT_NOUNS = frozenset("""crush attack attacks bombing bombings shooting shootings massacre massacres flood floods
earthquake quake war riot riots election elections clashes violence protests protest uprising disaster stampede fire
blast tsunami genocide siege raid strike strikes crisis tragedy shipwreck crash""".split())
_ATTACKERS = re.compile(r"\b(?:attackers|gunmen|militants|bandits|insurgents|assailants|jihadists|terrorists|raiders|"
                        r"armed\s+men|fighters|armed\s+group|attacks?|jailbreak|prison\s+break|raid|assault|stormed|"
                        r"blasted\s+into)\b")
_NOT_DONE = re.compile(r"\b(?:refused|declined|chose\s+not|did\s+not|didn't|failed|tried|attempted|wanted|planned|"
                       r"threatened|vowed)\s+(?:to\s*)?$", re.I)
_IDENTIFIED = re.compile(r"(?:\s+(?:found|recovered|retrieved|so\s+far))?\s+(?:have|has|had|were|was|are|is)\s+(?:(?:now|so\s+far|already|since|been|not|yet)\s+)*"
                         r"identified\b")
_OF_THE_NUMBER = re.compile(r"(?:\d+|\b(?:" + "|".join(sorted(_NUMBER_WORDS)) + r"))\s+(?:out\s+)?of\s+(?:the|those|these)\s+$")
_MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:([\w-]+)\s+)?([\w-]+)\b")
_WITH_WOUNDS = re.compile(r"[\s,]*with\s")
# "one missing", "one died while 45 others ...", "one was killed": a count of one
_ONE_ADJ = re.compile(r"\s+(?:(?:other|more)\s+)?(?:(?:was|is)\s+(?:also\s+|later\s+)?)?(?:(?:seriously|critically|badly|"
                      r"slightly|severely|gravely)\s+)?(?:missing|dead|died|killed|injured|wounded|hurt|abducted|"
                      r"kidnapped|arrested)\b", re.I)
_INTENT_END = re.compile(r"\b(?:working|trying|tries|tried|seeking|seeks|plans?|planning|planned|vowed|vows|threatened|"
                         r"threatens|threatening|hoping|hopes|efforts?|bid|attempts?|attempting|aims?|aiming|wants?|wanted|"
                         r"negotiating|pushing|pressing|calls?|called|urged|urging|promised|pledged|order|way|ways|mission|sent|dispatched|"
                         r"rushed|scrambled|raced|racing|struggled|struggling|failed|unable)(?:\s+[\w-]+){0,6}?\s+to\s+$")
# ("raced against the clock on Wednesday to save 10 workers": what they set out to do, not done)
_DET_END = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$")
_AGED_END = re.compile(r"\baged\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|to|-)\s*)*$")  # "aged 42 and 37"
# "Nirmal Chakma, 35, succumbed": an age set off by commas after a name
_HELP_OR_ALL_BUT = re.compile(r"\b(?:(?:trying|tried|attempting|attempted|stayed(?:\s+behind)?|went\s+back|ran\s+back|"
                              r"rushed|returned)\s+to\s+help|all\s+but)\s+$")
_FULL_NAME_COMMA = re.compile(r"\b[A-Z][\w'\u2019-]*[a-z](?:\s+[A-Z][\w'\u2019-]*[a-z]){0,2}\s+(?P<last>[A-Z][\w'\u2019-]*[a-z]),\s*$")  # a full name, a comma
_AGE_CLOSE = re.compile(r"\s*(?:[;)]|,\s+(?:and\s+)?[A-Z]|\.?\s*$|\s+and\s+[A-Z])")
_AGE_NAME_END = re.compile(r"\b[A-Z][\w'-]*[a-z],\s*$")
_TOOK_WITH = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:with\s+them|away)\b", re.I)
_PART_LEAD = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$")
_WE_LOST = re.compile(r"\b(?:we|i)\s+(?:have\s+|had\s+|'ve\s+)?(?:also\s+|just\s+)?(?:lost|buried)\b")
_STATE_FORCE = re.compile(r"\b(?:army|military|police|forces|navy|air force|gendarmerie)$")
_PERSON_NEXT = re.compile(r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(sorted(L.PERSON_NOUNS - {"more"}), key=len, reverse=True))
                       + r")\b")
_PREP_END = re.compile(r"\b(?:of|from|in|at|near|across|around)\s+(?:the\s+)?$")
_NO_EXTEND = L.NO_EXTEND
# (a capital that opens a preposition is no name: "300 People Killed In Oromia Region", a title-case headline)
_OBJECT = re.compile(r"^\s+(?:(?:the|a|an|their|his|her|its|our|them|him|us)\b|\d|"
                     r"(?!(?:In|On|At|As|After|Amid|Near|During|Over|From|By|For|Across|Along|Since|Outside|Inside|"
                     r"Following|Before|Near|Off|Into|With|Without|Under|Within|Around|Monday|Tuesday|Wednesday|"
                     r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                     r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b)[A-Z]|"
                     # "some 30 inmates ... killed two guards": a number word as the object
                     r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+[a-z]|"
                     # "..., and injured more than 150": a qualified figure is the verb's own object too
                     r"(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|roughly|up\s+to|another)\s+"
                     r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"sixty|seventy|eighty|ninety|hundreds?|dozens?|scores|a\s+dozen|a\s+hundred)\b))")
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|got)\b", re.I)
_CLAUSE_START = re.compile(r"[,;]\s*and\b|;")
_ACTIVE_PERFECT = re.compile(r"\b(?:had|have|has)\s+(?:\w+ly\s+)?$", re.I)
_REL_GAP = re.compile(r"[,;:()\d]|\b(?:and|that|but|or|while|when)\b", re.I)
# the active perfect of verbs that happen to their subject: "abducted last week have escaped", "who were hurt has died"
_PERFECT_MAIN = re.compile(r"\b(?:have|has|had)\s+(?:since\s+|now\s+|all\s+|reportedly\s+|also\s+|later\s+)?(?:"
                           r"(?P<escaped>escaped|broken\s+out|managed\s+to\s+escape)|(?P<killed>died)|(?P<displaced>fled)|"
                           r"(?P<missing>disappeared|gone\s+missing)|(?P<freed>regained\s+(?:their|his|her)\s+freedom))(?![\w-])",
                           re.I)


def _intent_end(s: str) -> bool:
    """_INTENT_END.search(s) is not None: the pattern ends with "to" and blanks, a test that skips most searches."""
    return _INTENT_END_END.may_end(s.rstrip()) and _INTENT_END.search(s) is not None


def _main_verb(text: str, a: int, b: int) -> re.Match | None:
    """The first main verb of a passive or an active perfect of an intransitive verb in text[a:b]."""
    m1, m2 = _MAIN_VERB.search(text, a, b), _PERFECT_MAIN.search(text, a, b)
    return m1 if m2 is None or (m1 is not None and m1.start() <= m2.start()) else m2


_GENERIC_HEADS = frozenset(("people", "persons", "victims", "fatalities", "casualties", "individuals", "dead"))
_TAKEN = re.compile(r"(?:those\s+)?(?:taken|seized|snatched|taken\s+away|carried\s+off)", re.I)
_YEARS_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:and|to|-|\u2013)\s*(?:19|20)\d\d")
_DEATHS_OF = re.compile(r"\b(?:deaths?|killings?|lives|bodies|murders?|toll|total|number|tally|count|injur(?:y|ies)|"
                        r"disappearances?|abductions?|kidnappings?|displacement)\s+of\s*$")
_YEAR_PREP_END = re.compile(r"\b(?:in|since|during|until|till|before|after|from|early|late|mid|of)\s*$", re.I)
_AUX_END = re.compile(r"\b(?:were|was|been|are|is|be|being|get|got|gets)\s+(?:[a-z]+ly\s+)?$", re.I)
_REL_START = re.compile(r"^[\s,]*(?:who|that|which)\b", re.I)
_MAIN_VERB = recache.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|remain|remains|remained)\s+(?:[a-z]+ly\s+|later\s+|also\s+|all\s+)?(?:"
                        + "|".join(f"(?P<{k}>{v})" for k, v in L.FOLLOW.items()) + r")(?![\w-])", re.I)
_SCAN_RE = recache.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in L.FOLLOW.items()) + r")(?![\w-])", re.I)
# (behind a guard of the literals every match opens with: the alternation is entered at a few words of a window)
_SCAN_LC = L.lc_guarded(_SCAN_RE, start_stems(L.lc_guarded(_SCAN_RE).pattern), r"(?<![\w-])")
_INTRANSITIVE = L.INTRANSITIVE_CUES
_ADJ_PAREN = re.compile(r"\b(displaced|killed|dead|injured|wounded|missing|abducted|kidnapped|detained|arrested)\s+[\w-]+\s*\(\s*$",
                        re.I)


_ASIDE = re.compile(r"\s*\([^()]{1,60}\)|\s*,\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them)\b[^,;.]{1,130},")


def _category(noun: str) -> str:
    for name, group in (("civ", L.CIVILIAN_NOUNS), ("sol", L.SOLDIER_NOUNS), ("pol", L.POLICE_NOUNS), ("fig", L.FIGHTER_NOUNS),
                        ("inm", L.INMATE_NOUNS), ("off", L.OFFICIAL_NOUNS)):
        if noun in group:
            return name
    return "gen"


_NOT_OUTCOME_VERB = re.compile(r"\b(?:identified|named|interviewed|listed|visited|met)\s+(?:\w+\s+)?$")
_PEOPLE_VERB = re.compile(r"\b(?:kill\w*|slew|slain|murder\w*|execut\w*|behead\w*|massacr\w*|wound\w*|injur\w*|maim\w*|"
                          r"abduct\w*|kidnap\w*)\s+(?:(?:up\s+to|at\s+least|more\s+than|about|some|nearly|as\s+many\s+as)\s+)?$")
_SPEAKER_PLACE = re.compile(r"(?:\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?")
_NAME_COMMA_END = re.compile(r"\b[A-Z][\w'\u2019-]+\s*,\s*$")
_ONE_SPEAKS = re.compile(r"\s*(?:told|tells|said|says|recalled|recounted|described|explained|spoke|shouted|screamed|cried|"
                         r"wept|called\s+out|instructed|added|(?:could|might|can|was|is)\s+(?:be\s+)?(?:heard|seen))\b", re.I)
_TREATED = re.compile(r"\s*(?:being\s+|still\s+)?(?:treated|hospitali[sz]ed|cared\s+for)", re.I)
_AND_DIED = re.compile(r"\s*,?\s*and\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:died|succumbed)\b")
_DIED_AFTER = re.compile(r"[^,.;()]{0,40}?\b(?:has\s+|had\s+|later\s+|subsequently\s+)?(?:died|succumbed)\b")
_BARE_PARTICIPLE = re.compile(r"\s*(?:abducted|kidnapped|displaced|arrested|detained|captured|rescued|freed|released|"
                              r"wounded|injured|seized)", re.I)
_STILL_HELD = re.compile(r"^\s*(?:(?:are|were|is|was|remain|remained)\s+)?still\s+(?:being\s+)?held\b", re.I)
_APPOS_LEAD = re.compile(r"\b(?:the|these|those)\s+(?P<adj>freed|released|rescued|abducted|kidnapped|dead|killed|injured|wounded|"
                         r"missing|displaced|detained|arrested)\s+[\w-]+\s*,\s*$")
_PRED_NOUN = re.compile(r"^\s*(?:were|are|was|is)\s+(?:all\s+)?(?:(?P<a>[a-z]+)\s+)?(?P<n>[a-z]+)\b")
_REVISED_UP = re.compile(r"\b(?:revis\w*|rais\w*|rose|risen|rising|push\w*|bump\w*|brought|bring\w*|adjust\w*|increas\w*|"
                         r"climb\w*|jump\w*|went|gone|goes|go)(?:\s+(?:its|the|their|his|her|own|death|casualty|toll|figure|"
                         r"tally|count|number|estimate|previous|earlier|initial))*\s*$")
_FIGURE_REF = re.compile(r"\b(?:own\s+)?(?:figure|estimate|tally|count|number)\s+(?:(?:[\w-]+\s+){0,2}?(?:to|at)\s*)?$")
# the words a match of these end-anchored patterns ends with (retrie.final_words): tested before the search
_FIGURE_REF_END = EndWords(_FIGURE_REF.pattern)
_DEAD_INCL_END = EndWords(_DEAD_INCL.pattern)
_INTENT_END_END = EndWords(_INTENT_END.pattern)
_TOOK_END = EndWords(L.TOOK_RE.pattern)
_NOT_DONE_END = EndWords(_NOT_DONE.pattern)


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


_DIGIT = re.compile(r"\d")


def _after_thing_count(lp: str) -> bool:
    """The figure before this one in the sentence counts things ("5 characters ...; 2 of them were missing")."""
    if not _DIGIT.search(lp):
        return False  # (COUNTED starts with a digit: one C-level search instead of a generator over the characters)
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


_PASSED = re.compile(r"\b(?:pass(?:es|ed)|exceed(?:s|ed)?|tops|topped|cross(?:es|ed)|surpass(?:es|ed))\s+$")
# a toll that moved: "rose from", "had climbed from", "was revised down from" (the two figures after it are a change)
# ... or its verb's object is the toll ("raised the death toll from 12 to 15", "had reduced the toll from 12 to 11")
_TOLL_OBJECT = r"\s+(?:the|its|their|a|his|her)\s+(?:death\s+|casualty\s+)?(?:toll|figure|count|tally|number\s+of\s+(?:the\s+)?" \
               r"(?:dead|deaths|victims|fatalities|casualties))"
def _falls(m: re.Match) -> bool:
    """"the figure of those missing was revised from 192 to 184": a figure that falls from one count to another,
    whatever the verb (a range never runs downwards)."""
    a, b = parse_number(m.group("n1")), parse_number(m.group("n2"))
    return a is not None and b is not None and b < a


_CHANGED_FROM = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|grew|grown|"
                           r"soared|surged|went\s+up|gone\s+up|revised\s+up(?:wards?)?|raised|(?:toll|figure|count|number)\s+up|"
                           r"(?:raised|revised|updated|increased)" + _TOLL_OBJECT + r"|"
                           r"(?P<down>revised\s+down(?:wards?)?|lowered|dropped|fell|fallen|decreased|"
                           r"(?:toll|figure|count|number)\s+down|(?:lowered|reduced|cut|decreased)" + _TOLL_OBJECT + r"))"
                           r"\s+from\s+$")


def candidates(r: Report, ui: int) -> list[Cand]:
    u = r.units[ui]
    out: list[Cand] = []
    implied: list[Cand] = []  # totals read from "N of the M" (the M)
    echoes: set[int] = set()  # where a number word's digits in brackets start ("Five (5)")
    if u.signature:
        return out
    for m in r._fig.within(u.start, u.end):
        if m.group("n2") and not m.group("qual") and r.lc[m.end("n1"):m.start("n2")].strip() == "to" \
                and ((moved := _CHANGED_FROM.search(r.lc, max(u.start, m.start("fig") - 40), m.start("fig")))
                     or r.lc.endswith(" from ", max(u.start, m.start("fig") - 6), m.start("fig")) and _falls(m)):
            # "the toll climbed from 58 to 82", "revised down from 101 to 84": the figure before and the figure
            # after, not a range
            for g in ("n1", "n2"):
                v = parse_number(m.group(g))
                if v is None:
                    continue
                f = Figure(m.start(g), m.end(g) if g == "n1" else m.end(), m.start(g), v, v, "exact", v, m.group(g),
                           is_word=not m.group(g)[0].isdigit())
                if (c := _analyse(r, f, u, ui)) is not None:
                    if g == "n1":
                        c.is_from = True  # the figure it moved from: an earlier figure of the same source
                    elif moved is None or moved.group("down"):  # (no verb: a figure that fell, _falls)
                        c.revised_down = True
                    out.append(c)
            continue
        f = parse_figure(m)
        if f is None or f.start in echoes:
            continue
        if f.is_word and r.ntext.startswith(" (", f.end) and (em := _DIGIT_ECHO.match(r.ntext, f.end)) is not None \
                and int(em.group(1).replace(",", "")) == f.value:
            # "Five (5) soldiers", "twenty-two (22) persons": official prose repeats the number in digits; one figure,
            # its noun after the echo
            echoes.add(em.start(1))
            f = dataclasses.replace(f, end=em.end())
        if f.start > 0 and r.ntext[f.start - 1] == " " and any(
                x.start < f.start and x.end >= f.end for x in r.doc.mentions.between(max(0, f.start - 40), f.end)):
            continue  # a number inside a name the gazetteer knows ("Rescue 1122 said"): no count
        c = _analyse(r, f, u, ui)
        if c is None or (c.outcome is None and c.head is None):
            c = _place_item(r, f, u, ui, out) or c
        if c is not None:
            out.append(c)
            if c.of_span is not None and c.of_n and not c.fig.is_zero and (t := _of_the_total(r, c, u, ui)):
                c.part_of = t  # "seven of the ten bodies": the ten are a figure of their own, its total
                out.append(t)
                implied.append(t)
    for t in implied:
        if reg := next((x for x in out if x.fig.start == t.fig.start and not x.implied), None):
            out.remove(t)  # "143 of the 242 prisoners who fled": the 242 read as a figure already
            for x in out:
                if x.part_of is t:
                    x.part_of = reg
    return out


# "782 others were injured; 433 in Elazig, 222 in Malatya": a breakdown of a total by place, with no noun
_PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]+")
_FIRST_ITEM_SEP = re.compile(r"\s*(?:[;:]|\s[\u2014\u2013-]|\u2014|,\s+(?:including|of\s+whom|with))\s*$")
_NEXT_ITEM_SEP = re.compile(r"(?:\s+(?:in\s+)?[\w'-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _place_item(r: Report, f: Figure, u: Unit, ui: int, out: list[Cand]) -> Cand | None:
    """A bare figure placed by a name ("433 in Elazig") that goes on a list right after a total of the unit: an item
    of the total's outcome and a part of it (the places' own figures of a disaster agency's tally)."""
    if f.qualifier == "range" or f.is_zero or not out or not _PLACE_AFTER.match(r.ntext, f.end):
        return None
    prev = out[-1]
    gap = r.ntext[max(prev.ext_end, prev.np_end, prev.span[1], prev.cue_end):f.start]
    if prev.part_of is not None and _NEXT_ITEM_SEP.fullmatch(gap) and len(gap) <= 40:
        total = prev.part_of  # "..., 222 in Malatya", "three were eliminated in X, and two in Y"
    elif prev.outcome and prev.part_of is None and not prev.background and _FIRST_ITEM_SEP.search(gap) \
            and len(gap) <= 80 and not _rx.search(r"[.!?]\s", gap):
        total = prev
    else:
        return None
    if not total.fig.value or f.value >= total.fig.value:
        return None
    pm = _PLACE_AFTER.match(r.ntext, f.end)
    c = Cand(f, ui, (f.start, pm.end()))
    c.outcome, c.how, c.part_of = total.outcome, "place", total
    c.np_end = c.cue_end = pm.end()
    return c


def _of_the_total(r: Report, c: Cand, u: Unit, ui: int) -> Cand | None:
    """The total that "N of the M" states again (every gold set counts "the M" as a claim of its own)."""
    a, b = c.of_span
    raw = r.ntext[a:b]
    f = Figure(a, b, a, c.of_n, c.of_n, "exact", c.of_n, raw, is_word=not raw[:1].isdigit())
    t = _analyse(r, f, u, ui, implied=True)
    if t is not None and t.how not in ("noun", "adj") and not _WHO_OUTCOME.match(r.lc, t.np_end) \
            and not (t.how == "follow" and _REDUCED_REL.match(r.lc, t.np_end)):  # "eight of the 10 people killed were"
        t.outcome = None  # "Two of the four died": the verb is the part's; the four's outcome is the earlier total's
    return t


_TOLL_NOUN = re.compile(r"\b(?:death\s+)?toll\b|\b(?:reported\s+)?deaths\b|\bfatalities\b|"
                        r"\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|people\s+killed)\b")
_TOLL_ROSE_END = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?P<killed>risen|rose|rises?|climbed|climbs?|jumped|jumps?|"
                            r"increased|increases?|reached|gone\s+up|went\s+up|goes\s+up)\s+to\s+$")
_OWNERS_TOTAL = re.compile(r"(?:\d|\b[a-z]+)\s+of\s+(?:the\s+)?[\w-]+['\u2019]s\s+$", re.I)
_ONE_PRONOUN = re.compile(r"\b(?:an?|the|this|that|another)\s+(?:earlier|previous|prior|first|second|third|last|later|"
                          r"other|new|bigger|smaller|stronger|deadlier|similar|same|next|only)\s+$")
_REDUCED_REL = re.compile(r"\s+(?:killed|injured|wounded|hurt|abducted|kidnapped|missing|dead|rescued|freed|released|"
                          r"arrested|detained)\b")
_WORD_PAREN = re.compile(r"(?<![\w-])([A-Za-z]+(?:-[A-Za-z]+)?)\s*\($")


def _analyse(r: Report, f: Figure, u: Unit, ui: int, implied: bool = False) -> Cand | None:
    """One figure of a unit: the filters for figures that are no count, then the noun phrase, the outcome, the relation
    words and the actors in the phrase; None when it is no claim."""
    nt = r.ntext
    pre = nt[max(u.start, f.start - 220):f.start]
    lp = r.lc[max(u.start, f.start - 220):f.start]  # same text, lower-cased (for the guarded cue patterns)
    lp50 = lp[-50:]
    raw = nt[f.num_start:f.end]
    if pre.endswith(("'s ", "\u2019s ")) and _OWNERS_TOTAL.search(pre[-60:]):
        return None  # "150 of the village's 1,800 residents were killed": the owner's people, a population
    # end-anchored cue patterns only need the last few words before the figure
    if L.reject_suffix(r.lc[f.end:min(u.end, f.end + 60)]) or L.reject_prefix(pre[-16:]):
        return None
    if f.qualifier == "up_to" and f.text[:2].lower() == "up" and _REVISED_UP.search(lp[-60:]):
        f.low = f.high = f.value  # "revised its figure up to 31", "pushed the toll up to 40": an exact figure
        f.qualifier = "exact"
        f.start = f.num_start
    if f.qualifier == "exact" and _PASSED.search(lp[-24:]):
        f.low, f.high, f.qualifier = f.value + 1, None, "more_than"  # "the death toll passes 1,000": above it
    if raw.isdigit() and pre.endswith("(") and (wm := _WORD_PAREN.search(pre[-30:])) \
            and parse_number(wm.group(1)) == f.value:
        return None  # "Five (5) soldiers": the digits restate the figure just written in words
    if f.num_start == f.start and raw[:1].isdigit() and S.label_end(lp[-24:]):
        return None  # "version 3.5", "Build 403", "section 19a", "Defendant 2": a label, not a count (senses.yaml)
    if f.is_word and f.value == 1 and f.qualifier == "exact" and _ONE_PRONOUN.search(lp[-30:]):
        return None  # "after an earlier one killed 2,000", "the first one struck at dawn": a pronoun, no count
    if lp.endswith(("but ", "help ")) and _HELP_OR_ALL_BUT.search(lp[-60:]):
        return None  # "died trying to help two women escape", "all but 45 have been released": not their count
    if raw.isdigit() and len(raw) <= 3 and pre.endswith(", ") and _AGE_CLOSE.match(nt, f.end) \
            and (nc := _FULL_NAME_COMMA.search(pre[-60:])) \
            and not any(x.entry.type in ("place", "country") for x in r.doc.mentions.between(
                f.start - len(pre[-60:]) + nc.start("last"), f.start)):
        return None  # "the victims: Sonia A. Guzman, 25; Diana V., 21": a named person's age (not "Port Harcourt, 12;")
    if S.DECIMAL.fullmatch(raw) and _next_word(r.lc, f.end) not in S.DECIMAL_SCALES:
        return None  # "3.5", "12.30", "2,5" alone: a version, a clock time or a measure; people come in wholes
    if not implied and L.hold_before(lp[-30:]) and not L.pre_search(lp50) and not (
            lp.rstrip().endswith(("with", "have", "has", "had")) and (_WITH_OUTCOME.match(r.lc, f.end) or (
                lp.rstrip().endswith("with") and _WITH_MORE.match(r.lc, f.end)))) \
            and not _HELD_HOSTAGE.match(r.lc, f.end) and not (lp.rstrip().endswith(("sent", "sending"))
                                                               and _TO_DEATHS.search(r.lc, f.end, f.end + 80)):
        return None  # "a prison holding 600", "deployed 300"; but "risen to 19, with 31 wounded", "we have 132 dead",
        # "sent dozens of people plummeting to their deaths"
    c = Cand(f, ui, (f.start, f.end))
    c.implied = implied
    np = _noun_phrase(r, c, f, u, pre, lp, lp50, raw)
    if np is None:
        return None
    head, ofref, np_end, adj, nb = np
    lpre = _outcome(r, c, f, u, pre, lp, lp50, head, ofref, np_end, adj, nb)
    if lpre is None:
        return None
    if c.outcome == "displaced" and c.how in ("follow", "scan") and "evacuat" in r.lc[np_end:max(c.cue_end, np_end + 80)]:
        if adj == "wounded" or head in ("wounded", "injured", "casualties"):
            c.outcome = "wounded"  # "the wounded soldiers were evacuated": taken to care, not from a threat
        elif ofref in ("whom", "them") or head in ("families", "households") or _OF_THEM.match(r.lc, f.end):
            c.outcome, c.how = None, ""  # "six of them ... were evacuated": the part of whatever its total is
    if c.outcome in ("abducted", "captured") and _AND_KILLED_THEM.match(r.lc, np_end):
        c.outcome = "killed"  # "seized six men and slaughtered them": their fate is the toll
    if c.outcome == "killed" and _ALIVE_OR_DEAD.match(r.lc, np_end, min(u.end, np_end + 60)):
        return None  # "it was unknown if the six were alive or dead": no one's fate told
    if r.lc.startswith(" per ", np_end) and _PER_RATE.match(r.lc, np_end + 5):
        return None  # "17 deaths per 100,000 inhabitants": a rate, not a count of people
    if head == "bodies" and _BODY_OF_PEOPLE.search(r.lc, f.end, np_end):
        return None  # "two probe bodies have been formed", "local bodies": bodies of people, not the dead
    if c.outcome == "freed" and head in ("bodies", "body", "remains", "corpses"):
        c.outcome = "killed"  # "a helicopter rescue of three bodies": the dead, whatever brought them out
    if c.outcome == "abducted" and _RECOVERED_THEM.search(lp[-40:]):
        c.outcome = "freed"  # "the recovery of four of the abductees", "troops recovered 12 hostages"
    if head in ("survivors", "survivor") and ofref is None and c.outcome in (None, "killed"):
        # "found 40 survivors including the captain and four bodies": the living found, not the dead
        if _FOUND_ALIVE.search(lp[-40:]):
            c.outcome, c.how = "freed", "pre"
        elif c.outcome == "killed":
            return None
    # "four people were injured and later died", "six more sustained serious injuries and died in hospital": right
    # after the cue, or after the phrase when the noun gave the outcome
    if c.outcome == "wounded" and (dm := _AND_DIED.match(r.lc, at := max(np_end, c.cue_end), min(u.end, at + 60))):
        c.outcome, c.cue_end = "killed", dm.end()
    if c.outcome == "freed" and head in L.INMATE_NOUNS and _ATTACKERS.search(r.lc, max(u.start, f.start - 120),
                                                                             min(u.end, np_end + 60)):
        c.outcome = "escaped"  # "the attackers released 1,844 inmates", "inmates set free by the gunmen": a jailbreak
    _relations(r, c, f, u, pre, lp, lpre, head, ofref, np_end, adj)
    _phrase_actors(r, c, f, u, head, np_end)
    if c.outcome == "wounded" and not c.state and (r.lc.find("still", np_end, u.end) >= 0 or r.lc.find(
            "remain", np_end, u.end) >= 0) and _STILL_IN_HOSPITAL.match(r.lc, np_end, min(u.end, np_end + 120)):
        c.state = True  # "80 people injured in the attack, including six children, remained in hospital": some of them
    return c


_TOLL_ASIDE = re.compile(r"\b(?:death\s+)?toll\s*,\s*(?:including|among\s+them)\s+$")
_CARRYING_THEM = re.compile(r"\b(?:carrying|carried|transporting|ferrying|packed\s+with|crammed\s+with|with)\s+"
                            r"(?:(?:at\s+least|about|around|some|nearly|more\s+than|over|up\s+to)\s+)?$")
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b")
_AND_KILLED_THEM = re.compile(r"\s+(?:and|before)\s+(?:then\s+|later\s+)?(?:killed|slaughtered|executed|beheaded|murdered|"
                              r"shot\s+dead|hacked\s+to\s+death|slit\s+the\s+throats\s+of|butchered)\s+(?:them|all\s+of\s+them)\b")
_PER_RATE = re.compile(r"(?:\d|hundred\b|thousand\b|million\b|capita\b|head\b|inhabitant|resident|population\b)")
_ALIVE_OR_DEAD = re.compile(r"\s*(?:were|was|are|is)\s+(?:still\s+)?(?:alive\s+or\s+dead|dead\s+or\s+alive)\b")
_BODY_OF_PEOPLE = re.compile(r"\b(?:probe|inquiry|investigation|investigative|investigating|regulatory|governing|statutory|"
                             r"advisory|oversight|professional|civic|student|local|public|government|international|"
                             r"religious|representative|elected|legislative|judicial)\s+bodies\b")
_RECOVERED_THEM = re.compile(r"\b(?:recovery|recovered|recovering|recover)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}$")
_FOUND_ALIVE = re.compile(r"\b(?:found|find|finding|rescued|rescue|rescuing|pulled|pull|pulling|plucked|saved|save|recovered|"
                          r"located|evacuated)\b(?:\s+[\w-]+){0,4}\s*$", re.I)
_THE_DEAD = frozenset(("dead", "bodies", "body", "corpses", "remains", "deceased"))  # not "victims": some live
_TO_HOSPITAL = re.compile(r"\b(?:taken|rushed|admitted|brought|evacuated|airlifted|transferred)\s+to\b|hospital", re.I)
# "Gunmen killed a police detective, his wife, two children and four others": a list opened by items with no figure
_LIST_AFTER_VERB = re.compile(r"\b(?P<v>killed|killing|abducted|abducting|kidnapped|kidnapping|wounded|wounding|injured|"
                              r"injuring)\s+(?:(?:an?|his|her|their|the)\s+[^,;.\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+))+$")
_INCLUDING_NEXT = re.compile(r"\s*,\s*(?:including|among\s+them)\b", re.I)
_CLOSED_ASIDE = re.compile(r",\s*(?:including|among\s+them)\s+[^,]{1,130},", re.I)
# people a search hunts for, not the missing it looks for ("searching for 12 suspects")
_HUNTED = frozenset("""suspects suspect gunmen gunman attackers attacker assailants assailant militants militant fighters
insurgents rebels terrorists bandits robbers kidnappers abductors killers perpetrators culprits fugitives escapees
escapee fugitive inmates prisoners convicts criminals gangsters jihadists""".split())
# the hurt who are still in hospital, said after the figure's phrase: a count of some of the wounded, not of all
_STILL_IN_HOSPITAL = re.compile(r"[^.;:]{0,80}?\b(?:remain(?:s|ed)?|(?:are|were|was|is)\s+still|still)\s+"
                                r"(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed|in\s+intensive\s+care|under\s+treatment)")


def _noun_phrase(r: Report, c: Cand, f: Figure, u: Unit, pre: str, lp: str, lp50: str, raw: str) -> tuple | None:
    """The noun phrase after the number: (head noun, "of them/the" word, its end, outcome adjective, "the number of"
    match), or None when it counts things, an age, a year or a pronoun ("one of the deadliest")."""
    nt = r.ntext
    yearish = (len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit() and f.qualifier == "exact") or (
        f.qualifier == "range" and f.high is not None and 1900 <= f.low < f.high <= 2099 and f.high - f.low < 60
        and _YEARS_RANGE.fullmatch(raw) is not None)
    # ("disappeared between 2019 and 2022": two years)
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
        if lw == "out" and head is None and i + 1 < len(toks) and toks[i + 1][0].lower() == "of":
            i += 1  # "10 out of the 11 passengers": "of the 11"
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
            bare = nxt[:1].isdigit() or nxt in _NUMBER_WORDS  # "Four of 46 persons": "of the 46" without "the"
            if nxt in ("the", "our", "my", "its", "their", "his", "her", "all", "these") or bare:
                ofref = "the" if bare else nxt
                i += 1 if bare else 2
                if more and len(toks) < i + 4:
                    n = min(12, i + 4)
                    toks.extend(itertools.islice(tok_it, n - len(toks)))
                    more = len(toks) == n < 12
                if not bare and i + 1 < len(toks) and toks[i][0].endswith(("'s", "\u2019s")) and (
                        toks[i + 1][0].lower() in _NUMBER_WORDS or toks[i + 1][0][:1].isdigit()):
                    i += 1  # "150 of the village's 1,800 residents": the total after its owner
                if i < len(toks) and (toks[i][0].lower() in _NUMBER_WORDS or toks[i][0][:1].isdigit()):
                    np_end = toks[i].end()  # "two of the four": a part of a total named before
                    c.of_total, c.of_n, c.of_span = True, parse_number(toks[i][0]), toks[i].span()
                    k = i + 2 if i + 2 < len(toks) and toks[i + 1][0].lower() in L.MODIFIERS else i + 1
                    if k < len(toks) and toks[k][0].lower() in L.PERSON_NOUNS \
                            and toks[k][0].lower() not in ("more", "others", "dead"):
                        head = toks[k][0].lower()  # "11 of the 47 women": the total's noun names the part's people
                        np_end = toks[k].end()
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
                if head in L.ADJ_OUTCOME:
                    adj = adj or L.ADJ_OUTCOME[head]  # "six deceased adults": the noun before was an adjective
                head = toks[i][0].lower()
                np_end = toks[i].end()
            break
        if lw in L.NONPERSON_NOUNS or lw in S.THINGS:
            nx = toks[i + 1][0].lower() if i + 1 < len(toks) and toks[i + 1].start() == e + 1 else ""
            if nx in L.PERSON_NOUNS and nx not in ("more", "others", "dead", "people", "persons"):
                mods += 1  # "19 cattle rustlers", "12 bus passengers": the thing names the people's kind
                i += 1
                continue
            return None
        if lw in _WEEKDAY_SET and w[0].isupper():
            break  # "down to 11 Monday night": a date after the figure ends its phrase
        if lw.endswith(("-wounded", "-injured")):
            lw = "wounded"  # "12 war-wounded patients"
        if lw in L.ADJ_OUTCOME:
            adj = adj or L.ADJ_OUTCOME[lw]
            np_end = e
            mods += 1
            i += 1
            continue
        if ofref == "the" and head is None and lw.endswith("'s") and len(lw) > 3 and mods < 3:
            mods += 1  # "three of the country's soldiers", "two of the army's officers": whose, then the people
            i += 1
            continue
        if adj is not None and w[0].isupper() and lw in _FUNCTION and lw not in L.MODIFIERS:
            break  # "35 Feared Killed In Boko Haram Attack": a title-case headline's preposition ends the phrase
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
    if yearish and head is not None and toks and toks[0][0].lower() in _EVENT_NOUNS:
        return None  # "Seoul 2022 crush victims", "the 2019 attack survivors": a year naming an incident
    if yearish and head is None:  # "2019", but "2000 people were killed" is a figure
        return None
    if yearish and _YEAR_PREP_END.search(lp[-12:]) and not (lp.endswith("of ") and _DEATHS_OF.search(lp[-40:])):
        return None  # "In 2019 ISIS fighters killed ...": a year after a preposition of time, whatever follows it
        # (but "documented the death of 1953 people": a count after the deaths it counts)
    # (each pattern ends so: ",\s*$", "aged ...", "of the\s+$"; the string tests skip most searches)
    if f.start == f.num_start and ((pre[-30:].rstrip().endswith(",") and _AGE_NAME_END.search(pre[-30:])
                                    and _rx.match(r"\d{1,2}\s*[,)]", nt[f.start:f.end + 3]))
                                   or "aged" in lp[-40:] and _AGED_END.search(lp[-40:])):
        return None  # "Nirmal Chakma, 35, ...", "aged 42 and 37": ages
    if c.of_total and head is not None and _IDENTIFIED.match(r.lc, np_end):
        return None  # "22 of the 26 victims have been identified": a count of the identified; the 26 is the toll
    if not c.implied and lp[-40:].rstrip().endswith(("the", "those", "these")) and _OF_THE_NUMBER.search(lp[-40:]) and not (
            head is not None and (_IDENTIFIED.match(r.lc, np_end) or _WHO_OUTCOME.match(r.lc, np_end))):
        # the "four" of "two of the four": the total named before, not a new figure; but "143 of the 242 prisoners
        # who fled" names the total with its own outcome
        return None
    if f.is_word and f.value == 1 and r.lc.startswith(" by one", f.end):
        return None  # "executed them one by one": a manner, not a count
    if f.is_word and f.value == 1 and f.qualifier == "exact" and head is None and ofref is None and not L.pre_search(lp50) \
            and not _ONE_ADJ.match(nt, f.end) and not (pre.rstrip().endswith((",", " and")) and _ONE_IN_PLACE.match(nt, f.end)):
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
    return head, ofref, np_end, adj, nb


_ONE_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")  # "..., one in Mesquita": a list's toll per place
# "the gunmen took more than 80 students": attackers who take people take them captive
_TAKERS_TOOK = re.compile(r"\b(?:gunmen|bandits|kidnappers|abductors|militants|insurgents|jihadists|terrorists|rebels|"
                          r"attackers|assailants|armed\s+men|fighters)\s+(?:had\s+|have\s+|also\s+)?(?:took|taken|take)\s*$", re.I)
_DONE_ALONG_WITH = re.compile(r"\b(?:was|were|been|got)\s+(killed|wounded|injured|kidnapped|abducted|arrested|rescued|freed)"
                              r"\b[^.;:]{0,60}?(?:(?:along|together)\s+with|alongside)\s+(?:(?:at\s+least|some|about)\s+)?$")
_HELD_HOSTAGE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:hostages?|captives?)\b(?!\s+(?:crisis|situation|taker))")  # "is holding two soldiers hostage"
_CARRYING_END = re.compile(r"\b(?:carrying|carried|with|transporting|ferrying)\s+(?:(?:at\s+least|about|some|around|nearly|"
                           r"more\s+than|over|up\s+to)\s+)?$")
_CARRYING_END_END = EndWords(_CARRYING_END.pattern)
_NONE_SURVIVED = re.compile(r"\bkill(?:ing|ed)\s+(?:all|everyone|everybody)\b|\b(?:all|everyone|everybody)\s+(?:of\s+them\s+|"
                            r"(?:on\s+board|aboard|inside)\s+)(?:were\s+killed|died|perished|were\s+dead)\b|\bno\s+survivors\b|"
                            r"\bnone\s+(?:of\s+them\s+)?survived\b")


def _outcome(r: Report, c: Cand, f: Figure, u: Unit, pre: str, lp: str, lp50: str, head: str | None, ofref: str | None,
             np_end: int, adj: str | None, nb) -> str | None:
    """The outcome cue: before the figure, after its phrase, the noun itself, a label, a scan of the clause. None when
    the figure is no claim; else the lower-cased text before it that the relation words are looked for in."""
    nt = r.ntext
    after = nt[np_end:min(u.end, np_end + 160)]
    lpre = pre[-80:].lower()  # cheap keyword checks gate the costlier end-anchored patterns
    if " or " in lpre and L.MIXED_RE.search(pre[-40:]):
        if not f.is_zero:
            return None
    if f.value == 1 and f.is_word and head in L.PERSON_NOUNS and (sp := _SPEAKER_PLACE.match(after)) \
            and _ONE_SPEAKS.match(after, sp.end()) and not L.pre_search(lp50):
        return None  # "One activist in Saraqeb said people had fled": a speaker, not a count
    if f.value == 1 and f.is_word and ofref == "the" and _NAME_COMMA_END.search(pre[-40:]) \
            and _rx.search(r",\s*(?:said|says|told|added)\b", r.ntext[np_end:min(u.end, np_end + 120)]):
        return None  # "Amar C., one of the injured people undergoing treatment, said": who speaks, not a count
    pm = L.pre_search(lp50) if not nb else None
    if pm is None and not nb and lp50.endswith(" to ") and (tm := _TOLL_ROSE_END.search(lp50)) is not None and \
            (tn := [m for m in _TOLL_NOUN.finditer(r.lc, max(u.start, f.start - 240), f.start)]) and \
            not _rx.search(r"\d(?![\d,]*(?:st|nd|rd|th)\b)|[.;]", r.lc[tn[-1].end():f.start]):
        pm = tm  # "The death toll from a suicide bombing that targeted ... in the northwestern region has risen to 40"
    after_lc = r.lc[np_end:min(u.end, np_end + 160)]
    fm = L.FOLLOW_LC.match(after_lc)
    if fm and _active(fm.group(0), after[fm.end():]):
        fm = None
    if fm and _NOT_DONE.search(fm.group(0), 0, fm.start(fm.lastgroup)):
        return None  # "40 prisoners tried to flee": what they did not do
    if fm and fm.lastgroup == "wounded" and _WITH_WOUNDS.match(after_lc):
        c.with_wounds = True
    if pm and " " not in pm.group(0).strip(" \"'\u201c\u2018") and _DET_END.search(lp50, 0, pm.start()):
        pm = None  # "during the rescue four soldiers were wounded": a noun, not a verb acting on the figure
    if pm and _intent_end(lp[:len(lp) - len(lp50) + pm.start()]):
        return None  # "working to free the remaining two", "threatened to kill 20 hostages": not done
    if pm and head is None and ofref not in ("them", "whom") and not nb and _other_sense(lp50, pm, r.lc[u.start:u.end]):
        return None  # "Python 3.5 was released", "lost 2 of its 6 mayors", "the Senate killed 2": not people
    if pm and pm.lastgroup == "wounded" and pm.group(0).lstrip()[:4] in ("admi", "rece") and not _HOSPITAL.search(lp):
        pm = None  # "admitted", "received" are cues only after a hospital ("the hospital received more than 100 people")
    if pm and pm.lastgroup == "missing" and (head in _HUNTED or fm is not None):
        pm = None  # "police are searching for 12 suspects": the hunted are not missing; "... 12 killed" says its own
    if pm and pm.lastgroup == "displaced" and "evacuat" in pm.group(0).lower() and (
            adj in ("wounded", "killed") or head in ("wounded", "injured", "casualties") or head in _THE_DEAD):
        pm = None  # "helped evacuate 11 wounded people to hospital": taken to care, not out of danger (the adjective)
    if pm:
        c.outcome, c.how = pm.lastgroup, "pre"
        if _WE_LOST.search(lp50):
            c.first_person = True  # "we lost four men": the speaker's own side
        if pm.lastgroup in ("abducted", "wounded") and (adj == "killed" or head in ("bodies", "body", "remains", "corpses")):
            c.outcome = "killed"  # "took away eight of their dead": the dead are carried off, not kidnapped
        if _rx.search(r"\btoll\b", pm.group(0), re.I):
            c.toll_what = pre[-80:]
            if adj and adj != "killed" and ofref is None:
                c.outcome = adj  # "put the toll at 23 wounded": the word after the figure says which toll
            elif pm.lastgroup == "killed" and (wn := _WOUNDED_NUMBER.search(pre[-120:])):
                c.outcome = L.ADJ_OUTCOME[wn.group(1).lower()]  # "the number of wounded rose from an earlier toll of 70"
        if pm.lastgroup == "wounded" and _rx.search(r"(?:treat\w*|evacuat\w*)\s*$", pm.group(0).strip(" \"'"), re.I):
            c.outcome = None
            if fm and fm.lastgroup == "wounded":
                c.outcome = "wounded"
            elif adj:
                c.outcome = adj
            c.how = "pre" if c.outcome else ""
    if c.outcome is None and "t" in lpre[-16:] and _TOOK_END.may_end_folded(lpre.rstrip()) and L.TOOK_RE.search(pre[-16:]):
        m2 = _rx.match(r"^\s*(?:of\s+[^,.;]{0,40}?\s)?(hostages?|captives?|prisoners?)\b", after, re.I)
        if m2:
            c.outcome = "captured" if m2.group(1).lower().startswith("prisoner") else "abducted"
            c.how = "pre"
        elif head in ("hostage", "hostages", "captive", "captives") or (
                head in L.CIVILIAN_NOUNS or head in L.GENERIC_NOUNS) and (
                _TOOK_WITH.match(after) or _TAKERS_TOOK.search(pre[-60:])):
            c.outcome, c.how = "abducted", "pre"  # "take two hostage", "took 50 women and children with them"
        else:
            return None
    if c.outcome is None and ("forc" in lpre or "driv" in lpre or "drov" in lpre or "prompt" in lpre) \
            and L.FORCED_RE.search(pre[-16:]) and _rx.match(r"^\s*(?:[\w-]+\s+){0,3}?(?:to\s+(?:flee|leave|cross|abandon)|(?:from|out\s+of)\s+their\s+homes)", after, re.I):
        c.outcome, c.how = "displaced", "pre"
    if c.outcome is None and ("with" in lp[-12:] or "alongside" in lp[-12:]) and (
            wm := _DONE_ALONG_WITH.search(lp[-120:])):
        c.outcome, c.how = L.ADJ_OUTCOME[wm.group(1)], "pre"  # "X was killed in a blast together with eight others"
    if c.outcome is None and head is not None and _HELD_HOSTAGE.match(r.lc, np_end) and L.hold_before(lp[-30:]):
        c.outcome, c.how = "abducted", "pre"  # "the ELN is holding two soldiers hostage"
    if c.outcome is None and head in ("bodies", "body", "remains", "corpses", "cuerpos"):
        c.outcome, c.how = "killed", "noun"
    if c.outcome is None and lp.endswith((", ", "and ")) and (lv := _LIST_AFTER_VERB.search(lp[-160:])):
        c.outcome, c.how = L.ADJ_OUTCOME.get(lv.group("v").replace("ing", "ed"), "killed"), "pre"  # the list's verb
    if c.outcome is None and _CARRYING_END_END.may_end(lp[-40:].rstrip()) and _CARRYING_END.search(lp[-40:]) \
            and _NONE_SURVIVED.search(r.lc, f.end, u.end):
        c.outcome, c.how = "killed", "noun"  # "a bus carrying 51 people ... plunged into a river, killing everyone on board"
    if c.outcome is None and head is None and _FURTHER_END.search(lp[-24:]) and _RECOVERED.match(after) \
            and _BODIES_BEFORE.search(r.lc, u.start, f.start):
        c.outcome, c.how = "killed", "noun"  # "14 bodies were recovered and a further four were pulled from the river"
    if fm and c.outcome is None and _BARE_PARTICIPLE.fullmatch(fm.group(0)):
        # "Twenty-three villagers abducted from Kware last month have been released": the main verb counts
        mm = _main_verb(after, fm.end(), min(len(after), fm.end() + 100))
        if mm and not _REL_GAP.search(after, fm.end(), mm.start()) and not L.SAY_RE.search(after, fm.end(), mm.start()):
            c.outcome, c.how = mm.lastgroup, "follow"
            c.cue_end = mm.end() + np_end
    if c.outcome is None and head not in L.INMATE_NOUNS and ("still" in after_lc or not after.isascii()) \
            and _STILL_HELD.match(after):
        c.outcome, c.how, c.state = "abducted", "follow", True  # "2 still held by Abu Sayyaf"
    if fm and _REL_START.match(after) and c.outcome is None and not (
            lp[-40:].rstrip().endswith(("the", "those", "these")) and _OF_THE_NUMBER.search(lp[-40:])):
        # "14 villagers who had been kidnapped last week were released": the main verb counts (but the main verb
        # of "143 of the 242 prisoners who fled were recaptured" is the 143's)
        mm = _main_verb(after, fm.end(), min(len(after), fm.end() + 80))
        if mm and not _REL_GAP.search(after, fm.end(), mm.start()):
            c.outcome, c.how = mm.lastgroup, "follow"
            c.cue_end = mm.end() + np_end
    if c.outcome is None and fm is None and (rel := _REL_START.match(after)) and head is not None:
        # "Hundreds of refugees that set sail from Libya are feared dead": a clause with no cue, then the main verb
        mm = _main_verb(after, rel.end(), min(len(after), rel.end() + 100))
        if mm and not _REL_GAP.search(after, rel.end(), mm.start()) and not L.SAY_RE.search(after, rel.end(), mm.start()):
            c.outcome, c.how = mm.lastgroup, "follow"
            c.cue_end = mm.end() + np_end
    if c.outcome is None and fm and head is None and ofref is None and fm.group(0).split()[-1].lower() in S.WEAK_CUES \
            and not _people_context(r.lc[u.start:u.end]):
        return None  # "12 were released into the bath": a weak cue on a bare figure, no people in the sentence
    if c.outcome is None and fm and fm.lastgroup == "wounded" and _TREATED.fullmatch(fm.group(0)) \
            and (dm := _DIED_AFTER.match(after_lc, fm.end())):
        c.outcome, c.how, c.cue_end = "killed", "follow", dm.end() + np_end  # "one of the victims being treated died"
    if c.outcome is None and fm and fm.lastgroup == "wounded" and (adj == "killed" or head in _THE_DEAD) \
            and _TO_HOSPITAL.search(fm.group(0)):
        c.outcome, c.how = "killed", "adj"  # "more than 200 dead were brought to hospitals": the dead, not the hurt
    if c.outcome is None and fm:
        c.outcome, c.how = fm.lastgroup, "follow"
        if c.outcome == "abducted" and adj == "killed":
            c.outcome = "killed"  # "the four slain soldiers were taken away": the dead carried off, as "took away"
        c.cue_end = fm.end() + np_end
        c.state = bool(L.STATE_CUES.search(fm.group(0)))
        rest = after[fm.end():]
        if c.outcome == "wounded" and _DISCHARGED.match(rest):
            c.state = True  # "137 with minor injuries have been discharged": some of the hurt, not all
        m2 = _OR_CUE.match(rest)
        if m2 and ("feared" in m2.group(0).lower() or "presumed" in m2.group(0).lower()):
            m2 = None  # "missing and feared dead", "missing and presumed dead": missing, as the fear says
        if m2 and (ws := _rx.match(r"\s+", rest[m2.end():])) and _FIGURE_LC.match(rest.lower(), m2.end() + ws.end()):
            m2 = None  # "left 20,000 people dead and displaced two million": a verb with its own figure
        if m2 and m2.lastgroup == "killed" and c.outcome in ("abducted", "captured") and not f.is_zero \
                and m2.group(0).lstrip().lower().startswith("and"):
            c.outcome, m2 = "killed", None  # "50 people had been rounded up and beheaded": taken, then killed
        if m2 and m2.lastgroup != c.outcome:
            if f.is_zero:
                c.second_outcome = m2.lastgroup
            elif not fm.group(0).strip().endswith(("wounded", "injured")) or m2.lastgroup != "killed":
                return None
            else:
                return None
    adj_later = None
    if c.outcome is None and adj and head != "others":
        if ofref == "the" and _SCAN_RE.search(after_lc, 0, 100):
            pass  # "20 of the wounded" names a part of the wounded, unless a verb follows ("one of the injured has died")
        elif ofref is None and head is not None and _SCAN_RE.search(after_lc, 0, 100):
            adj_later = adj  # "14 displaced people, including five children, were killed": the verb, if it is one
        elif f.value == 1 and head in L.PERSON_NOUNS and _ONE_SPEAKS.match(after):
            return None  # "one injured man told Reuters", "one wounded woman could be heard crying": a person, no toll
        else:
            c.outcome, c.how = adj, "adj"
    if c.outcome is None and head in L.NOUN_OUTCOME:
        if not _rx.search(r"\b(?:identified|named|interviewed)\s+(?:\w+\s+)?$", pre, re.I) and not (
                L.NOUN_OUTCOME[head] == "displaced" and _CARRYING_THEM.search(lp[-40:])):
            # (not "a boat carrying at least 86 refugees": its load, not people forced out)
            c.outcome, c.how = L.NOUN_OUTCOME[head], "noun"
    if c.outcome is None and "toll" in lp50 and _TOLL_ASIDE.search(lp50):
        c.outcome, c.how, c.toll_aside = "killed", "toll", True
    if c.outcome is None:
        lpre = pre.lower()
        nm = L.number_of_search(lp) if _has_any(lpre, _PRE_KEYS) else None
        # (not "the toll, including ...", "among them"; but "the number of deaths among the gunmen to 19" is a toll)
        # (an aside closed before the verb is no part: "the death toll, including 18 children, stood at 51")
        if nm and not _rx.search(r"\bincluding\b|(?=among)(?<!deaths\s)(?<!dead\s)(?<!killed\s)(?<!victims\s)"
                                 r"(?<!fatalities\s)(?<!injured\s)(?<!wounded\s)\bamong\b",
                                 _CLOSED_ASIDE.sub(",", nm.group(0)) if "," in nm.group(0) else nm.group(0), re.I):
            what = nm.group(0)
            # "the death toll has risen to 144, and the injuries amount to 551": the last clause names the outcome
            tail = _LAST_CLAUSE.split(what)[-1]
            om = L.OUTCOME_NOUN_RE.search(tail) or L.OUTCOME_NOUN_RE.search(what)
            if om:
                c.outcome = om.lastgroup
            elif _rx.search(r"\btoll\b", nm.group(0), re.I) and not _rx.search(r"\b(?:injur|wound)", nm.group(0), re.I):
                c.outcome = "killed"
            if c.outcome:
                c.how = "toll"
                c.toll_what = what[:80]
    if c.outcome is None:
        # (a label needs one of its ending marks before the figure: without one, neither search below can find it)
        marked = f.start - u.start < 120 and _has_any(nt[u.start:f.start], _LABEL_MARKS)
        lm = _LABEL_RE.match(nt[u.start:f.start]) if marked and f.start - u.start < 80 else None
        if lm is None and marked and (first := _FIGURE_LC.search(r.lc, u.start, f.start)) is not None \
                and first.start() > u.start and _LABEL_ITEMS.fullmatch(nt, first.start(), f.start):
            lm = _LABEL_RE.match(nt[u.start:first.start()])
        if lm:
            om = L.OUTCOME_NOUN_RE.search(lm.group("label"))
            if om and _rx.fullmatch(r"[\w ]{0,12}?\b(?:killed|dead|deaths|injured|wounded|missing|abducted|kidnapped|"
                                   r"displaced|arrested|detained|captured|released|freed|escaped|rescued|hostages)"
                                   r"(?:\s+in\s+action)?\b",
                                   lm.group("label").strip(), re.I):
                c.outcome, c.how = om.lastgroup, "label"
    if c.outcome is None:
        am0 = _ADJ_PAREN.search(pre[-45:]) if lpre.endswith("(") or lpre.rstrip().endswith("(") else None
        if am0:
            c.outcome, c.how = L.ADJ_OUTCOME.get(am0.group(1).lower()), "paren"
    if c.outcome is None and not L.SAY_RE.match(after.lstrip(" ,\"'")):
        stop = _SCAN_STOP.search(after)
        lim = 160 if after[:2].lstrip().startswith(",") and _INCLUDING_NEXT.match(after) else 120  # (a long aside)
        window = after[: stop.start() if stop else lim][:lim]
        wlc = r.lc[np_end:np_end + len(window)]
        # an aside in brackets right after the phrase does not end it: "11,300 individuals (2,480 households) displaced"
        aside = _ASIDE.match(wlc) if wlc.lstrip().startswith(("(", ",")) else None
        nxt = _FIGURE_LC.search(wlc, aside.end() if aside else 0)
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
            if _NOT_DONE_END.may_end_folded(window[max(0, sm.start() - 24):sm.start()].lower().rstrip()) \
                    and _NOT_DONE.search(window, max(0, sm.start() - 24), sm.start()):
                continue  # "35 inmates refused to escape", "tried to flee": what they did not do
            if _ACTIVE_PERFECT.search(window[: sm.start()]) and sm.group(0).lower() not in _INTRANSITIVE \
                    and sm.lastgroup not in ("displaced", "escaped", "missing"):
                continue  # "had killed": the figure did it; but "have fled", "had died" happened to it
            if _active(window[max(0, sm.start() - 20): sm.end()], after[sm.end():]):  # its object may be the next figure
                continue
            c.outcome, c.how = sm.lastgroup, "scan"
            c.cue_end = np_end + sm.end()
            if _BARE_PARTICIPLE.fullmatch(sm.group(0)) and not _AUX_END.search(window, 0, sm.start()):
                # "11 of the 47 women abducted last week have escaped": the participle describes, the main verb counts
                mm = _main_verb(after, sm.end(), min(len(after), sm.end() + 100))
                if mm and not _REL_GAP.search(after, sm.end(), mm.start()) \
                        and not L.SAY_RE.search(after, sm.end(), mm.start()):
                    c.outcome = mm.lastgroup
            c.state = bool(L.STATE_CUES.search(window[max(0, sm.start() - 12): sm.end()]))
            if f.is_zero:  # "None of the passengers were killed or wounded": zero for both outcomes
                m2 = _OR_CUE.match(window[sm.end():])
                if m2 and m2.lastgroup != c.outcome:
                    c.second_outcome = m2.lastgroup
            break
    if c.outcome is None and adj_later:
        c.outcome, c.how = adj_later, "adj"
    if c.outcome is None and (c.ofref in ("them", "whom") or head is None) and L.SAY_RE.match(after.lstrip(" ,\"'")):
        return None
    if f.is_zero and c.how in ("noun", "among", "adj"):
        return None  # "none of the victims were soldiers": a zero needs a stated outcome ("none ... were killed")
    if c.outcome == "displaced" and head in L.INMATE_NOUNS:
        c.outcome = "escaped"  # inmates who flee a prison break out of it, they are not displaced
    return lpre


def _relations(r: Report, c: Cand, f: Figure, u: Unit, pre: str, lp: str, lpre: str, head: str | None,
               ofref: str | None, np_end: int, adj: str | None) -> None:
    """Words that relate the figure to others: "up from", "among the dead", "the other three", "seven were women"."""
    nt = r.ntext
    pre_s = pre[-70:]
    after = nt[np_end:min(u.end, np_end + 160)]
    if "from" in lp[-12:] and _FROM_RE.search(pre[-12:]) and any(ch.isdigit() for ch in pre[-60:]):
        c.is_from = True
    elif lp.endswith("instead of ") and c.fig.qualifier == "exact":
        c.is_from = True  # "23 people were killed, instead of 24 as previously announced": the figure it corrects
    elif ("down" in lp[-80:] or "lower" in lp[-80:] or "correct" in lp[-80:] or "reduc" in lp[-80:]) \
            and _REVISED_DOWN.search(lp[-100:]):
        c.revised_down = True  # "police revised down the death toll of the blast to 84"
    elif ("earlier" in lp[-50:] or "previous" in lp[-50:] or "preliminary" in lp[-50:] or "initial" in lp[-50:]) \
            and _EARLIER_FIGURE.search(lp[-60:]):
        c.is_from = True  # "raising an earlier toll of 18", "an earlier figure of 19 counted three twice": revised
    elif ("earlier" in lp[-90:] or "previously" in lp[-90:] or "initially" in lp[-90:]) and _EARLIER_SAID.search(lp[-90:]):
        c.is_from = True  # "the authorities earlier reported about 103 dead and 211 injured": since revised
    am = _DEAD_INCL.search(pre_s) if ("includ" in lpre or " were" in lpre or " are" in lpre or "compris" in lpre
                                      or "among" in lpre) and _DEAD_INCL_END.may_end_folded(lpre.rstrip()) else None
    if am:
        om = L.OUTCOME_NOUN_RE.search(am.group("what"))
        c.among = om.lastgroup if om else "killed"
    elif "includ" in lpre[-14:] and c.ofref is None and _THEY_INCLUDED.search(lpre[-30:]):
        c.ofref = "them"  # "They included five children and three women": parts of the figure before
        if c.outcome is None:
            c.outcome_from = "previous"
    else:
        am2 = _AMONG_RE.search(pre[-80:]) if ("among" in lpre or "of the" in lpre or "of those" in lpre
                                             or "of these" in lpre) else None
        if am2 and (_rx.match(r"\s*among", pre[-80:][am2.start():], re.I) or (
                am2.group(0).rstrip().endswith(",") and _rx.match(r"\s*of\s+(?:the|those|these)\b", pre[-80:][am2.start():], re.I))):
            om = L.OUTCOME_NOUN_RE.search(am2.group("what"))
            if om:
                c.among = om.lastgroup
            elif _TAKEN.fullmatch(am2.group("what").strip()):
                c.among = "abducted"  # "Among those taken were seven children"
            elif am2.group("what").strip().lower() in ("them", "whom", "these", "those") and c.ofref is None:
                c.ofref = "them"  # "Among them are 12 children": a part of the figure before
                if c.outcome is None:
                    c.outcome_from = "previous"
    if not c.among and "among" in after:
        aa = _AMONG_AFTER.match(after)
        if (aa and aa.group("what").lower() == "them" or _AMONG_THEM_AFTER.match(after)) and c.ofref is None:
            c.ofref = "them"  # "Four children were among them", "ten killed, four children among them": a part
            if c.outcome is None:
                c.outcome_from = "previous"
        elif aa:
            om = L.OUTCOME_NOUN_RE.search(aa.group("what"))
            c.among_after = om.lastgroup if om else c.outcome
        elif (ab := _AMONG_NO_VERB.match(after)) and (om := L.OUTCOME_NOUN_RE.search(ab.group("what"))):
            c.among_after = om.lastgroup  # "there were at least five children among the injured"
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
    if c.outcome is None and _FIGURE_REF_END.may_end(lp[-40:].rstrip()) and _FIGURE_REF.search(lp[-40:]):
        c.outcome_from = "unit"  # "reported 'about 15 dead', revised its own figure up to 31"
    if head is None or head in _GENERIC_HEADS:  # "the four fatalities were all students"
        pn = _PRED_NOUN.match(after)
        pw = pn and next((w for w in (pn.group("a"), pn.group("n")) if w and w.lower() in L.PERSON_NOUNS), None)
        if pw:
            c.pred_noun = pw.lower()  # "seven were women", "18 of them were children", "were girls and women"
            if c.outcome is None and ofref in ("them", "whom"):
                c.outcome_from = "previous"


def _phrase_actors(r: Report, c: Cand, f: Figure, u: Unit, head: str | None, np_end: int) -> None:
    """Actors and nationality named inside the noun phrase ("15 members of the Indonesian military")."""
    nt = r.ntext
    ext = np_end
    if head in L.FIGHTER_NOUNS or head in L.GENERIC_NOUNS or head in L.INMATE_NOUNS or head in L.SUSPECT_NOUNS or head is None:
        m3 = _OF_EXT.match(nt, np_end, u.end)
        if m3:
            ext = m3.end()
    if head is not None:
        # "34 auxiliaries from the Volunteers for the Defence of the Fatherland", "6 Volunteers for the Defence of the
        # Homeland (VDP)": an armed group named at the head, or right after "of/from" a head that is not civilian,
        # is the party
        fm = _OF_ACTOR.match(nt, np_end, u.end) if head not in L.CIVILIAN_NOUNS else None
        at = fm.end() if fm else None
        for m in r.doc.mentions.between(f.start, min(u.end, np_end + 90)):
            if m.entry.type == "actor" and m.entry.kind != "parent" and (m.start == at or f.start < m.start < np_end) \
                    and not (m.start >= np_end and _ATTACK_NOUN_AFTER.match(nt, m.end)):
                ext = max(ext, m.end)
                # the head noun itself begins the name ("Volunteers for ..."), not a name before it ("UPDF activists")
                c.actor_head = m.start < np_end and m.text.split()[0].lower() == head
                break
    if head is None and c.ofref is None:
        # "29 Maoists were killed", "12 Houthis died": the group's name stands for its members
        nxt = [m for m in r.doc.mentions.between(np_end, min(u.end, np_end + 60)) if m.entry.type == "actor"
               and m.entry.kind != "parent" and nt[np_end:m.start].strip() == ""]
        if nxt:
            ext = max(ext, nxt[0].end)
    for m in r.doc.mentions.between(f.start, max(ext, np_end)):
        if m.entry.type == "actor" and m.start >= np_end and _ATTACK_NOUN_AFTER.match(nt, m.end):
            continue  # "41 injured from (a) Taliban attack": the attackers, not the people hit
        if m.entry.type == "actor" and c.np_actor is None and m.entry.kind != "parent":
            c.np_actor = m.entry.name
        elif m.entry.type == "source" and c.np_actor is None and "{country}" in m.entry.name \
                and _STATE_FORCE.search(m.entry.name):
            c.np_actor = r.doc.resolve(m, u)  # "15 members of the Indonesian military"
        elif m.entry.type in ("demonym", "country") and c.nationality is None:
            c.nationality = m.entry.name
    c.party_text = r.text[f.start:max(ext, np_end)].strip()
    c.ext_end = max(ext, np_end)


def _active(cue_text: str, rest: str) -> bool:
    """A transitive cue with an object and no passive auxiliary: the figure is the agent ("who had seized the wing")."""
    words = cue_text.strip().split()
    last = words[-1].lower() if words else ""
    # (the auxiliary of its own clause: "one of whom was a boy, and injured 28" is active)
    if last in _INTRANSITIVE or _PASSIVE.search(_CLAUSE_START.split(cue_text)[-1]):
        return False
    return bool(_OBJECT.match(rest))
