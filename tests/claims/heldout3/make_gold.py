"""Build tests/claims/heldout3/{texts/hNNN.txt, gold.jsonl}: 16 more held-out reports annotated by hand (dev conventions).

Third held-out set: texts written apart from the dev corpus and from the first two held-out sets, on regions and
conflicts neither has much of (Zamfara bandits, Cameroon's Anglophone regions, Cabo Delgado, Central African Republic,
West Bank, Iraq, Syria's Badia desert, Kabul, Kashmir, Thailand's deep south, Papua, Ecuador prisons, Honduras, a Rio
favela raid, Nagorno-Karabakh, Niger), in many genres (wire copy, brief, NGO press release, UN update with a
space-aligned table, military statement in its own voice, live blog, signed thread, follow-up with a revised toll,
Markdown explainer, YAML front matter, quote-heavy feature). Emphasis: attribution in many forms, relative dates,
revisions and running tolls, parts of totals, and decoy numbers that count no people.
All texts, events, people and figures are invented (some loosely modelled on common kinds of incident).

Each claim names a unique piece of its sentence (`key`) and its number_text; the sentence itself is cut from the
text by the corpus rule (a line, split on . ! ? before an upper-case letter, digit or quote). As in
heldout2/make_gold.py, each claim also carries `attributed_ok` (other accepted sources). Run: python3 make_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import write_set  # noqa: E402

HERE = Path(__file__).resolve().parent


# Party alternatives used more than once.
CIV = ["civilians"]
ALL = ["all"]
BANDITS = ["unknown", "gunmen", "armed bandits", "armed gangs"]
CMR_ARMY = ["Cameroon army", "Cameroonian military", "Cameroonian soldiers", "army", "soldiers", "security forces"]
AMBA = ["Ambazonian separatists", "Ambazonia Defence Forces", "ADF", "Amba fighters", "separatist fighters"]
R3 = ["Return, Reclamation, Rehabilitation", "rebels", "unknown", "armed group"]
PALS = ["Palestinians", "civilians"]
PIJ = ["Palestinian Islamic Jihad", "Islamic Jihad", "Al-Quds Brigades", "militants"]
ISIS = ["IS", "Islamic State", "ISIL", "Daesh", "terrorists"]
CTS = ["CTS", "Counter-Terrorism Service", "Iraqi forces", "Iraqi security forces", "Iraqi army", "fighters"]
SYR_ARMY = ["Syrian government forces", "government forces", "Syrian forces", "SAA", "regime forces", "soldiers",
            "Syrian military"]
IND_ARMY = ["Indian Army", "army", "soldiers", "security forces", "Indian security forces"]
LET = ["Lashkar-e-Taiba", "militants", "terrorists", "unknown"]
THAI_SF = ["rangers", "Thai rangers", "paramilitary rangers", "Thai army", "Thai military", "security forces"]
SUSPECTS = ["suspects", "all"]
TPNPB = ["West Papua National Liberation Army", "OPM", "rebels", "separatists", "TPNPB-OPM"]
INMATES = ["all", "inmates", "prisoners"]
GUARDS = ["guards", "SNAI", "prison staff", "Ecuadorian security forces", "civilians", "hostages"]
CV = ["Comando Vermelho", "CV", "unknown", "suspects", "gang members", "criminals"]
RIO_PM = ["police", "military police", "Brazilian police", "officers", "PM"]
AZ_ARMY = ["Azerbaijani armed forces", "Azerbaijani military", "Azerbaijani soldiers", "soldiers", "servicemen"]
NIGER_ARMY = ["Nigerien army", "Niger armed forces", "Nigerien soldiers", "FAN", "army", "soldiers"]
NIGER_ATT = ["ISSP", "Islamic State Sahel Province", "jihadists", "terrorists", "militants", "attackers", "JNIM",
             "ISGS"]
# Source alternatives used more than once.
ZAM_POLICE = ["Zamfara police", "Nigerian police", "police spokesman"]
CMR_ARMY_SRC = ["Cameroonian army", "army", "military", "officials"]
AMBA_SRC = ["ADF", "separatists", "Ambazonian separatists"]
MSF = ["MSF", "Médecins Sans Frontières", "Doctors Without Borders"]
MINUSCA = ["UN", "United Nations", "UN peacekeeping mission"]
NDIM = ["mayor", "local authorities", "local officials", "residents"]
CAR_GOV = ["government", "Central African government", "CAR army", "officials"]
OCHA = ["OCHA", "UN"]
IDF_SRC = ["IDF", "Israeli army", "Israel Defense Forces"]
ISMC = ["Security Media Cell", "Iraqi military", "CTS"]
SOHR = ["Syrian Observatory for Human Rights", "monitor", "war monitor"]
SANA = ["Syrian army", "SANA", "military source", "Syrian military", "state media"]
MOI = ["Taliban", "Taliban interior ministry", "interior ministry spokesman", "officials"]
TALIBAN = ["Interior Ministry", "officials", "Taliban officials", "Taliban government"]
KASH_POLICE = ["Kashmir police", "Jammu and Kashmir police", "J&K police", "Kashmir Zone Police", "IGP"]
IND_ARMY_SRC = ["army", "Indian Army", "Army spokesman", "military"]
PAPUA_POLICE = ["Papua police", "Indonesian police", "police spokesman"]
TPNPB_SRC = ["TPNPB", "OPM", "West Papua National Liberation Army", "Free Papua Organisation", "rebels"]
TNI = ["TNI", "military", "Indonesian army", "regional command"]
SNAI = ["prison agency", "Ecuadorian prison authority", "prison authorities"]
EC_POLICE = ["Ecuadorian police", "National Police"]
HN_SEC = ["officials", "police", "Honduran authorities", "Security Ministry spokesman"]
HN_PM = ["Forensic Medicine", "forensic medicine office", "prosecutors", "officials", "medical sources"]
RIO_PM_SRC = ["military police", "Rio military police", "PM", "police spokesman"]
DPRJ = ["Defensoria Pública", "public defender", "Public Defender", "Public Defender's Office of Rio de Janeiro"]
KARABAKH = ["Karabakh ombudsman", "human rights ombudsman", "Karabakh authorities", "ombudsman"]
AZ_MOD = ["Azerbaijani defence ministry", "defence ministry", "Azerbaijan", "Azerbaijani government",
          "Azerbaijani Ministry of Defence"]
KHM = ["local health authorities", "health authorities", "Karabakh authorities", "Health Ministry"]
NIGER_MOD = ["Niger government", "Nigerien government", "defence ministry", "Niger army", "Nigerien army",
             "Nigerien defence ministry"]
ISSP = ["Islamic State Sahel Province", "IS Sahel", "Islamic State", "ISIS", "IS"]

# (key in sentence, number_text, outcome, party, party_ok, role, low, high, qualifier,
#  attributed_to, attributed_ok, as_of, part_of, background)
DOCS = [
    ("h201", "2023-06-13", "Reuters", "wire article with dated dateline; 'up from X a day earlier'; 'told Reuters'; surname-only later; background", """Bandits kill at least 37 in northwest Nigeria village raids, police say

GUSAU, Nigeria, June 13 (Reuters) - Armed gangs on motorcycles killed at least 37 people in coordinated raids on three villages in Nigeria's northwestern Zamfara state late on Sunday, police said on Tuesday, up from 22 a day earlier.

The attackers, known locally as bandits, also abducted dozens of women and children from Kadawa, Rini and Gora villages in Bakura local government area, Zamfara police spokesman Haruna Musa Dikko told Reuters on Tuesday.

Dikko said 37 bodies had been recovered by Tuesday morning, including 11 members of a local vigilante group who had tried to fight off the attackers. He said 14 wounded people, three of whom were in critical condition, were being treated at the Federal Medical Centre in Gusau.

"They came around 8 p.m. with more than 200 gunmen, three to a motorcycle," said Aminu Kasimu, a farmer in Rini, who said villagers had buried 41 people on Monday. "They took 50 to 60 women and children with them. We counted house by house," he said.

Dikko said police and vigilantes had freed seven of the abducted women on Tuesday in a forest near Rini after a gunfight in which two of the bandits were killed.

The military said in a statement that air force jets had struck a bandit camp in the nearby Dansadau forest on Monday, killing scores of fighters loyal to a gang leader it did not name.

A relative of one of the abducted women said the kidnappers had demanded a ransom of 30 million naira ($65,000) for her release.

