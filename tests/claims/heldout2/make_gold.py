"""Build tests/claims/heldout2/{texts/hNNN.txt, gold.jsonl}: 16 more held-out reports annotated by hand (dev conventions).

Second held-out set: texts written apart from the dev corpus and from the first held-out set, on regions and conflicts
the dev set has little of (Sudan, Somalia, Myanmar, Burkina Faso, DR Congo/M23, Gaza, Manipur, Balochistan, Sinaloa,
Yemen, Colombia/ELN, Haiti, Ethiopia/OLA, Philippines/NPA, Odesa, Jonglei), in many genres (wire, brief, monitor and
army releases, NGO update with a text table, live blog, signed thread, follow-up with a revised toll, Markdown with a
bulleted breakdown, YAML front matter, hostage release, prison break, displacement story, first-person quotes).
All texts, events, people and figures are invented.

Each claim names a unique piece of its sentence (`key`) and its number_text; the sentence itself is cut from the
text by the corpus rule (a line, split on . ! ? before an upper-case letter, digit or quote). Compared with
heldout/make_gold.py, each claim also carries `attributed_ok` (other accepted sources). Run: python3 make_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import write_set  # noqa: E402

HERE = Path(__file__).resolve().parent


# Party alternatives used more than once.
SUDAN_ARMY = ["SAF", "Sudanese Armed Forces", "army", "soldiers"]
RSF = ["Rapid Support Forces"]
SHABAAB = ["al Shabaab", "Shabaab"]
BURKINA_ARMY = ["Burkina army", "Burkina Faso army", "Burkinabe armed forces", "army", "soldiers", "FDS"]
ATTACKERS = ["terrorists", "jihadists", "militants", "JNIM", "attackers"]
HAMAS = ["Hamas militants", "militants", "terrorists"]
ETH_ARMY = ["ENDF", "Ethiopian National Defense Force", "Ethiopian military", "government forces", "army", "soldiers"]
OLA = ["Oromo Liberation Army", "rebels"]
PH_MIL = ["Philippine army", "army", "soldiers", "troops"]
NPA = ["New People's Army", "communist rebels", "rebels", "CPP-NPA"]
CO_ARMY = ["army", "soldiers", "Colombian military", "Colombian security forces"]
CO_SEC = ["Colombian army", "Colombian police", "security forces", "soldiers", "captives", "hostages"]
INMATES = ["all", "inmates", "prisoners"]
HT_GUARDS = ["prison guards", "guards", "security forces", "DAP", "Haitian security forces", "police"]
GANGS = ["gang members", "gang", "unknown"]
HOUTHIS = ["Ansar Allah", "Houthi fighters", "Houthi"]
# Source alternatives used more than once.
MED_SDN = ["Sudan Doctors Network"]
SUDAN_ARMY_SRC = ["SAF", "army", "Sudanese Armed Forces"]
CIVIL_DEF = ["Gaza Civil Defence", "Palestinian Civil Defence", "civil defence"]
IDF = ["IDF", "Israeli army", "Israel Defense Forces"]
GAZA_MOH = ["Gaza Health Ministry"]
OFFICIALS = ["local authorities", "local officials"]
SINALOA = ["prosecutor", "state prosecutor", "prosecutor's office", "Sinaloa prosecutor's office"]
MARIB_MOH = ["Marib health office", "health office", "local authorities", "medical sources"]
YE_ARMY = ["Yemeni government", "government forces", "army", "government army"]
CO_ARMY_SRC = ["army", "Colombian military"]
DAP = ["prison administration", "officials"]
OCHA = ["UN"]
ETH_GOV = ["federal government", "Government Communication Service"]
PH_MIL_SRC = ["Philippine army", "army", "military"]
ODESA_GOV = ["governor", "regional governor", "officials", "Odesa regional administration"]
SES = ["SES", "emergency service", "rescuers"]
JONGLEI = ["county commissioner", "Duk commissioner", "local authorities", "local officials"]

# (key in sentence, number_text, outcome, party, party_ok, role, low, high, qualifier,
#  attributed_to, attributed_ok, as_of, part_of, background)
DOCS = [
    ("h101", "2025-06-16", "Reuters", "wire article with dateline; 'X told Reuters'; background paragraph", """Drone strike on Sudan livestock market kills at least 41, medics say

PORT SUDAN, Sudan (Reuters) - A drone strike on a crowded livestock market in the town of Um Sumeima in Sudan's North Kordofan state killed at least 41 people on Sunday, a local medical network said, in one of the deadliest attacks in the state since the war began.

The Sudan Doctors Network said 63 people were wounded, among them nine children, and that the town's only clinic had run out of surgical supplies.

"We buried twenty-one people on Sunday before sunset, and there are still bodies we cannot reach," a volunteer with the local Emergency Response Room told Reuters by phone.

Witnesses said the drone struck at around 10 a.m., when several hundred traders and herders were at the market. They blamed the paramilitary Rapid Support Forces (RSF), which did not respond to a request for comment.

In a statement on Telegram late on Sunday, the RSF said its forces had destroyed army positions near the town and killed dozens of soldiers of the Sudanese Armed Forces (SAF), a claim Reuters could not verify.

The army said on Monday that its forces had repelled an RSF ground assault on Um Sumeima after the strike, killing over 70 fighters and capturing 14 others, including two field commanders.

The International Organization for Migration said on Friday that fighting in Kordofan had forced some 48,000 people from their homes since early May.

The war between the army and the RSF, which began in April 2023, has killed at least 20,000 people and uprooted more than 12 million, according to U.N. agencies.
""", [
        ("kills at least 41, medics say", "at least 41", "killed", "all", ["civilians"], None, 41, None, "at_least", "medical sources", MED_SDN, "2025-06-16", None, False),
        ("killed at least 41 people on Sunday", "at least 41 people", "killed", "all", ["civilians"], None, 41, None, "at_least", "medical sources", MED_SDN, "2025-06-15", None, False),
        ("The Sudan Doctors Network said 63", "63 people", "wounded", "all", ["civilians"], None, 63, 63, "exact", "Sudan Doctors Network", ["medical sources"], "2025-06-16", None, False),
        ("The Sudan Doctors Network said 63", "nine children", "wounded", "civilians", [], "children", 9, 9, "exact", "Sudan Doctors Network", ["medical sources"], "2025-06-16", 2, False),
        ("We buried twenty-one people", "twenty-one people", "killed", "all", ["civilians"], None, 21, 21, "exact", "Emergency Response Room", [], "2025-06-15", None, False),
        ("In a statement on Telegram late on Sunday", "dozens of soldiers", "killed", "Sudanese army", SUDAN_ARMY, None, 24, 99, "vague", "RSF", RSF, "2025-06-15", None, False),
        ("The army said on Monday that its forces", "over 70 fighters", "killed", "RSF", RSF, None, 71, None, "more_than", "Sudanese army", SUDAN_ARMY_SRC, "2025-06-16", None, False),
        ("The army said on Monday that its forces", "14 others", "captured", "RSF", RSF, None, 14, 14, "exact", "Sudanese army", SUDAN_ARMY_SRC, "2025-06-16", None, False),
        ("The army said on Monday that its forces", "two field commanders", "captured", "RSF", RSF, "commanders", 2, 2, "exact", "Sudanese army", SUDAN_ARMY_SRC, "2025-06-16", 7, False),
        ("The International Organization for Migration said on Friday", "some 48,000 people", "displaced", "civilians", ["all"], None, 48000, 48000, "about", "IOM", ["International Organization for Migration"], None, None, True),
        ("has killed at least 20,000 people", "at least 20,000 people", "killed", "all", ["civilians"], None, 20000, None, "at_least", "UN", ["United Nations", "U.N. agencies"], None, None, True),
        ("has killed at least 20,000 people", "more than 12 million", "displaced", "civilians", ["all"], None, 12000001, None, "more_than", "UN", ["United Nations", "U.N. agencies"], None, None, True),
    ]),
    ("h102", "2024-11-21", "news brief (unnamed)", "short brief with dateline; 'said X' after the figure; separate incident", """Mortar shells hit Mogadishu displacement camp, killing seven

