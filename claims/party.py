"""Party and role: whose people a figure counts (civilians, a state's forces, an armed group, the speaker's own side,
a facility's staff), decided after parts are known so that parts of "them" inherit their total's party."""

from __future__ import annotations

import re

from . import lexicon as L
from .attribution import canonical_party
from .context import Report, _rx
from .figures import _STATE_FORCE
from .gazetteer import gazetteer
from .handoff import Cand

_GROUP_SUBJECT = re.compile(r"\b(?:terrorist|armed|militant|jihadist|insurgent|rebel)\s+groups?\b|\b(?:the\s+)?(?:militants|"
                            r"insurgents|jihadists|terrorists|rebels|attackers|assailants|gunmen|bandits|kidnappers)\b")
_LOWER_WORD = re.compile(r"[a-z]+")
_COUNTED_NOUNS = frozenset(("deaths", "fatalities", "victims", "casualties", "dead", "bodies", "lives", "people", "persons",
                            "injuries", "wounded", "injured"))
_RUN_AFTER = re.compile(r"-?\s?(?:run|controlled|administered|operated|managed|guarded)\b")
_RUN_BEFORE = re.compile(r"\b(?:run|controlled|administered|operated|managed|guarded)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_FACILITY_MODS = L.FACILITY_MODIFIERS


def _word_before_head(r: Report, c: Cand) -> str | None:
    """The word right before the head noun of the figure's phrase ("nine medical staff": medical; "two foreign soldiers")."""
    words = r.lc[c.fig.end:c.np_end].split()
    return words[-2] if len(words) >= 2 else None


def _civil_staff(r: Report, c: Cand, head: str | None) -> bool:
    """Staff of a civil place or service ("two staff of the university", "nine medical staff", "one of its medical
    staff" of an ambulance): civilians, not a guard force or the speaker's own side."""
    return head in ("staff", "personnel") and (_OF_CIVIL_PLACE.match(r.lc, c.np_end) is not None
                                               or c.head_mod in L.CIVIL_STAFF_MODIFIERS
                                               or _word_before_head(r, c) in L.CIVIL_STAFF_MODIFIERS)


def _police_force_before(r: Report, c: Cand, ui: int) -> str | None:
    """The armed police force (words.yaml police_forces) named last before the figure in its sentence."""
    a = r.units[ui].start
    ms = [m for m in r.doc.mentions.between(a, c.fig.start) if m.entry.type == "actor" and m.entry.name in L.POLICE_FORCES]
    return ms[-1].entry.name if ms else None


def _staff_role(c: Cand, head: str) -> str:
    """"prison staff", "kitchen staff", "prison guards"; plain "guards"/"staff" without a facility word."""
    role = L.GUARD_NOUNS[head]
    mod = c.head_mod
    return f"{mod} {role}" if mod in _FACILITY_MODS else role


_CAPTURE_REF = re.compile(
    r"\b(?:arrest|arrested|detained|captured|recaptured|apprehended|rounded\s+up)\s+(?:a\s+number\s+of|several|some|many|"
    r"a\s+few|other|more|further)\s+(?:[#\w-]+\s+){0,2}?(?P<n>[a-z]+)\b(?=[^.;]*$)")


def assign_party(r: Report, c: Cand, inherit: Cand | None, ui: int, speaker: str | None) -> None:
    head = c.bodies_of or (c.pred_noun if c.pred_noun and c.head in ("people", "persons", "victims", "fatalities",
                                                                   "casualties", "individuals", "dead") else None) \
        or c.head or c.pred_noun
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
    if head in ("deserters", "defectors"):
        c.party, c.role = "unknown", head  # soldiers who left their army fight against it: not the army's dead
        return
    tw = c.toll_what
    if head is None and c.how == "toll" and _MILITARY_TOLL.search(r.lc, max(r.units[ui].start, c.fig.start - 80), c.fig.start):
        head = "soldiers"  # "bringing the military death toll in the clash to 19"
    if head is None and c.how == "toll" and (tp := _TOLL_OF_PEOPLE.search(c.toll_what)):
        # "the number of police officers killed ... rose to 28": the people the toll counts
        head = next((w for w in tp.group("what").lower().split() if w in L.PERSON_NOUNS and w not in L.GENERIC_NOUNS),
                    None)
    if head is None and _rx.search(r"\bcivilian", tw, re.I):
        c.party = "civilians"
        return
    if head in _COUNTED_NOUNS and _rx.search(r"\bcivilian\s+" + head + r"\b", c.party_text, re.I):
        c.party = "civilians"  # "280 civilian deaths", "12 civilian victims"
        return
    doc = r.doc
    role = None
    party = None
    if head in ("members", "member") and c.head_mod == "service":
        head = "servicemembers"  # "13 U.S. service members": soldiers
    if head in ("members", "member", "elements", "forces") and c.head_mod == "security":
        party = "security forces"  # "five security members": the state's forces, not the group that killed them
    elif head in L.CIVILIAN_NOUNS and not (c.actor_head and c.np_actor):
        party, role = "civilians", L.CIVILIAN_NOUNS[head]
    elif c.ofref in ("their", "its") and not _civil_staff(r, c, head) and (owner := _possessor(r, c, ui)):
        party = owner  # "the militants evacuated 20 of their wounded": the clause's subject
    elif (c.ofref in ("our", "us", "their", "its") or c.first_person) and not _civil_staff(r, c, head) and (
            own := speaker or _own_side(r, )):
        party = own
    elif c.np_actor and (head not in L.CIVILIAN_NOUNS or c.actor_head):
        party = c.np_actor
        if party == "UN peacekeepers" and c.nationality and doc.demonym(c.nationality):
            party = f"{doc.demonym(c.nationality)} peacekeepers"  # "five Russian peacekeepers" are not the UN's
        if head in L.FIGHTER_NOUNS and head not in ("members", "member", "fighters", "fighter"):
            role = head
        elif head in L.GUARD_NOUNS:
            role = _staff_role(c, head)
    elif head == "paramilitaries" and (force := _named_force(doc, ("force",))):
        party = force
    elif (head in L.SOLDIER_NOUNS or head == "personnel") and _rx.search(r"\bpolice(?:men)?\s+" + head + r"\b",
                                                                        c.party_text, re.I):
        dem = doc.demonym(c.nationality or doc.country)  # "three police conscripts"
        party = f"{dem} police" if dem else "police"
    elif head in L.SOLDIER_NOUNS and c.nationality is None and (c.head_mod == "foreign" or _word_before_head(r, c) == "foreign"):
        party = "foreign forces"  # "two foreign soldiers" in Afghanistan: not the country's own army
    elif head in L.SOLDIER_NOUNS or (head in ("officers", "officer") and "police" not in c.party_text.lower()
                                      and not r.has_police):
        party = doc.army(c.nationality or _country_after(r, c) or _place_country(r, c, ui) or doc.country) or "army"
        if c.nationality is None and speaker and speaker.endswith((" army", " military")) and c.source == speaker \
                and party != canonical_party(speaker):
            party = canonical_party(speaker)  # "The FANB reported two soldiers killed near the border": its own
    elif head in L.POLICE_NOUNS and c.nationality is None and (force := _police_force_before(r, c, ui)):
        party = force  # "ambushed CRPF personnel, leaving eleven jawans dead": the force just named
    elif head in L.POLICE_NOUNS:
        dem = doc.demonym(c.nationality or _place_country(r, c, ui) or doc.country)
        party = f"{dem} police" if dem else "police"
    elif _civil_staff(r, c, head):
        # "two staff of the Greenfield University", "nine medical staff": a university's, a hospital's, no guard force
        party, role = "civilians", _staff_role(c, head) if c.head_mod in _FACILITY_MODS else "staff"
    elif head in L.GUARD_NOUNS:
        # staff of a facility belong to whoever runs it ("the SDF-run jail"), else to a force giving the figure
        sp = speaker if speaker and doc.g.actor_kind.get(speaker) in ("force", "state") else None
        party, role = _runner(r, ui) or _prison_service(r, c, head) or sp or "security forces", _staff_role(c, head)
    elif head in L.INMATE_NOUNS:
        party, role = doc.held_group or "unknown", head
    elif head in L.SUSPECT_NOUNS:
        party, role = "unknown", "suspects"
    elif head in L.OFFICIAL_NOUNS and _rx.search(r"\blaw[ -]enforcement\b", c.party_text, re.I):
        dem = doc.demonym(c.nationality or doc.country)  # "15 law enforcement officials": police
        party = f"{dem} police" if dem else "police"
    elif head in L.OFFICIAL_NOUNS:
        party = "officials"
    elif head in L.FIGHTER_NOUNS and _rx.search(r"\b(?:paramilitary|pro-government|pro-regime)\s+" + head, c.party_text, re.I):
        # "four paramilitary fighters": a state-aligned force the report names (the PMF), not the group attacking them
        party = _named_force(doc, ("force",)) or "security forces"
    elif head in L.FIGHTER_NOUNS:
        if head in ("mercenaries",):
            party = "foreign fighters"
        else:
            party = doc.group or "unknown"
            if head in ("attackers", "attacker", "assailants", "gunmen", "kidnappers", "raiders"):
                role = "attackers"
            elif party != "unknown" and head in ("fighters", "fighter", "combatants", "members", "men") \
                    and _group_attacks(r, c, ui, party):
                # "an Islamic State ambush ... killing four fighters": the group's victims are the other side
                party = _named_force(doc, ("force", "state"), besides=party) or "unknown"
    if party is None and inherit is not None and (head in (None, "others", "more") or c.ofref in ("them", "whom")
                                                  or (c.ofref == "the" and head in _OUTCOME_HEADS)):
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
        if c.outcome in ("abducted", "displaced") and head not in ("people", "persons", "individuals"):
            party = "civilians"  # "3,000 displaced", "abducted 40"; but "40,000 people fled" says nothing of who: all
        elif c.outcome == "captured" and (head in (None, "men") or c.fig.is_zero):
            party = "unknown"  # "arrested 12", "detained 30 men": suspects of no stated side ("25 people": all)
        else:
            party = "all"
    if party == "all" and head in ("people", "persons", None) and c.part_of is not None and c.part_of.party == "civilians":
        party = "civilians"  # "19 civilians, including ... three elderly people"
    if party == "security forces" and (dem := doc.demonym(c.nationality or doc.country)):
        party = f"{dem} security forces"  # a state's forces go by its name ("Syrian security forces")
    c.party, c.role = party, role or c.role


# "nine of the bodies", "ten of the injured": nouns of the outcome, not of who the people were (the total says that)
_OUTCOME_HEADS = frozenset(("bodies", "dead", "victims", "injured", "wounded", "casualties", "deceased", "fatalities"))
_ATTACK_AFTER = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|attacked|ambush|ambushed|assault|raid|raided|"
                           r"stormed|bombing|offensive|strike|killed|killing|kills)\b", re.I)