Bandit gangs, which kidnap for ransom and operate from camps in forests spanning several states, have killed thousands of people in northwest Nigeria since 2011, according to Amnesty International. In recent years they have also abducted hundreds of students from boarding schools, including 279 schoolgirls taken from Jangebe in February 2021.
""", [
        ("Bandits kill at least 37", "at least 37", "killed", "all", CIV, None, 37, None, "at_least", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("Armed gangs on motorcycles killed", "at least 37 people", "killed", "all", CIV, None, 37, None, "at_least", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("Armed gangs on motorcycles killed", "22", "killed", "all", CIV, None, 22, 22, "exact", "police", ZAM_POLICE, "2023-06-12", None, False),
        ("also abducted dozens of women", "dozens of women and children", "abducted", "civilians", ALL, None, 24, 99, "vague", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("Dikko said 37 bodies", "37 bodies", "killed", "all", CIV, None, 37, 37, "exact", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("Dikko said 37 bodies", "11 members of a local vigilante group", "killed", "vigilantes", ["civilians", "local vigilantes", "vigilante group", "all"], None, 11, 11, "exact", "police", ZAM_POLICE, "2023-06-13", 4, False),
        ("He said 14 wounded people", "14 wounded people", "wounded", "all", CIV, None, 14, 14, "exact", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("He said 14 wounded people", "three of whom", "wounded", "all", CIV, None, 3, 3, "exact", "police", ZAM_POLICE, "2023-06-13", 6, False),
        ("villagers had buried 41 people", "41 people", "killed", "all", CIV, None, 41, 41, "exact", "residents", ["farmer", "resident", "villagers"], "2023-06-12", None, False),
        ("They took 50 to 60", "50 to 60 women and children", "abducted", "civilians", ALL, None, 50, 60, "range", "residents", ["farmer", "resident", "villagers"], "2023-06-13", None, False),
        ("freed seven of the abducted women", "seven of the abducted women", "freed", "civilians", ALL, "women", 7, 7, "exact", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("freed seven of the abducted women", "two of the bandits", "killed", "bandits", BANDITS, None, 2, 2, "exact", "police", ZAM_POLICE, "2023-06-13", None, False),
        ("killing scores of fighters", "scores of fighters", "killed", "bandits", BANDITS + ["fighters"], None, 40, 99, "vague", "Nigerian military", ["Nigerian army", "Nigerian Air Force", "military", "army"], "2023-06-12", None, False),
        ("have killed thousands of people", "thousands of people", "killed", "all", CIV, None, 2000, 9999, "vague", "Amnesty International", ["Amnesty"], None, None, True),
        ("In recent years they have also abducted", "hundreds of students", "abducted", "civilians", ALL, "students", 200, 999, "vague", None, ["Amnesty International", "Amnesty"], None, None, True),
        ("In recent years they have also abducted", "279 schoolgirls", "abducted", "civilians", ALL, "schoolgirls", 279, 279, "exact", None, ["Amnesty International", "Amnesty"], None, 14, True),
    ]),
    ("h202", "2019-09-17", "news brief (unnamed)", "short brief with dateline; 'early on Monday'; 'a spokesman for the X, Y, said'; zero count; separate incident (background)", """Cameroon: four soldiers killed in separatist ambush in North-West

BAMENDA, Cameroon, Sept. 17 - Four Cameroonian soldiers were killed and two others wounded when separatist fighters ambushed their convoy near Batibo in the English-speaking North-West region early on Monday, a senior army officer in Bamenda said.

A spokesman for the Cameroonian army, Captain Jean-Marie Ndongo, said troops had killed six of the attackers in the firefight that followed and recovered two rifles and a rocket launcher.

The Ambazonia Defence Forces (ADF), one of the main armed groups fighting for an independent English-speaking state they call Ambazonia, said on Tuesday that its fighters had killed 11 soldiers and that no separatist fighters were wounded.

Residents of Batibo said a commercial motorcyclist was shot dead in the crossfire.

Separately, gunmen abducted nine students from a secondary school in Kumbo on Monday afternoon, a school official said. Three of the students were released unharmed on Monday night, the official said.

Separatists have ordered a boycott of schools in the two English-speaking regions since 2017 and often kidnap pupils and teachers to enforce it.

The conflict, which began after a government crackdown on protests by English-speaking lawyers and teachers, has killed more than 3,000 people and forced over 500,000 to flee their homes, according to the U.N. humanitarian office OCHA.
""", [
        ("Cameroon: four soldiers killed", "four soldiers", "killed", "Cameroonian army", CMR_ARMY, None, 4, 4, "exact", None, [], "2019-09-17", None, False),
        ("Four Cameroonian soldiers were killed", "Four Cameroonian soldiers", "killed", "Cameroonian army", CMR_ARMY, None, 4, 4, "exact", "security sources", CMR_ARMY_SRC, "2019-09-16", None, False),
        ("Four Cameroonian soldiers were killed", "two others", "wounded", "Cameroonian army", CMR_ARMY, None, 2, 2, "exact", "security sources", CMR_ARMY_SRC, "2019-09-16", None, False),
        ("A spokesman for the Cameroonian army", "six of the attackers", "killed", "separatists", AMBA + ["unknown", "attackers"], "attackers", 6, 6, "exact", "Cameroonian army", ["army", "military", "army spokesman"], "2019-09-17", None, False),
        ("The Ambazonia Defence Forces (ADF)", "11 soldiers", "killed", "Cameroonian army", CMR_ARMY, None, 11, 11, "exact", "Ambazonia Defence Forces", AMBA_SRC, "2019-09-17", None, False),
        ("The Ambazonia Defence Forces (ADF)", "no separatist fighters", "wounded", "separatists", AMBA, None, 0, 0, "exact", "Ambazonia Defence Forces", AMBA_SRC, "2019-09-17", None, False),
        ("gunmen abducted nine students", "nine students", "abducted", "civilians", ALL, "students", 9, 9, "exact", "officials", ["school official", "teacher", "school"], None, None, True),
        ("Three of the students were released", "Three of the students", "freed", "civilians", ALL, "students", 3, 3, "exact", "officials", ["school official", "teacher", "school"], None, None, True),
        ("has killed more than 3,000 people", "more than 3,000 people", "killed", "all", CIV, None, 3001, None, "more_than", "OCHA", ["UN", "United Nations"], None, None, True),
        ("has killed more than 3,000 people", "over 500,000", "displaced", "civilians", ALL, None, 500001, None, "more_than", "OCHA", ["UN", "United Nations"], None, None, True),
    ]),
    ("h203", "2024-03-14", "MSF", "NGO press release (organisation's own voice) with bullet list under a lead line; staff quote", """MÉDECINS SANS FRONTIÈRES / DOCTORS WITHOUT BORDERS
Press release | Pemba, 14 March 2024

Mozambique: MSF treats 38 wounded after insurgent attacks in Cabo Delgado

Médecins Sans Frontières (MSF) teams in Mazeze and Chiúre have treated 38 people with gunshot and machete wounds since armed insurgents attacked villages in Chiúre district on 8 and 9 March. Among them are 12 children, the youngest a two-year-old girl.

Five of our patients have died of their injuries despite the efforts of our medical teams.

"We received 17 wounded people on the night of 8 March alone, many of them with deep machete cuts to the head and arms," said Ana Ribeiro, MSF project coordinator in Mazeze. "Families walked for two days carrying them on bicycles and in wheelbarrows."

Our teams are also witnessing a massive movement of people. According to local authorities, more than 67,000 people have fled their homes in Chiúre district since 8 March, most of them women and children. At the Ocua site for displaced people, where MSF runs mobile clinics, our teams counted about 9,000 new arrivals on 11 March alone.

Displaced people arriving in Ocua told our teams that insurgents had beheaded at least three men in the village of Ntuto and taken several boys with them.

MSF activities in Chiúre district since 8 March:
- 38 wounded patients treated, 19 of them for gunshot wounds
- 5 patients died in our care
- more than 2,100 medical consultations for displaced people
- 14 unaccompanied children referred to child protection partners
- 26,000 litres of safe water distributed every day

The conflict in Cabo Delgado has killed more than 4,900 people since October 2017, according to the ACLED monitoring project. At its peak in 2022, it had forced about a million people from their homes.

MSF calls on all armed actors to spare civilians and to allow humanitarian organisations to reach people in need.
""", [
        ("Mozambique: MSF treats 38 wounded", "38 wounded", "wounded", "all", CIV, None, 38, 38, "exact", None, MSF, "2024-03-14", None, False),
        ("have treated 38 people", "38 people", "wounded", "all", CIV, None, 38, 38, "exact", None, MSF, "2024-03-14", None, False),
        ("Among them are 12 children", "12 children", "wounded", "civilians", ALL, "children", 12, 12, "exact", None, MSF, "2024-03-14", 1, False),
        ("Five of our patients have died", "Five of our patients", "killed", "all", CIV, None, 5, 5, "exact", None, MSF, "2024-03-14", None, False),
        ("We received 17 wounded people", "17 wounded people", "wounded", "all", CIV, None, 17, 17, "exact", None, MSF, "2024-03-08", None, False),
        ("more than 67,000 people have fled", "more than 67,000 people", "displaced", "civilians", ALL, None, 67001, None, "more_than", "local authorities", ["officials", "local officials"], "2024-03-14", None, False),
        ("our teams counted about 9,000", "about 9,000 new arrivals", "displaced", "civilians", ALL, None, 9000, 9000, "about", None, MSF, "2024-03-11", None, False),
        ("beheaded at least three men", "at least three men", "killed", "civilians", ALL, None, 3, None, "at_least", "residents", ["displaced people", "witnesses", "local sources", "refugees"], "2024-03-14", None, False),
        ("- 38 wounded patients treated", "38 wounded patients", "wounded", "all", CIV, None, 38, 38, "exact", None, MSF, "2024-03-14", None, False),
        ("- 38 wounded patients treated", "19 of them", "wounded", "all", CIV, None, 19, 19, "exact", None, MSF, "2024-03-14", 8, False),
        ("- 5 patients died in our care", "5 patients", "killed", "all", CIV, None, 5, 5, "exact", None, MSF, "2024-03-14", None, False),
        ("has killed more than 4,900 people", "more than 4,900 people", "killed", "all", CIV, None, 4901, None, "more_than", "ACLED", ["Armed Conflict Location and Event Data Project"], None, None, True),
        ("At its peak in 2022", "about a million people", "displaced", "civilians", ALL, None, 1000000, 1000000, "about", None, ["ACLED"], None, None, True),
    ]),
    ("h204", "2024-05-22", "AFP", "follow-up wire with dated dateline; toll revised down; 'two days later'; 'X's tally'; 'the agency added'; local count disagrees", """Central African Republic: UN lowers toll from village attack to 19