MOGADISHU, Nov 21 - Seven people, four of them children, were killed and about 15 wounded late on Wednesday when mortar shells landed on a camp for displaced families in Mogadishu's Kaxda district, said Abdirahman Ali, a district official.

Ali told reporters that the wounded had been taken to Madina and Erdogan hospitals and that the camp's residents had spent the night in the open. A handful of the wounded were in serious condition, a nurse at Madina hospital said.

No group claimed responsibility. Al-Shabaab militants regularly fire mortars at the airport zone, about 3 km (2 miles) away, but their shells often fall short on residential areas.

The camp shelters some 6,000 people who fled drought and fighting in the Lower Shabelle region in 2022.

In a separate incident on Tuesday, the Somali army said it had killed a dozen al-Shabaab fighters in an operation near Afgooye, about 30 km northwest of the capital.
""", [
        ("Mortar shells hit Mogadishu", "seven", "killed", "all", ["civilians"], None, 7, 7, "exact", None, [], "2024-11-21", None, False),
        ("Seven people, four of them children", "Seven people", "killed", "all", ["civilians"], None, 7, 7, "exact", "officials", ["district official", "local authorities"], "2024-11-20", None, False),
        ("Seven people, four of them children", "four of them", "killed", "civilians", [], "children", 4, 4, "exact", "officials", ["district official", "local authorities"], "2024-11-20", 1, False),
        ("Seven people, four of them children", "about 15", "wounded", "all", ["civilians"], None, 15, 15, "about", "officials", ["district official", "local authorities"], "2024-11-20", None, False),
        ("A handful of the wounded", "A handful", "wounded", "all", ["civilians"], None, 3, 9, "vague", "medical sources", ["nurse"], "2024-11-21", 3, False),
        ("In a separate incident on Tuesday", "a dozen al-Shabaab fighters", "killed", "al-Shabaab", SHABAAB, None, 12, 12, "exact", "Somali army", ["Somali forces", "Somali military", "army"], None, None, True),
    ]),
    ("h103", "2024-08-26", "Sagaing Human Rights Documentation Group (monitor)", "monitor press release (monitor's own voice)", """SAGAING HUMAN RIGHTS DOCUMENTATION GROUP (SHRDG)
Press release | 26 August 2024

Junta air strikes on two Kani Township villages kill 19 civilians

Our field documenters have confirmed the deaths of 19 civilians, including seven children and three elderly people, in air strikes by the military junta on Kyauk Ye and Nyaung Pin villages in Kani Township, Sagaing Region, on the morning of Saturday, 24 August.

A further 27 villagers were wounded on Saturday, 11 of them seriously. Most of the wounded were carried on foot or by motorcycle to a clinic run by the local resistance administration, more than five hours away.

Two aircraft dropped at least six bombs on the villages between 9:40 and 10:15 a.m., according to witnesses. A monastery and the village school were destroyed.

Around 3,500 residents of the two villages and of neighbouring Pauk Taw have fled to forested areas since the strikes, according to village administrators.

Villagers told our documenters that junta soldiers had arrested 14 men from Pauk Taw during a ground raid on Friday, 23 August. Their whereabouts remain unknown.

The junta's spokesman told state media that the strikes targeted a "terrorist training camp" and killed around 30 members of the People's Defence Force (PDF). Residents said there were no resistance fighters in the villages at the time.

Since the February 2021 coup, SHRDG has documented the killing of more than 1,900 civilians in Sagaing Region.

Contact: documentation@shrdg.example
""", [
        ("kill 19 civilians", "19 civilians", "killed", "civilians", [], None, 19, 19, "exact", None, [], "2024-08-26", None, False),
        ("Our field documenters have confirmed", "19 civilians", "killed", "civilians", [], None, 19, 19, "exact", None, [], "2024-08-24", None, False),
        ("Our field documenters have confirmed", "seven children", "killed", "civilians", [], "children", 7, 7, "exact", None, [], "2024-08-24", 1, False),
        ("Our field documenters have confirmed", "three elderly people", "killed", "civilians", [], "elderly", 3, 3, "exact", None, [], "2024-08-24", 1, False),
        ("A further 27 villagers", "27 villagers", "wounded", "civilians", [], "villagers", 27, 27, "exact", None, [], "2024-08-24", None, False),
        ("A further 27 villagers", "11 of them", "wounded", "civilians", [], "villagers", 11, 11, "exact", None, [], "2024-08-24", 4, False),
        ("Around 3,500 residents", "Around 3,500 residents", "displaced", "civilians", ["all"], None, 3500, 3500, "about", "local authorities", ["village administrators", "officials"], "2024-08-26", None, False),
        ("Villagers told our documenters", "14 men", "captured", "civilians", ["all"], "men", 14, 14, "exact", "residents", ["villagers", "local sources"], "2024-08-23", None, False),
        ("The junta's spokesman told state media", "around 30 members", "killed", "PDF", ["People's Defence Force", "resistance fighters"], None, 30, 30, "about", "Myanmar military", ["junta", "military junta", "Myanmar army", "State Administration Council"], "2024-08-26", None, False),
        ("Since the February 2021 coup", "more than 1,900 civilians", "killed", "civilians", [], None, 1901, None, "more_than", None, [], None, None, True),
    ]),
    ("h104", "2025-02-03", "General Staff of the Armed Forces (Burkina Faso)", "army communique in its own voice; double zero count", """GENERAL STAFF OF THE ARMED FORCES
BURKINA FASO
Communique No. 017/2025

Ouagadougou, 3 February 2025

On the morning of Saturday, 1 February 2025, a supply convoy escorted by units of the 14th Rapid Intervention Battalion was attacked by a large group of armed terrorists near Djibasso, in the Kossi province, some 60 kilometres from the Malian border.

The vigorous response of our forces, supported by air assets, made it possible to neutralise more than forty terrorists and to recover a large quantity of weapons and equipment, including 27 assault rifles, 4 machine guns and 11 motorcycles.

The terrorist groups are believed to have evacuated up to 20 of their wounded towards the border.

Twelve terrorists were captured alive, among them a logistics officer, and are being questioned by the competent services.