_TOLL_OF_PEOPLE = re.compile(r"\b(?:number|toll|count|tally)\s+of\s+(?:the\s+)?(?P<what>[a-z-]+(?:\s+[a-z-]+)?)"
                             r"\s+(?:killed|dead|wounded|injured|missing|kidnapped|abducted|who)\b", re.I)
_MILITARY_TOLL = re.compile(r"\b(?:military|army|soldiers'?|troops'?)\s+(?:death\s+)?toll\b")
_IN_COUNTRY = re.compile(r"\s+(?:in|from)\s+(?:neighbou?ring\s+)?")


def _country_after(r: Report, c: Cand) -> str | None:
    """"scores of troops in Chad": the country named right after the soldiers' noun."""
    m = _IN_COUNTRY.match(r.ntext, c.np_end)
    if not m:
        return None
    for x in r.doc.mentions.between(m.end(), m.end() + 40):
        if x.entry.type in ("country", "demonym") and x.start == m.end():
            return x.entry.name
    return None


def _place_country(r: Report, c: Cand, ui: int) -> str | None:
    """The country of the place the figure's sentence puts it in, when that is not the report's own country (a
    roundup: "... in Bangui, ... 14 soldiers were killed in Niger's Tillaberi region"): the nearest place after the
    figure, else before it; a border or a neighbour named ("near the border with Mali") places nothing."""
    doc = r.doc
    u = r.units[ui]
    ms = [m for m in doc.mentions.between(u.start, u.end) if m.entry.type == "place"
          and doc.g.place_country.get(m.entry.name) and not _BORDER_BEFORE.search(r.lc, max(u.start, m.start - 30), m.start)]
    after = [m for m in ms if m.start > c.fig.end and m.start - c.fig.end <= 150]
    before = [m for m in ms if m.end <= c.fig.start]
    m = after[0] if after else (before[-1] if before else None)
    country = doc.g.place_country.get(m.entry.name) if m else None
    return country if country != doc.country else None