BANGUI, May 22 (AFP) - The UN peacekeeping mission in the Central African Republic on Wednesday revised down to 19 the number of civilians killed in an attack on two villages in the northwest, saying several victims had been counted twice.

Armed men attacked the villages of Bémal and Béboura, near the town of Ndim in Ouham-Pendé prefecture, on the evening of May 18. Two days later, the mission, known as MINUSCA, said 26 civilians had been killed.

In a statement on Wednesday, MINUSCA said its human rights officers had since established that seven names on its first list appeared twice. It said 11 people had been wounded, among them four children and two aid workers with a local charity, and that three women were still missing.

According to MINUSCA's tally, the 19 dead include five women and a two-month-old baby.

Local officials have given a higher toll. The mayor of Ndim, Prosper Zanifei, told AFP that residents had buried 31 people by Tuesday evening.

"We buried thirty-one people with our own hands, and some families are still searching the bush," Zanifei said.

The mission blamed the attack on the 3R (Return, Reclamation, Rehabilitation) armed group, which it said had killed 14 civilians in the same area in February. The 3R denied involvement in a message sent to journalists.

A government spokesman said on Tuesday that the army and its Russian allies had killed 23 rebels in a pursuit operation near the border with Cameroon and arrested five others.

Nearly 4,500 people have fled their homes since the attack, the UN refugee agency UNHCR said. About 1,200 of them have crossed into neighbouring Chad, the agency added.

MINUSCA, which has about 14,000 uniformed personnel deployed under a mandate last renewed by Security Council Resolution 2709, has struggled to protect civilians in the country's remote northwest, where armed groups have fought over land and cattle routes since a civil war erupted in 2013.
""", [
        ("UN lowers toll from village attack to 19", "19", "killed", "civilians", ALL, None, 19, 19, "exact", "MINUSCA", MINUSCA, "2024-05-22", None, False),
        ("revised down to 19", "19", "killed", "civilians", ALL, None, 19, 19, "exact", "MINUSCA", MINUSCA, "2024-05-22", None, False),
        ("Two days later, the mission", "26 civilians", "killed", "civilians", ALL, None, 26, 26, "exact", "MINUSCA", MINUSCA, "2024-05-20", None, False),
        ("It said 11 people had been wounded", "11 people", "wounded", "all", CIV, None, 11, 11, "exact", "MINUSCA", MINUSCA, "2024-05-22", None, False),
        ("It said 11 people had been wounded", "four children", "wounded", "civilians", ALL, "children", 4, 4, "exact", "MINUSCA", MINUSCA, "2024-05-22", 3, False),
        ("It said 11 people had been wounded", "two aid workers", "wounded", "civilians", ALL + ["aid workers"], "aid workers", 2, 2, "exact", "MINUSCA", MINUSCA, "2024-05-22", 3, False),
        ("It said 11 people had been wounded", "three women", "missing", "civilians", ALL, "women", 3, 3, "exact", "MINUSCA", MINUSCA, "2024-05-22", None, False),
        ("According to MINUSCA's tally", "the 19 dead", "killed", "civilians", ALL, None, 19, 19, "exact", "MINUSCA", MINUSCA, "2024-05-22", None, False),
        ("According to MINUSCA's tally", "five women", "killed", "civilians", ALL, "women", 5, 5, "exact", "MINUSCA", MINUSCA, "2024-05-22", 7, False),
        ("residents had buried 31 people", "31 people", "killed", "all", CIV, None, 31, 31, "exact", "officials", NDIM, "2024-05-21", None, False),
        ("We buried thirty-one people", "thirty-one people", "killed", "all", CIV, None, 31, 31, "exact", "officials", NDIM, "2024-05-22", None, False),
        ("which it said had killed 14 civilians", "14 civilians", "killed", "civilians", ALL, None, 14, 14, "exact", "MINUSCA", MINUSCA, None, None, True),
        ("A government spokesman said on Tuesday", "23 rebels", "killed", "3R", R3, None, 23, 23, "exact", "CAR government", CAR_GOV, "2024-05-21", None, False),
        ("A government spokesman said on Tuesday", "five others", "captured", "3R", R3, None, 5, 5, "exact", "CAR government", CAR_GOV, "2024-05-21", None, False),
        ("Nearly 4,500 people have fled", "Nearly 4,500 people", "displaced", "civilians", ALL, None, 4500, 4500, "nearly", "UNHCR", ["UN", "UN refugee agency"], "2024-05-22", None, False),
        ("About 1,200 of them", "About 1,200 of them", "displaced", "civilians", ALL, "refugees", 1200, 1200, "about", "UNHCR", ["UN", "UN refugee agency"], "2024-05-22", 14, False),
    ]),
]

DOCS += [
    ("h205", "2024-08-09", "OCHA", "UN agency situation update (agency's own voice): bullets and a space-aligned table with a Total row", """OCHA | Occupied Palestinian Territory
Humanitarian Situation Update: West Bank
Issued 9 August 2024 | Reporting period: 30 July - 5 August 2024

Key developments
- Between 30 July and 5 August, 16 Palestinians were killed by Israeli forces across the West Bank. Thirteen of them, including four children, were killed during a 40-hour operation in Tubas governorate, mostly in Far'a refugee camp.
- According to the Israeli military, two Israeli soldiers were injured during the Tubas operation.
- The Al-Quds Brigades, the armed wing of Palestinian Islamic Jihad, said that seven of those killed in Tubas were its members.
- About 2,800 residents of Far'a camp were temporarily displaced during the operation, according to UNRWA.
- The Palestine Red Crescent Society (PRCS) said three of its paramedics were injured and an ambulance was damaged in Far'a camp on 31 July.
- Two journalists were injured by rubber-coated bullets while covering the operation in Tubas on 1 August.
- On 3 August, Israeli settlers attacked the village of Turmus Ayya (Ramallah), injuring six Palestinians, one of them with live ammunition, and set fire to four vehicles.
- Israeli forces detained 41 Palestinians across the West Bank during the reporting period, according to the Palestinian Prisoners' Society.

Palestinian casualties by governorate, 30 July - 5 August 2024

Governorate      Killed    Injured
Tubas                13         29
Jenin                 1          9
Nablus                1          6
Ramallah              1          8
Total                16         52

Since 7 October 2023, at least 590 Palestinians have been killed in the West Bank, including East Jerusalem, and about 5,500 injured.
""", [
        ("16 Palestinians were killed", "16 Palestinians", "killed", "all", PALS, None, 16, 16, "exact", None, OCHA, "2024-08-09", None, False),
        ("16 Palestinians were killed", "Thirteen of them", "killed", "all", PALS, None, 13, 13, "exact", None, OCHA, "2024-08-09", 0, False),
        ("16 Palestinians were killed", "four children", "killed", "civilians", ALL + ["Palestinians"], "children", 4, 4, "exact", None, OCHA, "2024-08-09", 1, False),
        ("According to the Israeli military", "two Israeli soldiers", "wounded", "Israeli army", ["IDF", "Israeli military", "Israeli forces", "Israel Defense Forces", "soldiers"], None, 2, 2, "exact", "Israeli military", IDF_SRC, "2024-08-09", None, False),
        ("The Al-Quds Brigades", "seven of those killed", "killed", "PIJ", PIJ, None, 7, 7, "exact", "Al-Quds Brigades", ["PIJ", "Palestinian Islamic Jihad", "Islamic Jihad"], "2024-08-09", 1, False),
        ("About 2,800 residents", "About 2,800 residents", "displaced", "civilians", ALL + ["Palestinians"], None, 2800, 2800, "about", "UNRWA", ["UN"], "2024-08-09", None, False),
        ("three of its paramedics", "three of its paramedics", "wounded", "civilians", ALL + ["Palestinians", "PRCS"], "paramedics", 3, 3, "exact", "PRCS", ["Palestine Red Crescent Society", "Palestine Red Crescent", "Red Crescent"], "2024-07-31", None, False),
        ("Two journalists were injured", "Two journalists", "wounded", "civilians", ALL + ["Palestinians"], "journalists", 2, 2, "exact", None, OCHA, "2024-08-01", None, False),
        ("Israeli settlers attacked", "six Palestinians", "wounded", "civilians", ALL + ["Palestinians"], None, 6, 6, "exact", None, OCHA, "2024-08-03", None, False),
        ("Israeli settlers attacked", "one of them", "wounded", "civilians", ALL + ["Palestinians"], None, 1, 1, "exact", None, OCHA, "2024-08-03", 8, False),
        ("detained 41 Palestinians", "41 Palestinians", "captured", "all", ["Palestinians", "civilians", "unknown"], None, 41, 41, "exact", "Palestinian Prisoners' Society", ["PPS", "Palestinian Prisoners Society"], "2024-08-09", None, False),
        ("Tubas                13", "13", "killed", "all", PALS, None, 13, 13, "exact", None, OCHA, "2024-08-09", 19, False),
        ("Tubas                13", "29", "wounded", "all", PALS, None, 29, 29, "exact", None, OCHA, "2024-08-09", 20, False),
        ("Jenin                 1", "1", "killed", "all", PALS, None, 1, 1, "exact", None, OCHA, "2024-08-09", 19, False),
        ("Jenin                 1", "9", "wounded", "all", PALS, None, 9, 9, "exact", None, OCHA, "2024-08-09", 20, False),
        ("Nablus                1", "1", "killed", "all", PALS, None, 1, 1, "exact", None, OCHA, "2024-08-09", 19, False),
        ("Nablus                1", "6", "wounded", "all", PALS, None, 6, 6, "exact", None, OCHA, "2024-08-09", 20, False),
        ("Ramallah              1", "1", "killed", "all", PALS, None, 1, 1, "exact", None, OCHA, "2024-08-09", 19, False),
        ("Ramallah              1", "8", "wounded", "all", PALS, None, 8, 8, "exact", None, OCHA, "2024-08-09", 20, False),
        ("Total                16", "16", "killed", "all", PALS, None, 16, 16, "exact", None, OCHA, "2024-08-09", None, False),
        ("Total                16", "52", "wounded", "all", PALS, None, 52, 52, "exact", None, OCHA, "2024-08-09", None, False),
        ("Since 7 October 2023", "at least 590 Palestinians", "killed", "all", PALS, None, 590, None, "at_least", None, OCHA, None, None, True),
        ("Since 7 October 2023", "about 5,500", "wounded", "all", PALS, None, 5500, 5500, "about", None, OCHA, None, None, True),
    ]),
    ("h206", "2022-03-17", "Security Media Cell (Iraq)", "military statement in its own voice; 'martyred'; decoys (weapons, article and statement numbers, days held); separate operation", """SECURITY MEDIA CELL
