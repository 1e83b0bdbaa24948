"""Build tests/claims/heldout/{texts/hNNN.txt, gold.jsonl}: 12 held-out reports annotated by hand (dev conventions).

Each claim names a unique piece of its sentence (`key`) and its number_text; the sentence itself is cut from the
text by the corpus rule (a line, split on . ! ? before an upper-case letter, digit or quote). Run: python3 make_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gold_builder import write_set  # noqa: E402

HERE = Path(__file__).resolve().parent


# (key in sentence, number_text, outcome, party, party_ok, role, low, high, qualifier, attributed_to, as_of, part_of, background)
DOCS = [
    ("h001", "2024-03-12", "OCHA", "UN situation report with key-figures table", """OCHA | Flash Update No. 3
Mozambique: Attacks in Ancuabe district (Cabo Delgado)
12 March 2024

HIGHLIGHTS
• At least 14 civilians were killed in attacks on three villages between 6 and 9 March.
• Some 9,800 people have fled to Ancuabe town and Metuge, according to local authorities.
• Humanitarian partners have reached 3,100 people with food assistance.

SITUATION OVERVIEW
Non-state armed groups attacked the villages of Nacussa, Mihluri and Chiote on 6 March, burning at least 120 houses. Local authorities said 11 people were abducted, including four children; three of them escaped and reached Ancuabe on 10 March.

Key figures
| Indicator | Number |
| People killed | 14 |
| People injured | 23 |
| People displaced | 9,800 |
| Houses destroyed | 120 |

HUMANITARIAN RESPONSE
Partners distributed 1,400 shelter kits. The number of displaced people is expected to rise as insecurity persists along the N380 road.

For further information, contact: ocha-moz@un.org, +258 84 000 0000
""", [
        ("At least 14 civilians were killed", "At least 14 civilians", "killed", "civilians", [], None, 14, None, "at_least", None, "2024-03-12", None, False),
        ("Some 9,800 people have fled", "Some 9,800 people", "displaced", "civilians", ["all"], None, 9800, 9800, "about", "local authorities", "2024-03-12", None, False),
        ("Local authorities said 11 people", "11 people", "abducted", "civilians", ["all"], None, 11, 11, "exact", "local authorities", "2024-03-12", None, False),
        ("Local authorities said 11 people", "four children", "abducted", "civilians", [], "children", 4, 4, "exact", "local authorities", "2024-03-12", 2, False),
        ("Local authorities said 11 people", "three of them", "escaped", "civilians", ["all"], None, 3, 3, "exact", "local authorities", "2024-03-10", None, False),
        ("| People killed |", "14", "killed", "all", ["civilians"], None, 14, 14, "exact", None, "2024-03-12", None, False),
        ("| People injured |", "23", "wounded", "all", ["civilians"], None, 23, 23, "exact", None, "2024-03-12", None, False),
        ("| People displaced |", "9,800", "displaced", "civilians", ["all"], None, 9800, 9800, "exact", None, "2024-03-12", None, False),
    ]),
    ("h002", "2024-05-14", "news site (unnamed)", "live blog with timestamps, newest first", """Live: Missile strike on Zaporizhzhia – updates
Updated 14 May 2024

18:05
The regional governor, Ivan Fedorov, now says 11 people were killed in the strike on the industrial district, among them a 9-year-old girl.

17:20
Rescuers have pulled two more bodies from the rubble. The State Emergency Service says 34 people were injured, 12 of whom remain in hospital.

16:40
Russia's defence ministry claims its forces hit "a workshop assembling drones" and killed up to 20 "foreign specialists". We cannot verify this.

15:55
At least six people are dead and 19 wounded, Fedorov says on Telegram. He adds that people may still be trapped under the rubble of a five-storey building.