Unfortunately, five soldiers and two Volunteers for the Defence of the Homeland (VDP) fell with honour on the field. Eleven other soldiers were wounded; they have been evacuated and are receiving care.

None of the civilians travelling with the convoy were killed or wounded. All 38 trucks reached Djibasso on Sunday.

The Chief of the General Staff salutes the memory of the fallen and reaffirms the determination of the Armed Forces to continue the reconquest of the national territory.
""", [
        ("neutralise more than forty terrorists", "more than forty terrorists", "killed", "unknown", ATTACKERS, "attackers", 41, None, "more_than", None, [], "2025-02-03", None, False),
        ("evacuated up to 20", "up to 20", "wounded", "unknown", ATTACKERS, "attackers", 0, 20, "up_to", None, [], "2025-02-03", None, False),
        ("Twelve terrorists were captured", "Twelve terrorists", "captured", "unknown", ATTACKERS, "attackers", 12, 12, "exact", None, [], "2025-02-03", None, False),
        ("fell with honour", "five soldiers", "killed", "Burkinabe army", BURKINA_ARMY, None, 5, 5, "exact", None, [], "2025-02-03", None, False),
        ("fell with honour", "two Volunteers for the Defence of the Homeland", "killed", "VDP", ["Volunteers for the Defence of the Homeland", "militia", "pro-government militia", "Burkinabe army"], None, 2, 2, "exact", None, [], "2025-02-03", None, False),
        ("Eleven other soldiers", "Eleven other soldiers", "wounded", "Burkinabe army", BURKINA_ARMY, None, 11, 11, "exact", None, [], "2025-02-03", None, False),
        ("None of the civilians travelling", "None of the civilians", "killed", "civilians", [], None, 0, 0, "exact", None, [], "2025-02-03", None, False),
        ("None of the civilians travelling", "None of the civilians", "wounded", "civilians", [], None, 0, 0, "exact", None, [], "2025-02-03", None, False),
    ]),
    ("h105", "2024-02-09", "Norwegian Refugee Council", "NGO situation update with a space-aligned text table (NGO's own voice)", """NORWEGIAN REFUGEE COUNCIL | DR CONGO
Situation update No. 4: Fighting around Sake, North Kivu
9 February 2024

SUMMARY
Heavy fighting between the M23 armed group and the Congolese army (FARDC) and allied Wazalendo militias around the town of Sake has pushed an estimated 135,000 people towards Goma since 2 February.

On Wednesday, shells struck two displacement sites west of Goma, killing nine people, among them five children, according to health workers at the sites. At least 32 people injured in the shelling were admitted to hospitals in Goma, 14 of them with head or chest wounds.

Over 60 per cent of the new arrivals are women and children, and many are sleeping in churches, schools and the open air.

NEW ARRIVALS BY AREA (as of 8 February)
Area                  People     Sites
Goma western sites    78,400     6
Goma town             41,200     -
Minova axis           15,400     3
Total                 135,000    9

PROTECTION
Partners recorded the abduction of 23 young men by armed men in Kibati on 5 February; seven of them were released two days later. Several cases of forced recruitment of boys have been reported.

NRC RESPONSE
NRC teams have distributed 1,200 emergency shelter kits and built 40 latrines. Our appeal for US$ 4.5 million is 18 per cent funded.

Media contact: nrc-drc@nrc.example, +243 97 000 0000
""", [
        ("has pushed an estimated 135,000", "an estimated 135,000 people", "displaced", "civilians", ["all"], None, 135000, 135000, "about", None, [], "2024-02-09", None, False),
        ("On Wednesday, shells struck", "nine people", "killed", "all", ["civilians"], None, 9, 9, "exact", "medical sources", ["health workers"], "2024-02-07", None, False),
        ("On Wednesday, shells struck", "five children", "killed", "civilians", [], "children", 5, 5, "exact", "medical sources", ["health workers"], "2024-02-07", 1, False),
        ("At least 32 people injured", "At least 32 people", "wounded", "all", ["civilians"], None, 32, None, "at_least", None, [], "2024-02-09", None, False),
        ("At least 32 people injured", "14 of them", "wounded", "all", ["civilians"], None, 14, 14, "exact", None, [], "2024-02-09", 3, False),
        ("Goma western sites", "78,400", "displaced", "civilians", ["all"], None, 78400, 78400, "exact", None, [], "2024-02-08", 8, False),
        ("Goma town ", "41,200", "displaced", "civilians", ["all"], None, 41200, 41200, "exact", None, [], "2024-02-08", 8, False),
        ("Minova axis", "15,400", "displaced", "civilians", ["all"], None, 15400, 15400, "exact", None, [], "2024-02-08", 8, False),
        ("Total ", "135,000", "displaced", "civilians", ["all"], None, 135000, 135000, "exact", None, [], "2024-02-08", None, False),
        ("Partners recorded the abduction", "23 young men", "abducted", "civilians", ["all"], "young men", 23, 23, "exact", "humanitarian partners", ["partners"], "2024-02-05", None, False),
        ("Partners recorded the abduction", "seven of them", "freed", "civilians", ["all"], "young men", 7, 7, "exact", "humanitarian partners", ["partners"], "2024-02-07", None, False),
    ]),
    ("h106", "2024-10-21", "news site live blog", "live blog with timestamps on their own lines; rising toll; party claim", """Gaza live: strike on Jabalia school shelter - as it happened

Monday 21 October 2024. All times local (GMT+3). This blog has now closed.

06:45
Gaza's Civil Defence says at least 12 people were killed when an Israeli strike hit a school sheltering displaced families in Jabalia before dawn.

07:30
Footage from the scene shows rescuers digging through the collapsed second floor. We have not been able to verify it independently.

08:10
The Israeli military says it carried out a "precise strike" on a Hamas command centre operating inside the school compound and took "numerous steps" to reduce the risk to civilians. It gave no casualty figure.

09:25
The toll has risen to 22 dead, among them 8 children and 5 women, says Ahmad Radwan, spokesman for the Civil Defence. More than 40 people were wounded, he adds.

11:00
Doctors at al-Ahli hospital in Gaza City tell our correspondent they have received 19 bodies and nearly 60 wounded people from Jabalia since the morning.

12:40
The Israeli military now says the strike killed "around 15 Hamas terrorists", including two commanders it names. Hamas has not commented.

14:15
Gaza's Health Ministry says 2 more people have died of their wounds, bringing the toll from the school strike to 24. The ministry's overall count since October 2023 now stands at more than 40,000 Palestinians killed.