Statement No. 94

Nine ISIS terrorists killed, four arrested in airborne operation south of Kirkuk

At dawn today, Thursday, 17 March 2022, heroes of the Counter-Terrorism Service, supported by Iraqi Army Aviation and international coalition aircraft, carried out a qualitative airborne operation against a hideout of ISIS terrorist gangs in Wadi al-Shay, south of Kirkuk, based on accurate intelligence information.

The operation resulted in the killing of nine terrorists, among them two so-called walis, and the arrest of four others who tried to flee on foot towards the Hamrin mountains.

Two of our heroic fighters were martyred and three others were wounded during the clash; they are receiving the necessary treatment.

The force seized 11 explosive belts, 6 rifles, 2 motorcycles and a quantity of ammunition, and freed a shepherd whom the terrorists had held for 10 days.

In a separate operation on Wednesday, 16 March, the Falcons Intelligence Cell arrested 6 terrorists in the Al-Qaim district of Anbar province who were wanted under Article 4 of the Anti-Terrorism Law for attacks on the security forces in 2016 and 2017.

Since the beginning of this year, our forces have killed 71 terrorists and arrested more than 300 others in operations across the country.

The Security Media Cell affirms that our heroic forces will continue to pursue the remnants of terrorism wherever they are.
""", [
        ("Nine ISIS terrorists killed", "Nine ISIS terrorists", "killed", "ISIS", ISIS, None, 9, 9, "exact", None, ISMC, "2022-03-17", None, False),
        ("Nine ISIS terrorists killed", "four", "captured", "ISIS", ISIS, None, 4, 4, "exact", None, ISMC, "2022-03-17", None, False),
        ("The operation resulted in the killing", "nine terrorists", "killed", "ISIS", ISIS, None, 9, 9, "exact", None, ISMC, "2022-03-17", None, False),
        ("The operation resulted in the killing", "two so-called walis", "killed", "ISIS", ISIS, "commanders", 2, 2, "exact", None, ISMC, "2022-03-17", 2, False),
        ("The operation resulted in the killing", "four others", "captured", "ISIS", ISIS, None, 4, 4, "exact", None, ISMC, "2022-03-17", None, False),
        ("Two of our heroic fighters", "Two of our heroic fighters", "killed", "Iraqi Counter-Terrorism Service", CTS, None, 2, 2, "exact", None, ISMC, "2022-03-17", None, False),
        ("Two of our heroic fighters", "three others", "wounded", "Iraqi Counter-Terrorism Service", CTS, None, 3, 3, "exact", None, ISMC, "2022-03-17", None, False),
        ("In a separate operation on Wednesday", "6 terrorists", "captured", "ISIS", ISIS, None, 6, 6, "exact", None, ISMC, None, None, True),
        ("Since the beginning of this year", "71 terrorists", "killed", "ISIS", ISIS, None, 71, 71, "exact", None, ISMC, None, None, True),
        ("Since the beginning of this year", "more than 300 others", "captured", "ISIS", ISIS, None, 301, None, "more_than", None, ISMC, None, None, True),
    ]),
    ("h207", "2022-07-25", "AFP", "wire article; headline '..., monitor says'; earlier same-day toll; state media citing a military source; mixed-outcome decoy; 'X's tally'", """IS ambush kills 19 Syrian soldiers in desert, monitor says

Beirut (AFP) - Islamic State group jihadists ambushed a bus carrying Syrian soldiers in the eastern desert on Sunday, killing 19 of them, a war monitor said, while state media reported a lower toll.

The Syrian Observatory for Human Rights said the attack, on the road between Palmyra and Deir Ezzor, also wounded at least 12 soldiers, some of them critically.

The Britain-based monitor, which relies on a network of sources inside Syria, had reported 16 deaths earlier on Sunday before raising its toll as more bodies reached the military hospital in Deir Ezzor.

State news agency SANA, citing a military source, said "terrorists" had attacked the bus near Al-Shoula, killing nine soldiers and wounding 15.

The Observatory's director told AFP the toll was likely to rise because several of the wounded were in serious condition.

IS claimed the attack on Monday through its Amaq propaganda agency, saying its fighters had "killed or wounded" more than 30 "Nusayri soldiers", a derogatory term for members of President Bashar al-Assad's Alawite sect.

The monitor said Russian air strikes on suspected IS hideouts in the desert on Monday had killed at least 11 jihadists.

The latest ambush brings to 143 the number of soldiers and pro-government fighters killed in IS attacks in the Syrian desert since the start of the year, according to the Observatory's tally.

Although IS lost the last scrap of its self-declared "caliphate" in March 2019, its fighters have kept up hit-and-run attacks from hideouts in the vast Badia desert.

Syria's war has killed more than 500,000 people since it broke out in 2011 with the brutal repression of anti-government protests.
""", [
        ("IS ambush kills 19 Syrian soldiers", "19 Syrian soldiers", "killed", "Syrian army", SYR_ARMY, None, 19, 19, "exact", "SOHR", SOHR, "2022-07-25", None, False),
        ("killing 19 of them", "19 of them", "killed", "Syrian army", SYR_ARMY, None, 19, 19, "exact", "SOHR", SOHR, "2022-07-24", None, False),
        ("also wounded at least 12 soldiers", "at least 12 soldiers", "wounded", "Syrian army", SYR_ARMY, None, 12, None, "at_least", "SOHR", SOHR, "2022-07-25", None, False),
        ("had reported 16 deaths", "16 deaths", "killed", "Syrian army", SYR_ARMY + ["all"], None, 16, 16, "exact", "SOHR", SOHR, "2022-07-24", None, False),
        ("State news agency SANA", "nine soldiers", "killed", "Syrian army", SYR_ARMY, None, 9, 9, "exact", "security sources", SANA, "2022-07-25", None, False),
        ("State news agency SANA", "15", "wounded", "Syrian army", SYR_ARMY + ["all"], None, 15, 15, "exact", "security sources", SANA, "2022-07-25", None, False),
        ("killed at least 11 jihadists", "at least 11 jihadists", "killed", "ISIS", ISIS + ["jihadists"], None, 11, None, "at_least", "SOHR", SOHR, "2022-07-25", None, False),
        ("The latest ambush brings to 143", "143", "killed", "Syrian army", SYR_ARMY + ["pro-government forces", "all"], None, 143, 143, "exact", "SOHR", SOHR, None, None, True),
        ("Syria's war has killed", "more than 500,000 people", "killed", "all", CIV, None, 500001, None, "more_than", None, [], None, None, True),
    ]),
]

DOCS += [
    ("h208", "2024-05-16", "news site live blog", "live blog with timestamps; spokesman named once then by surname; 'he adds'; competing tolls; 'X were ... and Y ...' breakdown; present-crowd decoy", """Kabul blast live: explosion hits education centre in Dasht-e-Barchi
Live coverage | Thursday 16 May 2024 | all times local

08:50 — A large explosion has been reported at a private education centre in the Dasht-e-Barchi neighbourhood of western Kabul, where students were sitting a practice exam for university entrance.

09:05 — A witness tells our reporter that hundreds of students, most of them girls, were inside the hall when the blast went off.

09:40 — Interior ministry spokesman Nasrullah Haqyar says eight people have been confirmed dead. At least 14 more are being treated for wounds, he adds.

10:25 — The Italian-run Emergency hospital in Kabul says on X that it has received 19 wounded people from the blast, six of them teenage girls.

11:10 — Taliban fighters have sealed off the street and are keeping journalists about 500 metres from the site, our reporter says.

12:15 — The death toll has risen to 19, Haqyar says. He says 27 people were wounded, some of them critically.