15:10
Air raid sirens sounded across the region at 14:48. Explosions were heard in the city centre.
""", [
        ("now says 11 people", "11 people", "killed", "all", ["civilians"], None, 11, 11, "exact", "Zaporizhzhia governor", "2024-05-14", None, False),
        ("Rescuers have pulled", "two more bodies", "killed", "all", ["civilians"], None, 2, 2, "exact", None, "2024-05-14", None, False),
        ("The State Emergency Service says", "34 people", "wounded", "all", ["civilians"], None, 34, 34, "exact", "State Emergency Service", "2024-05-14", None, False),
        ("The State Emergency Service says", "12 of whom", "wounded", "all", ["civilians"], None, 12, 12, "exact", "State Emergency Service", "2024-05-14", 2, False),
        ("Russia's defence ministry claims", "up to 20", "killed", "foreign fighters", ["unknown", "all"], None, 0, 20, "up_to", "Russian Defence Ministry", "2024-05-14", None, False),
        ("At least six people are dead", "At least six people", "killed", "all", ["civilians"], None, 6, None, "at_least", "Zaporizhzhia governor", "2024-05-14", None, False),
        ("At least six people are dead", "19", "wounded", "all", ["civilians"], None, 19, 19, "exact", "Zaporizhzhia governor", "2024-05-14", None, False),
    ]),
    ("h003", "2025-04-13", "thread of posts (journalist)", "thread of numbered posts with signature", """1/ Thread on the RSF assault on Zamzam camp near El Fasher, based on calls with aid workers and residents this morning.

2/ Medics at the camp's field hospital say at least 47 people were killed since Friday, most by shelling. 18 of them were children.

3/ MSF says its team treated 130 wounded patients in 24 hours and ran out of blood supplies.

4/ Residents told me RSF fighters abducted "dozens of young men" from the market on Saturday. No numbers from officials yet.

5/ The UN now estimates 60,000 people have fled towards Tawila. Reminder: the camp held around 400,000 before the assault.

— Khalid Osman (@kosman_sd) 13 April 2025
""", [
        ("Medics at the camp's field hospital", "at least 47 people", "killed", "all", ["civilians"], None, 47, None, "at_least", "medical sources", "2025-04-13", None, False),
        ("18 of them were children", "18 of them", "killed", "civilians", [], "children", 18, 18, "exact", None, "2025-04-13", 0, False),
        ("MSF says its team", "130 wounded patients", "wounded", "civilians", ["all"], "patients", 130, 130, "exact", "MSF", "2025-04-13", None, False),
        ("Residents told me", "dozens", "abducted", "civilians", ["all"], None, 24, 99, "vague", "residents", "2025-04-12", None, False),
        ("The UN now estimates", "60,000 people", "displaced", "civilians", ["all"], None, 60000, 60000, "exact", "UN", "2025-04-13", None, False),
    ]),
    ("h004", "2024-10-09", "Reuters", "wire article with embedded ministry statement", """Gunmen kill 9 at checkpoint in Pakistan's northwest, ministry says

PESHAWAR, Pakistan (Reuters) - Militants attacked a police checkpoint in Pakistan's Khyber Pakhtunkhwa province before dawn on Wednesday, killing nine policemen and wounding five others, the interior ministry said.

"Nine brave officers embraced martyrdom while repulsing the attack. Security forces killed four terrorists in the exchange of fire," the ministry said in a statement.

A police official in Lakki Marwat district, speaking on condition of anonymity, said two of the wounded officers were in critical condition and that the attackers had used night-vision equipment.

The Pakistani Taliban, or TTP, claimed responsibility in a message to journalists, saying its fighters had killed 15 policemen.

More than 1,000 members of the security forces were killed in the province last year, according to a think tank.
""", [
        ("Gunmen kill 9", "9", "killed", "all", ["Pakistani police", "police"], None, 9, 9, "exact", "Interior Ministry", "2024-10-09", None, False),
        ("killing nine policemen", "nine policemen", "killed", "Pakistani police", ["police"], None, 9, 9, "exact", "Interior Ministry", "2024-10-09", None, False),
        ("killing nine policemen", "five others", "wounded", "Pakistani police", ["police"], None, 5, 5, "exact", "Interior Ministry", "2024-10-09", None, False),
        ("Nine brave officers", "Nine brave officers", "killed", "Pakistani police", ["police"], None, 9, 9, "exact", "Interior Ministry", "2024-10-09", None, False),
        ("Security forces killed four", "four terrorists", "killed", "TTP", ["unknown", "Pakistani Taliban"], "attackers", 4, 4, "exact", "Interior Ministry", "2024-10-09", None, False),
        ("A police official in Lakki Marwat", "two of the wounded officers", "wounded", "Pakistani police", ["police"], None, 2, 2, "exact", "police", "2024-10-09", 2, False),
        ("saying its fighters had killed", "15 policemen", "killed", "Pakistani police", ["police"], None, 15, 15, "exact", "TTP", "2024-10-09", None, False),
        ("More than 1,000 members", "More than 1,000 members", "killed", "Pakistani security forces", ["security forces", "Pakistani army", "Pakistani police"], None, 1001, None, "more_than", "think tank", None, None, True),
    ]),
    ("h005", "2023-09-18", "Nigerian news site", "HTML article with byline and related-links box", """<article>