_BORDER_BEFORE = re.compile(r"\b(?:border|frontier|neighbou?ring|from|towards?|into)\b[^,.;]*$")


def _named_force(doc, kinds: tuple[str, ...], besides: str | None = None) -> str | None:
    """The first actor of these kinds (a state-aligned force, a state) the report names, other than `besides`."""
    return next((m.entry.name for m in doc.mentions.items if m.entry.type == "actor" and m.entry.kind in kinds
                 and m.entry.name != besides), None)


_REPELLED = re.compile(r"\b(?:repel|repuls|foil|thwart|counter|fought\s+off|beat\s+back|respond|retaliat|neutrali)")


def _group_attacks(r: Report, c: Cand, ui: int, group: str) -> bool:
    """The figure's sentence names `group` as the one attacking before the figure ("IS ambush kills four
    fighters", "Islamic State militants attacked a patrol, killing four fighters")."""
    u = r.units[ui]
    acts = [m for m in r.doc.mentions.between(u.start, c.fig.start) if m.entry.type == "actor"]
    if not acts or acts[0].entry.name != group or acts[0].start - u.start > 60 or c.np_actor:
        return False  # the group opens the sentence as its subject
    if _REPELLED.search(r.lc, u.start, c.fig.start) or L.SAY_RE.search(r.ntext, acts[0].end, c.fig.start):
        return False  # "repelled an RSF assault, killing 70 fighters": the defenders killed them
    return bool(_ATTACK_AFTER.match(r.ntext, acts[0].end, c.fig.start))