13:00 — Residents of the neighbourhood say the toll is much higher. "I saw at least 30 bodies being carried out, many of them in school uniforms," a shopkeeper tells us.

14:30 — The UN Assistance Mission in Afghanistan (UNAMA) says it has so far documented 24 deaths and 36 injuries. Seventeen of the dead were female students and two were teachers, the mission says.

15:45 — No group has claimed the attack so far. The Hazara community of Dasht-e-Barchi has been hit repeatedly, including by a bombing outside a girls' school in 2021 that killed more than 80 people. Many of those attacks were claimed by the Islamic State Khorasan Province (ISKP).

16:20 — The interior ministry says its forces have arrested three suspects in connection with the attack.

17:30 — We are closing this live blog. Taliban officials say 19 people were killed and 27 wounded; the UN puts the death toll at 24.
""", [
        ("says eight people have been confirmed dead", "eight people", "killed", "all", CIV, None, 8, 8, "exact", "Interior Ministry", MOI, "2024-05-16", None, False),
        ("At least 14 more are being treated", "At least 14 more", "wounded", "all", CIV, None, 14, None, "at_least", "Interior Ministry", MOI, "2024-05-16", None, False),
        ("Emergency hospital in Kabul", "19 wounded people", "wounded", "all", CIV, None, 19, 19, "exact", "medical sources", ["Emergency", "Emergency hospital", "hospital"], "2024-05-16", None, False),
        ("Emergency hospital in Kabul", "six of them", "wounded", "civilians", ALL, "girls", 6, 6, "exact", "medical sources", ["Emergency", "Emergency hospital", "hospital"], "2024-05-16", 2, False),
        ("The death toll has risen to 19", "19", "killed", "all", CIV, None, 19, 19, "exact", "Interior Ministry", MOI, "2024-05-16", None, False),
        ("He says 27 people were wounded", "27 people", "wounded", "all", CIV, None, 27, 27, "exact", "Interior Ministry", MOI, "2024-05-16", None, False),
        ("I saw at least 30 bodies", "at least 30 bodies", "killed", "all", CIV, None, 30, None, "at_least", "residents", ["shopkeeper", "witnesses", "local sources"], "2024-05-16", None, False),
        ("has so far documented 24 deaths", "24 deaths", "killed", "all", CIV, None, 24, 24, "exact", "UNAMA", ["UN", "United Nations"], "2024-05-16", None, False),
        ("has so far documented 24 deaths", "36 injuries", "wounded", "all", CIV, None, 36, 36, "exact", "UNAMA", ["UN", "United Nations"], "2024-05-16", None, False),
        ("Seventeen of the dead", "Seventeen of the dead", "killed", "civilians", ALL, "female students", 17, 17, "exact", "UNAMA", ["UN", "United Nations"], "2024-05-16", 7, False),
        ("Seventeen of the dead", "two were teachers", "killed", "civilians", ALL, "teachers", 2, 2, "exact", "UNAMA", ["UN", "United Nations"], "2024-05-16", 7, False),
        ("a bombing outside a girls' school in 2021", "more than 80 people", "killed", "all", CIV, None, 81, None, "more_than", None, [], None, None, True),
        ("arrested three suspects", "three suspects", "captured", "unknown", SUSPECTS + ["ISKP"], "suspects", 3, 3, "exact", "Interior Ministry", MOI, "2024-05-16", None, False),
        ("Taliban officials say 19 people", "19 people", "killed", "all", CIV, None, 19, 19, "exact", "Taliban", TALIBAN, "2024-05-16", None, False),
        ("Taliban officials say 19 people", "27", "wounded", "all", CIV, None, 27, 27, "exact", "Taliban", TALIBAN, "2024-05-16", None, False),
        ("Taliban officials say 19 people", "24", "killed", "all", CIV, None, 24, 24, "exact", "UN", ["UNAMA", "United Nations"], "2024-05-16", None, False),
    ]),
    ("h209", "2020-08-22", "Indian daily (unnamed)", "daily-paper style with city slug; 'late Thursday' / 'said on Friday'; IGP named once then by surname; figure referred back; 'In a statement, X said'; unit-number and article-number decoys", """Two soldiers, three militants killed in Kupwara gunfight

SRINAGAR: Two Army soldiers and three militants were killed in a gunfight that broke out late Thursday in the forests of Machil sector in north Kashmir's Kupwara district, officials said on Friday.

Inspector General of Police (Kashmir Zone) Anil Raina told reporters in Srinagar on Friday that the militants had crossed the Line of Control a few days earlier and had been tracked by troops of the 41 Rashtriya Rifles.

"Three terrorists have been neutralised and their bodies recovered along with three AK-47 rifles and a large quantity of ammunition," Raina said.

Raina said the three slain militants were Pakistani nationals affiliated with the Lashkar-e-Taiba (LeT), and that one of them had been active in the area since 2018.

An Army spokesman said the two soldiers, including a junior commissioned officer, had succumbed to their injuries at the base hospital in Drugmulla, and that two other soldiers were wounded and were in stable condition.

In a statement, Kashmir Zone Police said two suspected overground workers of the militants had been detained in Handwara on Friday for questioning.

A porter hired by the Army to carry supplies to the forward posts was still missing, officials said.

The gunfight was the second in Kupwara since last week. Police figures show that at least 14 militants have been killed in the district this year. Six security personnel have also lost their lives, the figures show.

Mobile internet in the district remains restricted to 2G speeds, more than a year after the revocation of Article 370 in August 2019 stripped Jammu and Kashmir of its special status.
""", [
        ("Two soldiers, three militants killed in Kupwara", "Two soldiers", "killed", "Indian army", IND_ARMY, None, 2, 2, "exact", None, [], "2020-08-22", None, False),
        ("Two soldiers, three militants killed in Kupwara", "three militants", "killed", "LeT", LET, None, 3, 3, "exact", None, [], "2020-08-22", None, False),
        ("Two Army soldiers and three militants", "Two Army soldiers", "killed", "Indian army", IND_ARMY, None, 2, 2, "exact", "officials", ["police", "Indian army", "security officials"], "2020-08-21", None, False),
        ("Two Army soldiers and three militants", "three militants", "killed", "LeT", LET, None, 3, 3, "exact", "officials", ["police", "Indian army", "security officials"], "2020-08-21", None, False),
        ("Three terrorists have been neutralised", "Three terrorists", "killed", "LeT", LET, None, 3, 3, "exact", "police", KASH_POLICE, "2020-08-21", None, False),
        ("Raina said the three slain militants", "the three slain militants", "killed", "LeT", LET, None, 3, 3, "exact", "police", KASH_POLICE, "2020-08-21", None, False),
        ("An Army spokesman said the two soldiers", "the two soldiers", "killed", "Indian army", IND_ARMY, None, 2, 2, "exact", "Indian army", IND_ARMY_SRC, "2020-08-22", None, False),
        ("An Army spokesman said the two soldiers", "two other soldiers", "wounded", "Indian army", IND_ARMY, None, 2, 2, "exact", "Indian army", IND_ARMY_SRC, "2020-08-22", None, False),
        ("two suspected overground workers", "two suspected overground workers", "captured", "unknown", ["LeT", "suspects", "militant supporters", "overground workers"], "overground workers", 2, 2, "exact", "police", KASH_POLICE, "2020-08-21", None, False),
        ("Police figures show that at least 14 militants", "at least 14 militants", "killed", "unknown", ["militants", "LeT"], None, 14, None, "at_least", "police", KASH_POLICE, None, None, True),
        ("Six security personnel have also lost their lives", "Six security personnel", "killed", "Indian security forces", ["security forces", "Indian army", "police", "security personnel"], None, 6, 6, "exact", "police", KASH_POLICE, None, None, True),
    ]),
    ("h210", "2018-01-05", "AFP", "short wire brief, dateline with date; zero count ('no teachers or students were hurt'); separate attack on worshippers; 'last week' decoy; background", """Bomb kills two rangers in Thailand's restive south

NARATHIWAT, Thailand, Jan. 5 (AFP) - Suspected separatist insurgents detonated a roadside bomb beside a paramilitary ranger patrol in southern Thailand's Narathiwat province on Thursday, killing two rangers and wounding four others, police said.

The 15-kilogram bomb, hidden in a cooking gas cylinder, went off at about 7:40 a.m. as the rangers were escorting teachers to a school in Rueso district, police Colonel Somchai Kaewmanee told AFP. He said no teachers or students were hurt.

On Thursday evening, gunmen opened fire on worshippers leaving a mosque in neighbouring Yala province, wounding three of them, a local official said.

Troops detained three suspects in a raid on a village in Rueso on Thursday night, the army's regional command said on Friday.

No group has claimed the attack. Security officials blame such bombings on the Barisan Revolusi Nasional (BRN), the most powerful of the Malay-Muslim rebel groups fighting in Thailand's three southernmost provinces, which were part of an independent sultanate until they were annexed in 1909.

The attack came days after government negotiators met representatives of the rebels for informal talks in Kuala Lumpur last week.