16:30
UNRWA, the UN agency for Palestinian refugees, says about 1,500 people had been sheltering in the school. Some 600 of them have fled again, to shelters in Gaza City, it says. The agency renewed its call for the implementation of Security Council Resolution 2735.
""", [
        ("at least 12 people were killed when", "at least 12 people", "killed", "all", ["civilians"], None, 12, None, "at_least", "Civil Defence", CIVIL_DEF, "2024-10-21", None, False),
        ("The toll has risen to 22 dead", "22 dead", "killed", "all", ["civilians"], None, 22, 22, "exact", "Civil Defence", CIVIL_DEF, "2024-10-21", None, False),
        ("The toll has risen to 22 dead", "8 children", "killed", "civilians", [], "children", 8, 8, "exact", "Civil Defence", CIVIL_DEF, "2024-10-21", 1, False),
        ("The toll has risen to 22 dead", "5 women", "killed", "civilians", [], "women", 5, 5, "exact", "Civil Defence", CIVIL_DEF, "2024-10-21", 1, False),
        ("More than 40 people were wounded", "More than 40 people", "wounded", "all", ["civilians"], None, 41, None, "more_than", "Civil Defence", CIVIL_DEF, "2024-10-21", None, False),
        ("Doctors at al-Ahli hospital", "19 bodies", "killed", "all", ["civilians"], None, 19, 19, "exact", "medical sources", ["doctors", "al-Ahli hospital"], "2024-10-21", None, False),
        ("Doctors at al-Ahli hospital", "nearly 60 wounded people", "wounded", "all", ["civilians"], None, 60, 60, "nearly", "medical sources", ["doctors", "al-Ahli hospital"], "2024-10-21", None, False),
        ("now says the strike killed", "around 15 Hamas terrorists", "killed", "Hamas", HAMAS, None, 15, 15, "about", "Israeli military", IDF, "2024-10-21", None, False),
        ("now says the strike killed", "two commanders", "killed", "Hamas", HAMAS, "commanders", 2, 2, "exact", "Israeli military", IDF, "2024-10-21", 7, False),
        ("Gaza's Health Ministry says 2 more", "2 more people", "killed", "all", ["civilians"], None, 2, 2, "exact", "Health Ministry", GAZA_MOH, "2024-10-21", None, False),
        ("Gaza's Health Ministry says 2 more", "24", "killed", "all", ["civilians"], None, 24, 24, "exact", "Health Ministry", GAZA_MOH, "2024-10-21", None, False),
        ("The ministry's overall count", "more than 40,000 Palestinians", "killed", "all", ["civilians", "Palestinians"], None, 40001, None, "more_than", "Health Ministry", GAZA_MOH, None, None, True),
        ("Some 600 of them", "Some 600 of them", "displaced", "civilians", ["all"], None, 600, 600, "about", "UNRWA", ["UN"], "2024-10-21", None, False),
    ]),
    ("h107", "2023-09-25", "Priya Ningthouja (X thread)", "thread of numbered posts, each signed '- Name (@handle) Mon DD, YYYY'", """\U0001f9f5 Thread on the overnight gunfight in Manipur's Bishnupur-Churachandpur foothills. Will update as I get confirmation.

1/ Firing between armed village volunteers went on for most of Saturday night in the foothills between Bishnupur and Churachandpur districts. Manipur police confirm three men were killed and at least eight injured.

\u2014 Priya Ningthouja (@priya_reports) Sep 24, 2023

2/ Police also say security forces rescued 17 farmers who had been trapped in paddy fields near Phougakchao since Saturday evening. All are safe and back home.

\u2014 Priya Ningthouja (@priya_reports) Sep 24, 2023

3/ Update: one of the injured, a 22-year-old, has died at RIMS hospital in Imphal, taking the toll to four, a senior police officer told me.

\u2014 Priya Ningthouja (@priya_reports) Sep 25, 2023

4/ Officials in Churachandpur say around 250 people from two hill villages have fled to relief camps since the firing began. Since May, the violence has displaced more than 60,000 people across the state, per state government figures.

\u2014 Priya Ningthouja (@priya_reports) Sep 25, 2023

5/ Army says its columns moved into the buffer zone this morning. "No civilian was hurt in the operation," a defence spokesperson said. Curfew in both districts relaxed for 5 hours tomorrow.

\u2014 Priya Ningthouja (@priya_reports) Sep 25, 2023
""", [
        ("Manipur police confirm three men", "three men", "killed", "all", ["civilians", "unknown"], None, 3, 3, "exact", "police", ["Manipur police"], "2023-09-24", None, False),
        ("Manipur police confirm three men", "at least eight", "wounded", "all", ["civilians", "unknown"], None, 8, None, "at_least", "police", ["Manipur police"], "2023-09-24", None, False),
        ("Police also say security forces rescued", "17 farmers", "freed", "civilians", [], "farmers", 17, 17, "exact", "police", ["Manipur police"], "2023-09-24", None, False),
        ("Update: one of the injured", "one of the injured", "killed", "all", ["civilians", "unknown"], None, 1, 1, "exact", "police", ["Manipur police"], "2023-09-25", None, False),
        ("Update: one of the injured", "four", "killed", "all", ["civilians", "unknown"], None, 4, 4, "exact", "police", ["Manipur police"], "2023-09-25", None, False),
        ("Officials in Churachandpur say", "around 250 people", "displaced", "civilians", ["all"], None, 250, 250, "about", "officials", OFFICIALS, "2023-09-25", None, False),
        ("Since May, the violence has displaced", "more than 60,000 people", "displaced", "civilians", ["all"], None, 60001, None, "more_than", "Manipur government", ["state government", "officials"], None, None, True),
        ("No civilian was hurt", "No civilian", "wounded", "civilians", [], None, 0, 0, "exact", "Indian army", ["army", "Indian military", "Defence Ministry", "defence spokesperson"], "2023-09-25", None, False),
    ]),
    ("h108", "2019-08-06", "AFP", "follow-up wire story: toll revised up (earlier figure + new figure), wounded revised down", """Toll in Balochistan bus attack rises to 18 as two more passengers die

QUETTA, Pakistan, Aug 6 (AFP) - The death toll from Sunday's attack on a passenger bus in Pakistan's southwestern Balochistan province has risen to 18 from the 14 reported on Monday, after two wounded passengers died overnight and two more bodies were found near the highway, officials said on Tuesday.

Gunmen stopped the bus, which was carrying about 40 passengers from Quetta to Karachi, near Kalat late on Sunday, checked identity cards and opened fire on travellers from Punjab province.

A district administration official, Naseer Baloch, had told AFP on Monday that 14 people were killed and 11 wounded, and that the gunmen had taken away at least three passengers.

On Tuesday, Baloch said the number of wounded had fallen to nine because of the two deaths, and that the abducted passengers had not been found. Among the 18 dead were 15 labourers from Punjab who had been going home for the Eid holiday, he said.

The banned Balochistan Liberation Army (BLA) said in an email to journalists that its fighters had "executed 20 agents of the occupying state" and that none of its fighters was hurt.

The paramilitary Frontier Corps said troops had killed four suspected militants in a follow-up operation in the hills near Kalat.

