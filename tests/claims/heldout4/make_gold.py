"""Build tests/claims/heldout4/{texts/hNNN.txt, gold.jsonl}: 16 more held-out reports annotated by hand (dev conventions).

Fourth held-out set: texts written apart from the dev corpus and the first three held-out sets, on regions none of
them covers much (Bangladesh's Chittagong Hill Tracts, Burkina Faso's Sahel region, northern Benin, Peru's VRAEM,
Jamaica, Kenya's Garissa County, Lanao del Sur, El Salvador, the South Ossetia occupation line in Georgia, a Tajik
penal colony, Papua New Guinea's highlands, North Sinai, Central Sulawesi, a Nepali district prison, Venezuela's
Apure state, Uganda's Bundibugyo District). Emphasis: writing styles that are rare in the other sets (South Asian
and British newspaper English, French- and Spanish-influenced English of translated local outlets, a police
blotter, a humanitarian flash update with abbreviations, a prosecutor's statement, an obituary-like list of names,
an interview Q&A); number forms ('a dozen', 'two dozen', 'scores of', 'hundreds of', 'over', 'upwards of', 'no
fewer than', 'close to', 'just under', 'a handful of', 'X-Y', 'between X and Y', 'at least X, and possibly as
many as Y', numbers in words at the start of a sentence); missing, bodies, hostages, freed, escaped, detained and
displaced outcomes; parts and roles; decoys (ages, times, money, distances, vehicles, households, cases,
incidents, attacks, capacities, attacking forces, 'no casualties were reported').
All texts, events, people and figures are invented (some loosely modelled on common kinds of incident).

Each claim names a unique piece of its sentence (`key`) and its number_text; the sentence itself is cut from the
text by the corpus rule (a line, split on . ! ? before an upper-case letter, digit or quote). As in
heldout3/make_gold.py, each claim also carries `attributed_ok` (other accepted sources). Run: python3 make_gold.py
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
UPDF_BD = ["United People's Democratic Front", "UPDF activists", "activists", "civilians"]
SUSPECTS = ["suspects", "all", "unknown"]
BEN_ARMY = ["FAB", "Armed Forces of Benin", "Benin army", "Beninese soldiers", "army", "soldiers"]
BEN_ATT = ["JNIM", "jihadists", "terrorists", "assailants", "attackers", "militants"]
PER_ARMY = ["Peruvian military", "Peruvian armed forces", "Army of Peru", "army", "soldiers", "military"]
SHINING = ["Sendero Luminoso", "MPCP", "Militarized Communist Party of Peru", "terrorists", "unknown"]
GUNMEN = ["unknown", "gunmen", "all", "criminals"]
JDF = ["JDF", "Jamaica Defence Force", "Jamaican military", "soldiers", "army"]
DETAINEES = ["unknown", "all", "suspects", "persons", "detainees"]
KE_POLICE = ["GSU", "General Service Unit", "police", "police officers", "officers", "Kenyan security forces",
             "National Police Service"]
DI = ["Dawlah Islamiyah-Maute", "Maute group", "DI", "gunmen", "ISIS", "IS", "unknown", "militants"]
PH_MIL = ["Philippine army", "AFP", "Armed Forces of the Philippines", "soldiers", "army", "troops", "military"]
MS13 = ["Mara Salvatrucha", "MS", "gang members", "gangs", "gang", "suspects"]
GEO = ["all", "Georgian citizens", "Georgians"]
TJ_SEC = ["Tajik prison service", "prison staff", "guards", "prison guards", "security forces", "special forces",
          "Justice Ministry", "hostages"]
ISIS = ["IS", "Islamic State", "ISIL", "Daesh", "unknown", "inmates", "prisoners", "all"]
INMATES = ["all", "inmates", "prisoners"]
EG_ARMY = ["Egyptian military", "Egyptian security forces", "soldiers", "army", "security forces"]
SINAI = ["ISIS", "IS", "Islamic State", "Wilayat Sinai", "IS Sinai", "Sinai Province", "militants", "jihadists",
         "takfiri elements"]
MIT = ["East Indonesia Mujahideen", "Mujahidin Indonesia Timur", "militants", "ISIS", "unknown"]
NP_SEC = ["security forces", "security personnel", "Nepali police", "Nepal Police", "Armed Police Force", "APF",
          "police"]
VEN_MIL = ["FANB", "Bolivarian National Armed Force", "Venezuelan army", "army", "soldiers", "military"]
FARC_D = ["tancol", "irregular armed groups", "armed groups", "Tenth Front", "dissidents", "unknown", "FARC"]
UG_ARMY = ["UPDF", "Uganda People's Defence Forces", "soldiers", "army", "Ugandan military"]
ADF = ["Allied Democratic Forces", "rebels", "ISCAP", "ISIS", "IS"]
# Source alternatives used more than once.
BD_POLICE = ["Bangladesh police", "Baghaichhari police", "OC", "officer-in-charge", "Mohammad Rafiqul Islam"]
OCHA = ["OCHA", "UN"]
LOCAL_AUTH = ["officials", "local officials", "authorities"]
BEN_SRC = ["FAB", "General Staff", "Armed Forces of Benin", "army", "military", "Benin army"]
PER_SRC = ["CCFFAA", "Joint Command of the Armed Forces", "Peruvian armed forces", "Peruvian army", "military",
           "army"]
JCF = ["JCF", "police", "Jamaica Constabulary Force", "Jamaican police"]
NPS = ["National Police Service", "NPS", "Kenyan police", "police spokesperson", "Joseph Kiptoo"]
MAYOR = ["mayor", "Butig mayor", "local authorities", "officials", "local officials", "Norhaina Pangandaman Ali"]
FGR = ["FGR", "Attorney General's Office", "prosecutors", "prosecutor", "Salvadoran prosecutors"]
SSSG = ["State Security Service", "State Security Service of Georgia", "security service", "Georgian government"]
TJ_MOJ = ["Tajik Justice Ministry", "Tajikistan's Justice Ministry", "ministry", "Farrukh Saidov", "Saidov",
          "Tajik government"]
PNG_POLICE = ["PNG police", "Royal Papua New Guinea Constabulary", "RPNGC", "Southern Highlands police", "Kapi",
              "Michael Kapi"]
SEC_MED = ["medical sources", "security and medical sources", "officials"]
EG_ARMY_SRC = ["army", "military", "Egyptian military", "army spokesman"]
SUL_POLICE = ["Central Sulawesi police", "Indonesian police", "Lase", "Rudi Hartono Lase", "police spokesman"]
NP_CDO = ["CDO", "Chief District Officer", "district administration", "local authorities", "Ram Prasad Adhikari"]
NP_POLICE = ["Nepal Police", "District Police Office", "DSP", "Kamal Thapa", "Nepali police"]
FANB_SRC = ["FANB", "CEOFANB", "Bolivarian National Armed Force", "Venezuelan army", "Urdaneta", "army"]
UPDF_SRC = ["UPDF", "Uganda People's Defence Forces", "army", "military", "Tumwine", "Kenneth Tumwine"]

# (key in sentence, number_text, outcome, party, party_ok, role, low, high, qualifier,
#  attributed_to, attributed_ok, as_of, part_of, background)
DOCS = [
    ("h301", "2022-04-19", "Bangladeshi daily (unnamed)", "South Asian daily style ('Our Correspondent'); 'shot dead', 'sustained bullet injuries', 'shifted to', 'bodies were recovered', 'succumbed to his injuries'; OC named then 'OC Islam'; 'no fewer than' background", """Four UPDF activists shot dead in Rangamati, three injured

Our Correspondent, Rangamati

Four activists of the United People's Democratic Front (UPDF) were shot dead and three others sustained bullet injuries when a group of armed men opened fire on them at Sajek union of Baghaichhari upazila in Rangamati early Monday.

Locals said around 15 armed men in military fatigues surrounded a house at Gangaram Mukh village around 5:30am, where the UPDF members had gathered for a meeting.

Two of the four died on the spot, while the bodies of the other two were recovered from a nearby stream later on Monday morning, said Mohammad Rafiqul Islam, officer-in-charge (OC) of Baghaichhari Police Station.

The three injured were first taken to Baghaichhari Upazila Health Complex and were shifted to Chattogram Medical College Hospital (CMCH) on Monday afternoon as their condition deteriorated, the OC said.

One of them, Nirmal Chakma, 35, succumbed to his injuries at CMCH around 10:00pm on Monday, raising the death toll to five, OC Islam added.