More than 6,800 people, most of them civilians, have been killed in the insurgency since 2004, according to Deep South Watch, a group that monitors the violence.
""", [
        ("Bomb kills two rangers", "two rangers", "killed", "Thai security forces", THAI_SF, "rangers", 2, 2, "exact", None, [], "2018-01-05", None, False),
        ("killing two rangers and wounding four others", "two rangers", "killed", "Thai security forces", THAI_SF, "rangers", 2, 2, "exact", "police", ["Thai police"], "2018-01-04", None, False),
        ("killing two rangers and wounding four others", "four others", "wounded", "Thai security forces", THAI_SF, "rangers", 4, 4, "exact", "police", ["Thai police"], "2018-01-04", None, False),
        ("He said no teachers or students were hurt", "no teachers or students", "wounded", "civilians", ALL, "teachers and students", 0, 0, "exact", "police", ["Thai police"], "2018-01-05", None, False),
        ("opened fire on worshippers", "three of them", "wounded", "civilians", ALL, "worshippers", 3, 3, "exact", "officials", ["local official", "local authorities"], None, None, True),
        ("Troops detained three suspects", "three suspects", "captured", "unknown", SUSPECTS + ["BRN", "insurgents"], "suspects", 3, 3, "exact", "Thai army", ["ISOC", "Internal Security Operations Command", "army", "regional command", "Thai military"], "2018-01-05", None, False),
        ("More than 6,800 people", "More than 6,800 people", "killed", "all", CIV, None, 6801, None, "more_than", "Deep South Watch", ["DSW"], None, None, True),
    ]),
    ("h211", "2025-04-10", "Nusantara Dispatch", "article with YAML front matter; hostages; rebel claim disputed by the military; 'more than a dozen' background", """---
title: "Papua rebels kill 11 gold miners, take two hostage, police say"
outlet: Nusantara Dispatch
published: 2025-04-10
---

JAYAPURA, Indonesia — Separatist gunmen killed at least 11 gold miners and took two others hostage in an attack on an informal mining camp in Yahukimo regency in Indonesia's Highland Papua province, police said on Thursday.

Police spokesman Dedi Kurniawan said the bodies of 11 miners had been flown by helicopter to Dekai, the main town of the regency, on Wednesday. Four other miners were still missing after fleeing into the forest, he said.

A military helicopter evacuated three wounded miners to a hospital in Jayapura, Kurniawan said.

The camp, where an estimated 1,500 people pan for gold along the Brazza river, lies about 60 kilometres from Dekai and can be reached only by air or on foot.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Organisation (OPM), claimed responsibility. Its spokesman, Yosua Kogoya, said in a statement that the group had killed "15 members of the Indonesian military disguised as miners" and was holding the two hostages, whom it accused of spying.

A spokesman for the military's regional command, Lieutenant Colonel Candra Wijaya, said none of the victims were soldiers and called the claim "propaganda". Wijaya said troops had shot dead two TPNPB fighters in a clash near the camp on Wednesday evening and arrested one.

Local officials said about 300 miners and traders had left the camps in the area for Dekai since the attack.

The conflict in Papua, a former Dutch colony incorporated into Indonesia after a disputed UN-backed vote in 1969, has intensified since December 2018, when TPNPB fighters killed more than a dozen road construction workers in Nduga regency.
""", [
        ("title: \"Papua rebels kill 11 gold miners", "11 gold miners", "killed", "civilians", ALL, "miners", 11, 11, "exact", "police", PAPUA_POLICE, "2025-04-10", None, False),
        ("title: \"Papua rebels kill 11 gold miners", "take two", "abducted", "civilians", ALL, "miners", 2, 2, "exact", "police", PAPUA_POLICE, "2025-04-10", None, False),
        ("Separatist gunmen killed at least 11", "at least 11 gold miners", "killed", "civilians", ALL, "miners", 11, None, "at_least", "police", PAPUA_POLICE, "2025-04-10", None, False),
        ("Separatist gunmen killed at least 11", "two others", "abducted", "civilians", ALL, "miners", 2, 2, "exact", "police", PAPUA_POLICE, "2025-04-10", None, False),
        ("the bodies of 11 miners", "11 miners", "killed", "civilians", ALL, "miners", 11, 11, "exact", "police", PAPUA_POLICE, "2025-04-09", None, False),
        ("Four other miners were still missing", "Four other miners", "missing", "civilians", ALL, "miners", 4, 4, "exact", "police", PAPUA_POLICE, "2025-04-10", None, False),
        ("evacuated three wounded miners", "three wounded miners", "wounded", "civilians", ALL, "miners", 3, 3, "exact", "police", PAPUA_POLICE, "2025-04-10", None, False),
        ("Its spokesman, Yosua Kogoya", "15 members of the Indonesian military", "killed", "Indonesian military", ["TNI", "Indonesian army", "soldiers", "civilians", "miners", "all"], None, 15, 15, "exact", "TPNPB", TPNPB_SRC[1:], "2025-04-10", None, False),
        ("Its spokesman, Yosua Kogoya", "the two hostages", "abducted", "civilians", ALL + ["miners", "Indonesian military", "hostages"], "miners", 2, 2, "exact", "TPNPB", TPNPB_SRC[1:], "2025-04-10", None, False),
        ("Wijaya said troops had shot dead", "two TPNPB fighters", "killed", "TPNPB", TPNPB, None, 2, 2, "exact", "Indonesian military", TNI, "2025-04-09", None, False),
        ("Wijaya said troops had shot dead", "arrested one", "captured", "TPNPB", TPNPB, None, 1, 1, "exact", "Indonesian military", TNI, "2025-04-09", None, False),
        ("about 300 miners and traders", "about 300 miners and traders", "displaced", "civilians", ALL, None, 300, 300, "about", "officials", ["local officials", "local authorities"], "2025-04-10", None, False),
        ("killed more than a dozen road construction workers", "more than a dozen road construction workers", "killed", "civilians", ALL, "construction workers", 13, None, "more_than", None, [], None, None, True),
    ]),
    ("h212", "2025-03-04", "Carla Vélez (X thread)", "thread of signed posts over two days; prison riot with hostages, escape and recapture; relative relaying an inmate; held-population and capacity decoys", """Thread by Carla Vélez (@carlavelez_ec), prisons reporter, Quito

1/ Riot under way at the Cotopaxi prison in Latacunga. The prison agency SNAI confirms 9 inmates killed and 4 guards taken hostage by members of the Los Lobos gang in pavilion 4. Police and army units are surrounding the complex.
— Carla Vélez (@carlavelez_ec) March 3, 2025

2/ Relatives are gathering at the gate. A woman whose son is in pavilion 4 tells me he called her at noon: "There are more than 20 dead in here. They are burning mattresses."
— Carla Vélez (@carlavelez_ec) March 3, 2025

3/ Context: Cotopaxi holds about 4,300 inmates in a facility built for 3,600. It is one of the country's most overcrowded prisons, and one of the deadliest: 2 riots there in 2022 left dozens dead.
— Carla Vélez (@carlavelez_ec) March 3, 2025

4/ 18:40 update: SNAI now says 14 inmates are dead and 11 people injured, among them two police officers hit by gunfire during an attempt to retake pavilion 4. The four guards are still being held.
— Carla Vélez (@carlavelez_ec) March 3, 2025

5/ Morning update. Police say special forces retook pavilion 4 at dawn and freed all four guards, one of them with a stab wound. SNAI's final toll: 16 inmates dead, 13 injured.
— Carla Vélez (@carlavelez_ec) March 4, 2025

6/ Police also say three inmates escaped during the chaos. Two were recaptured in a field near the Pan-American Highway within hours, they say.
— Carla Vélez (@carlavelez_ec) March 4, 2025

7/ For context: more than 450 inmates have been killed in Ecuador's prisons since 2021, most of them in fights between gangs such as Los Choneros, Los Lobos and Los Tiguerones, according to the Permanent Committee for the Defence of Human Rights (CDH).
— Carla Vélez (@carlavelez_ec) March 4, 2025
""", [
        ("SNAI confirms 9 inmates killed", "9 inmates", "killed", "unknown", INMATES, "inmates", 9, 9, "exact", "SNAI", SNAI, "2025-03-03", None, False),
        ("SNAI confirms 9 inmates killed", "4 guards", "abducted", "prison guards", GUARDS, "guards", 4, 4, "exact", "SNAI", SNAI, "2025-03-03", None, False),
        ("There are more than 20 dead", "more than 20", "killed", "all", ["unknown", "inmates", "prisoners"], None, 21, None, "more_than", "inmate", ["relatives", "relative", "inmates"], "2025-03-03", None, False),
        ("2 riots there in 2022 left dozens dead", "dozens", "killed", "unknown", INMATES, "inmates", 24, 99, "vague", None, [], None, None, True),
        ("SNAI now says 14 inmates", "14 inmates", "killed", "unknown", INMATES, "inmates", 14, 14, "exact", "SNAI", SNAI, "2025-03-03", None, False),
        ("SNAI now says 14 inmates", "11 people", "wounded", "all", ["unknown", "inmates"], None, 11, 11, "exact", "SNAI", SNAI, "2025-03-03", None, False),
        ("SNAI now says 14 inmates", "two police officers", "wounded", "Ecuadorian police", ["police", "National Police", "police officers"], None, 2, 2, "exact", "SNAI", SNAI, "2025-03-03", 5, False),
        ("The four guards are still being held", "The four guards", "abducted", "prison guards", GUARDS, "guards", 4, 4, "exact", "SNAI", SNAI, "2025-03-03", None, False),
        ("freed all four guards", "all four guards", "freed", "prison guards", GUARDS, "guards", 4, 4, "exact", "police", EC_POLICE, "2025-03-04", None, False),
        ("freed all four guards", "one of them", "wounded", "prison guards", GUARDS, "guards", 1, 1, "exact", "police", EC_POLICE, "2025-03-04", None, False),
        ("SNAI's final toll", "16 inmates", "killed", "unknown", INMATES, "inmates", 16, 16, "exact", "SNAI", SNAI, "2025-03-04", None, False),
        ("SNAI's final toll", "13", "wounded", "all", ["unknown", "inmates"], None, 13, 13, "exact", "SNAI", SNAI, "2025-03-04", None, False),
        ("three inmates escaped", "three inmates", "escaped", "unknown", INMATES, "inmates", 3, 3, "exact", "police", EC_POLICE, "2025-03-04", None, False),
        ("Two were recaptured", "Two", "captured", "unknown", INMATES + ["escapees"], "escapees", 2, 2, "exact", "police", EC_POLICE, "2025-03-04", None, False),
        ("more than 450 inmates have been killed", "more than 450 inmates", "killed", "unknown", INMATES, "inmates", 451, None, "more_than", "CDH", ["Permanent Committee for the Defence of Human Rights"], None, None, True),
    ]),
]

DOCS += [
    ("h213", "2021-06-13", "AP", "wire article; 'early Saturday' / 'said Sunday'; 'citing hospital records'; 'raising the toll to'; MS-13 / AR-15 / 'three or more people' decoys; 'last week' background", """Gunmen kill 10 at birthday party in northern Honduras