Separatist violence in Balochistan killed more than 230 people in the first six months of the year, according to the Pakistan Institute for Conflict and Security Studies (PICSS).
""", [
        ("rises to 18 as two more", "18", "killed", "all", ["civilians"], None, 18, 18, "exact", None, [], "2019-08-06", None, False),
        ("rises to 18 as two more", "two more passengers", "killed", "civilians", ["all"], "passengers", 2, 2, "exact", None, [], "2019-08-06", None, False),
        ("has risen to 18 from the 14", "18", "killed", "all", ["civilians"], None, 18, 18, "exact", "officials", OFFICIALS, "2019-08-06", None, False),
        ("has risen to 18 from the 14", "14", "killed", "all", ["civilians"], None, 14, 14, "exact", "officials", OFFICIALS, "2019-08-05", None, False),
        ("has risen to 18 from the 14", "two wounded passengers", "killed", "civilians", ["all"], "passengers", 2, 2, "exact", "officials", OFFICIALS, "2019-08-06", None, False),
        ("has risen to 18 from the 14", "two more bodies", "killed", "all", ["civilians"], None, 2, 2, "exact", "officials", OFFICIALS, "2019-08-06", None, False),
        ("had told AFP on Monday", "14 people", "killed", "all", ["civilians"], None, 14, 14, "exact", "officials", OFFICIALS, "2019-08-05", None, False),
        ("had told AFP on Monday", "11", "wounded", "all", ["civilians"], None, 11, 11, "exact", "officials", OFFICIALS, "2019-08-05", None, False),
        ("had told AFP on Monday", "at least three passengers", "abducted", "civilians", ["all"], "passengers", 3, None, "at_least", "officials", OFFICIALS, "2019-08-05", None, False),
        ("the number of wounded had fallen to nine", "nine", "wounded", "all", ["civilians"], None, 9, 9, "exact", "officials", OFFICIALS, "2019-08-06", None, False),
        ("Among the 18 dead", "the 18 dead", "killed", "all", ["civilians"], None, 18, 18, "exact", "officials", OFFICIALS, "2019-08-06", None, False),
        ("Among the 18 dead", "15 labourers", "killed", "civilians", ["all"], "labourers", 15, 15, "exact", "officials", OFFICIALS, "2019-08-06", 10, False),
        ("The banned Balochistan Liberation Army", "20 agents of the occupying state", "killed", "Pakistani government", ["all", "civilians", "unknown", "Pakistani security forces", "agents"], None, 20, 20, "exact", "BLA", ["Balochistan Liberation Army"], "2019-08-06", None, False),
        ("The banned Balochistan Liberation Army", "none of its fighters", "wounded", "BLA", ["Balochistan Liberation Army", "separatists"], None, 0, 0, "exact", "BLA", ["Balochistan Liberation Army"], "2019-08-06", None, False),
        ("The paramilitary Frontier Corps said", "four suspected militants", "killed", "unknown", ["BLA", "Balochistan Liberation Army", "militants", "separatists"], None, 4, 4, "exact", "Frontier Corps", ["FC", "Pakistani army", "paramilitary"], "2019-08-06", None, False),
        ("Separatist violence in Balochistan", "more than 230 people", "killed", "all", [], None, 231, None, "more_than", "PICSS", ["Pakistan Institute for Conflict and Security Studies", "think tank"], None, None, True),
    ]),
    ("h109", "2025-01-14", "news site (unnamed)", "article with dateline and a background paragraph (wider war tolls)", """Seven bodies dumped on Culiacan highway as Sinaloa cartel war grinds on

CULIACAN, Mexico - The bodies of seven men were found beside a highway on the southern edge of Culiacan early on Monday, the Sinaloa state prosecutor's office said, the latest sign of a factional war inside the Sinaloa Cartel that shows no sign of abating.

None of the men had been identified by Monday evening, the office said in a statement. A handwritten message left with the bodies threatened a rival faction.

Hours later, gunmen opened fire on a car wash in the Tierra Blanca neighbourhood, killing three employees and wounding two others, police said. One of the wounded, a 17-year-old, was in serious condition.

On Sunday, soldiers arrested 11 suspected gunmen and seized 23 rifles in a raid on a safe house in the hills near Tepuche, the Defence Ministry said. The army also said it had freed a businessman who had been kidnapped in Culiacan in December.

The violence began in September, when the arrest of a senior cartel figure in the United States split the organisation into warring factions. Since then, at least 1,100 people have been killed in Sinaloa and more than 1,400 reported missing, according to figures compiled by the state prosecutor's office. Nearly 2,000 families have abandoned their homes in mountain communities around Culiacan, state officials say.

The federal government has sent more than 1,000 additional troops to the state and offered a reward of 5 million pesos for information on the faction leaders.
""", [
        ("Seven bodies dumped", "Seven bodies", "killed", "all", ["unknown", "civilians"], None, 7, 7, "exact", None, [], "2025-01-14", None, False),
        ("The bodies of seven men", "seven men", "killed", "all", ["unknown", "civilians"], None, 7, 7, "exact", "Sinaloa prosecutor", SINALOA, "2025-01-13", None, False),
        ("Hours later, gunmen opened fire", "three employees", "killed", "civilians", ["all"], "employees", 3, 3, "exact", "police", [], "2025-01-13", None, False),
        ("Hours later, gunmen opened fire", "two others", "wounded", "civilians", ["all"], None, 2, 2, "exact", "police", [], "2025-01-13", None, False),
        ("One of the wounded, a 17-year-old", "One of the wounded", "wounded", "civilians", ["all"], None, 1, 1, "exact", "police", [], "2025-01-14", 3, False),
        ("On Sunday, soldiers arrested 11", "11 suspected gunmen", "captured", "unknown", ["Sinaloa Cartel", "gunmen", "suspects", "cartel members"], "suspects", 11, 11, "exact", "Mexican Defence Ministry", ["Defence Ministry", "Mexican army", "SEDENA", "army"], "2025-01-12", None, False),
        ("Since then, at least 1,100 people", "at least 1,100 people", "killed", "all", [], None, 1100, None, "at_least", "Sinaloa prosecutor", SINALOA, None, None, True),
        ("Since then, at least 1,100 people", "more than 1,400", "missing", "all", ["civilians"], None, 1401, None, "more_than", "Sinaloa prosecutor", SINALOA, None, None, True),
    ]),
    ("h110", "2021-07-08", "Yemen Monitor (news site)", "Markdown explainer: headings, bold lead line with a bulleted breakdown", """# Marib camp strike: 17 dead, dozens hurt - what we know

*Yemen Monitor desk \u00b7 8 July 2021*

A ballistic missile struck the al-Rawda camp for displaced people west of Marib city shortly after 8 p.m. on Tuesday, local officials said. The Yemeni government blamed the Houthis, who have been trying to take Marib since early 2020.

## Casualties

**Seventeen people were killed** in the strike, according to the health ministry's office in Marib. The dead were:

- 9 children, the youngest aged four
- 5 women
- 3 men, among them a camp volunteer

**Wounded:** around 30 people, of whom 6 are in intensive care at Marib's General Authority hospital, according to the same office.

A second missile landed in an empty field north of the camp; no casualties were reported.

## Claims by the warring parties

The Houthis did not comment on the camp strike. Their al-Masirah TV channel said on Wednesday that Houthi forces had killed or wounded "more than 80 mercenaries" in fighting south of the city.

The government army said it had killed 26 Houthi fighters and captured 9 others in the same fighting on Wednesday.

## Displacement