Police detained two suspects from a neighbouring village in a drive on Monday night and recovered a locally made gun and 11 rounds of bullets, he said.

The bodies were sent to Rangamati General Hospital morgue for autopsy.

UPDF's Rangamati district organiser Ananda Prakash Chakma blamed the Santu Larma-led faction of the Parbatya Chattagram Jana Samhati Samiti (PCJSS) for the attack, calling it one of the worst incidents in the hills this year. "Since 2018, no fewer than 89 of our leaders and activists have been killed in the hills," he told reporters.

PCJSS leaders could not be reached for comment.
""", [
        ("Four UPDF activists shot dead", "Four UPDF activists", "killed", "UPDF", UPDF_BD, None, 4, 4, "exact", None, [], "2022-04-19", None, False),
        ("Four UPDF activists shot dead", "three injured", "wounded", "UPDF", UPDF_BD, None, 3, 3, "exact", None, [], "2022-04-19", None, False),
        ("Four activists of the United", "Four activists", "killed", "UPDF", UPDF_BD, None, 4, 4, "exact", None, ["police"], "2022-04-18", None, False),
        ("Four activists of the United", "three others", "wounded", "UPDF", UPDF_BD, None, 3, 3, "exact", None, ["police"], "2022-04-18", None, False),
        ("Two of the four died", "Two", "killed", "UPDF", UPDF_BD, None, 2, 2, "exact", "police", BD_POLICE, "2022-04-18", 2, False),
        ("Two of the four died", "the other two", "killed", "UPDF", UPDF_BD, None, 2, 2, "exact", "police", BD_POLICE, "2022-04-18", 2, False),
        ("The three injured were first", "The three injured", "wounded", "UPDF", UPDF_BD, None, 3, 3, "exact", "police", BD_POLICE, "2022-04-18", None, False),
        ("succumbed to his injuries", "One of them", "killed", "UPDF", UPDF_BD, None, 1, 1, "exact", "police", BD_POLICE, "2022-04-18", None, False),
        ("succumbed to his injuries", "five", "killed", "UPDF", UPDF_BD, None, 5, 5, "exact", "police", BD_POLICE, "2022-04-18", None, False),
        ("Police detained two suspects", "two suspects", "captured", "unknown", SUSPECTS + ["PCJSS"], "suspects", 2, 2, "exact", "police", BD_POLICE, "2022-04-18", None, False),
        ("no fewer than 89", "no fewer than 89", "killed", "UPDF", UPDF_BD, None, 89, None, "at_least", "UPDF", ["United People's Democratic Front", "Ananda Prakash Chakma"], None, None, True),
    ]),
    ("h302", "2023-05-25", "OCHA", "humanitarian flash update (organisation's own voice) with key-figure bullets and abbreviations (NSAG, HHs, IDPs, CONASUR, NFI); households, incidents and cases as decoys; 'Upwards of'; X-Y range", """BURKINA FASO: Sahel region - Flash Update No. 2: Attacks in Soum and Oudalan provinces
(as of 25 May 2023)

KEY FIGURES
• 21 civilians killed in Tongomayel (21 May)
• 14 women abducted near Gasseliki
• 1,462 newly displaced households (HHs)
• 47 protection incidents recorded since 1 May

HIGHLIGHTS
• On 21 May, a non-state armed group (NSAG) attacked Tongomayel village, killing at least 21 civilians, including 4 children.
• Upwards of 9,000 people, mostly women and children, have fled to Djibo town since 21 May.
• Access to Djibo, under blockade since February 2022, remains limited to air and escorted convoys.

SITUATION OVERVIEW
On the morning of 21 May, dozens of NSAG members on motorbikes entered Tongomayel (Soum province) and opened fire at the weekly market. According to local authorities, 21 civilians were killed, among them 4 children and a health worker, and 9 others were injured, 5 of whom were evacuated by helicopter to Ouagadougou. Local sources also reported that 3 members of the Volunteers for the Defence of the Homeland (VDP) were killed while trying to repel the attackers.

On 22 May, the same NSAG abducted 14 women who were collecting firewood near Gasseliki. 6 of them were released on 24 May after mediation by community leaders; the remaining 8 are still held.

In Oudalan province, 2 teachers and 1 aid worker of a national NGO were reported missing on 23 May after their vehicle was stopped at an illegal checkpoint between Gorom-Gorom and Markoye.

HUMANITARIAN NEEDS AND RESPONSE
• Displacement: CONASUR has registered 1,462 new HHs in Djibo; a further 1,200-1,500 people from Arbinda commune have sought refuge in Dori, according to CONASUR.
• Health: the Djibo medical centre has admitted 12 war-wounded patients since 21 May, 3 of them children; 38 suspected measles cases have been notified among new IDPs.
• Shelter/NFI: 600 emergency shelter kits are being airlifted; upwards of 1,000 HHs are sleeping in the open.
""", [
        ("21 civilians killed in Tongomayel", "21 civilians", "killed", "civilians", ALL, None, 21, 21, "exact", None, OCHA, "2023-05-21", None, False),
        ("14 women abducted near", "14 women", "abducted", "civilians", ALL, "women", 14, 14, "exact", None, OCHA, "2023-05-25", None, False),
        ("killing at least 21 civilians", "at least 21 civilians", "killed", "civilians", ALL, None, 21, None, "at_least", None, OCHA, "2023-05-21", None, False),
        ("killing at least 21 civilians", "4 children", "killed", "civilians", ALL, "children", 4, 4, "exact", None, OCHA, "2023-05-21", 2, False),
        ("Upwards of 9,000 people", "Upwards of 9,000 people", "displaced", "civilians", ALL, None, 9001, None, "more_than", None, OCHA, "2023-05-25", None, False),
        ("According to local authorities, 21", "21 civilians", "killed", "civilians", ALL, None, 21, 21, "exact", "local authorities", LOCAL_AUTH, "2023-05-25", None, False),
        ("According to local authorities, 21", "4 children", "killed", "civilians", ALL, "children", 4, 4, "exact", "local authorities", LOCAL_AUTH, "2023-05-25", 5, False),
        ("According to local authorities, 21", "9 others", "wounded", "all", CIV, None, 9, 9, "exact", "local authorities", LOCAL_AUTH, "2023-05-25", None, False),
        ("According to local authorities, 21", "5 of whom", "wounded", "all", CIV, None, 5, 5, "exact", "local authorities", LOCAL_AUTH, "2023-05-25", 7, False),
        ("3 members of the Volunteers", "3 members", "killed", "VDP", ["Volunteers for the Defence of the Homeland", "militiamen", "pro-government militia", "Burkina army", "Burkinabe army"], "militiamen", 3, 3, "exact", "local sources", ["local authorities"], "2023-05-25", None, False),
        ("the same NSAG abducted 14 women", "14 women", "abducted", "civilians", ALL, "women", 14, 14, "exact", None, OCHA, "2023-05-22", None, False),
        ("6 of them were released", "6 of them", "freed", "civilians", ALL, "women", 6, 6, "exact", None, OCHA, "2023-05-24", None, False),
        ("6 of them were released", "the remaining 8", "abducted", "civilians", ALL, "women", 8, 8, "exact", None, OCHA, "2023-05-25", 10, False),
        ("2 teachers and 1 aid worker", "2 teachers", "missing", "civilians", ALL, "teachers", 2, 2, "exact", None, OCHA, "2023-05-23", None, False),
        ("2 teachers and 1 aid worker", "1 aid worker", "missing", "civilians", ALL, "aid workers", 1, 1, "exact", None, OCHA, "2023-05-23", None, False),
        ("• Displacement: CONASUR", "1,200-1,500 people", "displaced", "civilians", ALL, None, 1200, 1500, "range", "CONASUR", ["national emergency relief council", "Burkina government", "officials"], "2023-05-25", None, False),
        ("• Health: the Djibo medical centre", "12 war-wounded patients", "wounded", "all", CIV, None, 12, 12, "exact", None, OCHA, "2023-05-25", None, False),
        ("• Health: the Djibo medical centre", "3 of them", "wounded", "civilians", ALL, "children", 3, 3, "exact", None, OCHA, "2023-05-25", 16, False),
    ]),
    ("h303", "2024-06-13", "Beninese daily (translated from French)", "French-influenced English of a local outlet ('fell with arms in hand', 'the riposte permitted to neutralise', 'quitted their villages'); communiqué of the General Staff; JNIM claim in scare quotes; 'close to'; attacking force and distance decoys with 'more than'/'some'", """Attack on a military post in Atacora: seven Beninese soldiers lose their lives