TEGUCIGALPA, Honduras (AP) — Armed men burst into a birthday party in the Caribbean port city of La Ceiba early Saturday and opened fire on the guests, killing 10 people, four of them from the same family, Honduran authorities said.

Security Ministry spokesman Edgardo Barahona said Sunday that at least five other people were wounded, among them a 7-year-old boy.

Barahona said the attackers, who arrived in two pickup trucks and wore police-style vests, were believed to belong to the Barrio 18 gang, which has been fighting the rival MS-13 for control of drug sales in the city's poorer neighborhoods.

Police arrested two suspects at a checkpoint outside the city on Saturday night and seized an AR-15 rifle, he said.

A spokeswoman for the Honduran Red Cross, citing hospital records, said seven people had been treated for gunshot wounds at the Atlántida hospital.

The Public Ministry's forensic medicine office said later on Sunday that a woman wounded in the attack had died in hospital, raising the toll to 11.

"They didn't give anyone a chance. They shot at the children too," said a relative of the victims who gave only her first name, Dania, for fear of reprisals.

The attack was the 14th massacre in Honduras this year, according to the National Violence Observatory of the National Autonomous University of Honduras, which counts as a massacre the killing of three or more people in a single incident.

In a similar attack last week, gunmen killed six people at a pool hall in the northern city of Choloma, police said on Monday.

The observatory recorded 2,314 homicides in the first five months of the year. Honduras had a homicide rate of 37.6 per 100,000 inhabitants last year, one of the highest in the world.
""", [
        ("Gunmen kill 10 at birthday party", "10", "killed", "all", CIV, None, 10, 10, "exact", None, [], "2021-06-13", None, False),
        ("Armed men burst into a birthday party", "10 people", "killed", "all", CIV, None, 10, 10, "exact", "officials", ["Honduran authorities", "authorities", "Security Ministry", "police"], "2021-06-12", None, False),
        ("Armed men burst into a birthday party", "four of them", "killed", "civilians", ALL, "family members", 4, 4, "exact", "officials", ["Honduran authorities", "authorities", "Security Ministry", "police"], "2021-06-12", 1, False),
        ("at least five other people were wounded", "at least five other people", "wounded", "all", CIV, None, 5, None, "at_least", "Security Ministry", HN_SEC, "2021-06-13", None, False),
        ("Police arrested two suspects", "two suspects", "captured", "unknown", SUSPECTS + ["Barrio 18", "gang members"], "suspects", 2, 2, "exact", "Security Ministry", HN_SEC, "2021-06-12", None, False),
        ("citing hospital records", "seven people", "wounded", "all", CIV, None, 7, 7, "exact", "medical sources", ["Honduran Red Cross", "Red Cross", "hospital"], "2021-06-13", None, False),
        ("raising the toll to 11", "11", "killed", "all", CIV, None, 11, 11, "exact", "Public Ministry", HN_PM, "2021-06-13", None, False),
        ("In a similar attack last week", "six people", "killed", "all", CIV, None, 6, 6, "exact", "police", ["Honduran police", "National Police"], None, None, True),
        ("The observatory recorded 2,314 homicides", "2,314 homicides", "killed", "all", CIV, None, 2314, 2314, "exact", "National Violence Observatory", ["UNAH", "observatory", "National Autonomous University of Honduras"], None, None, True),
    ]),
    ("h214", "2022-11-10", "news site feature (unnamed)", "quote-heavy feature; 'the previous day'; police and public defender counts disagree; speakers named once then by surname; 'Of the 25 dead, at least 16'; crowd and COVID-19 decoys", """\u2018They brought the bodies down themselves\u2019: a favela counts its dead

S\u00c3O GON\u00c7ALO, Brazil \u2014 By the time the sun rose on Tuesday, residents of the Salgueiro favela had laid 17 bodies in a row on the asphalt of the main square, covered with bedsheets and beach towels.

Military police had said that eight suspects were killed in the operation the previous day, which targeted leaders of the Comando Vermelho drug gang hiding in the community. Residents say they found the rest overnight in a strip of mangrove behind the houses.

\u201cThey were not all bandidos. My nephew delivered groceries on a motorbike,\u201d said Marli Santos, 54, standing over one of the sheets. \u201cHe was 19.\u201d

Military police spokesman Lieutenant Colonel Rog\u00e9rio Tavares told reporters on Tuesday afternoon that the number of dead had risen to 21, all of them, he said, \u201ccriminals who chose to confront our officers.\u201d

He said 14 rifles and 300 kilograms of cocaine had been seized, and that two officers had been wounded by gunfire, neither of them seriously.

\u201cTwenty-one deaths is a result we regret, but the operation was legal and necessary,\u201d Tavares said.

The state\u2019s Public Defender\u2019s Office, which sent a team to the square, gave a higher count on Wednesday. Fernanda Lopes, a public defender who coordinates the office\u2019s human rights unit, said it had registered 25 dead, including at least four people with no criminal record, and 11 wounded residents.

\u201cWe counted 25 bodies with our own eyes, and we believe there may be more in the mangrove,\u201d Lopes said. \u201cOf the 25 dead, at least 16 were killed by shots to the back or the head.\u201d

Asked about the difference, Tavares said the police count included only people who died at the scene or in hospital. \u201cBodies that appear later, moved by third parties, have to be investigated,\u201d he said.

Residents said on Wednesday that as many as five people were still missing, among them a 17-year-old who had gone out to buy bread.

Thousands of people marched through S\u00e3o Gon\u00e7alo on Wednesday evening to demand an independent investigation.

Brazil\u2019s Supreme Court restricted police raids in Rio\u2019s favelas during the COVID-19 pandemic in 2020, but deadly operations have continued. Police in Rio de Janeiro state killed 1,330 people last year, according to the Institute of Public Security (ISP), the state\u2019s statistics agency.
""", [
        ("had laid 17 bodies", "17 bodies", "killed", "all", CIV + ["unknown"], None, 17, 17, "exact", None, ["residents"], "2022-11-08", None, False),
        ("eight suspects were killed", "eight suspects", "killed", "Comando Vermelho", CV[1:] + ["all"], "suspects", 8, 8, "exact", "police", RIO_PM_SRC, "2022-11-07", None, False),
        ("the number of dead had risen to 21", "21", "killed", "all", CV, None, 21, 21, "exact", "police", RIO_PM_SRC, "2022-11-08", None, False),
        ("two officers had been wounded", "two officers", "wounded", "Rio military police", RIO_PM, None, 2, 2, "exact", "police", RIO_PM_SRC, "2022-11-08", None, False),
        ("Twenty-one deaths is a result", "Twenty-one deaths", "killed", "all", CV, None, 21, 21, "exact", "police", RIO_PM_SRC, "2022-11-08", None, False),
        ("said it had registered 25 dead", "25 dead", "killed", "all", CIV, None, 25, 25, "exact", "Public Defender's Office", DPRJ, "2022-11-09", None, False),
        ("said it had registered 25 dead", "at least four people", "killed", "civilians", ALL, None, 4, None, "at_least", "Public Defender's Office", DPRJ, "2022-11-09", 5, False),
        ("said it had registered 25 dead", "11 wounded residents", "wounded", "civilians", ALL, None, 11, 11, "exact", "Public Defender's Office", DPRJ, "2022-11-09", None, False),
        ("We counted 25 bodies", "25 bodies", "killed", "all", CIV, None, 25, 25, "exact", "Public Defender's Office", DPRJ, "2022-11-09", None, False),
        ("Of the 25 dead, at least 16", "the 25 dead", "killed", "all", CIV, None, 25, 25, "exact", "Public Defender's Office", DPRJ, "2022-11-09", None, False),
        ("Of the 25 dead, at least 16", "at least 16", "killed", "all", CIV, None, 16, None, "at_least", "Public Defender's Office", DPRJ, "2022-11-09", 9, False),
        ("five people were still missing", "as many as five people", "missing", "all", CIV, None, 0, 5, "up_to", "residents", ["relatives"], "2022-11-09", None, False),
        ("killed 1,330 people last year", "1,330 people", "killed", "all", CIV, None, 1330, 1330, "exact", "ISP", ["Institute of Public Security"], None, None, True),
    ]),
    ("h215", "2023-09-28", "explainer (unnamed outlet)", "Markdown explainer with headings and bullet lists under lead lines; several sources with explicit dates; population and peacekeeper-force decoys", """# Nagorno-Karabakh after the offensive: what we know about the casualties