Some 1,800 people have left al-Rawda since the strike, many of them displaced for the second or third time, according to the government's executive unit for displaced persons. The camp housed about 4,200 people before the attack.
""", [
        ("# Marib camp strike", "17 dead", "killed", "all", ["civilians"], None, 17, 17, "exact", None, [], "2021-07-08", None, False),
        ("# Marib camp strike", "dozens hurt", "wounded", "all", ["civilians"], None, 24, 99, "vague", None, [], "2021-07-08", None, False),
        ("**Seventeen people were killed**", "Seventeen people", "killed", "all", ["civilians"], None, 17, 17, "exact", "Health Ministry", MARIB_MOH, "2021-07-08", None, False),
        ("- 9 children", "9 children", "killed", "civilians", [], "children", 9, 9, "exact", "Health Ministry", MARIB_MOH, "2021-07-08", 2, False),
        ("- 5 women", "5 women", "killed", "civilians", [], "women", 5, 5, "exact", "Health Ministry", MARIB_MOH, "2021-07-08", 2, False),
        ("- 3 men", "3 men", "killed", "civilians", ["all"], "men", 3, 3, "exact", "Health Ministry", MARIB_MOH, "2021-07-08", 2, False),
        ("**Wounded:**", "around 30 people", "wounded", "all", ["civilians"], None, 30, 30, "about", "Health Ministry", MARIB_MOH, "2021-07-08", None, False),
        ("**Wounded:**", "of whom 6", "wounded", "all", ["civilians"], None, 6, 6, "exact", "Health Ministry", MARIB_MOH, "2021-07-08", 6, False),
        ("The government army said", "26 Houthi fighters", "killed", "Houthis", HOUTHIS, None, 26, 26, "exact", "Yemeni army", YE_ARMY, "2021-07-07", None, False),
        ("The government army said", "9 others", "captured", "Houthis", HOUTHIS, None, 9, 9, "exact", "Yemeni army", YE_ARMY, "2021-07-07", None, False),
        ("Some 1,800 people have left", "Some 1,800 people", "displaced", "civilians", ["all"], None, 1800, 1800, "about", "local authorities", ["officials", "executive unit for displaced persons", "Executive Unit for IDPs", "Yemeni government"], "2021-07-08", None, False),
    ]),
    ("h111", "2022-12-02", "Reuters", "wire story: hostages released, others still held", """Colombia's ELN frees 11 captives; two soldiers still held

BOGOTA, Dec 2 (Reuters) - Colombia's ELN guerrilla group on Thursday released nine soldiers and two police officers it had kidnapped in the eastern province of Arauca, handing them to a humanitarian commission of the Catholic Church and the ombudsman's office, the army said.

The captives were among 13 members of the security forces seized in two separate attacks on October 28 and November 3, the army said in a statement. Two soldiers were killed in the October 28 attack.

Two soldiers remain in the hands of the rebels, army commander General Luis Ospina told reporters in Saravena, adding that one of them had been wounded during his capture and was receiving medical care from the guerrillas.

The ELN, which is estimated to have between 2,500 and 5,000 fighters, said in a message on social media that the remaining captives would be freed "in the coming days" once military operations in the area were suspended.

The ombudsman's office said the freed captives were in good health and had been examined by doctors in Saravena.

The ELN has kidnapped more than 60 people so far this year, according to the ombudsman's office, despite pledging to stop the practice as part of peace talks with the government.
""", [
        ("frees 11 captives", "11 captives", "freed", "Colombian security forces", CO_SEC, None, 11, 11, "exact", None, [], "2022-12-02", None, False),
        ("frees 11 captives", "two soldiers", "abducted", "Colombian army", CO_ARMY, None, 2, 2, "exact", None, [], "2022-12-02", None, False),
        ("released nine soldiers", "nine soldiers", "freed", "Colombian army", CO_ARMY, None, 9, 9, "exact", "Colombian army", CO_ARMY_SRC, "2022-12-01", None, False),
        ("released nine soldiers", "two police officers", "freed", "Colombian police", ["police", "police officers", "Colombian security forces"], None, 2, 2, "exact", "Colombian army", CO_ARMY_SRC, "2022-12-01", None, False),
        ("The captives were among 13", "13 members of the security forces", "abducted", "Colombian security forces", CO_SEC, None, 13, 13, "exact", "Colombian army", CO_ARMY_SRC, "2022-12-02", None, False),
        ("Two soldiers were killed in the October 28", "Two soldiers", "killed", "Colombian army", CO_ARMY, None, 2, 2, "exact", "Colombian army", CO_ARMY_SRC, "2022-10-28", None, False),
        ("Two soldiers remain in the hands", "Two soldiers", "abducted", "Colombian army", CO_ARMY, None, 2, 2, "exact", "Colombian army", CO_ARMY_SRC, "2022-12-02", None, False),
        ("Two soldiers remain in the hands", "one of them", "wounded", "Colombian army", CO_ARMY, None, 1, 1, "exact", "Colombian army", CO_ARMY_SRC, "2022-12-02", None, False),
        ("The ELN has kidnapped more than 60", "more than 60 people", "abducted", "all", ["civilians"], None, 61, None, "more_than", "Ombudsman", ["ombudsman's office", "Ombudsman's Office"], None, None, True),
    ]),
    ("h112", "2026-01-12", "AP", "wire story on a prison break: escapees, recaptures, held population decoys", """Gangs storm Haitian prison; hundreds of inmates escape

PORT-AU-PRINCE, Haiti (AP) - Gang members armed with assault rifles stormed the civil prison in the coastal town of Petit-Goave on Saturday night, and hundreds of inmates fled through a breach in the outer wall, authorities said Sunday.

The prison held 512 inmates at the time of the attack, said Jean-Robert Pierre, a spokesman for the prison administration, known by its French acronym DAP. Only 47 of them were still in their cells on Sunday morning, he said, while 38 had been recaptured by police in the streets of the town.

The justice ministry put the number of escapees at more than 400 on Sunday evening.

Two prison guards were killed and three others were wounded in the assault, Pierre said. Five inmates died in the crossfire, he added.

Police said they had killed three of the attackers during the assault and arrested two dozen suspected gang members in raids on Sunday.

An inmate who escaped and spoke to AP by phone said he had seen "at least 10 bodies" in the courtyard as he ran.