<h1>Bandits free 23 abducted villagers in Zamfara after ransom, police say</h1>
<p class="byline">By Aminu Abdullahi | Published 18 September 2023, 09:14 WAT</p>
<p>GUSAU – Twenty-three villagers abducted from Kware community in Zamfara state last month have been released, police said on Sunday, a day after relatives said they paid a ransom.</p>
<div class="related"><strong>Related:</strong> <a href="/news/2023/08/bandits-kill-12">Bandits kill 12 in Zamfara market raid</a> · <a href="/news/2023/07/kaduna-church">Gunmen abduct 40 worshippers in Kaduna</a></div>
<p>Police spokesman Yazid Abubakar said the freed captives, 17 women and six children, had been handed to the state government for medical checks.</p>
<p>Residents said the gunmen had seized 31 people in the August 20 raid and killed two men who tried to resist. Eight of the captives are still being held, they said.</p>
<p>Kidnapping for ransom has plagued northwest Nigeria for years.</p>
</article>
""", [
        ("<h1>Bandits free 23", "23 abducted villagers", "freed", "civilians", [], "villagers", 23, 23, "exact", "police", "2023-09-18", None, False),
        ("Twenty-three villagers abducted", "Twenty-three villagers", "freed", "civilians", [], "villagers", 23, 23, "exact", "police", "2023-09-17", None, False),
        ("Related:", "12", "killed", "all", ["civilians"], None, 12, 12, "exact", None, None, None, True),
        ("Related:", "40 worshippers", "abducted", "civilians", [], "worshippers", 40, 40, "exact", None, None, None, True),
        ("Police spokesman Yazid Abubakar", "17 women", "freed", "civilians", [], "women", 17, 17, "exact", "police", "2023-09-18", 1, False),
        ("Police spokesman Yazid Abubakar", "six children", "freed", "civilians", [], "children", 6, 6, "exact", "police", "2023-09-18", 1, False),
        ("Residents said the gunmen had seized", "31 people", "abducted", "civilians", ["all"], None, 31, 31, "exact", "residents", "2023-08-20", None, False),
        ("Residents said the gunmen had seized", "two men", "killed", "civilians", ["all"], None, 2, 2, "exact", "residents", "2023-08-20", None, False),
        ("Eight of the captives", "Eight of the captives", "abducted", "civilians", [], None, 8, 8, "exact", "residents", "2023-09-18", 6, False),
    ]),
    ("h006", "2024-03-03", "news brief (unnamed)", "short brief, figures in words and digits", """Twelve killed, 30 hurt as bus hits roadside bomb in Somalia

MOGADISHU, March 3 - Twelve passengers were killed and thirty were wounded when a minibus struck a roadside bomb on the road between Afgoye and Mogadishu on Sunday, a regional official said.

Of the dead, seven were women and 2 were children, the official, Abdullahi Nur, told reporters by phone. Fourteen of the wounded were airlifted to Mogadishu.

Police blamed al-Shabaab, which has carried out dozens of similar bombings this year. The group did not comment.