*Explainer | updated 28 September 2023*

Azerbaijan's military operation in Nagorno-Karabakh on 19 and 20 September ended within about 24 hours with the surrender of the ethnic Armenian forces that had controlled the region since the early 1990s. Casualty figures from both sides are still incomplete and cannot be independently verified. Here is what the main sources have reported so far.

## Ethnic Armenian side

The region's human rights ombudsman gave the following figures on Monday, 25 September:

- 213 people killed, among them 10 children
- more than 400 wounded
- at least 20 people still missing

The ombudsman did not say how many of the dead were fighters of the local defence army and how many were civilians.

## Azerbaijani side

- Azerbaijan's defence ministry said on 24 September that 187 of its servicemen had been killed and 498 wounded.
- The prosecutor-general's office said one civilian was killed by Armenian shelling in the town of Shusha.

## Peacekeepers

- Five Russian peacekeepers, including a deputy commander, were killed when their vehicle came under fire near the village of Dzhanyatag on 20 September, Russia's defence ministry said.
- About 2,000 Russian peacekeepers have been deployed in the region since November 2020.

## The fuel depot explosion

- An explosion at a fuel depot outside Stepanakert on the evening of 25 September, as people queued for petrol to leave the region, killed at least 116 people, the local health authorities said on Thursday.
- About 290 people were treated for burns and other injuries, the authorities said, and 20 are still missing.

## The exodus

- More than 98,000 people, almost the region's entire population of about 120,000, had crossed into Armenia by Thursday morning, according to the Armenian government.

## Background

- The region has been at the centre of a conflict between Armenia and Azerbaijan since the late 1980s. A six-week war in 2020 killed more than 6,500 people on both sides.
- In 1993 the UN Security Council adopted four resolutions on the conflict, the last of them Resolution 884.
""", [
        ("- 213 people killed", "213 people", "killed", "all", ["ethnic Armenians", "Karabakh Armenians", "civilians", "Armenians"], None, 213, 213, "exact", "Ombudsman", KARABAKH, "2023-09-25", None, False),
        ("- 213 people killed", "10 children", "killed", "civilians", ALL, "children", 10, 10, "exact", "Ombudsman", KARABAKH, "2023-09-25", 0, False),
        ("- more than 400 wounded", "more than 400", "wounded", "all", ["ethnic Armenians", "Karabakh Armenians", "civilians", "Armenians"], None, 401, None, "more_than", "Ombudsman", KARABAKH, "2023-09-25", None, False),
        ("- at least 20 people still missing", "at least 20 people", "missing", "all", ["ethnic Armenians", "Karabakh Armenians", "civilians", "Armenians"], None, 20, None, "at_least", "Ombudsman", KARABAKH, "2023-09-25", None, False),
        ("187 of its servicemen", "187 of its servicemen", "killed", "Azerbaijani army", AZ_ARMY, None, 187, 187, "exact", "Azerbaijani Defence Ministry", AZ_MOD, "2023-09-24", None, False),
        ("187 of its servicemen", "498", "wounded", "Azerbaijani army", AZ_ARMY, None, 498, 498, "exact", "Azerbaijani Defence Ministry", AZ_MOD, "2023-09-24", None, False),
        ("said one civilian was killed", "one civilian", "killed", "civilians", ALL, None, 1, 1, "exact", "Azerbaijani prosecutor-general", ["prosecutor-general's office", "prosecutor general", "Azerbaijani government", "Azerbaijan"], "2023-09-28", None, False),
        ("- Five Russian peacekeepers", "Five Russian peacekeepers", "killed", "Russian peacekeepers", ["Russian forces", "peacekeepers", "Russian military", "Russian army"], None, 5, 5, "exact", "Russian Defence Ministry", ["Russian defence ministry", "Russia", "Russian military"], "2023-09-20", None, False),
        ("killed at least 116 people", "at least 116 people", "killed", "all", CIV, None, 116, None, "at_least", "Health Ministry", KHM, "2023-09-28", None, False),
        ("- About 290 people were treated", "About 290 people", "wounded", "all", CIV, None, 290, 290, "about", "Health Ministry", KHM, "2023-09-28", None, False),
        ("- About 290 people were treated", "20", "missing", "all", CIV, None, 20, 20, "exact", "Health Ministry", KHM, "2023-09-28", None, False),
        ("- More than 98,000 people", "More than 98,000 people", "displaced", "civilians", ALL + ["ethnic Armenians", "refugees"], None, 98001, None, "more_than", "Armenian government", ["Armenia", "Armenian authorities"], "2023-09-28", None, False),
        ("A six-week war in 2020", "more than 6,500 people", "killed", "all", CIV, None, 6501, None, "more_than", None, [], None, None, True),
    ]),
    ("h216", "2024-12-11", "Reuters", "wire article with dated dateline; 'late on Tuesday'; anonymous security sources with a dash-list breakdown; jihadist claim; 'no casualties were reported'; force-size decoys; separate attack", """Niger says 23 soldiers killed in ambush near Mali border

NIAMEY, Dec 11 (Reuters) - Twenty-three Nigerien soldiers were killed and 17 wounded when suspected jihadists ambushed their convoy near the village of Tabar\u00e9, close to the border with Mali, the defence ministry said in a statement read on state television late on Tuesday.

The convoy of around 100 soldiers was escorting fuel tankers to a base in the Tillaberi region when it was attacked by "several hundred terrorists" on motorcycles, the ministry said.

The army "neutralised dozens of terrorists" in the counter-attack, and air support was deployed to pursue the rest, the statement said.

Two security sources, speaking on condition of anonymity, told Reuters that at least 30 people had been killed \u2014 27 soldiers and three civilian drivers of the tankers \u2014 and that several soldiers were still missing.

A second convoy travelling several hours behind was not attacked, and no casualties were reported there.

Islamic State Sahel Province (ISSP) said in a statement on Wednesday that its fighters had killed 41 soldiers and captured four, and posted photographs of weapons and vehicles it said had been seized.

Niger's military government declared three days of national mourning. The ambush was one of the deadliest on the army since officers seized power in a coup in July 2023, promising to restore security.

In a separate attack on Sunday, gunmen killed 12 civilians, including a village chief, in the Tillaberi region, a regional official told Reuters.

Jihadist groups linked to al Qaeda and Islamic State have killed thousands of soldiers and civilians across Niger, Mali and Burkina Faso over the past decade and displaced more than 3 million people.
""", [
        ("Niger says 23 soldiers killed", "23 soldiers", "killed", "Niger army", NIGER_ARMY, None, 23, 23, "exact", "Niger Defence Ministry", NIGER_MOD, "2024-12-11", None, False),
        ("Twenty-three Nigerien soldiers were killed", "Twenty-three Nigerien soldiers", "killed", "Niger army", NIGER_ARMY, None, 23, 23, "exact", "Niger Defence Ministry", NIGER_MOD, "2024-12-10", None, False),
        ("Twenty-three Nigerien soldiers were killed", "17", "wounded", "Niger army", NIGER_ARMY, None, 17, 17, "exact", "Niger Defence Ministry", NIGER_MOD, "2024-12-10", None, False),
        ("neutralised dozens of terrorists", "dozens of terrorists", "killed", "unknown", NIGER_ATT, "attackers", 24, 99, "vague", "Niger Defence Ministry", NIGER_MOD, "2024-12-10", None, False),
        ("Two security sources", "at least 30 people", "killed", "all", ["Niger army", "Nigerien army", "soldiers", "civilians"], None, 30, None, "at_least", "security sources", [], "2024-12-11", None, False),
        ("Two security sources", "27 soldiers", "killed", "Niger army", NIGER_ARMY, None, 27, 27, "exact", "security sources", [], "2024-12-11", 4, False),
        ("Two security sources", "three civilian drivers", "killed", "civilians", ALL, "drivers", 3, 3, "exact", "security sources", [], "2024-12-11", 4, False),
        ("Islamic State Sahel Province (ISSP) said", "41 soldiers", "killed", "Niger army", NIGER_ARMY, None, 41, 41, "exact", "ISSP", ISSP, "2024-12-11", None, False),
        ("Islamic State Sahel Province (ISSP) said", "captured four", "captured", "Niger army", NIGER_ARMY, None, 4, 4, "exact", "ISSP", ISSP, "2024-12-11", None, False),
        ("In a separate attack on Sunday", "12 civilians", "killed", "civilians", ALL, None, 12, 12, "exact", "officials", ["regional official", "local authorities", "local officials"], None, None, True),
        ("Jihadist groups linked to al Qaeda", "thousands of soldiers and civilians", "killed", "all", CIV, None, 2000, 9999, "vague", None, [], None, None, True),
        ("Jihadist groups linked to al Qaeda", "more than 3 million people", "displaced", "civilians", ALL, None, 3000001, None, "more_than", None, [], None, None, True),
    ]),
]


def main() -> None:
    write_set(HERE, DOCS, "heldout3")


if __name__ == "__main__":
    main()