The prison, built in the 1950s for 150 people, was the third detention facility attacked by gangs in 14 months. Gang violence killed more than 4,000 people in Haiti in 2025, according to the United Nations.
""", [
        ("hundreds of inmates escape", "hundreds of inmates", "escaped", "unknown", INMATES, "inmates", 200, 999, "vague", None, [], "2026-01-12", None, False),
        ("Gang members armed with assault rifles", "hundreds of inmates", "escaped", "unknown", INMATES, "inmates", 200, 999, "vague", "officials", ["local authorities", "authorities", "Haitian authorities"], "2026-01-11", None, False),
        ("Only 47 of them", "38", "captured", "unknown", INMATES, "escapees", 38, 38, "exact", "DAP", DAP, "2026-01-11", None, False),
        ("The justice ministry put the number", "more than 400", "escaped", "unknown", INMATES, "inmates", 401, None, "more_than", "Justice Ministry", [], "2026-01-11", None, False),
        ("Two prison guards were killed", "Two prison guards", "killed", "Haitian police", HT_GUARDS, "guards", 2, 2, "exact", "DAP", DAP, "2026-01-12", None, False),
        ("Two prison guards were killed", "three others", "wounded", "Haitian police", HT_GUARDS, "guards", 3, 3, "exact", "DAP", DAP, "2026-01-12", None, False),
        ("Five inmates died", "Five inmates", "killed", "unknown", INMATES, "inmates", 5, 5, "exact", "DAP", DAP, "2026-01-12", None, False),
        ("Police said they had killed three", "three of the attackers", "killed", "gangs", GANGS, "attackers", 3, 3, "exact", "police", ["Haitian police", "PNH"], "2026-01-12", None, False),
        ("Police said they had killed three", "two dozen suspected gang members", "captured", "gangs", GANGS, "suspects", 24, 24, "exact", "police", ["Haitian police", "PNH"], "2026-01-11", None, False),
        ("An inmate who escaped", "at least 10 bodies", "killed", "all", ["unknown"], None, 10, None, "at_least", "inmate", [], "2026-01-12", None, False),
        ("Gang violence killed more than 4,000", "more than 4,000 people", "killed", "all", ["civilians"], None, 4001, None, "more_than", "UN", ["United Nations"], None, None, True),
    ]),
    ("h113", "2023-04-12", "Reuters", "displacement story with dateline, a quoted displaced farmer and party claims", """Thousands flee as fighting flares in Ethiopia's East Wollega

ADDIS ABABA, April 12 (Reuters) - More than 8,000 people have fled their homes in Ethiopia's East Wollega zone over the past ten days as government forces battle rebels of the Oromo Liberation Army (OLA), the U.N. humanitarian office (OCHA) said on Wednesday.

Most have sought shelter in schools and churches in the towns of Gida Ayana and Kiremu, where almost 3,000 arrived on Monday alone, OCHA said in its latest update.

Local officials said at least 16 civilians had been killed in the fighting since March 31, among them four health workers whose ambulance came under fire on the road to Kiremu.

"We left with nothing. They burned the grain stores and drove away our cattle," said Tola, a farmer who walked for two days with his wife and children to reach Gida Ayana.

The OLA said in a statement that its fighters had killed 57 government soldiers and captured 23 others in clashes near Kiremu, figures the army dismissed as propaganda.

The federal government's communication service said security forces had "neutralised" dozens of OLA fighters and freed 31 civilians the group had abducted from a market in Sasiga district.

Years of conflict have displaced more than 1 million people in the Oromia region, according to the International Organization for Migration.
""", [
        ("Thousands flee", "Thousands", "displaced", "civilians", ["all"], None, 2000, 9999, "vague", None, [], "2023-04-12", None, False),
        ("More than 8,000 people have fled", "More than 8,000 people", "displaced", "civilians", ["all"], None, 8001, None, "more_than", "OCHA", OCHA, "2023-04-12", None, False),
        ("where almost 3,000 arrived", "almost 3,000", "displaced", "civilians", ["all"], None, 3000, 3000, "nearly", "OCHA", OCHA, "2023-04-10", None, False),
        ("Local officials said at least 16", "at least 16 civilians", "killed", "civilians", [], None, 16, None, "at_least", "officials", OFFICIALS, "2023-04-12", None, False),
        ("Local officials said at least 16", "four health workers", "killed", "civilians", [], "health workers", 4, 4, "exact", "officials", OFFICIALS, "2023-04-12", 3, False),
        ("The OLA said in a statement", "57 government soldiers", "killed", "Ethiopian army", ETH_ARMY, None, 57, 57, "exact", "OLA", ["Oromo Liberation Army"], "2023-04-12", None, False),
        ("The OLA said in a statement", "23 others", "captured", "Ethiopian army", ETH_ARMY, None, 23, 23, "exact", "OLA", ["Oromo Liberation Army"], "2023-04-12", None, False),
        ("The federal government's communication service", "dozens of OLA fighters", "killed", "OLA", OLA, None, 24, 99, "vague", "Ethiopian government", ETH_GOV, "2023-04-12", None, False),
        ("The federal government's communication service", "31 civilians", "freed", "civilians", [], None, 31, 31, "exact", "Ethiopian government", ETH_GOV, "2023-04-12", None, False),
        ("Years of conflict have displaced", "more than 1 million people", "displaced", "civilians", ["all"], None, 1000001, None, "more_than", "IOM", ["International Organization for Migration"], None, None, True),
    ]),
    ("h114", "2020-10-19", "news site (unnamed)", "article with first-person quotes from a commander; zero counts on both sides", """'We lost four men': NPA ambush kills soldiers in Northern Samar, army says

CATARMAN, Philippines - Communist rebels ambushed an army patrol in the mountains of Northern Samar province on Saturday, killing four soldiers and wounding seven, the military said on Sunday.

"We lost four men, all of them young privates on their first deployment," Lt. Col. Roberto Calvo, commander of the army's 20th Infantry Battalion, told reporters on Sunday. "Seven are wounded, two of them seriously, but they will survive."

Calvo said troops pursuing the rebels had killed three New People's Army (NPA) guerrillas in a follow-up clash early on Sunday and recovered their bodies along with six rifles. "None of our soldiers were hurt in that second encounter," he said.

Two farmers caught in the crossfire on Saturday were slightly injured and treated at a village health station, local officials said.

In a statement on Monday, the NPA's regional command said its fighters had killed "at least 10 fascist troops" in the ambush and that none of its fighters were killed.

The Maoist insurgency, one of Asia's longest-running, has killed an estimated 40,000 people since 1969, according to the military.
""", [
        ("'We lost four men': NPA ambush", "four men", "killed", "Philippine military", PH_MIL, None, 4, 4, "exact", "Philippine military", PH_MIL_SRC, "2020-10-19", None, False),
        ("Communist rebels ambushed", "four soldiers", "killed", "Philippine military", PH_MIL, None, 4, 4, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", None, False),
        ("Communist rebels ambushed", "wounding seven", "wounded", "Philippine military", PH_MIL, None, 7, 7, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", None, False),
        ("all of them young privates", "four men", "killed", "Philippine military", PH_MIL, None, 4, 4, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", None, False),
        ("Seven are wounded", "Seven", "wounded", "Philippine military", PH_MIL, None, 7, 7, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", None, False),
        ("Seven are wounded", "two of them", "wounded", "Philippine military", PH_MIL, None, 2, 2, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", 4, False),
        ("Calvo said troops pursuing", "three New People's Army (NPA) guerrillas", "killed", "NPA", NPA, None, 3, 3, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", None, False),
        ("None of our soldiers were hurt", "None of our soldiers", "wounded", "Philippine military", PH_MIL, None, 0, 0, "exact", "Philippine military", PH_MIL_SRC, "2020-10-18", None, False),
        ("Two farmers caught in the crossfire", "Two farmers", "wounded", "civilians", [], "farmers", 2, 2, "exact", "officials", OFFICIALS, "2020-10-17", None, False),
        ("In a statement on Monday, the NPA", "at least 10 fascist troops", "killed", "Philippine military", PH_MIL, None, 10, None, "at_least", "NPA", ["New People's Army"], "2020-10-19", None, False),
        ("In a statement on Monday, the NPA", "none of its fighters", "killed", "NPA", NPA, None, 0, 0, "exact", "NPA", ["New People's Army"], "2020-10-19", None, False),
        ("The Maoist insurgency", "an estimated 40,000 people", "killed", "all", [], None, 40000, 40000, "about", "Philippine military", PH_MIL_SRC, None, None, True),
    ]),
    ("h115", "2025-05-29", "Black Sea Courier", "article with YAML front matter; toll updated late the same day", """---