A week earlier, a blast in the same area killed four soldiers.
""", [
        ("Twelve killed, 30 hurt", "Twelve", "killed", "all", ["civilians"], None, 12, 12, "exact", None, "2024-03-03", None, False),
        ("Twelve killed, 30 hurt", "30", "wounded", "all", ["civilians"], None, 30, 30, "exact", None, "2024-03-03", None, False),
        ("Twelve passengers were killed", "Twelve passengers", "killed", "civilians", [], "passengers", 12, 12, "exact", "officials", "2024-03-03", None, False),
        ("Twelve passengers were killed", "thirty", "wounded", "civilians", ["all"], "passengers", 30, 30, "exact", "officials", "2024-03-03", None, False),
        ("Of the dead, seven", "seven", "killed", "civilians", [], "women", 7, 7, "exact", "officials", "2024-03-03", 2, False),
        ("Of the dead, seven", "2", "killed", "civilians", [], "children", 2, 2, "exact", "officials", "2024-03-03", 2, False),
        ("Fourteen of the wounded", "Fourteen of the wounded", "wounded", "civilians", ["all"], None, 14, 14, "exact", None, "2024-03-03", 3, False),
        ("A week earlier", "four soldiers", "killed", "Somali army", ["Somali forces", "soldiers", "army"], None, 4, 4, "exact", None, None, None, True),
    ]),
    ("h007", "2024-02-12", "AFP", "wire article with upward and downward revisions", """Toll from Gao market bombing rises to 37

BAMAKO, Mali (AFP) - The death toll from Saturday's car bomb at the central market in Gao rose to 37 on Monday from 22 announced on the day of the attack, a hospital source told AFP.

The government, which had initially reported "about 15 dead", revised its own figure up to 31 in a statement read on state television on Sunday evening.

Among the dead were at least 9 children, the hospital source said. The number of wounded was revised down to 58 from 64 after some patients were found to have been counted twice.

No group has claimed the attack, but the Islamic State Sahel Province has been active in the area.
""", [
        ("Toll from Gao market bombing", "37", "killed", "all", ["civilians"], None, 37, 37, "exact", None, "2024-02-12", None, False),
        ("The death toll from Saturday", "37", "killed", "all", ["civilians"], None, 37, 37, "exact", "medical sources", "2024-02-12", None, False),
        ("The death toll from Saturday", "22", "killed", "all", ["civilians"], None, 22, 22, "exact", "medical sources", "2024-02-10", None, False),
        ("The government, which had initially", "about 15", "killed", "all", ["civilians"], None, 15, 15, "about", "Malian government", None, None, False),
        ("The government, which had initially", "31", "killed", "all", ["civilians"], None, 31, 31, "exact", "Malian government", "2024-02-11", None, False),
        ("Among the dead were at least 9", "at least 9 children", "killed", "civilians", [], "children", 9, None, "at_least", "medical sources", "2024-02-12", 1, False),
        ("The number of wounded was revised", "58", "wounded", "all", ["civilians"], None, 58, 58, "exact", None, "2024-02-12", None, False),
        ("The number of wounded was revised", "64", "wounded", "all", ["civilians"], None, 64, 64, "exact", None, None, None, False),
    ]),
    ("h008", "2024-04-12", "news article (unnamed)", "article on a hostage rescue", """Philippine troops rescue 3 of 5 kidnapped fishermen; 2 still held by Abu Sayyaf

ZAMBOANGA CITY, Philippines - Government troops rescued three Indonesian fishermen held by Abu Sayyaf militants on a remote island in Sulu province on Thursday, the military said on Friday.

The three were among five crew members seized from a fishing boat off Tawi-Tawi in January. Two others remain in captivity, said Lt. Col. Ramon Dela Cruz, spokesman for the military's Western Mindanao Command.

One soldier was wounded in a brief firefight, and two of the kidnappers were killed, he said.