(Translated from French)

A terrorist attack targeted, in the night of Tuesday to Wednesday, the post of the Armed Forces of Benin (FAB) at Kourou-Koualou, in the commune of Matéri. According to a communiqué of the General Staff made public on Wednesday, seven soldiers fell with arms in hand and five others were wounded, of whom two seriously.

The wounded were evacuated to the Army Instruction Hospital of Parakou, situated at some 300 kilometres from the zone of the attack.

The communiqué precises that the riposte of our forces permitted to neutralise about twenty assailants, whose bodies were abandoned on the terrain. The assailants, estimated at more than a hundred men on motorcycles, came from neighbouring Burkina Faso, according to the same source.

For its part, the Group for the Support of Islam and Muslims (JNIM), affiliated to al-Qaeda, claimed the attack in a message relayed on Wednesday evening by its propaganda organ, affirming to have killed "around fifteen soldiers" and to have taken three prisoners.

Contacted by our editorial staff, a security source indicated that two soldiers are, for the moment, missing. Their families have not yet been informed.

In the locality, the population lives in fear. According to the mayor of Matéri, close to 600 persons, in majority women and children, have quitted their villages to seek refuge in the centre of the commune.

It is the most deadly attack against the FAB since the beginning of the year, after the one of April which had cost the life to four soldiers at Banikoara. Since 2021, the north of Benin has recorded more than 80 attacks attributed to jihadist groups.
""", [
        ("seven Beninese soldiers lose their lives", "seven Beninese soldiers", "killed", "Beninese army", BEN_ARMY, None, 7, 7, "exact", None, [], "2024-06-13", None, False),
        ("seven soldiers fell with arms", "seven soldiers", "killed", "Beninese army", BEN_ARMY, None, 7, 7, "exact", "Beninese army", BEN_SRC, "2024-06-12", None, False),
        ("seven soldiers fell with arms", "five others", "wounded", "Beninese army", BEN_ARMY, None, 5, 5, "exact", "Beninese army", BEN_SRC, "2024-06-12", None, False),
        ("seven soldiers fell with arms", "of whom two", "wounded", "Beninese army", BEN_ARMY, None, 2, 2, "exact", "Beninese army", BEN_SRC, "2024-06-12", 2, False),
        ("neutralise about twenty assailants", "about twenty assailants", "killed", "unknown", BEN_ATT, "attackers", 20, 20, "about", "Beninese army", BEN_SRC, "2024-06-12", None, False),
        ("affirming to have killed", "around fifteen soldiers", "killed", "Beninese army", BEN_ARMY, None, 15, 15, "about", "JNIM", ["Group for the Support of Islam and Muslims", "al-Qaeda"], "2024-06-12", None, False),
        ("affirming to have killed", "three prisoners", "captured", "Beninese army", BEN_ARMY, None, 3, 3, "exact", "JNIM", ["Group for the Support of Islam and Muslims", "al-Qaeda"], "2024-06-12", None, False),
        ("two soldiers are, for the moment, missing", "two soldiers", "missing", "Beninese army", BEN_ARMY, None, 2, 2, "exact", "security sources", ["security source"], "2024-06-13", None, False),
        ("close to 600 persons", "close to 600 persons", "displaced", "civilians", ALL, None, 600, 600, "nearly", "Matéri mayor", ["mayor", "local authorities", "officials"], "2024-06-13", None, False),
        ("cost the life to four soldiers", "four soldiers", "killed", "Beninese army", BEN_ARMY, None, 4, 4, "exact", None, [], None, None, True),
    ]),
    ("h304", "2024-10-15", "Peruvian outlet (translated from Spanish)", "Spanish-influenced English ('lamentably lost their lives', 'resulted injured', 'is disappeared', 'informed this Tuesday the Joint Command'); dateline sentence; attacking force 'between 15 and 20'; families decoy; 'exceeds the 70' background via 'according to figures compiled by'", """VRAEM: three soldiers lose their lives in ambush by terrorist remnants

LIMA, 15 October (translated). Three members of the Army of Peru lamentably lost their lives and four others resulted injured in an ambush perpetrated by the terrorist remnants of Sendero Luminoso in the district of Vizcatán del Ene, province of Satipo, department of Junín, informed this Tuesday the Joint Command of the Armed Forces (CCFFAA).

According to the official communiqué, the patrol was realising tasks of reconnaissance when it was attacked with rifles and explosives, at around 06:40 hours, near the locality of Unión Mantaro. The column of terrorists was composed of between 15 and 20 armed delinquents, it detailed.

The injured were evacuated by helicopter to the military base of Pichari, where two of them remain in reserved state.

In the confrontation, the patrol repelled the attack and neutralised two terrorists, whose bodies were recovered together with two rifles and a radio.

The CCFFAA also reported that one soldier is disappeared since the confrontation and that search labours continue with the support of the National Police of Peru.

The remains of the three fallen will be transferred this Wednesday to Lima, where they will receive honours at the Army headquarters.

Comuneros of Unión Mantaro told this medium that some 40 families abandoned their homes for fear of reprisals.

The number of military personnel fallen in the VRAEM since 2008 exceeds the 70, according to figures compiled by the Ministry of Defence.
""", [
        ("three soldiers lose their lives", "three soldiers", "killed", "Peruvian army", PER_ARMY, None, 3, 3, "exact", None, [], "2024-10-15", None, False),
        ("Three members of the Army of Peru", "Three members", "killed", "Peruvian army", PER_ARMY, None, 3, 3, "exact", "Peruvian military", PER_SRC, "2024-10-15", None, False),
        ("Three members of the Army of Peru", "four others", "wounded", "Peruvian army", PER_ARMY, None, 4, 4, "exact", "Peruvian military", PER_SRC, "2024-10-15", None, False),
        ("where two of them remain", "two of them", "wounded", "Peruvian army", PER_ARMY, None, 2, 2, "exact", None, ["Peruvian military"] + PER_SRC, "2024-10-15", 2, False),
        ("neutralised two terrorists", "two terrorists", "killed", "Shining Path", SHINING, None, 2, 2, "exact", None, ["Peruvian military"] + PER_SRC, "2024-10-15", None, False),
        ("one soldier is disappeared", "one soldier", "missing", "Peruvian army", PER_ARMY, None, 1, 1, "exact", "Peruvian military", PER_SRC, "2024-10-15", None, False),
        ("The remains of the three fallen", "the three fallen", "killed", "Peruvian army", PER_ARMY, None, 3, 3, "exact", None, [], "2024-10-15", None, False),
        ("exceeds the 70", "exceeds the 70", "killed", "Peruvian army", PER_ARMY, None, 71, None, "more_than", "Peruvian Defence Ministry", ["Ministry of Defence", "Defence Ministry", "Peruvian government"], None, None, True),
    ]),
    ("h305", "2019-07-22", "Jamaica Constabulary Force", "terse police blotter (organisation's own voice) with INCIDENT/LOCATION/TIME/DETAILS blocks and a one-line summary; 'a handful of'; released detainees; nested parts of detained; ages, times, rounds of ammunition as decoys", """JAMAICA CONSTABULARY FORCE - AREA ONE
WEEKEND INCIDENT SUMMARY (Friday, July 19 to Sunday, July 21, 2019)

INCIDENT: Double murder
LOCATION: Norwood, St James
TIME: About 8:45 p.m., Saturday, July 20
DETAILS: Two men were shot dead and one other man hurt when gunmen opened fire on a group gathered outside a shop. The injured man, 19, is hospitalised in stable condition. A handful of bystanders were treated for minor injuries from flying glass. Police are probing a gang-related motive.

INCIDENT: Police/military operation
LOCATION: Cambridge district, St James
TIME: About 5:30 a.m., Sunday, July 21
DETAILS: A joint police-military team came under fire while conducting an operation. Two gunmen were fatally shot during the exchange; others fled into nearby bushes. One soldier received a gunshot wound to the leg and was taken to Cornwall Regional Hospital. An M16 rifle and 23 rounds of ammunition were seized. INDECOM notified.

INCIDENT: Cordon and search
LOCATION: Savanna-la-Mar, Westmoreland
DETAILS: A total of 37 persons were detained under the state of emergency. Of those detained, 29 were released after processing, while eight remain in custody, including two persons of interest in the Norwood double murder.

INCIDENT: Missing persons
LOCATION: Whitehouse, Westmoreland
DETAILS: Two fishermen, aged 42 and 37, who left the Whitehouse fishing beach on Thursday, July 18, were reported missing on Saturday. The Marine Police are searching.