title: "Missile strike on Odesa grain terminal kills 6, governor says"
outlet: Black Sea Courier
published: 2025-05-29
---

ODESA, Ukraine - Six people were killed and twenty-one injured when a Russian ballistic missile hit a grain terminal in Odesa's port early on Thursday, the regional governor said.

Four of the dead were port employees and two were truck drivers waiting to unload, Governor Mykola Sydorenko wrote on Telegram.

Among the injured were three foreign sailors from a cargo vessel moored at the terminal, the port authority said. The ship, a 60,000-tonne bulk carrier, was only lightly damaged.

The State Emergency Service said rescuers had freed 14 people trapped in damaged warehouses and that nobody was missing.

Russia's defence ministry said its forces had struck "a warehouse storing Western weapons" in Odesa and killed as many as 50 foreign military instructors. The claim could not be verified.

Ukraine's air force said it had shot down 41 of 48 drones launched overnight but could not intercept the two missiles fired at Odesa.

Late on Thursday, the governor said one of the injured had died in hospital, bringing the death toll to seven.

Russian strikes on the Odesa region have killed more than 200 civilians since the start of 2024, according to the regional administration.
""", [
        ("title:", "6", "killed", "all", ["civilians"], None, 6, 6, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", None, False),
        ("Six people were killed", "Six people", "killed", "all", ["civilians"], None, 6, 6, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", None, False),
        ("Six people were killed", "twenty-one", "wounded", "all", ["civilians"], None, 21, 21, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", None, False),
        ("Four of the dead", "Four of the dead", "killed", "civilians", ["all"], "port employees", 4, 4, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", 1, False),
        ("Four of the dead", "two", "killed", "civilians", ["all"], "truck drivers", 2, 2, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", 1, False),
        ("Among the injured were three", "three foreign sailors", "wounded", "civilians", ["all"], "sailors", 3, 3, "exact", "port authority", ["Odesa port authority", "officials"], "2025-05-29", 2, False),
        ("The State Emergency Service said", "14 people", "freed", "all", ["civilians"], None, 14, 14, "exact", "State Emergency Service", SES, "2025-05-29", None, False),
        ("The State Emergency Service said", "nobody", "missing", "all", ["civilians"], None, 0, 0, "exact", "State Emergency Service", SES, "2025-05-29", None, False),
        ("Russia's defence ministry said", "as many as 50 foreign military instructors", "killed", "foreign fighters", ["Ukrainian forces", "foreign instructors", "instructors", "mercenaries", "unknown"], "instructors", 0, 50, "up_to", "Russian Defence Ministry", ["Russia", "Russian military"], "2025-05-29", None, False),
        ("Late on Thursday, the governor said", "one of the injured", "killed", "all", ["civilians"], None, 1, 1, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", None, False),
        ("Late on Thursday, the governor said", "seven", "killed", "all", ["civilians"], None, 7, 7, "exact", "Odesa governor", ODESA_GOV, "2025-05-29", None, False),
        ("Russian strikes on the Odesa region", "more than 200 civilians", "killed", "civilians", [], None, 201, None, "more_than", "local authorities", ["regional administration", "Odesa regional administration", "officials", "Odesa governor"], None, None, True),
    ]),
    ("h116", "2021-03-15", "news brief (unnamed)", "brief with dateline; ranges in three forms, vague counts, parts of a vague total", """South Sudan: 20-25 killed, scores abducted in Jonglei cattle raid

JUBA, March 15 - Between 20 and 25 people were killed when armed youths raided cattle camps near Duk Padiet in South Sudan's Jonglei state over the weekend, a county commissioner said on Monday.

Commissioner Peter Gai Deng said the attackers, who numbered several hundred, also abducted scores of women and children and drove off thousands of head of cattle.

"We have recovered 19 bodies so far and the search continues in the swamps," he told Radio Tamazuj by phone. Two of the attackers were killed by herders defending the camps, and at least six herders are still missing, he said.

Local officials said 15 to 18 women were among those abducted, along with some 40 children, the youngest a baby of eight months.

The UN peacekeeping mission, UNMISS, said its peacekeepers had flown 11 wounded people to the hospital in Bor, a 45-minute flight.

More than 3,000 people have fled to Poktap and Bor, according to aid workers, who warned that the rainy season would cut off road access within weeks.

Intercommunal violence killed at least 1,600 people across South Sudan last year, according to UNMISS.
""", [
        ("South Sudan: 20-25 killed", "20-25", "killed", "all", ["civilians"], None, 20, 25, "range", None, [], "2021-03-15", None, False),
        ("South Sudan: 20-25 killed", "scores", "abducted", "civilians", ["all"], None, 40, 99, "vague", None, [], "2021-03-15", None, False),
        ("Between 20 and 25 people", "Between 20 and 25 people", "killed", "all", ["civilians"], None, 20, 25, "range", "officials", JONGLEI, "2021-03-15", None, False),
        ("Commissioner Peter Gai Deng said", "scores of women and children", "abducted", "civilians", ["all"], None, 40, 99, "vague", "officials", JONGLEI, "2021-03-15", None, False),
        ("We have recovered 19 bodies", "19 bodies", "killed", "all", ["civilians"], None, 19, 19, "exact", "officials", JONGLEI, "2021-03-15", None, False),
        ("Two of the attackers were killed", "Two of the attackers", "killed", "unknown", ["armed youths", "attackers", "raiders"], "attackers", 2, 2, "exact", "officials", JONGLEI, "2021-03-15", None, False),
        ("Two of the attackers were killed", "at least six herders", "missing", "civilians", ["all"], "herders", 6, None, "at_least", "officials", JONGLEI, "2021-03-15", None, False),
        ("Local officials said 15 to 18 women", "15 to 18 women", "abducted", "civilians", [], "women", 15, 18, "range", "officials", JONGLEI, "2021-03-15", 3, False),
        ("Local officials said 15 to 18 women", "some 40 children", "abducted", "civilians", [], "children", 40, 40, "about", "officials", JONGLEI, "2021-03-15", 3, False),
        ("The UN peacekeeping mission, UNMISS", "11 wounded people", "wounded", "all", ["civilians"], None, 11, 11, "exact", "UNMISS", ["UN"], "2021-03-15", None, False),
        ("More than 3,000 people have fled", "More than 3,000 people", "displaced", "civilians", ["all"], None, 3001, None, "more_than", "aid workers", [], "2021-03-15", None, False),
        ("Intercommunal violence killed", "at least 1,600 people", "killed", "all", ["civilians"], None, 1600, None, "at_least", "UNMISS", ["UN"], None, None, True),
    ]),
]


def main() -> None:
    write_set(HERE, DOCS, "heldout2")


if __name__ == "__main__":
    main()