Indonesia's foreign ministry confirmed the release of the three and said it was working to free the remaining two.
""", [
        ("Philippine troops rescue", "3", "freed", "civilians", [], "fishermen", 3, 3, "exact", None, "2024-04-12", None, False),
        ("Philippine troops rescue", "5 kidnapped fishermen", "abducted", "civilians", [], "fishermen", 5, 5, "exact", None, "2024-04-12", None, False),
        ("Philippine troops rescue", "2", "abducted", "civilians", [], "fishermen", 2, 2, "exact", None, "2024-04-12", None, False),
        ("Government troops rescued three", "three Indonesian fishermen", "freed", "civilians", [], "fishermen", 3, 3, "exact", "Philippine military", "2024-04-12", None, False),
        ("The three were among five", "The three", "abducted", "civilians", [], "fishermen", 3, 3, "exact", None, "2024-04-12", 5, False),
        ("The three were among five", "five crew members", "abducted", "civilians", [], "crew", 5, 5, "exact", None, "2024-04-12", None, False),
        ("Two others remain in captivity", "Two others", "abducted", "civilians", [], "fishermen", 2, 2, "exact", "Philippine military", "2024-04-12", None, False),
        ("One soldier was wounded", "One soldier", "wounded", "Philippine military", ["army", "soldiers", "Philippine army"], None, 1, 1, "exact", "Philippine military", "2024-04-12", None, False),
        ("One soldier was wounded", "two of the kidnappers", "killed", "Abu Sayyaf", ["unknown"], "kidnappers", 2, 2, "exact", "Philippine military", "2024-04-12", None, False),
        ("Indonesia's foreign ministry confirmed", "the three", "freed", "civilians", [], "fishermen", 3, 3, "exact", "Indonesian Foreign Ministry", "2024-04-12", None, False),
    ]),
    ("h009", "2023-11-22", "news brief (unnamed)", "brief on a migrant boat sinking", """At least 38 migrants missing after boat sinks off Libya – IOM

TRIPOLI, 22 November 2023 – At least 38 migrants are missing and feared dead after their overcrowded rubber boat sank off the Libyan coast near Zuwara, the International Organization for Migration (IOM) said on Wednesday.

Fifteen survivors were brought back to shore by fishermen and handed to the Libyan coast guard, IOM said. The agency said the boat had left Zuwara late on Monday carrying about 55 people, among them women and at least four children.

Two bodies have washed ashore so far, a local Red Crescent volunteer said.

More than 2,000 people have died or disappeared on the Central Mediterranean route this year, according to IOM's Missing Migrants Project.
""", [
        ("At least 38 migrants missing after", "At least 38 migrants", "missing", "civilians", ["all"], "migrants", 38, None, "at_least", "IOM", "2023-11-22", None, False),
        ("At least 38 migrants are missing", "At least 38 migrants", "missing", "civilians", ["all"], "migrants", 38, None, "at_least", "IOM", "2023-11-22", None, False),
        ("Fifteen survivors were brought", "Fifteen survivors", "freed", "civilians", ["all"], "migrants", 15, 15, "exact", "IOM", "2023-11-22", None, False),
        ("Two bodies have washed ashore", "Two bodies", "killed", "civilians", ["all"], "migrants", 2, 2, "exact", "Red Crescent", "2023-11-22", None, False),
    ]),
    ("h010", "2023-08-08", "Reuters", "wire article on a prison break", """Hundreds of inmates escape after gunmen storm jail in eastern Congo

BENI, Democratic Republic of Congo, Aug 8 (Reuters) - Suspected ADF rebels attacked Kangbayi central prison in Beni overnight, freeing more than 800 inmates, the local mayor said on Tuesday.

"We have recaptured 112 of the escapees. Others are hiding in the neighbourhoods," Mayor Narcisse Muteba told Reuters by phone.

Two policemen guarding the prison and one attacker were killed in the fighting, the army said. The prison held 1,450 detainees at the time of the attack, according to a UN report in 2022.

Only about 100 inmates chose to stay, a prison official said.
""", [
        ("Hundreds of inmates escape", "Hundreds", "escaped", "unknown", ["all", "inmates", "prisoners"], "inmates", 200, 999, "vague", None, "2023-08-08", None, False),
        ("freeing more than 800 inmates", "more than 800 inmates", "freed", "unknown", ["all", "inmates", "prisoners"], "inmates", 801, None, "more_than", "Beni mayor", "2023-08-08", None, False),
        ("We have recaptured 112", "112 of the escapees", "captured", "unknown", ["all", "inmates", "prisoners"], "escapees", 112, 112, "exact", "Beni mayor", "2023-08-08", None, False),
        ("Two policemen guarding the prison", "Two policemen", "killed", "Congolese police", ["police"], None, 2, 2, "exact", "Congolese army", "2023-08-08", None, False),
        ("Two policemen guarding the prison", "one attacker", "killed", "ADF", ["unknown"], "attackers", 1, 1, "exact", "Congolese army", "2023-08-08", None, False),
    ]),
    ("h011", "2024-07-05", "news brief (unnamed)", "displacement update from a UN briefing", """Cameroon: Over 4,500 flee fighting in North-West region, UN says