SUMMARY: 4 persons killed, 2 shot and injured, 37 detained, 1 firearm seized.
""", [
        ("DETAILS: Two men were shot dead", "Two men", "killed", "all", GUNMEN[:1] + CIV, None, 2, 2, "exact", None, JCF, "2019-07-20", None, False),
        ("DETAILS: Two men were shot dead", "one other man", "wounded", "all", GUNMEN[:1] + CIV, None, 1, 1, "exact", None, JCF, "2019-07-20", None, False),
        ("A handful of bystanders", "A handful of bystanders", "wounded", "civilians", ALL, "bystanders", 3, 9, "vague", None, JCF, "2019-07-20", None, False),
        ("Two gunmen were fatally shot", "Two gunmen", "killed", "unknown", GUNMEN, "gunmen", 2, 2, "exact", None, JCF, "2019-07-21", None, False),
        ("One soldier received a gunshot", "One soldier", "wounded", "Jamaican army", JDF, None, 1, 1, "exact", None, JCF, "2019-07-21", None, False),
        ("A total of 37 persons", "37 persons", "captured", "unknown", DETAINEES, None, 37, 37, "exact", None, JCF, "2019-07-22", None, False),
        ("Of those detained, 29", "29", "freed", "unknown", DETAINEES, None, 29, 29, "exact", None, JCF, "2019-07-22", None, False),
        ("Of those detained, 29", "eight", "captured", "unknown", DETAINEES, None, 8, 8, "exact", None, JCF, "2019-07-22", 5, False),
        ("Of those detained, 29", "two persons of interest", "captured", "unknown", DETAINEES, "suspects", 2, 2, "exact", None, JCF, "2019-07-22", 7, False),
        ("Two fishermen, aged 42", "Two fishermen", "missing", "civilians", ALL, "fishermen", 2, 2, "exact", None, JCF, "2019-07-20", None, False),
        ("SUMMARY: 4 persons killed", "4 persons", "killed", "all", [], None, 4, 4, "exact", None, JCF, "2019-07-22", None, False),
        ("SUMMARY: 4 persons killed", "2 shot and injured", "wounded", "all", [], None, 2, 2, "exact", None, JCF, "2019-07-22", None, False),
        ("SUMMARY: 4 persons killed", "37 detained", "captured", "unknown", DETAINEES, None, 37, 37, "exact", None, JCF, "2019-07-22", None, False),
    ]),
    ("h306", "2020-02-19", "Kenyan daily (unnamed)", "obituary-like feature: en-dash list of names and ages under 'The officers who lost their lives were:', then the count ('All six, aged between 26 and 38'); named spokesperson; al-Shabaab claim 'more than 10'; 'where one remains'; combined years of service, vehicle and age range as decoys; earlier abduction (background)", """The six GSU officers killed in the Garissa roadside blast

They were husbands, fathers and, in one case, a newly-wed. On Tuesday morning the bodies of six General Service Unit (GSU) officers were flown to Nairobi, a day after their Land Cruiser struck an improvised explosive device on the Hulugho-Kotile road in Garissa County.

The officers who lost their lives were:
– Corporal Daniel Kiprono Langat, 38, of Bomet
– Constable Peter Mwangi Njoroge, 29, of Nyeri
– Constable Hassan Abdi Farah, 26, of Wajir
– Constable Brian Otieno Ouma, 31, of Kisumu
– Constable Mercy Chebet Rotich, 27, of Kericho
– Constable Samuel Kioko Musyoka, 33, of Machakos

All six, aged between 26 and 38, will be buried in their home counties this week, National Police Service spokesperson Joseph Kiptoo told reporters on Tuesday. He said the officers had served a combined 41 years in the unit.

Two other officers travelling in the vehicle survived with serious injuries and were airlifted to Kenyatta National Hospital, where one remains in the intensive care unit.

In a statement posted on its Shahada news site, al-Shabaab claimed it had killed "more than 10 Kenyan crusader soldiers" in the blast. Police dismissed the claim as propaganda.

The attack was the third on security forces in Garissa County this month. Residents say militants crossing from Somalia have planted explosives on feeder roads with increasing frequency since the start of the year.

Last month, suspected al-Shabaab gunmen abducted two quarry workers near Dadaab. Their families say they have heard nothing since.
""", [
        ("The six GSU officers killed", "six GSU officers", "killed", "Kenyan police", KE_POLICE, None, 6, 6, "exact", None, [], "2020-02-19", None, False),
        ("On Tuesday morning the bodies of six", "six General Service Unit (GSU) officers", "killed", "Kenyan police", KE_POLICE, None, 6, 6, "exact", None, [], "2020-02-18", None, False),
        ("All six, aged between 26 and 38", "All six", "killed", "Kenyan police", KE_POLICE, None, 6, 6, "exact", "police", NPS, "2020-02-18", None, False),
        ("Two other officers travelling", "Two other officers", "wounded", "Kenyan police", KE_POLICE, None, 2, 2, "exact", None, ["police"] + NPS, "2020-02-19", None, False),
        ("Two other officers travelling", "one remains", "wounded", "Kenyan police", KE_POLICE, None, 1, 1, "exact", None, ["police"] + NPS, "2020-02-19", 3, False),
        ("al-Shabaab claimed it had killed", "more than 10", "killed", "Kenyan police", KE_POLICE + ["soldiers", "Kenyan soldiers", "Kenyan army"], None, 11, None, "more_than", "al-Shabaab", ["al Shabaab", "Shabaab", "Shahada"], "2020-02-19", None, False),
        ("abducted two quarry workers", "two quarry workers", "abducted", "civilians", ALL, "quarry workers", 2, 2, "exact", None, [], None, None, True),
    ]),
    ("h307", "2018-03-08", "Philippine news site (unnamed)", "interview Q&A with a mayor; headline quote 'twelve'; intro in the outlet's voice ('a dozen villagers'); one-word answer 'Twelve.'; rescued / escaped / still held as parts of the taken; army figure relayed by the mayor; families and fighters as decoys", """'They took twelve of ours': Butig mayor on the Dawlah Islamiyah raid

Gunmen from the Dawlah Islamiyah group raided two villages in Butig, Lanao del Sur, on the night of March 3, taking a dozen villagers hostage. We spoke by phone on Wednesday to the town's mayor, Norhaina Pangandaman Ali.

Q: How many people were taken?
A: Twelve. They are farmers from eleven families, and a boy of 15 who was helping them with the harvest. We have all their names.

Q: The military says hostages were rescued on Monday. What happened?
A: Three were rescued by the soldiers on Monday near Lake Dapao. Two others escaped on their own the night before, running through a cornfield in the dark. Six are still with the group.

Q: And the twelfth?
A: One of the hostages died in the mountains, a man of 71 with asthma. The ones who escaped told us.

Q: Were others hurt?
A: Besides him, the gunmen shot a barangay councillor who tried to talk to them the first night, so we have two dead. During the rescue four soldiers were wounded, and the army says it killed five of the gunmen. I myself saw three of their bodies brought down on a carabao.

Q: How many families have left?
A: Around 300 families from the two barangays, roughly 1,500 people. They are in the municipal gym and with relatives in Marawi.

Q: The group is said to have 30 or 40 fighters here. Can the army finish this?
A: They have said that before.
""", [
        ("They took twelve of ours", "twelve", "abducted", "civilians", ALL, None, 12, 12, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("taking a dozen villagers hostage", "a dozen villagers", "abducted", "civilians", ALL, None, 12, 12, "exact", None, [], "2018-03-03", None, False),
        ("A: Twelve.", "Twelve", "abducted", "civilians", ALL, None, 12, 12, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("Three were rescued by the soldiers", "Three", "freed", "civilians", ALL, "hostages", 3, 3, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("Two others escaped on their own", "Two others", "escaped", "civilians", ALL, "hostages", 2, 2, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("Six are still with the group", "Six", "abducted", "civilians", ALL, "hostages", 6, 6, "exact", "Butig mayor", MAYOR, "2018-03-07", 2, False),
        ("One of the hostages died", "One of the hostages", "killed", "civilians", ALL, "hostages", 1, 1, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("so we have two dead", "two dead", "killed", "all", CIV, None, 2, 2, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("four soldiers were wounded", "four soldiers", "wounded", "Philippine military", PH_MIL, None, 4, 4, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("four soldiers were wounded", "five of the gunmen", "killed", "Dawlah Islamiyah", DI, None, 5, 5, "exact", "Philippine military", PH_MIL[:3] + ["army", "military"], "2018-03-07", None, False),
        ("three of their bodies", "three of their bodies", "killed", "Dawlah Islamiyah", DI, None, 3, 3, "exact", "Butig mayor", MAYOR, "2018-03-07", None, False),
        ("roughly 1,500 people", "roughly 1,500 people", "displaced", "civilians", ALL, None, 1500, 1500, "about", "Butig mayor", MAYOR, "2018-03-07", None, False),
    ]),
    ("h308", "2023-05-18", "FGR El Salvador", "prosecutor's press statement (organisation's own voice, translated style); exhumed remains; 'the victims include' parts; age with 'approximately' as decoy; 'up to 20 more bodies'; case files as decoy; background mass arrests via 'according to data of'", """FGR: remains of 14 victims exhumed in Colón; 9 MS-13 gang members captured