_BARE_OPENS = re.compile(r"\W*(?:(?:of\s+these|of\s+those|all|only)\s+)?$", re.I)


_SIDELESS = L.FIGHTER_NOUNS | L.GENERIC_NOUNS  # nouns that name no side ("fighters", "people"), unlike "soldiers"
_BOTH_SIDES = re.compile(r"\s+(?:from|on|of)\s+(?:both|the\s+two|either|all)\s+sides\b")


def assign_parties(r: Report, found: list[Cand]) -> None:
    """Whose dead each figure counts, after parts are known (parts of "them" inherit the total's party)."""
    last_nonpart: dict[int, Cand] = {}
    for p, c in zip(found, found[1:], strict=False):
        if c.pred_noun and p.pred_noun is None and p.u == c.u and p.of_n == c.fig.value and p.head is None \
                and _rx.fullmatch(r"\s*of\s+(?:the|those|these)\s+", r.lc[p.fig.end:c.fig.start]):
            p.pred_noun, c.pred_noun = c.pred_noun, None  # "Two of the six killed were policemen": the two were
    for i, c in enumerate(found):
        if c.restates is not None and c.head is None:
            c.party, c.role = c.restates.party, c.restates.role  # "Two of the four": the four counted before
        total = c.part_of.restates if c.part_of is not None and c.part_of.restates is not None else c.part_of
        inherit = total if c.ofref in ("them", "whom") or c.head is None and total or (
            c.ofref == "the" and total is not None and c.head in _OUTCOME_HEADS) else None
        if inherit is None and (c.head in (None, "others", "more")):
            if c.u in last_nonpart:
                inherit = last_nonpart[c.u]
            elif (c.head == "others" or c.other) and i > 0 and found[i - 1].u >= c.u - 2:
                inherit = found[i - 1]
            elif c.head is None and c.ofref is None and c.u - 1 in last_nonpart and _BARE_OPENS.match(
                    r.ntext, r.units[c.u].start, c.fig.start) and (prev := last_nonpart[c.u - 1]).fig.value \
                    and c.fig.value and c.fig.value <= prev.fig.value and prev.head is not None:
                inherit = prev  # "Four police officers were killed. Three died instantly": the same people
        if c.party is None and c.head is None and gazetteer().nationals_at(r.ntext, c.fig.end):
            c.party = "all"  # "more than 150 Afghans": a people named by their country, soldiers or not
        if c.party is None and c.sum_total:
            parties = {p.party for p in found[max(0, i - 12):i] if p.part_of is c}
            c.party = parties.pop() if len(parties) == 1 else "all"  # "12 militiamen and three civilians, 15 in all"
        if c.party is None:
            assign_party(r, c, inherit, c.u, _speaker_actor(r, c))
        if c.part_of is None:
            last_nonpart[c.u] = c
    # "fighters from both sides", "seven fighters including two soldiers and five insurgents": a total over the two
    # sides is everyone's, not the fighters' default group
    parts_parties: dict[int, set] = {}
    for p in found:
        if p.part_of is not None and p.party not in (None, "all"):
            parts_parties.setdefault(id(p.part_of), set()).add(p.party)
    for c in found:
        if c.party not in (None, "all", "civilians") and c.head in _SIDELESS and not c.np_actor and (
                len(parts_parties.get(id(c), ())) >= 2 or _BOTH_SIDES.match(r.lc, c.np_end or c.fig.end)):
            c.party = "all"
    # "over 800 inmates, including 65 Boko Haram fighters": the group held is a part of the inmates, not all of them
    held_parts = {(id(p.part_of), p.np_actor) for p in found if p.part_of is not None and p.np_actor}
    for c in found:
        if c.head in L.INMATE_NOUNS and c.party not in (None, "unknown") and (id(c), c.party) in held_parts:
            c.party = "unknown"


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