GENEVA, 5 July 2024 — Renewed clashes between separatist fighters and government troops around Bamenda have forced more than 4,500 people to leave their homes in the past week, the UN refugee agency UNHCR said on Friday.

Most of the newly displaced, some 3,200, are sheltering in schools and churches in Bamenda, while roughly 1,300 have crossed into neighbouring West region, UNHCR spokesperson Olga Sarrado told a briefing.

In total, the crisis in the Anglophone regions has uprooted nearly 600,000 people since 2017.

Separately, local officials said five civilians were killed in Batibo on Wednesday.
""", [
        ("Cameroon: Over 4,500 flee", "Over 4,500", "displaced", "civilians", ["all"], None, 4501, None, "more_than", "UN", "2024-07-05", None, False),
        ("have forced more than 4,500 people", "more than 4,500 people", "displaced", "civilians", ["all"], None, 4501, None, "more_than", "UNHCR", "2024-07-05", None, False),
        ("Most of the newly displaced", "some 3,200", "displaced", "civilians", ["all"], None, 3200, 3200, "about", "UNHCR", "2024-07-05", 1, False),
        ("Most of the newly displaced", "roughly 1,300", "displaced", "civilians", ["all"], None, 1300, 1300, "about", "UNHCR", "2024-07-05", 1, False),
        ("In total, the crisis", "nearly 600,000 people", "displaced", "civilians", ["all"], None, 600000, 600000, "nearly", None, None, None, True),
        ("Separately, local officials said", "five civilians", "killed", "civilians", [], None, 5, 5, "exact", "officials", "2024-07-03", None, False),
    ]),
    ("h012", "2024-01-10", "news brief (unnamed)", "brief relaying a military statement with zero counts", """Iraqi jets strike ISIS hideouts in Hamrin mountains, killing 9 militants

BAGHDAD, Jan 10 — Iraqi F-16 jets struck a network of caves used by Islamic State militants in the Hamrin mountains on Tuesday, killing nine of them, the Security Media Cell said in a statement.

"No civilians were killed and none of our personnel were injured," the statement said, adding that ground forces arrested three suspects who fled the area.

A local official in Diyala province said 2 shepherds had been wounded by unexploded ordnance in the same area last month.

Iraq declared victory over IS in December 2017, but sleeper cells still carry out sporadic attacks.
""", [
        ("Iraqi jets strike ISIS hideouts", "9 militants", "killed", "ISIS", ["IS", "Islamic State"], None, 9, 9, "exact", None, "2024-01-10", None, False),
        ("killing nine of them", "nine of them", "killed", "ISIS", ["IS", "Islamic State"], None, 9, 9, "exact", "Security Media Cell", "2024-01-09", None, False),
        ("No civilians were killed", "No civilians", "killed", "civilians", [], None, 0, 0, "exact", "Security Media Cell", "2024-01-10", None, False),
        ("No civilians were killed", "none of our personnel", "wounded", "Iraqi army", ["Iraqi military", "Iraqi forces", "Iraqi security forces"], None, 0, 0, "exact", "Security Media Cell", "2024-01-10", None, False),
        ("No civilians were killed", "three suspects", "captured", "unknown", ["ISIS"], "suspects", 3, 3, "exact", "Security Media Cell", "2024-01-10", None, False),
        ("A local official in Diyala", "2 shepherds", "wounded", "civilians", [], "herders", 2, 2, "exact", "officials", None, None, True),
    ]),
]


def main() -> None:
    write_set(HERE, DOCS, "heldout", attributed_ok=False)


if __name__ == "__main__":
    main()