San Salvador, 18 May 2023. The Attorney General's Office of the Republic (FGR) informs that its forensic teams, with the support of the Institute of Legal Medicine, have exhumed the skeletal remains of 14 persons from a clandestine cemetery located in a property of the canton Las Moras, municipality of Colón, department of La Libertad, as a result of excavations carried out since 2 May.

According to the preliminary forensic reports, the victims include 4 women and 1 adolescent of approximately 15 years of age. The remains correspond to persons reported as disappeared between 2019 and 2022, who were deprived of liberty and assassinated by members of a clique of the Mara Salvatrucha (MS-13) that operated in the zone.

In the framework of the investigation, 9 members of the MS-13 were captured on 16 May in coordinated operations with the National Civil Police (PNC); they will be presented before the Specialised Court of Instruction against Organised Crime for the crimes of aggravated homicide, disappearance of persons and illicit groupings.

The prosecutor in charge of the case indicated that the excavation works continue, since investigators estimate that up to 20 more bodies could be buried in the property.

The FGR has opened 312 case files for disappearance of persons in the department of La Libertad in the current year.

Since the start of the exception regime in March 2022, more than 68,000 alleged gang members have been captured across the country, according to data of the Ministry of Justice and Public Security.
""", [
        ("FGR: remains of 14 victims", "14 victims", "killed", "all", CIV, None, 14, 14, "exact", None, FGR, "2023-05-18", None, False),
        ("FGR: remains of 14 victims", "9", "captured", "MS-13", MS13, None, 9, 9, "exact", None, FGR, "2023-05-18", None, False),
        ("have exhumed the skeletal remains", "14 persons", "killed", "all", CIV, None, 14, 14, "exact", None, FGR, "2023-05-18", None, False),
        ("the victims include 4 women", "4 women", "killed", "civilians", ALL, "women", 4, 4, "exact", None, FGR, "2023-05-18", 2, False),
        ("the victims include 4 women", "1 adolescent", "killed", "civilians", ALL, "adolescents", 1, 1, "exact", None, FGR, "2023-05-18", 2, False),
        ("9 members of the MS-13 were captured", "9 members", "captured", "MS-13", MS13, None, 9, 9, "exact", None, FGR, "2023-05-16", None, False),
        ("up to 20 more bodies", "up to 20 more bodies", "killed", "all", CIV, None, 0, 20, "up_to", None, FGR, "2023-05-18", None, False),
        ("more than 68,000 alleged gang members", "more than 68,000", "captured", "gangs", ["gang members", "MS-13", "Barrio 18", "suspects", "all", "alleged gang members"], None, 68001, None, "more_than", "Justice and Security Ministry", ["Ministry of Justice and Public Security", "Salvadoran government", "government"], None, None, True),
    ]),
    ("h309", "2019-08-17", "Georgian news site (unnamed)", "news relaying a security-service statement ('said in a statement on Saturday', 'it said', 'the agency said in a statement'); detentions along the occupation line as captured; 'One of them ... was released'; 'The other two' as part; background total 'at least 27 ..., of whom six' via 'according to figures compiled by'; age, money, distance, percent decoys", """Occupation forces detain five Georgians in three days, security service says

TBILISI - Russian occupation forces illegally detained three Georgian citizens near the village of Gugutiantkari in Kareli municipality on Wednesday while they were harvesting hazelnuts, the State Security Service of Georgia (SSSG) said in a statement on Saturday.

One of them, a 68-year-old resident of the village, was released the same evening following the intervention of the European Union Monitoring Mission (EUMM) through the Hotline mechanism, it said. The other two remain in detention in Tskhinvali.

Two more citizens were detained on Friday near Zardiaantkari in Gori municipality, the agency said in a statement. According to Georgian media, they were released on Saturday after relatives paid a so-called fine of 2,000 roubles each.

The SSSG called the detentions a gross violation of international law and said newly installed "border" signs had moved the occupation line some 300 metres deeper into Georgian-controlled territory near Gugutiantkari.

Since the start of 2019, the occupation regime has detained at least 27 Georgian citizens along the dividing line, of whom six are still being held, according to figures compiled by the Public Defender's Office.

The 2008 war ended with Russia recognising South Ossetia and Abkhazia, which together account for about 20 per cent of Georgia's territory.
""", [
        ("detain five Georgians in three days", "five Georgians", "captured", "civilians", GEO, None, 5, 5, "exact", "SSSG", SSSG, "2019-08-17", None, False),
        ("illegally detained three Georgian citizens", "three Georgian citizens", "captured", "civilians", GEO, None, 3, 3, "exact", "SSSG", SSSG, "2019-08-17", None, False),
        ("One of them, a 68-year-old", "One of them", "freed", "civilians", GEO, None, 1, 1, "exact", "SSSG", SSSG, "2019-08-17", None, False),
        ("The other two remain in detention", "The other two", "captured", "civilians", GEO, None, 2, 2, "exact", "SSSG", SSSG, "2019-08-17", 1, False),
        ("Two more citizens were detained", "Two more citizens", "captured", "civilians", GEO, None, 2, 2, "exact", "SSSG", SSSG, "2019-08-17", None, False),
        ("at least 27 Georgian citizens", "at least 27 Georgian citizens", "captured", "civilians", GEO, None, 27, None, "at_least", "Public Defender", ["Ombudsman", "Public Defender of Georgia", "Public Defender's Office"], None, None, True),
        ("at least 27 Georgian citizens", "of whom six", "captured", "civilians", GEO, None, 6, 6, "exact", "Public Defender", ["Ombudsman", "Public Defender of Georgia", "Public Defender's Office"], None, 5, True),
    ]),
    ("h310", "2021-11-08", "news agency wire (unnamed)", "wire with dateline; ministry 'said on Monday' / 'said in a statement' / 'it said'; named spokesman then surname ('He added'); guards killed, prison staff taken hostage, hostages freed with 'two of them with stab wounds' (different outcome, no part_of); escaped 'still at large'; capacity / held population with 'no fewer than' as decoy; 'one of the worst' background", """Tajikistan: three guards, 21 inmates dead in prison riot, ministry says

DUSHANBE, Nov 8 - Inmates at a high-security penal colony in the northern city of Istaravshan killed three guards and took four members of the prison staff hostage late on Sunday before special forces stormed the facility, Tajikistan's Justice Ministry said on Monday.

Twenty-one inmates were killed when special forces retook the colony in the early hours of Monday, the ministry said in a statement, describing the dead as members of the Islamic State group who had instigated the unrest.

All four hostages were freed, two of them with stab wounds, it said.

Justice Ministry spokesman Farrukh Saidov told reporters that a further 11 inmates and five members of the special forces had been hospitalised with injuries.

Saidov said the colony, built for 1,300 prisoners, held about 1,700 at the time, among them no fewer than 200 convicted of extremism-related offences. He added that three inmates who used the chaos to scale the perimeter wall were still at large and that a manhunt was under way in the surrounding districts.

The ministry did not say how the inmates had obtained knives. Relatives gathered outside the colony on Monday, demanding a list of the dead.

