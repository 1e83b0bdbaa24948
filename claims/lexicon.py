"""Word lists and compiled cue patterns shared by the extractor (outcomes, people nouns, non-claim units)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from . import recache
from .dates import _MON, MONTH_NAMES
from .retrie import EndWords, LeadScan, trie_regex

# the word lists are data (claims/words.yaml); the package's own path, as the compiled copy lives elsewhere
WORDS_PATH = Path(sys.modules[__name__.rpartition(".")[0]].__file__).with_name("words.yaml")
with open(WORDS_PATH, encoding="utf-8") as _f:
    _WORDS = yaml.load(_f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml's: ~10x faster, same data

# --- nouns that count people, with the party category and role they imply -------------------------
CIVILIAN_NOUNS = dict(_WORDS["civilian_nouns"])
GENERIC_NOUNS = set(_WORDS["generic_nouns"])
SOLDIER_NOUNS = set(_WORDS["soldier_nouns"])
POLICE_NOUNS = set(_WORDS["police_nouns"])
GUARD_NOUNS = dict(_WORDS["guard_nouns"])
FIGHTER_NOUNS = set(_WORDS["fighter_nouns"])
INMATE_NOUNS = set(_WORDS["inmate_nouns"])
SUSPECT_NOUNS = set(_WORDS["suspect_nouns"])
OFFICIAL_NOUNS = set(_WORDS["official_nouns"])
PERSON_NOUNS = (set(CIVILIAN_NOUNS) | GENERIC_NOUNS | SOLDIER_NOUNS | POLICE_NOUNS | set(GUARD_NOUNS) | FIGHTER_NOUNS
                | INMATE_NOUNS | SUSPECT_NOUNS | OFFICIAL_NOUNS)

NONPERSON_NOUNS = set(_WORDS["nonperson_nouns"])

MODIFIERS = set(_WORDS["modifiers"])

# --- outcome cues ----------------------------------------------------------------------------------
_AUX = (r"(?:(?:have|has|had|were|was|are|is|been|being|be|also|still|reportedly|later|all|then|now|allegedly|so\s+far|"
        r"believed\s+to\s+(?:be|have)|thought\s+to\s+(?:be|have)|said\s+to\s+(?:be|have)|feared|may\s+have|might\s+have|"
        r"remain|remains|remained|stay|stayed|will|would|subsequently|reported|eventually|apparently|initially|since|either|not|each|both|too|just|only|already|"
        r"confirmed|declared|presumed|considered|(?:listed|registered|counted)(?:\s+as)?|who|that|which|themselves|[a-z]+ly)\s+)*")

# "287 students ... in custody of the bandits": held by kidnappers, not arrested
_CAPTORS = r"(?:bandits|kidnappers|abductors|captors|militants|gunmen|jihadists|terrorists|insurgents|rebels|gangs?|armed\s+men)\b"

_EVENTS_BREAKING_OUT = ("stampede", "fire", "fires", "blaze", "fighting", "clashes", "clash", "violence", "riot", "riots", "panic",
                        "chaos", "war", "fight", "gunfire", "protests", "protest", "unrest", "battle", "stampedes", "flames",
                        "shooting", "brawl", "melee", "scuffle", "mutiny", "epidemic", "outbreak", "cholera")
FOLLOW = {
    "killed": r"(?:killed|dead|died|die|dies|slain|murdered|assassinated|executed|beheaded|massacred|martyred|perished|"
              r"lost\s+(?:their|his|her)\s+lives?|lose\s+their\s+lives|fallen|fell\s+with\s+arms\s+in\s+hand|"
              r"fatally\s+(?:shot|wounded|stabbed|injured|hit)|"
              r"(?:embraced|attained|achieved)\s+martyrdom|"
              # communiqués' "fell with honour", "fell in the line of duty", "fell as martyrs"
              r"succumbed\s+to\s+(?:(?:their|his|her|the)\s+)?(?:[\w-]+\s+)?(?:injuries|injury|wounds|burns)|"
              # "sending dozens of people plummeting to their deaths"
              r"(?:plummet(?:ed|ing)|plung(?:ed|ing)|fell|falling|jump(?:ed|ing))\s+to\s+their\s+deaths?|"
              r"fell\s+(?:with\s+honou?r|as\s+martyrs?|in\s+(?:the\s+)?(?:line\s+of\s+duty|battle|combat|action)|"
              r"on\s+the\s+(?:battle)?field)|"
              r"shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|beaten\s+to\s+death|gunned\s+down|hacked\s+to\s+death|stabbed\s+to\s+death|neutrali[sz]ed|eliminated|liquidated|slaughtered|burned\s+to\s+death|found\s+dead|confirmed\s+dead|"
              r"(?:trampled|crushed)\s+to\s+death|show(?:ed|ing)\s+no\s+signs\s+of\s+life|"
              r"among\s+(?:the\s+|those\s+)?(?:dead|victims|killed|fatalities|people\s+killed)|muertos|asesinados|"
              # "feared dead", "burned alive"; "buried by debris" is no burial of the dead (a landslide's missing)
              r"drowned|feared\s+(?:dead|drowned|killed)|burn(?:ed|t)\s+alive|burnt\s+to\s+death|"
              r"buried(?!\s+(?:alive\s+)?(?:by|under|beneath|in|inside)\s+(?:the\s+|a\s+|tons\s+of\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:dirt|debris|rubble|rocks?|mud|mudslides?|landslides?|earth|snow|sand|avalanches?|soil|wreckage|collapsed|"
              r"buildings?|houses?|homes?(?!\s+(?:count|town|village|district|province|region|state|countr|area))|ruins|"
              r"structures?)\b))",
    "wounded": r"(?:wounded|injured|hurt|shot\s+and\s+wounded|(?:were\s+|was\s+|are\s+|is\s+)?fighting\s+for\s+(?:their|his|her)\s+lives|hit\s+by\s+(?:shrapnel|debris)|nursing\s+(?:their\s+|his\s+|her\s+)?(?:injuries|wounds)|recovering\s+from\s+(?:their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:injuries|wounds)|(?:(?:receiving|undergoing)\s+(?:medical\s+)?treatment|being\s+treated|under\s+treatment)(?!\s+for\s+(?!(?:[\w-]+\s+){0,2}?(?:wounds?|injur\w*|burns)))|in\s+(?:a\s+)?(?:critical|serious|stable|grave|life[- ]threatening)\s+conditions?|"
               r"(?:treated\s+)?(?:for|with)\s+(?:[\w-]+\s+){0,4}?(?:wounds?|injur(?:y|ies)|burns)|survived\s+with\s+(?:[\w-]+\s+)?injuries|"
               r"(?:sustained|received|suffered|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?|burns)|hospitali[sz]ed|(?:required|requiring|needed|needing)\s+(?:medical\s+|hospital\s+)(?:assistance|attention|treatment|care)|in\s+need\s+of\s+(?:medical\s+|hospital\s+)?(?:treatment|care|attention)|heridos|among\s+(?:the\s+|those\s+)?(?:injured|wounded)|"
               r"(?:taken|rushed|admitted|brought|evacuated|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|"
               r"medical\s+(?:facility|facilities|centres?|centers?)|health\s+(?:facility|facilities|centres?|centers?))|"
               r"(?:still\s+)?in\s+(?:a\s+|the\s+)?hospitals?(?!\s+(?:director|officials?|staff|sources?|chief|"
               r"(?:air\s*)?strikes?|attacks?|bombings?|raids?|fires?|blaze|shelling|blasts?|collapse)\b))",
    # "miners trapped underground", "dozens still trapped": shut in by a collapse, as the missing are (not a siege's)
    "missing": r"(?:missing|unaccounted(?:\s+for)?|disappeared|desaparecidos|being\s+(?:searched|looked)\s+for|"
               # "thought to be buried under crushed buildings", "buried in the landslide": not found yet
               r"(?:(?:thought|believed|feared|presumed|suspected)\s+to\s+(?:be|have\s+been)\s+)?buried\s+(?:alive\s+)?"
               r"(?:by|under|beneath|in|inside)\s+(?:the\s+|a\s+|tons\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:dirt|debris|rubble|"
               r"rocks?|mud|mudslides?|landslides?|earth|snow|sand|avalanches?|soil|wreckage|collapsed|buildings?|houses?|"
               r"homes?(?!\s+(?:count|town|village|district|province|region|state|countr|area))|ruins|structures?)\b|"
               r"trapped(?=\s+(?:underground|under|beneath|inside|"
               r"below|elsewhere|deep|in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:mines?|rubble|debris|wreckage|buildings?|"
               r"shafts?|tunnels?|caves?|pits?|mud|ruins|collapse)\b|by\s+(?:the\s+|a\s+)?(?:explosion|blast|collapse|"
               r"landslide|fire|flood\w*|cave-in|rubble|debris|mud)\b)|\s*(?:[.,;]|$)))",
    # (not what broke out around them: "20,000 people were on the bridge when the stampede broke out")
    # (the look-behinds after the "b", so they are tried only where a "broke" may start)
    "escaped": r"(?:escaped|escape|b" + "".join(f"(?<!{w} b)" for w in _EVENTS_BREAKING_OUT) + r"(?:roke|roken)\s+out|fled\s+(?:from\s+)?(?:the|a)\s+(?:prison|jail|facility|centre|center|"
               r"detention|compound|camp)|on\s+the\s+run|at\s+large|absconded|managed\s+to\s+escape|swam\s+(?:to\s+safety|ashore))",
    "captured": r"(?:arrested|detained|captured|recaptured|surrendered|caught(?!\s+(?:in|up|between|fire|on))|apprehended|taken\s+(?:prisoner|into\s+custody)|"
                r"rounded\s+up|in\s+custody(?!\s+of\s+(?:the\s+|their\s+)?" + _CAPTORS + r")|in\s+detention|detenidos)",
    "abducted": r"(?:abducted|kidnapped|kidnaped|taken\s+(?:hostage|captive)|seized|held\s+(?:hostage|captive)|in\s+captivity|"
                r"in\s+(?:the\s+)?custody\s+of\s+(?:the\s+|their\s+)?" + _CAPTORS + r"|"
                r"held(?!\s+(?:at|in|by|responsible|talks|a\b|an\b|the\b))|in\s+the\s+hands\s+of\s+(?:the\s+|their\s+|its\s+)?[\w'-]+|taken(?!\s+(?:to|into|in|for|by|part|over|away|out|up|down|on|off|place|care|shelter|refuge)\b)|"
                r"secuestrados)",
    "displaced": r"(?:displaced|fled|flee|forced\s+(?:from|out\s+of)\s+their\s+homes|uprooted|made\s+homeless|homeless|crossed\s+into|"
                 r"left\s+(?:their\s+(?:homes|villages?)|(?:the\s+)?(?:area|region|camps?|villages?|towns?|city|district)\b)|"
                 r"(?:sought|seek|seeking|taken|took|taking|find|found)\s+refuge|quit(?:ted)?\s+their\s+(?:homes|villages?)|"
                 # "353,000 people have taken shelter in 3,026 relief camps", "60,000 people shifted to 209 camps"
                 r"(?:(?:sought|seeking|taken|took|taking|found)\s+shelter|sheltered|lodged|staying|shifted|moved|relocated)"
                 r"\s+(?:in|at|inside|to)\s+(?:the\s+|a\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:relief|evacuation|displacement|"
                 r"temporary|IDP)\s+(?:camps?|centres?|centers?|shelters?|sites?)|"
                 r"to\s+(?:flee|leave|cross|abandon)|arrived|sheltering|desplazados|"
                 # "thousands of people were evacuated" from a threat (not the wounded taken to care: see "wounded")
                 r"evacuated(?!\s+(?:by\s+(?:helicopter|air|ambulance|road|boat)|to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
                 r"(?:hospitals?|medical|clinics?|health|surface|safety)|from\s+(?:the\s+)?(?:mine|pit|shaft|rubble|wreckage))))",
    "freed": r"(?:freed|released|rescued|saved|liberated|set\s+free|liberados|brought\s+(?:back\s+)?to\s+(?:shore|safety)|"
             r"regain(?:ed|s)?\s+(?:their\s+|his\s+|her\s+)?freedom|"
             r"pulled\s+alive\s+from|(?:pulled|brought|dug)\s+out\s+alive|(?:found|pulled|rescued|brought\s+out)\s+alive|"
             r"alive(?=\s+(?:from|out\s+of)\s+(?:the\s+)?(?:rubble|debris|mud|wreckage|water|sea|river|ruins|collapsed))|"
             r"handed\s+over\s+to\s+(?:a\s+|the\s+)?(?:humanitarian|red\s+cross|icrc|international\s+committee|"
             r"mediators|commission|their\s+families|relatives))",
}
FOLLOW_RE = recache.compile(
    r"^[\s\"'\u201d\u2019),]*(?:(?:who|that|which)\s+)?" + _AUX + r"(?:" +
    "|".join(f"(?P<{k}>{v})" for k, v in FOLLOW.items()) + r")(?![\w-])",
    re.IGNORECASE,
)
LOOSE_RE = recache.compile(
    r"\b(?:were|was|are|is|been|being|had|have|has|got)\s+(?:[\w-]+\s+){0,2}?(?:and\s+)?(?:" +
    "|".join(f"(?P<{k}>{v})" for k, v in FOLLOW.items() if k not in ("displaced",)) + r")(?![\w-])",
    re.IGNORECASE,
)

PRE = {
    "killed": r"kill|kills|killed|killing|assassinat(?:e|ed|es|ing)|slaughter(?:ed|ing|s)?|liquidat(?:e|ed|es|ing)|lost|lose|losing|shot\s+dead|shot\s+and\s+killed|fatally\s+(?:shot|stabbed|wounded|injured|struck|hit)|gunned\s+down|hacked\s+to\s+death|stabbed\s+to\s+death|burned\s+to\s+death|slay|slew|slain|murder(?:ed|ing|s)?|execut(?:e|ed|es|ing)|behead(?:ed|ing|s)?|"
              r"massacr(?:e|ed|es|ing)|neutrali[sz](?:e|ed|es|ing)|eliminat(?:e|ed|es|ing)|claim(?:ed|ing|s)?\s+the\s+lives\s+of|"
              r"cost(?:ing|s)?\s+the\s+(?:life|lives)\s+(?:of|to)|"
              r"buried|bury|burying|buries|bodies\s+of|remains\s+of|corpses\s+of|deaths?\s+of(?:\s+(?:its|their|his|her|our))?|"
              r"murders?\s+of|killings?\s+of|martyrdom\s+of|shahadat\s+(?:\(martyrdom\)\s+)?of|assassinations?\s+of|funerals?\s+(?:of|for)|cuerpos\s+de|lives\s+of|"
              r"(?:death\s+)?toll\s+(?:of|at|to)|(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:risen|rose|rises|climbed|climbs|"
              r"jumped|reached|stood|stands|increased|grew)\s+(?:to|at)|(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:been\s+)?"
              r"(?:revised|lowered|raised|put|reduced)\s+(?:down\s+|up\s+)?(?:to|at)|"
              # "revised the death toll down to 11", "the death toll could be at least 11"
              r"(?:revised|lowered|raised|reduced|brought|updated)\s+(?:the|its|their|a)\s+(?:death\s+)?toll\s+"
              r"(?:down(?:wards?)?\s+|up(?:wards?)?\s+)?to|(?:death\s+)?toll\s+(?:could|may|might|would|will)\s+be|"
              # "Xinhua reported the official death toll from the 7.9-magnitude quake as 14,866"
              r"(?:reported|gave|listed|announced)\s+(?:the|its|a)\s+(?:official\s+|new\s+|latest\s+|final\s+)?"
              r"(?:death\s+)?toll\s+(?:(?:from|of|in|at)\s+(?:[\w.,'-]+\s+){0,6}?)?as|"
              # "a suicide bombing ... has claimed more than 73 people"
              r"(?<=has\s)claimed|(?<=have\s)claimed|(?<=had\s)claimed|"
              # "identified the dead students as seven girls and one boy"
              r"identified\s+(?:the\s+)?(?:dead|victims|deceased|bodies)(?:\s+[\w-]+)?\s+as|"
              # a headline's "deaths in Philippines rise to 13"
              r"deaths\s+(?:(?:in|from)\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?\s+)?(?:rise|rises|rose|climb|climbs|climbed|"
              r"jump|jumps|jumped|reach|reaches|reached|hit|hits)\s+(?:to\s+)?",
    "wounded": r"wound|wounds|wounded|wounding|injur(?:e|es|ed|ing)|hurt|hurts|hurting|maim(?:ed|ing|s)?|treated|treating|treat|evacuated|"
               r"admitted|received|"  # by a hospital only (figures._outcome checks that one is named before)
               r"injury\s+of|injuries\s+to|wounding\s+of",
    "captured": r"arrest|arrests|arrested|arresting|re-?arrest(?:ed|ing|s)?|detain|detains|detained|detaining|captur(?:e|es|ed|ing)|"
                r"recaptur(?:e|es|ed|ing)|apprehend(?:s|ed|ing)?|nab(?:s|bed)?|round(?:ed)?\s+up|arrest\s+of|detention\s+of",
    "abducted": r"abduct|abducts|abducted|abducting|kidnap|kidnaps|kidnapped|kidnapping|seize|seizes|seized|seizing|"
                r"snatch(?:ed|es)?|abduction\s+of|kidnapping\s+of|(?:took|taken|taking|carried|led|marched)\s+(?:away|off)",
    "displaced": r"displac(?:e|es|ed|ing)|uproot(?:ed|ing|s)?|displacement\s+of|evacuation\s+of|evacuat(?:e|es|ing)|(?:caused|prompted|forced)\s+the\s+flight\s+of",
    "freed": r"free|frees|freed|freeing|releas(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|release\s+of|"
             r"sav(?:e|es|ed|ing)",
    "escaped": r"escape\s+of",
    "missing": r"(?:search|searching|searched|looking)\s+for",  # "the search for 14 miners continues"
}
PRE_RE = recache.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in PRE.items()) +
    r")(?:\s+(?:the|all|another|a\s+further|an\s+additional|a\s+total\s+of|only|them|up|of|other|remaining|"
    # a list that opens with one person: "killing a child, three women and a man", "the death of a pharmacist and two
    # others", "killed a woman and her two children"
    r"(?:a|an)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+(?:\s*,|\s+and)|his|her|their|its|our|"
    r"(?:a|an|the|his|her|their|one)\s+family\s+of))*"  # "killed a family of four"
    r"\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
TOOK_RE = re.compile(r"(?<!\w)(?:took|take|takes|taking|taken)\s*$", re.IGNORECASE)
FORCED_RE = re.compile(r"(?<!\w)(?:forced|forcing|forces|force|prompted|driven|drove)\s*$", re.IGNORECASE)
MIXED_RE = re.compile(
    r"(?<!\w)(?:killed|killing|wounded|wounding|injured|injuring|kidnapped|abducted|arrested)\s+(?:or|and/or)\s+"
    r"(?:killed|killing|wounded|wounding|injured|injuring|kidnapped|abducted|arrested)\s*[\"'\u201c\u2018]?\s*$", re.IGNORECASE)
NUMBER_OF_RE = re.compile(
    r"(?<!\w)(?:(?P<ad>civilian|death|casualty|injury|the)\s+)?(?:toll|number|count|tally|total|figure)\b"
    r"(?:\s+of\s+(?P<what>[\w\s-]{1,40}?))?(?:[^.;:]|(?<=\d)\.(?=\d)|(?<=No)\.(?=\s?\d)){0,140}?\b(?:at|to|of|from|is|was|stood\s+at|reach(?:es|ed)?|hits?|"
    r"pass(?:es|ed)|exceed(?:s|ed)?|tops|topped|cross(?:es|ed)|surpass(?:es|ed)|"
    r"stands\s+at|to\s+be|estimated|ranges?|ranged|(?:could|may|might|would|will)\s+be)\s*(?:the\s+|over\s+|more\s+than\s+)?$|"
    r"(?<!\w)number\s+of\s+(?P<what2>[\w\s-]{1,30}?),\s*$|"
    r"(?<![\w-])(?:death\s+)?toll\s*(?:[:\u2013-]|\s+now)?\s*$",  # a headline's "Manipur tense; toll at least 20", "Toll Now 5"
    re.IGNORECASE,
)
HOLD_RE = re.compile(
    r"(?<![\w-])(?:holds?|held|holding|houses|housed|housing|hosts?|hosting|hosted|accommodat\w*|capacity\s+of|built\s+for|"
    r"shelters|sheltered|"
    r"numbered|numbering|estimated\s+to\s+have|has|have|had|(?<!along\s)(?<!together\s)with|by|deployed|deploying|"
    r"involved|sent|sending|sent\s+in|sending\s+in|dispatched|mobili[sz]ed|"
    r"comprised?|comprising|contains?|containing|fewer\s+than|employs|employing|than|of\s+whom\s+only|numbers|total)\s*$",
    re.IGNORECASE,
)
_REJECT_PREFIX_WORDS = ("Resolution|resolution|No.|Nos.|Number|aged|ages|age|Report|Update|Article|Chapter|Route|route|"
                        "Highway|Flight|flight|page|Tel:|Tel|tel:|tel|Phone:|Phone|phone|Section|Brigade|Battalion|Division|"
                        "Regiment|Unit|Company|Platoon|Squadron|Corps|Camp|Sector|Zone|Level|Phase|Grade|Class|Room|Block|Gate|Ward|Wing|District|Km|km|KM|"
                        "Pavilion|pavilion|Cellblock|cellblock|Hangar|hangar|Platform|platform|Terminal|terminal|"
                        "Mi|F|Su|Yak|Mig|MiG|Tu|Il|Boeing|Airbus|Su-|COVID-|Covid-|"
                        # money: "Rs 50,000 to the injured", "Ksh 100,000 to each family"
                        "Rs|Rs.|INR|PKR|NGN|KES|Ksh|KSh|USD|EUR|GBP|Tk|Tk.|BDT|UGX|TZS|ZAR|GHS|ETB").split("|")
# built from the word list above, so the pre-check in reject_prefix() and the pattern cannot drift apart
REJECT_PREFIX_RE = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(w) for w in _REJECT_PREFIX_WORDS) + rf"|{_MON}\.?|if|whether|unless)\s*$"
    r"|[+#$\u20ac\u00a3\u20b9\u20a6\u20b1\u09f3\u00a5]\s*$|\d[ \t]$|\d:$)"
)
# REJECT_PREFIX_RE.search(s) can only match when s.rstrip() ends with one of its words (or a month, "if", "whether",
# "unless", a currency sign...) or s ends with a digit and a blank or colon: a test of the last one or two characters
# rules most figures out before the end-anchored search, which tries every position of s.
_REJECT_PREFIX_LAST1 = frozenset("F+#$\u20ac\u00a3\u20b9\u20a6\u20b1\u09f3\u00a5")
_REJECT_PREFIX_ENDS: dict[str, tuple] = {}  # last two characters -> the words ending so
for _w in _REJECT_PREFIX_WORDS + ["if", "whether", "unless"] + [m + d for m in MONTH_NAMES for d in ("", ".")]:
    if len(_w) >= 2:
        _REJECT_PREFIX_ENDS[_w[-2:]] = _REJECT_PREFIX_ENDS.get(_w[-2:], ()) + (_w,)


def reject_prefix(s: str) -> bool:
    """REJECT_PREFIX_RE.search(s) is not None, without the search when the last characters rule it out."""
    t = s.rstrip()
    if t.endswith(_REJECT_PREFIX_ENDS.get(t[-2:], ())) or t[-1:] in _REJECT_PREFIX_LAST1:
        return REJECT_PREFIX_RE.search(s) is not None
    if s[-1:] == "\n":  # $ also matches before a final newline
        s = s[:-1]
    if s[-1:] in (" ", "\t", ":") and s[-2:-1].isdigit():
        return REJECT_PREFIX_RE.search(s) is not None
    return False
REJECT_SUFFIX_RE = re.compile(
    rf"^(?:-?\s*(?:years?|yr)[- ]olds?|-(?:year|day|hour|week|month|minute|second|storey|story|floor|km|kilometre|kilometer|"
    rf"metre|meter|mile|member|strong|man|point|page|inch|mm|kg|ton|tonne|seat|bed|room|acre|hectare|foot|feet)|"
    rf"\s*(?:years?\b|yrs?\b|days?\b|nights?\b|hours?\b|hrs?\b|weeks?\b|months?\b|decades?\b|minutes?\b|mins?\b|seconds?\b|km\b|"
    rf"kilomet(?:re|er)s?\b|met(?:re|er)s?\b|miles?\b|per\s*cent\b|percent\b|%|pc\b|a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|"
    rf"local\s+time|o'clock|h\b|times\b|dollars?\b|francs?\b|CFA\b|euros?\b|pounds?\b|naira\b|shillings?\b|rupees?\b|"
    rf"birr\b|pesos?\b|million\s+(?:dollars|francs|euros|naira)|US\$|\$|kg\b|tonnes?\b|tons?\b|litres?\b|liters?\b|"
    rf"hectares?\b|acres?\b|square\b|sq\b|feet\b|ft\b|inch|mm\b|cm\b|{_MON}\b)|\s*(?:fewer|less|more|greater|higher|lower)\s+than|"
    rf"\s+\d|/\d|\s*(?:st|nd|rd|th)\b|\s*-\s*(?:year|day|hour))",
    re.IGNORECASE,
)
SINCE_RE = re.compile(r"\b(?:since|from|between|until|till|after)\s+(?:[\w,.'-]+\s+){0,4}$", re.IGNORECASE)

BACKGROUND_RE = recache.compile(
    rf"\b(?:since|in|during|throughout|by)\s+(?:the\s+)?(?:(?:early|late|mid-?|the\s+summer\s+of|the\s+spring\s+of)\s*)?(?:{_MON}\.?\s+)?"
    rf"(?:19\d\d|20\d\d)\b|\bover\s+the\s+(?:past|last)\s+(?:decade|few\s+years|\w+\s+(?:years|decades))\b|"
    r"\b(?:last|previous)\s+year\b|\bthe\s+(?:[\w-]+\s+){0,2}(?:conflict|war|insurgency|crisis|violence|uprising)\s+"
    r"(?:has|have|had)\s+(?:so\s+far\s+|already\s+)?(?:killed|displaced|claimed|left|forced|uprooted)\b|\b(?:\w+\s+)?years?\s+ago\b|\bin\s+(?:a|another)\s+similar\s+attack\b|"
    # a period's statistics: "between January and August there were 2,115 homicides", "so far this year"
    rf"\bbetween\s+{_MON}\s+and\s+{_MON}\b|\bso\s+far\s+this\s+year\b|\bthis\s+year\s+alone\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")

ANAPHOR_RE = re.compile(
    r"(?:(?i:\b(?:he|she|it|they|we|i))|(?i:\b(?:the|a|an|this|that)\s+(?:[\w'-]+\s+){0,5}?(?:spokes(?:man|woman|person)|official|member|"
    r"ministry|group|office|statement|agency|command|organi[sz]ation|sources?|communiqu[eé]|report|release|service|"
    r"committee|council|department|team|spokesperson|bulletin|post|update|authorities|monitor|observatory|mission|"
    r"figures|data|statistics|tally|network|commission|centre|center|union|foundation|association|institute|tracker|board|"
    r"directorate|authority|body|coalition|syndicate|federation|society|hospital|clinic|church|diocese|force))|"
    # "..., said the officer": the one named before; "a commander said" is someone new
    r"(?i:\bthe\s+(?:[\w'-]+\s+){0,2}?(?:officer|commander|governor|minister|mayor|chief|doctor|director))|"
    r"\b(?:spokes(?:man|woman|person)|[A-Z][\w'-]*[a-rt-z]))\s*,?\s*$",
)
SAY_WORDS = list(_WORDS["say_words"])
SAY_RE = recache.compile(r"(?<![\w-])(?P<v>" + trie_regex(SAY_WORDS) + r")(?![\w-])", re.IGNORECASE)
POSSESSIVE_SOURCE_RE = re.compile(r"^'s\s+(?:[\w-]+\s+)?(?:count|toll|tally|figures?|statistics|data|estimates?|numbers?|"
                                  r"records?|documentation|list)\b", re.IGNORECASE)
OUTCOME_NOUN_RE = re.compile(
    r"\b(?:(?P<killed>dead|killed|deaths?|fatalities|victims|bodies|murdered|assassinated|slain|deceased)|(?P<wounded>injured|wounded|injuries|hurt)|"
    r"(?P<missing>missing|unaccounted)|(?P<escaped>escaped|escapees|escapes|fugitives|escape)|"
    r"(?P<captured>arrested|detained|captured|arrests|detentions|surrendered)|"
    r"(?P<abducted>abducted|kidnapped|held|hostages|captives|abductions|kidnappings|captivity)|"
    r"(?P<displaced>displaced(?!\s+(?:persons?|people)\s+(?:camps?|sites?))|displacement(?!\s+(?:camps?|sites?|cent(?:re|er)s?|"
    r"settlements?|shelters?))|fled|refugees|arrivals|idps)|(?P<freed>freed|released|rescued|releases))\b",
    re.IGNORECASE,
)
NOUN_OUTCOME = dict(_WORDS["noun_outcome"])
ADJ_OUTCOME = dict(_WORDS["adj_outcome"])
STATE_CUES = re.compile(r"(?:remain|still|being\s+held|in\s+captivity|in\s+the\s+hands|unaccounted|at\s+large|on\s+the\s+run)",
                        re.IGNORECASE)


# --- fast variants for lower-cased text -------------------------------------------------------------
# Python's re has no first-character skip for patterns that open with a look-behind and named groups, and
# IGNORECASE turns literals into slower case-folding ops. The extractor keeps an ASCII-lowercased copy of
# the text with the same offsets, so case-insensitive patterns run there without the flag, behind a
# look-ahead guard (a trie of the words a match can start with) that rejects most positions at once.
def lc_guarded(pat: re.Pattern, stems=None, lookbehind: str = "") -> re.Pattern:
    """`pat` without IGNORECASE (for lower-cased text), with a guard look-ahead of `stems` after `lookbehind`."""
    src = re.sub(r"(?<![\\?])[A-Z]", lambda m: m.group(0).lower(), pat.pattern)  # literals only; \\W-style escapes kept
    if lookbehind:
        assert src.startswith(lookbehind), src[:40]
        src = src[len(lookbehind):]
    guard = "(?=" + trie_regex(sorted(stems)) + ")" if stems else ""
    return recache.compile(lookbehind + guard + "(?:" + src + ")", pat.flags & ~re.IGNORECASE)


PRE_LC = lc_guarded(PRE_RE, """kill assassinat slaughter liquidat search looking lost lose losing shot fatally gunned reported gave listed announced hacked stabbed burned slay slew slain murder execut behead massacr
neutrali eliminat martyrdom shahadat claim buried buries bury bodies remains corpses death cuerpos lives toll wound injur hurt maim treat evacuat arrest
rearrest re-arrest cost
detain captur recaptur apprehend nab round abduct kidnap seiz snatch displac uproot free releas rescu liberat sav escape
took taken taking carried led marched flight caused prompted forced funeral revis lower rais reduc brought updat
detention admitted received identified""".split(), r"(?<![\w-])")
HOLD_LC = lc_guarded(HOLD_RE, """hold held house hous host shelter accommodat capacity built numbered numbering estimated has have had with
by deploy involved sent send dispatch mobili compris contain fewer employ than of numbers total""".split(), r"(?<![\w-])")
BACKGROUND_LC = lc_guarded(BACKGROUND_RE, "since in during throughout by over last previous the between so this".split() + [
    "year"], r"\b")
FOLLOW_LC = lc_guarded(FOLLOW_RE)
NUMBER_OF_LC = lc_guarded(NUMBER_OF_RE, "civilian death casualty injury the toll number count tally total figure".split(),
                          r"(?<!\w)")
REJECT_SUFFIX_LC = lc_guarded(REJECT_SUFFIX_RE)
# searches that skip to word starts (see LeadScan): the same matches as PRE_LC.search and so on, with fewer entries into re
PRE_SCAN = LeadScan(PRE_LC)
HOLD_SCAN = LeadScan(HOLD_LC)
NUMBER_OF_SCAN = LeadScan(NUMBER_OF_LC)
# every BACKGROUND_LC match starts with a letter (its guard), where \b is (?<!\w)
BACKGROUND_SCAN = LeadScan(recache.compile(r"(?<!\w)" + BACKGROUND_LC.pattern.removeprefix(r"\b"), BACKGROUND_LC.flags))

# A PRE_SCAN (NUMBER_OF_SCAN) match ends with a cue or a word after it, then blanks and at most one quote: the words
# it can end with (derived from the pattern, so they follow any change of it) rule most figures out before the search.
_PRE_END = EndWords(PRE_LC.pattern)
_NUMBER_OF_END = EndWords(NUMBER_OF_LC.pattern)


def pre_search(s: str) -> re.Match | None:
    """PRE_SCAN.search(s) for lower-cased s (its last characters tested first)."""
    return PRE_SCAN.search(s) if _PRE_END.may_end(s.rstrip()) else None


def number_of_search(s: str) -> re.Match | None:
    """NUMBER_OF_SCAN.search(s) for lower-cased s (its last characters tested first)."""
    return NUMBER_OF_SCAN.search(s) if _NUMBER_OF_END.may_end(s.rstrip()) else None


# REJECT_SUFFIX_LC.match(s) needs, after a leading blank, one of its units: when s is a blank and three letters that
# begin none of the pattern's words (of 3+ letters; the shorter ones need a non-letter after them), it cannot match.
# The set over-approximates: every lower-case run of 3+ letters in the pattern (escapes removed) and the month names.
_SUFFIX_START3 = frozenset(w[:3] for w in re.findall(r"[a-z]{3,}", re.sub(r"\\.", " ", REJECT_SUFFIX_LC.pattern))
                           + [m.lower() for m in MONTH_NAMES])


def reject_suffix(s: str) -> bool:
    """REJECT_SUFFIX_LC.match(s) is not None for lower-cased s, without the match after most figures (" people")."""
    if s[:1] == " " and len(s) >= 4 and s[1:4] not in _SUFFIX_START3 and s[1:4].isalpha():
        return False
    return REJECT_SUFFIX_LC.match(s) is not None

# HOLD_LC.search(s) ends with one of these words (then only blanks): a test of the word ending rules most figures out.
_HOLD_LAST = """holds hold held holding houses housed housing hosts host hosting hosted of for shelters sheltered numbered
numbering have has had with by deployed deploying involved sent sending dispatched mobilised mobilized comprise comprised comprising
contain contains containing than only numbers total employs employing""".split()  # and accommodat\w*, tested apart
_HOLD_ENDS: dict[str, tuple] = {}
for _w in _HOLD_LAST + ["sent in", "sending in"]:
    _HOLD_ENDS[_w[-2:]] = _HOLD_ENDS.get(_w[-2:], ()) + (_w,)


def hold_before(s: str) -> bool:
    """HOLD_LC.search(s) is not None for lower-cased s, without the search when the last word rules it out."""
    t = s.rstrip()
    if t.endswith(_HOLD_ENDS.get(t[-2:], ())) or "accommodat" in t:
        return HOLD_SCAN.search(s) is not None
    return False


# --- word lists the stage modules read (claims/figures.py, party.py, speakers.py, context.py) ------------------
VERBS = set(_WORDS["verbs"])
FUNCTION_WORDS = set(_WORDS["function_words"])
NO_EXTEND = set(_WORDS["no_extend"])
INTRANSITIVE_CUES = set(_WORDS["intransitive_cues"])
FACILITY_MODIFIERS = frozenset(_WORDS["facility_modifiers"])
CIVIL_STAFF_MODIFIERS = frozenset(_WORDS["civil_staff_modifiers"])
POLICE_FORCES = frozenset(_WORDS["police_forces"])
NOT_SURNAMES = frozenset(_WORDS["not_surnames"])
TITLE_SOURCE_WORDS = frozenset(_WORDS["title_source_words"])
GENERIC_MONITOR = frozenset(_WORDS["generic_monitor"])
# ranks before a name that make the speaker an officer of a state's army or police (speakers)
MILITARY_RANKS = list(_WORDS["military_ranks"])
POLICE_RANKS = list(_WORDS["police_ranks"])