def _prison_service(r: Report, c: Cand, head: str) -> str | None:
    """The prison service a report names ("the National Penitentiary Institute (INPE)", "the Nigerian Correctional
    Service (NCoS)"), by the short name it gives itself, for its guards and wardens ("prison guards", "warders",
    "correctional officers")."""
    if head not in _WARDEN_NOUNS and not _PRISON_WORD.search(c.party_text):
        return None
    if r.prison_service is False:  # (read once per report: a long report has many guards)
        nt = r.ntext
        # the name's key word first (a plain search), then the whole name around it: the name pattern tried at every
        # capital of a long report costs 50 ms a megabyte
        m = next((m for k in _PRISON_KEY.finditer(nt)
                  if (m := _PRISON_SERVICE.search(nt, max(0, k.start() - 90), k.end() + 70)) is not None), None)
        r.prison_service = (m.group("acr") or " ".join(m.group("name").split())) if m else None
    return r.prison_service


_OF_CIVIL_PLACE = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}?(?:university|school|college|"
                             r"hospital|clinic|company|factory|firm|bank|hotel|church|mosque|charity|organi[sz]ation|"
                             r"newspaper|station|ngo)\b")
_PRISON_KEY = re.compile(r"Penitentiary|Prisons?|Correction(?:al|s)|Penal")
_WARDEN_NOUNS = frozenset(("wardens", "warden", "warders", "warder", "jailers", "jailer", "guards", "guard"))
_PRISON_WORD = re.compile(r"\b(?:prison|jail|correctional|penitentiary)\b", re.I)
# (the name ends with what makes it a body, not a place or an event: "Guatemala Prison Riot" in a title-case headline
# names no service)
_PRISON_SERVICE = re.compile(r"\b(?!The\b)(?P<name>(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){0,4}"
                             r"(?:Penitentiary|Prisons?|Correctional|Corrections|Penal)"
                             r"(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w'\u2019-]*){0,2}[ \t]+"
                             r"(?:Service|Services|Institute|Authority|Administration|Department|Bureau|System|Directorate|"
                             r"Agency|Commission|Office|Ministry|Centre|Center|Corps|Police|Board)\b)"
                             r"(?:[ \t]*\((?P<acr>[A-Z][A-Za-z]{1,7})\))?")


def _speaker_actor(r: Report, c: Cand) -> str | None:
    if c.source:
        for e in r.doc.g.ci.get(c.source.lower(), []) + r.doc.g.cs.get(c.source, []):
            if e.type == "actor":
                return e.name
        if _STATE_FORCE.search(c.source):
            return c.source  # "Philippine military" speaks for itself: its "we lost" is its own side
    return r.doc.issuer if r.doc.issuer in r.doc.g.actor_names else None