Tajikistan has seen several deadly prison riots in recent years. In one of the worst, in May 2019, 32 people died at a colony in Vahdat, east of Dushanbe.
""", [
        ("three guards, 21 inmates dead", "three guards", "killed", "Tajik security forces", TJ_SEC, "guards", 3, 3, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("three guards, 21 inmates dead", "21 inmates", "killed", "ISIS", ISIS, "inmates", 21, 21, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("killed three guards and took four", "three guards", "killed", "Tajik security forces", TJ_SEC, "guards", 3, 3, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("killed three guards and took four", "four members of the prison staff", "abducted", "Tajik security forces", TJ_SEC, "prison staff", 4, 4, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("Twenty-one inmates were killed", "Twenty-one inmates", "killed", "ISIS", ISIS, "inmates", 21, 21, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("All four hostages were freed", "All four hostages", "freed", "Tajik security forces", TJ_SEC, "hostages", 4, 4, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("All four hostages were freed", "two of them", "wounded", "Tajik security forces", TJ_SEC, "hostages", 2, 2, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("a further 11 inmates", "a further 11 inmates", "wounded", "unknown", INMATES + ["ISIS"], "inmates", 11, 11, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("a further 11 inmates", "five members of the special forces", "wounded", "Tajik security forces", TJ_SEC, "special forces", 5, 5, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("He added that three inmates", "three inmates", "escaped", "unknown", INMATES + ["ISIS"], "inmates", 3, 3, "exact", "Justice Ministry", TJ_MOJ, "2021-11-08", None, False),
        ("In one of the worst, in May 2019", "32 people", "killed", "all", [], None, 32, 32, "exact", None, [], None, None, True),
    ]),
    ("h311", "2026-02-12", "British newspaper (unnamed)", "British broadsheet style ('lost their lives', 'pulled from the river', 'sought refuge'); police commander named with title then surname; 'among them' parts in dashes; 'at least 18, and possibly as many as 30'; 'Two dozen ..., six of whom'; 'Hundreds of'; attacking force 'between 30 and 40', vehicles, deployment and 'one of the worst' as decoys; 'scores of lives' background", """At least 18 killed in Papua New Guinea highlands ambush, police say

At least 18 people have lost their lives in an ambush in Papua New Guinea's Southern Highlands province, police said on Thursday, warning that the toll could rise as search parties comb the bush around Ialibu.

The provincial police commander, Superintendent Michael Kapi, said the victims - among them seven women and four children - were travelling in a convoy of three vehicles on the Highlands Highway late on Tuesday when gunmen armed with high-powered rifles opened fire.

Fourteen bodies were recovered at the scene and a further four were pulled from the Mendi River on Wednesday, Kapi said. He put the toll at "at least 18, and possibly as many as 30", as several passengers remained unaccounted for.

Police believe between 30 and 40 gunmen took part in what Kapi called a payback killing linked to a long-running land dispute between two clans.

Two dozen people were treated at Mendi General Hospital, six of whom were flown to Port Moresby with gunshot wounds, the hospital's chief executive said.

Hundreds of villagers from Ialibu and nearby settlements have fled into the forest or sought refuge in Mendi, according to Caritas PNG, which is distributing food and tarpaulins.

The prime minister described the killings as "one of the worst acts of violence" the province had seen and announced the deployment of 120 police and soldiers to the area.

Tribal fighting in the highlands, fuelled by an influx of automatic weapons, has claimed scores of lives in recent years.
""", [
        ("At least 18 killed in Papua", "At least 18", "killed", "all", CIV, None, 18, None, "at_least", "police", PNG_POLICE, "2026-02-12", None, False),
        ("At least 18 people have lost", "At least 18 people", "killed", "all", CIV, None, 18, None, "at_least", "police", PNG_POLICE, "2026-02-12", None, False),
        ("among them seven women", "seven women", "killed", "civilians", ALL, "women", 7, 7, "exact", "police", PNG_POLICE, "2026-02-12", 1, False),
        ("among them seven women", "four children", "killed", "civilians", ALL, "children", 4, 4, "exact", "police", PNG_POLICE, "2026-02-12", 1, False),
        ("Fourteen bodies were recovered", "Fourteen bodies", "killed", "all", CIV, None, 14, 14, "exact", "police", PNG_POLICE, "2026-02-11", None, False),
        ("Fourteen bodies were recovered", "a further four", "killed", "all", CIV, None, 4, 4, "exact", "police", PNG_POLICE, "2026-02-11", None, False),
        ("He put the toll at", "at least 18", "killed", "all", CIV, None, 18, None, "at_least", "police", PNG_POLICE, "2026-02-12", None, False),
        ("He put the toll at", "as many as 30", "killed", "all", CIV, None, 0, 30, "up_to", "police", PNG_POLICE, "2026-02-12", None, False),
        ("Two dozen people were treated", "Two dozen people", "wounded", "all", CIV, None, 24, 24, "exact", "medical sources", ["hospital", "Mendi General Hospital", "hospital chief executive"], "2026-02-12", None, False),
        ("Two dozen people were treated", "six of whom", "wounded", "all", CIV, None, 6, 6, "exact", "medical sources", ["hospital", "Mendi General Hospital", "hospital chief executive"], "2026-02-12", 8, False),
        ("Hundreds of villagers", "Hundreds of villagers", "displaced", "civilians", ALL, None, 200, 999, "vague", "Caritas", ["Caritas PNG", "aid workers", "church"], "2026-02-12", None, False),
        ("has claimed scores of lives", "scores of lives", "killed", "all", CIV, None, 40, 99, "vague", None, [], None, None, True),
    ]),
    ("h312", "2017-10-18", "AFP", "wire with dateline; em-dash list of parts; 'security and medical sources told AFP'; 'Between 15 and 20 others'; a resident's ranges across outcomes ('10 to 12 bodies', 'more than 20 wounded'); IS claim 'dozens'; army 'scores of suspects'; attacking force and 'nearly an hour' as decoys; 'Hundreds' background", """Jihadists kill 12 in attack on north Sinai checkpoint

EL-ARISH, Egypt (AFP) - Jihadists attacked an army checkpoint south of El-Arish in Egypt's North Sinai early Wednesday, killing 12 people — seven soldiers, three police conscripts and two civilians — security and medical sources told AFP.

Between 15 and 20 others were wounded, an official at El-Arish general hospital told AFP, adding that several were in critical condition.

About 40 militants in four-wheel-drive vehicles took part in the assault, which lasted nearly an hour, a security official said.

One resident, who asked not to be named, said he had helped carry "10 to 12 bodies" and "more than 20 wounded" to ambulances.

The Islamic State group's Sinai affiliate, which calls itself Sinai Province, claimed the attack through its Amaq propaganda agency, saying its fighters had killed "dozens of apostate soldiers".

In a statement on its Facebook page, the army said troops had killed 14 "takfiri elements" in the pursuit that followed and rounded up scores of suspects in raids on nearby villages. It did not give a toll for its own forces.

Hundreds of soldiers and police have been killed in North Sinai since the jihadist insurgency intensified after the military's 2013 ouster of Islamist president Mohamed Morsi.
""", [
        ("Jihadists kill 12 in attack", "12", "killed", "all", [], None, 12, 12, "exact", None, [], "2017-10-18", None, False),
        ("killing 12 people", "12 people", "killed", "all", [], None, 12, 12, "exact", "security sources", SEC_MED, "2017-10-18", None, False),
        ("killing 12 people", "seven soldiers", "killed", "Egyptian army", EG_ARMY, None, 7, 7, "exact", "security sources", SEC_MED, "2017-10-18", 1, False),
        ("killing 12 people", "three police conscripts", "killed", "Egyptian police", ["police", "police conscripts", "conscripts", "Egyptian security forces", "security forces"], "conscripts", 3, 3, "exact", "security sources", SEC_MED, "2017-10-18", 1, False),
        ("killing 12 people", "two civilians", "killed", "civilians", [], None, 2, 2, "exact", "security sources", SEC_MED, "2017-10-18", 1, False),
        ("Between 15 and 20 others", "Between 15 and 20 others", "wounded", "all", CIV, None, 15, 20, "range", "medical sources", ["hospital official", "officials", "El-Arish hospital"], "2017-10-18", None, False),
        ("helped carry", "10 to 12 bodies", "killed", "all", [], None, 10, 12, "range", "residents", ["resident"], "2017-10-18", None, False),
        ("helped carry", "more than 20", "wounded", "all", [], None, 21, None, "more_than", "residents", ["resident"], "2017-10-18", None, False),
        ("dozens of apostate soldiers", "dozens of apostate soldiers", "killed", "Egyptian army", EG_ARMY, None, 24, 99, "vague", "Sinai Province", ["ISIS", "IS", "Islamic State", "Amaq", "Wilayat Sinai", "IS Sinai"], "2017-10-18", None, False),
        ("the army said troops had killed 14", "14", "killed", "Sinai Province", SINAI, None, 14, 14, "exact", "Egyptian army", EG_ARMY_SRC, "2017-10-18", None, False),
        ("the army said troops had killed 14", "scores of suspects", "captured", "unknown", SUSPECTS + ["Sinai Province", "ISIS"], "suspects", 40, 99, "vague", "Egyptian army", EG_ARMY_SRC, "2017-10-18", None, False),
        ("Hundreds of soldiers and police", "Hundreds of soldiers and police", "killed", "Egyptian security forces", ["Egyptian army", "Egyptian police", "security forces", "soldiers", "police", "all"], None, 200, 999, "vague", None, [], None, None, True),
    ]),
    ("h313", "2019-06-29", "Indonesian English-language news site (unnamed)", "news with bullet breakdown under a lead line ending with a colon ('the attack ... had left the following casualties:'); 'two of them with machete wounds' as part of the killed; 'one of them a 12-year-old girl'; named police spokesman then surname, 'he added'; 'caused no casualties' (not a claim); task force size and 'no more than 10 fighters' as decoys; IPAC background", """Three farmers killed, one missing after MIT attack in Sigi hills

PALU, Central Sulawesi - Suspected members of the East Indonesia Mujahideen (MIT) killed three farmers in a remote hamlet in Sigi regency and set fire to several huts, police said on Saturday.

Central Sulawesi police spokesman Adjunct Senior Commissioner Rudi Hartono Lase told reporters in Palu that the attack on Thursday afternoon had left the following casualties:
- three farmers killed, two of them with machete wounds to the neck;
- one farmer missing, believed to have been taken into the forest by the attackers;
- two residents injured, one of them a 12-year-old girl.

Lase said a joint force of about 600 police and soldiers from the Tinombala task force was pursuing the group, which he estimated at no more than 10 fighters.

In a separate operation on Friday, task force members shot dead two MIT members and arrested one other in Poso Pesisir, he added. A second clash in Lore Utara later that day caused no casualties, according to the task force.

About 150 residents of the hamlet have sought refuge in the village hall of Tamarenja, local officials said.

MIT, which has pledged allegiance to the Islamic State group, has killed at least 13 civilians in the Poso area since 2016, according to figures compiled by the Institute for Policy Analysis of Conflict (IPAC).
""", [
        ("Three farmers killed, one missing", "Three farmers", "killed", "civilians", ALL, "farmers", 3, 3, "exact", None, [], "2019-06-29", None, False),
        ("Three farmers killed, one missing", "one missing", "missing", "civilians", ALL, "farmers", 1, 1, "exact", None, [], "2019-06-29", None, False),
        ("killed three farmers in a remote hamlet", "three farmers", "killed", "civilians", ALL, "farmers", 3, 3, "exact", "police", SUL_POLICE, "2019-06-29", None, False),
        ("- three farmers killed", "three farmers", "killed", "civilians", ALL, "farmers", 3, 3, "exact", "police", SUL_POLICE, "2019-06-29", None, False),
        ("- three farmers killed", "two of them", "killed", "civilians", ALL, "farmers", 2, 2, "exact", "police", SUL_POLICE, "2019-06-29", 3, False),
        ("- one farmer missing", "one farmer", "missing", "civilians", ALL, "farmers", 1, 1, "exact", "police", SUL_POLICE, "2019-06-29", None, False),
        ("- two residents injured", "two residents", "wounded", "civilians", ALL, None, 2, 2, "exact", "police", SUL_POLICE, "2019-06-29", None, False),
        ("- two residents injured", "one of them", "wounded", "civilians", ALL, "children", 1, 1, "exact", "police", SUL_POLICE, "2019-06-29", 6, False),
        ("shot dead two MIT members", "two MIT members", "killed", "MIT", MIT, None, 2, 2, "exact", "police", SUL_POLICE + ["task force"], "2019-06-29", None, False),
        ("shot dead two MIT members", "one other", "captured", "MIT", MIT, None, 1, 1, "exact", "police", SUL_POLICE + ["task force"], "2019-06-29", None, False),
        ("About 150 residents of the hamlet", "About 150 residents", "displaced", "civilians", ALL, None, 150, 150, "about", "officials", ["local officials", "local authorities"], "2019-06-29", None, False),
        ("has killed at least 13 civilians", "at least 13 civilians", "killed", "civilians", ALL, None, 13, None, "at_least", "IPAC", ["Institute for Policy Analysis of Conflict"], None, None, True),
    ]),
    ("h314", "2025-09-13", "Nepali daily (unnamed)", "South Asian daily style ('GAUR, Sept 12:', 'sustained bullet injuries', 'were shifted to', 'Among the deceased are'); 'Just under', 'close to', 'upwards of'; dash list of security personnel nested in the injured; surrendered and rearrested escapees; capacity, held population, money 'in excess of' and 'more than two dozen prisons' as decoys; nationwide background", """Hundreds of inmates flee Rautahat jail amid unrest; four killed in firing

GAUR, Sept 12: Just under 600 inmates broke out of the Rautahat District Prison on Wednesday evening after a crowd of protesters set fire to its main gate, according to the District Police Office.

The prison, which has a capacity of 250, was holding 612 inmates at the time.

Four persons were killed and 11 others sustained bullet injuries when security personnel opened fire to control the situation, said Chief District Officer (CDO) Ram Prasad Adhikari. Among the deceased are two inmates and one student, aged 17, of a local campus, he said.

Of the injured, three security personnel – two from Nepal Police and one from the Armed Police Force (APF) – were shifted to Birgunj for further treatment, the CDO said.

By Friday evening, 85 of the escapees had surrendered at the prison on their own, while police had rearrested 23 others from bordering Indian towns with the help of the Sashastra Seema Bal (SSB), said Deputy Superintendent of Police (DSP) Kamal Thapa.

The remaining inmates, numbering close to 490, are still at large, DSP Thapa added. Among them are at least 40 convicted of murder, he said.

Locals estimated the damage to the prison building and vehicles at in excess of Rs 50 million.

Across the country, upwards of 12,000 inmates escaped from more than two dozen prisons during the two days of unrest, according to figures compiled by the Department of Prison Management.
""", [
        ("Hundreds of inmates flee", "Hundreds of inmates", "escaped", "unknown", INMATES, "inmates", 200, 999, "vague", None, [], "2025-09-13", None, False),
        ("Hundreds of inmates flee", "four killed", "killed", "all", CIV, None, 4, 4, "exact", None, [], "2025-09-13", None, False),
        ("Just under 600 inmates", "Just under 600 inmates", "escaped", "unknown", INMATES, "inmates", 600, 600, "nearly", "police", NP_POLICE, "2025-09-10", None, False),
        ("Four persons were killed", "Four persons", "killed", "all", CIV, None, 4, 4, "exact", "officials", NP_CDO, "2025-09-13", None, False),
        ("Four persons were killed", "11 others", "wounded", "all", CIV, None, 11, 11, "exact", "officials", NP_CDO, "2025-09-13", None, False),
        ("Among the deceased are two inmates", "two inmates", "killed", "unknown", INMATES, "inmates", 2, 2, "exact", "officials", NP_CDO, "2025-09-13", 3, False),
        ("Among the deceased are two inmates", "one student", "killed", "civilians", ALL, "students", 1, 1, "exact", "officials", NP_CDO, "2025-09-13", 3, False),
        ("Of the injured, three security personnel", "three security personnel", "wounded", "Nepali security forces", NP_SEC, None, 3, 3, "exact", "officials", NP_CDO, "2025-09-13", 4, False),
        ("Of the injured, three security personnel", "two from Nepal Police", "wounded", "Nepali police", ["Nepal Police", "police", "security forces", "Nepali security forces"], None, 2, 2, "exact", "officials", NP_CDO, "2025-09-13", 7, False),
        ("Of the injured, three security personnel", "one from the Armed Police Force", "wounded", "Armed Police Force", ["APF", "Nepali security forces", "security forces", "Nepali police", "police"], None, 1, 1, "exact", "officials", NP_CDO, "2025-09-13", 7, False),
        ("85 of the escapees", "85 of the escapees", "captured", "unknown", INMATES, "escapees", 85, 85, "exact", "police", NP_POLICE, "2025-09-12", None, False),
        ("85 of the escapees", "23 others", "captured", "unknown", INMATES, "escapees", 23, 23, "exact", "police", NP_POLICE, "2025-09-12", None, False),
        ("numbering close to 490", "close to 490", "escaped", "unknown", INMATES, "inmates", 490, 490, "nearly", "police", NP_POLICE, "2025-09-12", None, False),
        ("Among them are at least 40", "at least 40", "escaped", "unknown", INMATES, "inmates", 40, None, "at_least", "police", NP_POLICE, "2025-09-12", 12, False),
        ("upwards of 12,000 inmates", "upwards of 12,000 inmates", "escaped", "unknown", INMATES, "inmates", 12001, None, "more_than", "Department of Prison Management", ["DoPM", "prison department", "Nepali government", "government"], None, None, True),
    ]),
    ("h315", "2024-05-13", "Venezuelan outlet (translated from Spanish)", "Spanish-influenced English ('confirmed this Sunday the death of', 'military effectives', 'informed that', 'this medium'); commander named with title then surname; soldiers captured by an armed group, two handed over (freed) via the ICRC, 'The other eight' as part; 'among them 4 women'; NGO accusation; journalists detained; displacement via 'according to figures compiled by'; deployment as decoy", """Apure: FANB reports two soldiers fallen and ten captured in combats with 'tancol'

(Translated from Spanish)

CARACAS. The Bolivarian National Armed Force (FANB) confirmed this Sunday the death of two professional soldiers and the injury of nine others in confrontations against irregular armed groups in the municipality of Páez, state of Apure, bordering with Colombia.

In a communiqué read on national television, the commander of the Strategic Operational Command (CEOFANB), General-in-Chief Ramón Urdaneta Lugo, informed that ten military effectives were captured on Friday by the groups that the FANB denominates 'tancol' (Colombian narco-trafficking armed terrorists).

Two of those soldiers, both wounded, were handed over on Saturday to a humanitarian commission, the International Committee of the Red Cross (ICRC) confirmed to this medium. The other eight remain in the hands of the tancol, Urdaneta said.

The high official added that in the operations six members of these groups died and 33 were apprehended, among them 4 women, and that 3,000 effectives have been deployed in the zone.

The NGO Fundaredes denounced that at least 4 civilians were executed by military effectives in the sector of La Victoria, an accusation that the FANB rejected.

Two journalists of a regional newspaper were detained for several hours by military effectives at a checkpoint in Guasdualito, the National Syndicate of Press Workers (SNTP) reported.

Meanwhile, more than 3,500 Venezuelans, in their majority women and children, have crossed the Arauca river to seek refuge in the Colombian municipality of Arauquita since Sunday, according to figures compiled by Migración Colombia.
""", [
        ("FANB reports two soldiers fallen", "two soldiers", "killed", "Venezuelan military", VEN_MIL, None, 2, 2, "exact", "Venezuelan military", FANB_SRC, "2024-05-13", None, False),
        ("FANB reports two soldiers fallen", "ten captured", "captured", "Venezuelan military", VEN_MIL, None, 10, 10, "exact", "Venezuelan military", FANB_SRC, "2024-05-13", None, False),
        ("confirmed this Sunday the death", "two professional soldiers", "killed", "Venezuelan military", VEN_MIL, None, 2, 2, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", None, False),
        ("confirmed this Sunday the death", "nine others", "wounded", "Venezuelan military", VEN_MIL, None, 9, 9, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", None, False),
        ("ten military effectives were captured", "ten military effectives", "captured", "Venezuelan military", VEN_MIL, None, 10, 10, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", None, False),
        ("Two of those soldiers, both wounded", "Two of those soldiers", "freed", "Venezuelan military", VEN_MIL, None, 2, 2, "exact", "ICRC", ["Red Cross", "International Committee of the Red Cross"], "2024-05-11", None, False),
        ("The other eight remain", "The other eight", "captured", "Venezuelan military", VEN_MIL, None, 8, 8, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", 4, False),
        ("six members of these groups died", "six members", "killed", "FARC dissidents", FARC_D, None, 6, 6, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", None, False),
        ("six members of these groups died", "33", "captured", "FARC dissidents", FARC_D, None, 33, 33, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", None, False),
        ("six members of these groups died", "4 women", "captured", "FARC dissidents", FARC_D, "women", 4, 4, "exact", "Venezuelan military", FANB_SRC, "2024-05-12", 8, False),
        ("at least 4 civilians were executed", "at least 4 civilians", "killed", "civilians", ALL, None, 4, None, "at_least", "Fundaredes", ["NGO", "civil society"], "2024-05-13", None, False),
        ("Two journalists of a regional newspaper", "Two journalists", "captured", "civilians", ALL + ["journalists"], "journalists", 2, 2, "exact", "SNTP", ["National Syndicate of Press Workers", "press union"], "2024-05-13", None, False),
        ("more than 3,500 Venezuelans", "more than 3,500 Venezuelans", "displaced", "civilians", ALL, None, 3501, None, "more_than", "Migración Colombia", ["Migration Colombia", "Colombian migration authority", "Colombian government"], "2024-05-13", None, False),
    ]),
    ("h316", "2022-10-24", "Ugandan daily (unnamed)", "news with army spokesperson named with rank then surname; bullet breakdown under a lead line ending with a colon ('had achieved the following results:'); rescued health workers and patients; zero count 'no UPDF soldiers were killed' against 'no casualties were reported' (not a claim); 'remain unaccounted for'; fighters estimate and population served as decoys; background via 'according to figures compiled by'", """UPDF rescues 9 abducted health workers, says 14 ADF rebels killed

FORT PORTAL - The Uganda People's Defence Forces (UPDF) have rescued nine health workers who were abducted by Allied Democratic Forces (ADF) rebels from a health centre in Bundibugyo District last week, the army said on Sunday.

The rebels raided Kikyo Health Centre III on the night of October 16, killing two people and abducting 11 staff members.

Army spokesperson Brigadier General Kenneth Tumwine said a three-day operation in the Semuliki forest, which ended on Saturday, had achieved the following results:
- 14 ADF rebels killed, among them two commanders;
- 5 rebels captured alive;
- 9 health workers and 3 patients rescued;
- 2 UPDF soldiers injured.

Tumwine said no UPDF soldiers were killed in the operation. Two other health workers abducted in the raid remain unaccounted for, he said.

A separate attempt by the rebels to cross the Semliki river at Butogo on Friday was repulsed and no casualties were reported, he added.

The health centre, which serves some 30,000 people, remains closed.

The ADF, which has between 1,500 and 2,000 fighters according to UN estimates, killed over 1,100 civilians in eastern DR Congo last year, according to figures compiled by the Kivu Security Tracker.
""", [
        ("UPDF rescues 9 abducted", "9 abducted health workers", "freed", "civilians", ALL, "health workers", 9, 9, "exact", None, ["Ugandan army", "UPDF"], "2022-10-24", None, False),
        ("UPDF rescues 9 abducted", "14 ADF rebels", "killed", "ADF", ADF, None, 14, 14, "exact", "Ugandan army", UPDF_SRC, "2022-10-24", None, False),
        ("have rescued nine health workers", "nine health workers", "freed", "civilians", ALL, "health workers", 9, 9, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("The rebels raided Kikyo", "two people", "killed", "all", CIV, None, 2, 2, "exact", None, [], "2022-10-16", None, False),
        ("The rebels raided Kikyo", "11 staff members", "abducted", "civilians", ALL, "health workers", 11, 11, "exact", None, [], "2022-10-16", None, False),
        ("- 14 ADF rebels killed", "14 ADF rebels", "killed", "ADF", ADF, None, 14, 14, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("- 14 ADF rebels killed", "two commanders", "killed", "ADF", ADF, "commanders", 2, 2, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", 5, False),
        ("- 5 rebels captured alive", "5 rebels", "captured", "ADF", ADF, None, 5, 5, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("- 9 health workers and 3 patients", "9 health workers", "freed", "civilians", ALL, "health workers", 9, 9, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("- 9 health workers and 3 patients", "3 patients", "freed", "civilians", ALL, "patients", 3, 3, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("- 2 UPDF soldiers injured", "2 UPDF soldiers", "wounded", "Ugandan army", UG_ARMY, None, 2, 2, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("Tumwine said no UPDF soldiers", "no UPDF soldiers", "killed", "Ugandan army", UG_ARMY, None, 0, 0, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("Two other health workers abducted", "Two other health workers", "missing", "civilians", ALL, "health workers", 2, 2, "exact", "Ugandan army", UPDF_SRC, "2022-10-23", None, False),
        ("killed over 1,100 civilians", "over 1,100 civilians", "killed", "civilians", ALL, None, 1101, None, "more_than", "Kivu Security Tracker", ["KST"], None, None, True),
    ]),
]


def main() -> None:
    write_set(HERE, DOCS, "heldout4")


if __name__ == "__main__":
    main()
