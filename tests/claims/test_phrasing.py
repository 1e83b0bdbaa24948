"""Fixture reports (written for these tests) for each phrasing class of shared/spec/claims.md.

Each case lists the exact claims expected, in text order:
(outcome, party, role, value_low, value_high, qualifier, attributed_to, as_of, part_of, span text).
"""

from __future__ import annotations

import pytest

from claims import EXTRACTOR_VERSION, Claim, extract, find_places, place_within

PUB = "2024-03-07"  # a Thursday

CASES = {
    # ---- figures: digits, words, dozens, vague words, qualifiers and their bounds
    "digits_at_least": (
        "Gunmen killed at least 14 villagers in Oruma on Tuesday, a local official said.",
        [("killed", "civilians", "villagers", 14, None, "at_least", "officials", "2024-03-05", None, "at least 14 villagers")],
    ),
    "commas_more_than": (
        "More than 3,400 people have fled their homes in the district since the weekend, the U.N. refugee agency said on Friday.",
        [("displaced", "all", None, 3401, None, "more_than", "UNHCR", "2024-03-01", None, "More than 3,400 people")],
    ),
    "number_word": (
        "Twenty-seven Malian soldiers were killed in the ambush, the army said.",
        [("killed", "Malian army", None, 27, 27, "exact", "Malian army", PUB, None, "Twenty-seven Malian soldiers")],
    ),
    "dozen_two_dozen": (
        "Militants abducted a dozen farmers and two dozen herders near the border, residents said.",
        [("abducted", "civilians", "farmers", 12, 12, "exact", "residents", PUB, None, "a dozen farmers"),
         ("abducted", "civilians", "herders", 24, 24, "exact", "residents", PUB, None, "two dozen herders")],
    ),
    "vague_words": (
        "Dozens of inmates broke out of the jail and scores of people were hurt, while hundreds more fled their homes.",
        [("escaped", "unknown", "inmates", 24, 99, "vague", None, PUB, None, "Dozens of inmates"),
         ("wounded", "all", None, 40, 99, "vague", None, PUB, None, "scores of people"),
         ("displaced", "all", None, 200, 999, "vague", None, PUB, None, "hundreds")],
    ),
    "nearly_about_up_to": (
        "Nearly 40 people died, about 25 were injured and up to 60 are missing.",
        [("killed", "all", None, 40, 40, "nearly", None, PUB, None, "Nearly 40 people"),
         ("wounded", "all", None, 25, 25, "about", None, PUB, None, "about 25"),
         ("missing", "all", None, 0, 60, "up_to", None, PUB, None, "up to 60")],
    ),
    "ranges": (
        "Between 10 and 15 guards were wounded. Rescuers recovered 30-35 bodies. Officials said 120 to 150 detainees escaped.",
        [("wounded", "security forces", "guards", 10, 15, "range", None, PUB, None, "Between 10 and 15 guards"),
         ("killed", "all", None, 30, 35, "range", None, PUB, None, "30-35 bodies"),
         ("escaped", "unknown", "detainees", 120, 150, "range", "officials", PUB, None, "120 to 150 detainees")],
    ),
    "as_many_as_some_almost_around": (
        "As many as 9 police officers were kidnapped. Some 70 fighters surrendered. Almost 1,000 people were displaced. "
        "Around 45 prisoners were freed.",
        [("abducted", "police", None, 0, 9, "up_to", None, PUB, None, "As many as 9 police officers"),
         ("captured", "unknown", None, 70, 70, "about", None, PUB, None, "Some 70 fighters"),
         ("displaced", "all", None, 1000, 1000, "nearly", None, PUB, None, "Almost 1,000 people"),
         ("freed", "unknown", "prisoners", 45, 45, "about", None, PUB, None, "Around 45 prisoners")],
    ),
    # ---- outcomes and their usual wordings
    "bodies_lost_lives_released": (
        "The bodies of 11 miners were found in the shaft. Seven guards lost their lives. Three hostages were released on Monday.",
        [("killed", "civilians", "miners", 11, 11, "exact", None, PUB, None, "11 miners"),
         ("killed", "security forces", "guards", 7, 7, "exact", None, PUB, None, "Seven guards"),
         ("freed", "civilians", "hostages", 3, 3, "exact", None, "2024-03-04", None, "Three hostages")],
    ),
    "arrested_unaccounted_recaptured_hostage_surrendered": (
        "Four suspects were arrested. Two soldiers remain unaccounted for. The army said 18 escaped prisoners had been "
        "recaptured. Five aid workers were taken hostage. A dozen gunmen surrendered.",
        [("captured", "unknown", "suspects", 4, 4, "exact", None, PUB, None, "Four suspects"),
         ("missing", "army", None, 2, 2, "exact", None, PUB, None, "Two soldiers"),
         ("captured", "unknown", "prisoners", 18, 18, "exact", "army", PUB, None, "18 escaped prisoners"),
         ("abducted", "civilians", "workers", 5, 5, "exact", None, PUB, None, "Five aid workers"),
         ("captured", "unknown", "attackers", 12, 12, "exact", None, PUB, None, "A dozen gunmen")],
    ),
    "fled_prison_at_large": (
        "Six detainees fled the prison during the riot and four others are still at large.",
        [("escaped", "unknown", "detainees", 6, 6, "exact", None, PUB, None, "Six detainees"),
         ("escaped", "unknown", "detainees", 4, 4, "exact", None, PUB, None, "four others")],
    ),
    # ---- parties through gazetteer aliases
    "aliases_daesh_isil": (
        "Daesh said its fighters had killed 9 Iraqi soldiers. Six ISIL militants were killed in the counter-attack.",
        [("killed", "Iraqi army", None, 9, 9, "exact", "ISIS", PUB, None, "9 Iraqi soldiers"),
         ("killed", "ISIS", "militants", 6, 6, "exact", None, PUB, None, "Six ISIL militants")],
    ),
    "aliases_kurdish_led_asayish": (
        "Kurdish-led forces arrested 40 IS suspects in Hasaka. The Asayish said three of its members were wounded.",
        [("captured", "ISIS", None, 40, 40, "exact", None, PUB, None, "40 IS suspects"),
         ("wounded", "Asayish", None, 3, 3, "exact", "Asayish", PUB, None, "three of its members")],
    ),
    # ---- attribution
    "according_to": (
        "At least 52 people have been killed in the clashes, according to the Syrian Observatory for Human Rights.",
        [("killed", "all", None, 52, None, "at_least", "SOHR", PUB, None, "At least 52 people")],
    ),
    "said_x_and_told_wire": (
        "Eleven people were wounded, said the health ministry. A police spokesman told Reuters that 4 attackers were killed.",
        [("wounded", "all", None, 11, 11, "exact", "Health Ministry", PUB, None, "Eleven people"),
         ("killed", "unknown", "attackers", 4, 4, "exact", "police", PUB, None, "4 attackers")],
    ),
    "signed_post": (
        "NEW: #SDF says 12 of its fighters were killed in the night raid on the camp.\n\n"
        "\u2014 Jane Roe (@jroe_news) March 3, 2024",
        [("killed", "SDF", None, 12, 12, "exact", "SDF", "2024-03-03", None, "12 of its fighters")],
    ),
    # ---- parts of totals
    "including_among_them": (
        "At least 30 people were killed, including eight children. Nine people died, among them four women.",
        [("killed", "all", None, 30, None, "at_least", None, PUB, None, "At least 30 people"),
         ("killed", "civilians", "children", 8, 8, "exact", None, PUB, 0, "eight children"),
         ("killed", "all", None, 9, 9, "exact", None, PUB, None, "Nine people"),
         ("killed", "civilians", "women", 4, 4, "exact", None, PUB, 2, "four women")],
    ),
    "of_whom_dash_list": (
        "Twelve soldiers were wounded, five of whom are in critical condition. "
        "Six people were killed \u2014 four police officers and two civilians \u2014 in the blast.",
        [("wounded", "army", None, 12, 12, "exact", None, PUB, None, "Twelve soldiers"),
         ("wounded", "army", None, 5, 5, "exact", None, PUB, 0, "five of whom"),
         ("killed", "all", None, 6, 6, "exact", None, PUB, None, "Six people"),
         ("killed", "police", None, 4, 4, "exact", None, PUB, 2, "four police officers"),
         ("killed", "civilians", None, 2, 2, "exact", None, PUB, 2, "two civilians")],
    ),
    "bulleted_breakdown": (
        "Market bombing\n\nThe ministry gave this breakdown of the death toll of 25:\n- 15 civilians\n- 10 soldiers",
        [("killed", "all", None, 25, 25, "exact", None, PUB, None, "25"),
         ("killed", "civilians", None, 15, 15, "exact", None, PUB, 0, "15 civilians"),
         ("killed", "army", None, 10, 10, "exact", None, PUB, 0, "10 soldiers")],
    ),
    # ---- as_of from the report date and the text
    "late_thursday_on_sunday": (
        "Gunmen killed 5 people late on Thursday, police said. On Sunday, militants freed 3 hostages.",
        [("killed", "all", None, 5, 5, "exact", "police", PUB, None, "5 people"),
         ("freed", "civilians", "hostages", 3, 3, "exact", None, "2024-03-03", None, "3 hostages")],
    ),
    "explicit_date_two_days_later": (
        "On March 1, 2024, militants abducted 20 students from a school. "
        "Two days later, police said 6 of the students had escaped.",
        [("abducted", "civilians", "students", 20, 20, "exact", None, "2024-03-01", None, "20 students"),
         ("escaped", "civilians", "students", 6, 6, "exact", "police", "2024-03-03", None, "6 of the students")],
    ),
    "relative_clause_then_main_verb": (
        "On Wednesday, local officials said 14 villagers who had been kidnapped last week were released.",
        [("freed", "civilians", "villagers", 14, 14, "exact", "officials", "2024-03-06", None, "14 villagers")],
    ),
    "shot_dead_taken_to_hospital": (
        "Gunmen shot dead 4 farmers, and 9 others were taken to hospital.",
        [("killed", "civilians", "farmers", 4, 4, "exact", None, PUB, None, "4 farmers"),
         ("wounded", "civilians", "farmers", 9, 9, "exact", None, PUB, None, "9 others")],
    ),
    "of_the_wounded_refers_back": (
        "Blast in market\n\nA blast wounded 40 people on Monday. Doctors said 6 of the wounded were in critical condition.",
        [("wounded", "all", None, 40, 40, "exact", None, "2024-03-04", None, "40 people"),
         ("wounded", "all", None, 6, 6, "exact", "medical sources", PUB, 0, "6 of the wounded")],
    ),
    "background_cumulative_toll": (
        "The war has killed more than 10,000 people.",
        [("killed", "all", None, 10001, None, "more_than", None, None, None, "more than 10,000 people")],
    ),
    "of_those_killed_and_among_the_victims": (
        "Market blast\n\nThe blast killed 40 people. Of those killed, 12 were children. "
        "The official said 6 members of the same family were among the victims.",
        [("killed", "all", None, 40, 40, "exact", None, PUB, None, "40 people"),
         ("killed", "civilians", "children", 12, 12, "exact", None, PUB, 0, "12"),  # "12 were children"
         ("killed", "civilians", None, 6, 6, "exact", "officials", PUB, 0, "6 members")],
    ),
    "total_in_all_after_its_parts": (
        "Raid on a hamlet\n\nVillage elders said 30 men, 9 women and 5 children died, 44 in all.",
        [("killed", "all", None, 30, 30, "exact", "residents", PUB, 3, "30 men"),
         ("killed", "civilians", "women", 9, 9, "exact", "residents", PUB, 3, "9 women"),
         ("killed", "civilians", "children", 5, 5, "exact", "residents", PUB, 3, "5 children"),
         ("killed", "all", None, 44, 44, "exact", "residents", PUB, None, "44")],
    ),
    "part_of_the_current_toll_not_the_revised_one": (
        "Bus bombing\n\nThe bombing killed 26 people, police said, raising an earlier toll of 20. "
        "Nine of the dead were schoolchildren.",
        [("killed", "all", None, 26, 26, "exact", "police", PUB, None, "26 people"),
         ("killed", "all", None, 20, 20, "exact", "police", None, None, "20"),
         ("killed", "civilians", "students", 9, 9, "exact", None, PUB, 0, "Nine of the dead")],
    ),
    "part_named_after_with_a_participle": (
        "Checkpoint attack\n\nGunmen killed 15 people at a checkpoint, the governor said. "
        "Four policemen manning the barrier were among the dead.",
        [("killed", "all", None, 15, 15, "exact", "officials", PUB, None, "15 people"),
         ("killed", "police", None, 4, 4, "exact", None, PUB, 0, "Four policemen")],
    ),
    "among_the_named_people_picks_their_total": (
        "Base attack repelled\n\nTroops killed 37 insurgents, the army said. Two soldiers died in the fighting. "
        "Among the insurgents killed were three commanders, it said.",
        [("killed", "unknown", None, 37, 37, "exact", "army", PUB, None, "37 insurgents"),
         ("killed", "army", None, 2, 2, "exact", None, PUB, None, "Two soldiers"),
         ("killed", "unknown", None, 3, 3, "exact", "army", PUB, 0, "three commanders")],
    ),
    "quotation_over_several_sentences_speaks_for_its_closing_tag": (
        "Ferry fire\n\n\u201cThe fire spread in minutes. Eleven passengers burned to death. Another 30 jumped into the "
        "river,\u201d the county governor said.",
        [("killed", "civilians", "passengers", 11, 11, "exact", "officials", PUB, None, "Eleven passengers")],
    ),
    "an_officer_speaks_for_his_force": (
        "Ambush in the north\n\nNine soldiers died in the ambush near Tillaberi, Colonel Issa Moussa told reporters.",
        [("killed", "Niger army", None, 9, 9, "exact", "Niger army", PUB, None, "Nine soldiers")],
    ),
    "claimed_lives_is_no_speaker": (
        "Decade of war\n\nFighting between the army and separatists has claimed more than 4,000 lives, according to "
        "the International Crisis Group.",
        [("killed", "all", None, 4001, None, "more_than", "ICG", PUB, None, "more than 4,000 lives")],
    ),
    "opening_according_to_ends_at_its_comma": (
        "Toll\n\nAccording to figures kept by the local bar association, the militia has killed at least 300 people.",
        [("killed", "all", None, 300, None, "at_least", None, PUB, None, "at least 300 people")],
    ),
    "breakdown_in_the_next_sentence_meets_a_lower_bound": (
        "Year of war\n\nMore than 500 people have been killed this year, the UN said. It counted 410 civilians, 62 "
        "soldiers and 41 fighters killed.",
        [("killed", "all", None, 501, None, "more_than", "UN", PUB, None, "More than 500 people"),
         ("killed", "civilians", None, 410, 410, "exact", "UN", PUB, 0, "410 civilians"),
         ("killed", "army", None, 62, 62, "exact", "UN", PUB, 0, "62 soldiers"),
         ("killed", "unknown", None, 41, 41, "exact", "UN", PUB, 0, "41 fighters")],
    ),
    "among_the_injured_without_a_verb": (
        "Blast\n\nThe blast killed 12 people and wounded 34, police said. Doctors counted at least five children "
        "among the injured.",
        [("killed", "all", None, 12, 12, "exact", "police", PUB, None, "12 people"),
         ("wounded", "all", None, 34, 34, "exact", "police", PUB, None, "34"),
         ("wounded", "civilians", "children", 5, None, "at_least", "medical sources", PUB, 1, "at least five children")],
    ),
    "an_official_of_a_named_body_is_that_body": (
        "Strike on a village\n\nThe strike left 14 people wounded, according to Col. Aung Min, the spokesperson of the "
        "Kachin Independence Army.",
        [("wounded", "all", None, 14, 14, "exact", "KIA", PUB, None, "14 people")],
    ),
    "an_armed_group_s_own_spokesman": (
        "Base overrun\n\nFighters overran the base, Ali Nur, al-Shabaab's military operations spokesman, told "
        "reporters. He said the attackers killed 15 soldiers.",
        [("killed", "army", None, 15, 15, "exact", "al-Shabaab", PUB, None, "15 soldiers")],
    ),
    "a_state_government_by_its_name": (
        "Insurgency toll\n\nAccording to Chhattisgarh government records, 25 security personnel were killed last year.",
        [("killed", "Indian security forces", "security staff", 25, 25, "exact", "Chhattisgarh government", None, None,
          "25 security personnel")],
    ),
    "hard_wrapped_lines_keep_their_speaker": (
        "School raid\n\nArmed men have kidnapped 31 pupils and two teachers from a boarding school in\nthe north-west, a "
        "district official said on Thursday.",
        [("abducted", "civilians", "students", 31, 31, "exact", "officials", PUB, None, "31 pupils"),
         ("abducted", "civilians", "teachers", 2, 2, "exact", "officials", PUB, None, "two teachers")],
    ),
    "recall_of_real_wordings": (
        "Night raid\n\nThe shelling killed a baby, four women and an old man, police said. Nine rangers were gunned "
        "down at the post and 12 wounded, three seriously. \"We lost two men and five are nursing injuries,\" a "
        "commander said. The fighting has caused the flight of 3,000 people.",
        [("killed", "civilians", "women", 4, 4, "exact", "police", PUB, None, "four women"),
         ("killed", "army", None, 9, 9, "exact", None, PUB, None, "Nine rangers"),
         ("wounded", "army", None, 12, 12, "exact", None, PUB, None, "12 wounded"),
         ("wounded", "army", None, 3, 3, "exact", None, PUB, 2, "three"),
         ("killed", "all", None, 2, 2, "exact", None, PUB, None, "two men"),
         ("wounded", "all", None, 5, 5, "exact", None, PUB, None, "five"),
         ("displaced", "all", None, 3000, 3000, "exact", None, PUB, None, "3,000 people")],
    ),
    "a_toll_and_the_injuries_in_one_sentence": (
        "Hall attack\n\nThe death toll from the attack on the hall has risen to 96, and the injuries amount to 310.",
        [("killed", "all", None, 96, 96, "exact", None, PUB, None, "96"),
         ("wounded", "all", None, 310, 310, "exact", None, PUB, None, "310")],
    ),
    "a_correction_downwards_is_marked": (
        "Toll corrected\n\nPolice on Saturday revised down the death toll of the market blast to 61 after finding "
        "names counted twice.",
        [("killed", "all", None, 61, 61, "exact", "police", "2024-03-02", None, "61")],
    ),
    "a_part_after_another_part_in_its_sentence": (
        "Mosque blast\n\nAt least 57 worshippers were killed and 194 injured, police said. Ten of the injured were "
        "critical, while nine of the bodies were burned beyond recognition.",
        [("killed", "civilians", "worshippers", 57, None, "at_least", "police", PUB, None, "At least 57 worshippers"),
         ("wounded", "civilians", "worshippers", 194, 194, "exact", "police", PUB, None, "194 injured"),
         ("wounded", "civilians", "worshippers", 10, 10, "exact", None, PUB, 1, "Ten of the injured"),
         ("killed", "civilians", "worshippers", 9, 9, "exact", None, PUB, 0, "nine of the bodies")],
    ),
    "a_named_person_speaks_as_the_appositive_describes": (
        "Village raid\n\nMarie-Claire Habimana, a civil society leader in the area, said her group had counted 23 dead.",
        [("killed", "all", None, 23, 23, "exact", "civil society", PUB, None, "23 dead")],
    ),
    "headline_source_first": (
        "Police: 5 killed in market blast",
        [("killed", "all", None, 5, 5, "exact", "police", PUB, None, "5 killed")],
    ),
    # ---- zero counts
    "zero_two_outcomes": (
        "No civilians were killed or injured, the command said.",
        [("killed", "civilians", None, 0, 0, "exact", None, PUB, None, "No civilians"),
         ("wounded", "civilians", None, 0, 0, "exact", None, PUB, None, "No civilians")],
    ),
    "zero_none_of_nobody_no_one": (
        "None of the aid workers in the convoy were killed or hurt. Nobody is missing, rescuers said. "
        "No one was arrested.",
        [("killed", "civilians", "workers", 0, 0, "exact", None, PUB, None, "None of the aid workers"),
         ("wounded", "civilians", "workers", 0, 0, "exact", None, PUB, None, "None of the aid workers"),
         ("missing", "all", None, 0, 0, "exact", "rescuers", PUB, None, "Nobody"),
         ("captured", "unknown", None, 0, 0, "exact", None, PUB, None, "No one")],
    ),
    # ---- first person: the speaker's own side
    "first_person_losses": (
        '"We lost six men in the first hour and none of our soldiers were captured," the army spokesman said.',
        [("killed", "army", None, 6, 6, "exact", "army", PUB, None, "six men"),
         ("captured", "army", None, 0, 0, "exact", "army", PUB, None, "none of our soldiers")],
    ),
    # ---- wordings of military communiqués, reports of the missing, hostages still held, prisoners who flee
    "communique_and_state_wordings": (
        "Eleven gendarmes fell in the line of duty. Some 30 villagers were reported missing. "
        "Four engineers remain in the hands of the kidnappers. About 200 inmates fled the jail after the blast.",
        [("killed", "army", None, 11, 11, "exact", None, PUB, None, "Eleven gendarmes"),
         ("missing", "civilians", "villagers", 30, 30, "about", None, PUB, None, "Some 30 villagers"),
         ("abducted", "civilians", "workers", 4, 4, "exact", None, PUB, None, "Four engineers"),
         ("escaped", "unknown", "inmates", 200, 200, "about", None, PUB, None, "About 200 inmates")],
    ),
    "taken_away_and_along_with": (
        "Raiders took away 9 herders, along with 3 boys, and 2 farmers caught in the crossfire were injured.",
        [("abducted", "civilians", "herders", 9, 9, "exact", None, PUB, None, "9 herders"),
         ("abducted", "civilians", "boys", 3, 3, "exact", None, PUB, None, "3 boys"),
         ("wounded", "civilians", "farmers", 2, 2, "exact", None, PUB, None, "2 farmers")],
    ),
    "one_of_the_wounded_died": (
        "Fourteen people were wounded. One of the wounded, a 60-year-old trader, has died in hospital.",
        [("wounded", "all", None, 14, 14, "exact", None, PUB, None, "Fourteen people"),
         ("killed", "all", None, 1, 1, "exact", None, PUB, None, "One of the wounded")],
    ),
    "people_from_n_villages_have_fled": (
        "About 900 families from three districts have fled to the capital.",
        [("displaced", "civilians", None, 900, 900, "about", None, PUB, None, "About 900 families")],
    ),
    # ---- whose "their"/"its": the group the clause names, else the speaker
    "their_is_the_clause_subject": (
        "The militants took away 6 of their dead, the army said. The army said 4 of its soldiers were wounded.",
        [("killed", "unknown", None, 6, 6, "exact", "army", PUB, None, "6 of their dead"),
         ("wounded", "army", None, 4, 4, "exact", "army", PUB, None, "4 of its soldiers")],
    ),
    "generic_part_of_civilians": (
        "The strike killed 12 civilians, including five children and two elderly people.",
        [("killed", "civilians", None, 12, 12, "exact", None, PUB, None, "12 civilians"),
         ("killed", "civilians", "children", 5, 5, "exact", None, PUB, 0, "five children"),
         ("killed", "civilians", None, 2, 2, "exact", None, PUB, 0, "two elderly people")],
    ),
    "same_source_and_quote_continuation": (
        "Ten people died, according to the interior ministry. About 25 were hurt, according to the same ministry. "
        '"We found 3 more bodies," a police spokesman said. "Two are children."',
        [("killed", "all", None, 10, 10, "exact", "Interior Ministry", PUB, None, "Ten people"),
         ("wounded", "all", None, 25, 25, "about", "Interior Ministry", PUB, None, "About 25"),
         ("killed", "all", None, 3, 3, "exact", "police", PUB, None, "3 more bodies")],
    ),
    # ---- tolls put after the figure, earlier figures, parts named "among them"
    "number_of_after_the_figure": (
        "The defence ministry raised to 52 the number of soldiers killed in the raid, up from 40 a day earlier.",
        [("killed", "army", None, 52, 52, "exact", "Defence Ministry", PUB, None, "52"),
         ("killed", "army", None, 40, 40, "exact", "Defence Ministry", "2024-03-06", None, "40")],
    ),
    "among_them_are": (
        "Clinic update\n\nDoctors treated 30 people with gunshot wounds. Among them are 9 children.",
        [("wounded", "all", None, 30, 30, "exact", None, PUB, None, "30 people"),
         ("wounded", "civilians", "children", 9, 9, "exact", None, PUB, 0, "9 children")],
    ),
    "them_is_the_people_before": (
        "Gunmen stopped a bus carrying Kenyan police officers, killing 6 of them; troops later killed 4 of the gunmen.",
        [("killed", "Kenyan police", None, 6, 6, "exact", None, PUB, None, "6 of them"),
         ("killed", "unknown", "attackers", 4, 4, "exact", None, PUB, None, "4 of the gunmen")],
    ),
    "cue_speaks_for_its_clause": (
        "Local officials say 8 people were killed and 20 wounded; the Red Cross puts the toll at 11.",
        [("killed", "all", None, 8, 8, "exact", "officials", PUB, None, "8 people"),
         ("wounded", "all", None, 20, 20, "exact", "officials", PUB, None, "20 wounded"),
         ("killed", "all", None, 11, 11, "exact", "ICRC", PUB, None, "11")],
    ),
    "country_speaks_and_appositive_subject": (
        "Chad says 9 soldiers killed. The ADF, one of the armed groups active in the region, said it had killed 4 "
        "soldiers.",
        [("killed", "Chadian army", None, 9, 9, "exact", "Chadian government", PUB, None, "9 soldiers"),
         ("killed", "Chadian army", None, 4, 4, "exact", "ADF", PUB, None, "4 soldiers")],
    ),
    "he_said_inside_the_speakers_sentence": (
        "Police spokesman Ali Musa told reporters that the number of dead had risen to 21, all of them, he said, gunmen.",
        [("killed", "all", None, 21, 21, "exact", "police", PUB, None, "21")],
    ),
    "newspaper_and_translated_wordings": (
        "Two of the four died on the spot. Seven soldiers lost their lives and 3 others sought refuge in the forest. "
        "The clash in May had cost the life to five policemen.",
        [("killed", "all", None, 2, 2, "exact", None, PUB, None, "Two of the four"),
         ("killed", "army", None, 7, 7, "exact", None, PUB, None, "Seven soldiers"),
         ("displaced", "army", None, 3, 3, "exact", None, PUB, None, "3 others"),
         # a clash "in May", told in a March report, is last year's: background, so no as_of
         ("killed", "police", None, 5, 5, "exact", None, None, None, "five policemen")],
    ),
    "two_of_the_four": (
        "Clash\n\nFour police officers were wounded on Sunday. Two of the four died later, the army said.",
        [("wounded", "police", None, 4, 4, "exact", None, "2024-03-03", None, "Four police officers"),
         ("killed", "police", None, 2, 2, "exact", "army", PUB, None, "Two of the four"),
         # "the four" state the wounded total again (a claim of its own, as every blind gold set counts it)
         ("wounded", "police", None, 4, 4, "exact", "army", PUB, None, "four")],
    ),
    "ages_and_intents_are_not_claims": (
        "Gunmen threatened to kill 10 hostages. Ali Musa, 34, and two fishermen, aged 40 and 51, were reported missing.",
        [("missing", "civilians", "fishermen", 2, 2, "exact", None, PUB, None, "two fishermen")],
    ),
    # ---- appositive speakers after the verb
    "said_name_a_title": (
        "Nine people were killed late on Tuesday, said Omar Haji, a local official.",
        [("killed", "all", None, 9, 9, "exact", "officials", "2024-03-05", None, "Nine people")],
    ),
}


def _row(c: Claim, text: str) -> tuple:
    return (c.outcome, c.party, c.role, c.value_low, c.value_high, c.qualifier, c.attributed_to, c.as_of, c.part_of,
            text[c.span[0]:c.span[1]])


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture(name: str) -> None:
    text, expected = CASES[name]
    got = [_row(c, text) for c in extract(text, published=PUB)]
    assert got == expected


def test_not_claims() -> None:
    text = ("The prison holds about 5,000 inmates. The attack began at 3:30 a.m. and lasted 10 hours. "
            "More than 200 fighters stormed the town in 2019. The council met under Resolution 2254. "
            "The convoy had four armoured vehicles. A 15-year-old was detained. No casualties were reported.")
    assert extract(text, published=PUB) == []


def test_front_matter_title_and_date() -> None:
    text = ("---\ntitle: \"Blast kills 8 in market\"\noutlet: Example Wire\npublished: 2024-05-02\n---\n\n"
            "Eight people were killed when a bomb exploded in the market on Wednesday, police said.")
    got = extract(text)
    assert [(c.outcome, c.value_low, c.attributed_to, c.as_of) for c in got] == [
        ("killed", 8, None, "2024-05-02"), ("killed", 8, "police", "2024-05-01")]
    assert got[0].sentence == 'title: "Blast kills 8 in market"'
    assert text[got[1].span[0]:got[1].span[1]] == "Eight people"


def test_claim_fields_and_ids() -> None:
    text = "Police said 3 people were killed."
    (c,) = extract(text, published="2024-01-02", report_id="r1")
    assert c.report_id == "r1" and c.claim_index == 0 and c.sentence == text
    d = c.to_dict()
    assert d["span"] == [12, 20] and "extra" not in d
    assert isinstance(c.extra.get("background"), bool)
    assert extract(text)[0].report_id != "r1"
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION.count(".") == 2


def test_table_rows_and_date_line() -> None:
    text = ("SITUATION REPORT\n\n14 March 2024\n\nCASUALTIES\n| Category | Number |\n| Deaths | 41 |\n"
            "| Injured | 312 |\n| Missing | 17 |\n")
    got = [(c.outcome, c.value_low, c.as_of, text[c.span[0]:c.span[1]]) for c in extract(text)]
    assert got == [("killed", 41, "2024-03-14", "41"), ("wounded", 312, "2024-03-14", "312"),
                   ("missing", 17, "2024-03-14", "17")]


def test_space_aligned_table_with_total() -> None:
    text = ("Flood displacement update\n\nDISPLACED BY DISTRICT\nDistrict        People     Camps\n"
            "North bank      12,300     4\nOld town         2,150     -\nTotal           14,450     4\n")
    got = [(c.outcome, c.party, c.value_low, c.part_of, text[c.span[0]:c.span[1]]) for c in extract(text, published=PUB)]
    assert got == [("displaced", "civilians", 12300, 2, "12,300"), ("displaced", "civilians", 2150, 2, "2,150"),
                   ("displaced", "civilians", 14450, None, "14,450")]


def test_lead_naming_a_source_gives_the_list() -> None:
    text = ("Clashes in the north\n\nThe human rights ombudsman gave these figures on Monday:\n\n"
            "- 31 people killed, among them 4 children\n- more than 60 wounded\n")
    got = [(c.outcome, c.value_low, c.attributed_to, c.part_of) for c in extract(text, published=PUB)]
    assert got == [("killed", 31, "Ombudsman", None), ("killed", 4, "Ombudsman", 0), ("wounded", 61, "Ombudsman", None)]


def test_table_with_a_column_per_outcome() -> None:
    text = ("Weekly update\n\nCasualties by province\n| Province | Killed | Injured |\n| North | 7 | 19 |\n"
            "| South | 2 | 4 |\n| Total | 9 | 23 |\n")
    got = [(c.outcome, c.value_low, c.part_of, c.party_text) for c in extract(text, published=PUB)]
    assert got == [("killed", 7, 4, "North"), ("wounded", 19, 5, "North"), ("killed", 2, 4, "South"),
                   ("wounded", 4, 5, "South"), ("killed", 9, None, "Total"), ("wounded", 23, None, "Total")]


def test_breakdown_under_the_dead_were() -> None:
    text = ("Blast at a bus station\n\nTwelve people died in the blast, the health ministry said. The dead were:\n\n"
            "- 7 men\n- 5 children\n")
    got = [(c.outcome, c.value_low, c.attributed_to, c.part_of) for c in extract(text, published=PUB)]
    assert got == [("killed", 12, "Health Ministry", None), ("killed", 7, "Health Ministry", 0),
                   ("killed", 5, "Health Ministry", 0)]


def test_live_blog_entries() -> None:
    text = ("Live: strikes on the city\n\nMonday, 9 October 2023\n\n"
            "09:10 - The health ministry says the death toll has risen to 68, including 14 children. "
            "A further 372 people have been wounded, it said.\n\n"
            "10:45 - The army says 70 soldiers have been killed since Saturday.\n\n"
            "12:05 - Rescuers say 2 bodies were pulled from the rubble overnight.")
    got = [(c.outcome, c.value_low, c.attributed_to, c.as_of, c.part_of) for c in extract(text)]
    assert got == [("killed", 68, "Health Ministry", "2023-10-09", None),
                   ("killed", 14, "Health Ministry", "2023-10-09", 0),
                   ("wounded", 372, "Health Ministry", "2023-10-09", None),
                   ("killed", 70, "army", "2023-10-09", None),
                   ("killed", 2, "rescuers", "2023-10-09", None)]


def test_background_figure() -> None:
    text = "The insurgency has killed more than 35,000 people since 2009."
    (c,) = extract(text, published="2024-01-02")
    assert (c.value_low, c.as_of, c.extra["background"]) == (35001, None, True)


def test_find_places() -> None:
    text = "Fighting near Gweiran prison in Hassakeh, Syria."
    assert find_places(text) == [("Ghwayran prison", "facility", 14, 28), ("Hasakeh", "city", 32, 40),
                                 ("Syria", "country", 42, 47)]
    assert find_places("") == []


def test_published_as_date_object() -> None:
    import datetime

    (c,) = extract("Two people were killed on Monday.", published=datetime.date(2024, 3, 7))
    assert c.as_of == "2024-03-04"


def test_place_within() -> None:
    assert place_within("Ghwayran prison") == ("Hasakeh", "Hasakeh Governorate", "Syria")
    assert place_within("Gweiran") == ("Hasakeh", "Hasakeh Governorate", "Syria")  # an alias
    assert place_within("Hasakeh") == ("Hasakeh Governorate", "Syria")
    assert place_within("El Fasher") == ("North Darfur", "Darfur", "Sudan")
    assert place_within("Syria") == () and place_within("Atlantis") == () and place_within("") == ()


def _one(text: str, pub: str = PUB):
    return [(c.outcome, c.party, c.role, c.value_low, c.value_high, c.qualifier, c.attributed_to) for c in extract(text, pub)]


def test_headline_phrase_is_not_a_source() -> None:
    got = _one("40 dead in Hasakeh: major ISIS comeback plot\n\nThe fighting went on.")
    assert got == [("killed", "all", None, 40, 40, "exact", None)]
    got = _one("40 dead in Hasakeh prison fighting - monitor\n\nThe fighting went on.")
    assert got[0][6] == "SOHR"


def test_facility_staff_belong_to_who_runs_it() -> None:
    got = _one("Militants stormed the SDF-run jail on Thursday. Twelve prison guards were killed in the fighting.")
    assert got == [("killed", "SDF", "prison guards", 12, 12, "exact", None)]
    got = _one("Gunmen stormed a jail in the north. Two prison guards were killed.")
    assert got[0][1:3] == ("security forces", "prison guards")


def test_prisoners_take_the_group_held() -> None:
    got = _one("The prison holds about 3,000 ISIS detainees. At least 60 prisoners escaped during the attack.")
    assert got == [("escaped", "ISIS", "prisoners", 60, None, "at_least", None)]


def test_up_to_a_vague_word_and_revised_up_to() -> None:
    assert _one("Up to hundreds of inmates may have escaped.")[0][3:6] == (0, 999, "up_to")
    got = _one('The ministry first reported "about 15 dead", then revised its figure up to 31 on Sunday.')
    assert [g[3:6] for g in got] == [(15, 15, "about"), (31, 31, "exact")] and got[1][0] == "killed"


def test_the_report_added_is_the_wire_that_reported() -> None:
    text = ('According to an Associated Press account of the fighting: "The SDF said 120 of their fighters died."\n\n'
            '"The assault forced thousands of residents to flee," the report added.')
    got = _one(text)
    assert got[0][6] == "SDF" and got[1][0] == "displaced" and got[1][6] == "AP"


def test_person_named_with_a_title_speaks_for_the_title() -> None:
    text = ("The regional governor, Ivan Petrenko, said 11 people were killed in Kharkiv.\n\n"
            "At least six more people are dead, Petrenko says.")
    got = _one(text)
    assert [g[6] for g in got] == ["Kharkiv governor", "Kharkiv governor"]


def test_table_rows_take_their_own_label() -> None:
    text = ("Local authorities said 11 people were abducted.\n\nKey figures\n| Indicator | Number |\n| People killed | 14 |\n"
            "| People injured | 23 |\n| Houses destroyed | 120 |")
    got = _one(text)
    assert [(g[0], g[3]) for g in got] == [("abducted", 11), ("killed", 14), ("wounded", 23)]


def test_a_second_object_keeps_its_verb_when_a_new_clause_follows() -> None:
    # "..., and wounded 30": the verb has its own object, so it does not reach back to "4 civilians"
    got = _one("The blast killed 12 soldiers and 4 civilians, and wounded 30, the army said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 12), ("killed", 4), ("wounded", 30)]
    got = _one("Militants killed at least 40 Malians and three peacekeepers, and injured more than 20 others.")
    assert [(g[0], g[1], g[3]) for g in got][:2] == [("killed", "all", 40), ("killed", "UN peacekeepers", 3)]


def test_dotted_initials_and_nationals_name_the_party() -> None:
    got = _one("At least nine more U.N. peacekeepers were hurt in the ambush.")
    assert got[0][:2] == ("wounded", "UN peacekeepers") and got[0][3] == 9
    got = _one("The strike killed two soldiers and injured more than 60 Syrians, medics said.")
    assert [(g[0], g[1], g[3]) for g in got] == [("killed", "army", 2), ("wounded", "all", 61)]


def test_an_attack_last_month_is_another_incident() -> None:
    text = ("Gunmen killed nine guests at a beach hotel overnight, police said. Only last month the same group staged "
            "an assault on a base far from the capital, killing 54 soldiers.")
    got = extract(text, PUB)
    assert [(c.value_low, c.extra["background"]) for c in got] == [(9, False), (54, True)]


def test_a_group_held_among_the_inmates_is_not_all_of_them() -> None:
    got = _one("Over 900 inmates, including 70 detained ISIS fighters, escaped after the assault.")
    assert got[0][:4] == ("escaped", "unknown", "inmates", 901) and got[1][1] == "ISIS"


def test_a_minister_speaks_for_the_ministry_and_an_appositive_for_its_body() -> None:
    assert _one("Jordan's health minister said 14 people were hurt in the blast.")[0][6] == "Health Ministry"
    got = _one("Amina Farah, an official of Kismayo's ambulance service, said 12 people were wounded.")
    assert got[0][6] == "ambulance service"
    assert _one("Gangs killed 40 people last week, a human rights organization said.")[0][6] == "rights group"
    got = _one("Gunmen killed at least 30 villagers, the Centre for Justice and Dialogue, a local rights group, said.")
    assert got[0][6] == "Centre for Justice and Dialogue"
    assert _one("A medical practitioner said nine of the wounded were children.")[0][6] == "medical sources"


def test_not_less_than_is_a_lower_bound() -> None:
    assert _one("Not less than 25 villagers were killed in the raid.")[0][3:6] == (25, None, "at_least")
    assert _one("The attack claimed not fewer than 12 lives.")[0][3:6] == (12, None, "at_least")


def test_a_toll_per_place_with_the_verb_left_out() -> None:
    got = _one("Nine people were killed in Tudun Wada, five in Kofar Gabas and two in Yelwa, residents said.")
    assert [(g[0], g[3], g[6]) for g in got] == [("killed", 9, "residents"), ("killed", 5, "residents"),
                                                 ("killed", 2, "residents")]


def test_among_the_dead_after_a_first_victim_named_without_a_number() -> None:
    got = _one("Eight people died. Among the dead were a teacher and her three pupils.")
    assert [(g[0], g[1], g[3]) for g in got] == [("killed", "all", 8), ("killed", "civilians", 3)]


def test_a_bare_figure_opening_the_next_sentence_counts_the_same_people() -> None:
    got = _one("Six soldiers were killed when their truck hit a mine. Four died at the scene.")
    assert [(g[1], g[3]) for g in got] == [("army", 6), ("army", 4)]


def test_security_members_are_the_security_forces() -> None:
    got = _one("Three security members were killed by Islamic State remnants near the town.")
    assert got[0][1] == "security forces"


def test_figures_a_source_gave_earlier_are_earlier_figures() -> None:
    text = ("The ministry now counts 61 dead and 190 injured. Officials had earlier reported 70 dead and 150 injured, "
            "then corrected the count.")
    got = extract(text, PUB)
    assert [(c.value_low, c.extra["earlier"]) for c in got] == [(61, False), (190, False), (70, True), (150, True)]
    got = extract("The toll, which police initially put at 9, rose to 14 on Friday.", PUB)
    assert [(c.value_low, c.extra["earlier"]) for c in got] == [(9, True), (14, False)]


def test_that_number_and_a_count_with_more_after_it() -> None:
    got = _one("At first 12 people were reported hurt, but the governor later raised that number to 19.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 12), ("wounded", 19)]
    got = _one("Rescuers said they found a pit with 14 corpses near the road.")
    assert [(g[0], g[3]) for g in got] == [("killed", 14)]
    got = _one("Nine bodies were taken to the district hospital, with three more brought in overnight.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9), ("killed", 3)]


def test_the_speaker_after_an_inverted_said() -> None:
    got = _one("Two gunmen were killed during the army's assault on the compound, said Musa, a police inspector.")
    assert got[0][6] == "police"
    # the words after "said" are what was said, not who said it
    assert _one("A doctor, who asked not to be named, said the army had lost 40 soldiers.")[0][6] == "medical sources"


def test_a_breakdown_goes_to_the_total_it_adds_up_to_in_full() -> None:
    text = ("Residents said 26 villagers were killed on Saturday. Officials said 30 people died in the raids. "
            "Seven were killed in Dogo, four in Kasuwa, eight in Tudu, seven in Gidan and four in Rafi.")
    got = extract(text, PUB)
    totals = {c.claim_index: c.value_low for c in got}
    assert [totals.get(c.part_of) for c in got if c.part_of is not None] == [30] * 5


def _src(text: str) -> list:
    return [(c.value_low, c.attributed_to) for c in extract(text, PUB)]


def test_who_speaks_in_more_positions() -> None:
    # an inverted tag whose verb is "declared", naming a body the gazetteer does not know
    got = _src("\u201cAt least 61 people were slain in the district,\u201d between May 2 and May 9, declared the "
               "Collective for Peace in Kanda (CPK), after a survey.")
    assert got == [(61, "CPK")]
    # "were said to have": what is said of the bandits, not what they say
    assert _src("The raiders were said to have kidnapped 35 travellers on the highway.") == [(35, None)]
    # a body whose report "had placed the toll at"
    assert _src("The governor's office updated an earlier report from the Regional Forensic Institute that had "
                "placed the death toll at 19.") == [(19, "Regional Forensic Institute")]
    # "later increased that number to", said of a figure before it
    got = _src("At first nine people were said to be hurt, but the district police chief later increased that number "
               "to 15.")
    assert got == [(9, None), (15, "police")]
    # described sources with a name of their own
    assert _src("Eight fishermen were killed when the boat was shelled, volunteer groups reported.")[0][1] == "volunteer groups"
    assert _src("Gunmen killed six guests at a wedding in Salvatierra, investigators say")[0][1] == "investigators"
    got = _src("Lucia Romero, a Jalisco state prosecutor, said five men and a woman were killed in Jalisco state.")
    assert {s for _, s in got} == {"Jalisco prosecutor"}
    # a force the gazetteer does not know speaks by its name ("Corps", "Guard", "Brigade")
    got = _src("The paramilitary Coastal Corps said its troops had killed four smugglers near the port.")
    assert got == [(4, "Coastal Corps")]


def test_a_person_hit_is_not_a_speaker() -> None:
    # "a governor was struck": the governor is the target, not the voice of the figure
    got = _src("In the evening a convoy carrying a district governor was struck, killing three guards.")
    assert got == [(3, None)]


def test_a_quotation_over_several_paragraphs_keeps_its_speaker() -> None:
    text = ("The gunmen came at dawn, Musa Idi, a villager, was quoted as saying.\n\n"
            "\u201cThis time they spared no one.\n\n"
            "\u201cNine were killed in Dogo, three in Kware and five in Rafi,\u201d he added.\n\n"
            "Police gave no figure.")
    assert {s for _, s in _src(text)} == {"residents"}
    # a paragraph that opens a quotation of its own with no tag is the words of the speaker of the paragraph just
    # before (real reports quote so); two paragraphs on it keeps no earlier speaker (the other fixture below)
    text2 = ("Police said the road was closed.\n\n"
             "\u201cFour bodies lay on the road.\u201d\n\n")
    assert _src(text2)[0][1] == "police"


def test_parts_named_after_their_total_in_the_sentence() -> None:
    # "the deceased included ...", the list going on place by place
    got = extract("The Red Crescent later revised the toll to 12, noting that the deceased included five people killed "
                  "in a strike on Kafr Dan, near Jenin, and seven in al-Yamun camp.", PUB)
    assert [(c.value_low, c.part_of) for c in got] == [(12, None), (5, 0), (7, 0)]
    # a body's name (with its acronym) ends the first part of a breakdown
    got = _one("The provisional toll was 21 fighters from the Home Defence Volunteers (HDV) and four soldiers, "
               "the statement said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 21), ("killed", 4)]


def test_a_breakdown_finds_its_total_a_few_paragraphs_back() -> None:
    text = ("Raid on hamlets\n\nRaiders killed no fewer than 25 people in five hamlets, officials said.\n\n"
            "The attackers came on motorbikes.\n\nThey burned granaries.\n\n"
            "\u201cWe have buried 20 so far,\u201d a villager said.\n\n"
            "\u201cSix were killed in Dogo, three in Kware, seven in Gidan, four in Tudu and five in Rafi.\u201d")
    got = extract(text, PUB)
    vals = {c.claim_index: c.value_low for c in got}
    assert [vals.get(c.part_of) for c in got if c.value_low in (6, 3, 7, 4, 5)] == [25] * 5


def test_an_armed_group_named_at_the_head_or_after_from_is_the_party() -> None:
    got = _one("The army reported 15 dead: 9 soldiers and 6 Volunteers for the Defence of the Homeland (VDP).")
    assert [(g[1], g[3]) for g in got][2] == ("VDP", 6)
    got = _one("The toll was 21 auxiliaries from the Volunteers for the Defence of the Homeland and two soldiers.")
    assert got[0][1] == "VDP"
    # a name before a civilian noun does not make the civilians its fighters
    assert _one("Gunmen killed 6 volunteers in the village.")[0][1] == "civilians"


def test_a_part_named_among_them_after_its_figure() -> None:
    got = extract("Clashes\n\nThe monitor said 16 people were killed. It added that 5 children were among them.", PUB)
    assert [(c.value_low, c.outcome, c.part_of, c.attributed_to) for c in got] == [
        (16, "killed", None, "monitor"), (5, "killed", 0, "monitor")]
    got = extract("Clashes\n\nEleven people were wounded, three women among them.", PUB)
    assert [(c.value_low, c.outcome, c.part_of) for c in got] == [(11, "wounded", None), (3, "wounded", 0)]


def test_an_appositive_that_names_no_source_leaves_the_name_before_it() -> None:
    assert _src("Amaq, the group's news agency, said 14 soldiers were killed.") == [(14, "ISIS")]
    assert _src("Medical officials said 31 were hurt.") == [(31, "medical sources")]
    # an appositive that is itself a named body still speaks
    got = _src("Gunmen killed 40 people, the Council for Peace in Kanda, a rights group, said.")
    assert got == [(40, "Council for Peace in Kanda")]


def test_counts_in_brackets_listed_under_a_lead() -> None:
    text = ("The rights commission said on Friday that 30 people had died in the week of protests across the country.\n\n"
            "The commission said some died in hospital.\n\n"
            "The deceased came from several counties: Kisii (12), Narok (9), Kericho (5), Bomet (3) and Siaya (1).")
    got = extract(text, PUB)
    assert [(c.value_low, c.outcome) for c in got] == [(30, "killed"), (12, "killed"), (9, "killed"), (5, "killed"),
                                                       (3, "killed"), (1, "killed")]
    # they add up to the lede's total (a first line that is a whole sentence is a lede, not a headline)
    assert {c.part_of for c in got[1:]} == {0}
    assert {c.attributed_to for c in got[1:]} == {got[0].attributed_to}
    # brackets after names with no lead naming an outcome are not counts of people
    assert extract("Results\n\nThe party won seats in Kisii (12), Narok (9) and Bomet (3).", PUB) == []


def test_more_phrasings_of_the_dead_missing_and_hurt() -> None:
    got = _one("Storm\n\nThe region was calm.Sixty-one villagers were killed by raiders on Sunday.")
    assert [(g[0], g[3]) for g in got] == [("killed", 61)]
    got = _one("Boat\n\nThree crewmembers were rescued, but 140 migrants and four crew members remain missing.")
    assert [(g[0], g[3]) for g in got] == [("freed", 3), ("missing", 140), ("missing", 4)]
    assert [(g[0], g[3]) for g in _one("Riot\n\nThere were also 44 injured who have been taken care of by medics.")] == [
        ("wounded", 44)]
    assert [(g[0], g[3]) for g in _one("Camp\n\nThe charity confirmed the death of its six staff members.")] == [
        ("killed", 6)]
    assert [(g[0], g[3]) for g in _one("Burial\n\nThe mayor said about 12 people were buried on Monday.")] == [
        ("killed", 12)]
    got = _one("Riot\n\nOfficials said 33 people were killed. The number increased to 38 after more bodies were found.")
    assert [(g[0], g[3]) for g in got] == [("killed", 33), ("killed", 38)]


def test_sources_named_by_office_and_by_a_line_standing_as_a_headline() -> None:
    assert _src("Raid\n\nOn Monday, Deputy Minister of Justice Ana Mulenga had reported only three deaths.") == [
        (3, "Justice Ministry")]
    got = _src("Raid\n\nThe Malian presidency says at least 12 soldiers were killed in the ambush near the border.")
    assert got == [(12, "Malian presidency")]
    assert _src("Clashes\n\nAt least 9 people were killed in fighting overnight, emergency services said.") == [
        (9, "ambulance service")]
    got = _src("Shelling\n\nFive people were killed in Sumy, head of the regional military administration Petro Rak said.")
    assert got == [(5, "Sumy governor")]
    # witnesses and survivors are sources of their own, not residents
    got = _src("Massacre\n\nTwo survivors said more than 90 had died, while a witness said he saw 40 bodies.")
    assert got == [(91, "survivors"), (40, "witnesses")]  # "more than 90": 91 at least
    assert _src("Raid\n\nAs many as 75 dead in village raid, witnesses suggest")[0][1] == "witnesses"
    # a title line under the site's name, its source after a colon
    text = "Daily Courier\n\nDrone strikes kill 21 in border villages; most of them farmers: Taliban\n\nThe strikes hit at night."
    assert _src(text) == [(21, "Taliban")]


def test_parts_and_outcomes_in_longer_sentences() -> None:
    # "one of whom" is a part of the part before it, not of the sentence's total
    got = extract("Clashes\n\nThe fighting killed 15 people, including four civilians, one of whom was a boy, and "
                  "injured 28, the ambulance service said.", PUB)
    assert [(c.value_low, c.part_of) for c in got] == [(15, None), (4, 0), (1, 1), (28, None)]
    # the verb left out after "from": "and 96 from the primary section"
    got = _one("School\n\nOfficials said 140 pupils were abducted from the upper school and 96 from the lower school.")
    assert [(g[0], g[3]) for g in got] == [("abducted", 140), ("abducted", 96)]
    # an aside between dashes does not end a list
    got = _one("Blast\n\nThe 19 dead included three visitors\u2014from Oman and Kenya\u2014and two guards, an official said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 19), ("killed", 3), ("killed", 2)]
    # held by kidnappers is not an arrest; people still unaccounted for after "with"
    assert _one("School\n\nThat leaves 80 pupils in custody of the bandits.")[0][0] == "abducted"
    assert _one("Jail\n\nPolice said 12 suspects were in custody.")[0][0] == "captured"
    got = _one("Flood\n\nThe raid left 30 people dead, with dozens of people still unaccounted for.")
    assert [(g[0], g[3]) for g in got] == [("killed", 30), ("missing", 24)]


def test_a_quotation_reopened_in_a_new_paragraph_speaks_to_its_closing_tag() -> None:
    for q_open, q_close in (("\u201c", "\u201d"), ('"', '"')):
        text = ("Raids\n\nThe governor said about 30 people were buried.\n\n"
                f"{q_open}We were getting ready for the feast when they came.\n\n"
                f"{q_open}In Dogo alone we buried 12 people. This morning in Kware we counted 20 bodies. "
                f"We are still searching,{q_close} Bello said.")
        assert [c.attributed_to for c in extract(text, PUB)] == ["officials"] * 3


def test_law_enforcement_officials_are_police() -> None:
    got = _one("Attack\n\nGunmen attacked a church in Dagestan, Russia, killing 11 law enforcement officials.")
    assert got[0][1] == "Russian police"


def test_a_spokesperson_for_a_body_speaks_for_the_body() -> None:
    text = ("Boats\n\n\u201cMore than 90 migrants are missing after two boats sank overnight,\u201d said Amina Farah, "
            "a spokesperson for the IOM.\nShe told reporters that three fishermen were rescued.")
    assert _src(text) == [(91, "IOM"), (3, "IOM")]


def test_a_body_named_by_its_own_name_and_a_later_clause_keeps_its_own_speaker() -> None:
    assert _src("Camp\n\nMercy International confirmed the death of its seven workers in the shelling.") == [
        (7, "Mercy International")]
    # the cue after "but" speaks for the later figure, not only for the earlier one
    got = _src("Fighting in Mali\n\nPolice initially said 40 fighters had died near Gao but the army later revised the "
               "death toll down to 22.")
    assert got == [(40, "police"), (22, "Malian army")]


def test_a_total_ending_in_a_semicolon_leads_the_dashed_lines_under_it() -> None:
    text = ("Monitor\n\nThe death toll has reached 40:\n\u2013 Nine civilians\n\u2013 31 fighters.\n"
            "In addition to the injury of at least 70 people;\n\u2013 50 fighters.\n\u2013 20 civilians.")
    got = extract(text, PUB)
    vals = {c.claim_index: c.value_low for c in got}
    assert [(c.value_low, c.outcome, vals.get(c.part_of)) for c in got][3:] == [
        (70, "wounded", None), (50, "wounded", 70), (20, "wounded", 70)]


def test_a_part_is_never_larger_than_its_total() -> None:
    got = extract("Strike\n\nNine militants were killed in the raid. The army said its troops had struck a gathering of "
                  "militants and killed 30 of them.", PUB)
    assert [(c.value_low, c.part_of, c.party) for c in got] == [(9, None, "unknown"), (30, None, "unknown")]
    got = extract("Strike\n\nOfficials said 12 people died. A teacher said 15 of his students were among the dead.", PUB)
    assert [(c.value_low, c.part_of) for c in got] == [(12, None), (15, None)]


def test_a_count_of_one_and_those_undergoing_treatment() -> None:
    got = _one("Blast\n\nThe doctor said one died while 38 others were undergoing treatment, five of them for surgery.")
    assert [(g[0], g[3]) for g in got] == [("killed", 1), ("wounded", 38), ("wounded", 5)]
    # "one" as a pronoun is still no count
    assert _one("Blast\n\nOne said the blast was heard across the city.") == []


def test_n_of_m_without_the() -> None:
    got = _one("Blast\n\nFour of 46 persons rushed to the clinic are confirmed to have died from their injuries.")
    assert (got[0][0], got[0][3]) == ("killed", 4)
    # the part names its people by the total's noun; the total is a claim of its own
    got = _one("Rescue\n\nTroops rescued 3 of 5 kidnapped fishermen on Sunday.")
    assert [(g[0], g[2], g[3]) for g in got] == [("freed", "fishermen", 3), ("abducted", "fishermen", 5)]


def test_a_bare_figure_a_second_voice_gives() -> None:
    got = _one("Massacre\n\nOne survivor gave a figure of 140 dead, the other said 180.")
    assert [(g[0], g[3]) for g in got] == [("killed", 140), ("killed", 180)]
    got = _one("Raid\n\nPolice said 5 were killed, while residents said 12.")
    assert [(g[0], g[3], g[6]) for g in got] == [("killed", 5, "police"), ("killed", 12, "residents")]
    # a figure with a noun of its own is not the same count
    assert [g[3] for g in _one("Raid\n\nPolice said 5 were killed, and the mayor said 3 buses were burnt.")] == [5]


def test_a_toll_that_could_be_and_a_toll_revised_down() -> None:
    got = _one("Raid\n\nThe governor had earlier indicated that the death toll could be at least 14.")
    assert [(g[0], g[3], g[5]) for g in got] == [("killed", 14, "at_least")]
    got = _one("Raid\n\nThe prosecutor's office revised the death toll down to 9 after a recount.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9)]


def test_several_and_many_dozens_are_dozens() -> None:
    got = _one("Raid\n\nSurvivors said the shelling killed many dozens of villagers.")
    assert [(g[0], g[3], g[4], g[5]) for g in got] == [("killed", 24, 99, "vague")]
    got = _one("Raid\n\nThe army said several hundred fighters were killed in the offensive.")
    assert [(g[0], g[3], g[4]) for g in got] == [("killed", 200, 999)]


def test_a_weekday_after_the_figure_ends_its_phrase() -> None:
    got = _one("Blast\n\nThe ministry lowered the death toll to 17 Tuesday evening.")
    assert [(g[0], g[3]) for g in got] == [("killed", 17)]


def test_the_identified_are_no_toll() -> None:
    got = _one("Crash\n\nSo far 15 of the 31 victims have been identified by their families.")
    assert [(g[0], g[3]) for g in got] == [("killed", 31)]
    # a part of the total is still a part, and the total it names again a figure of its own
    got = _parts("Crash\n\nFive of the 31 victims were children.")
    assert got == [(5, "killed", 31), (31, "killed", None)]


def test_a_hospital_that_received_or_admitted_people() -> None:
    got = _one("Blast\n\nThe district hospital received about 60 people after the explosion.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 60)]
    got = _one("Blast\n\nThe town clinic admitted 9 bodies and 23 wounded.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9), ("wounded", 23)]
    # no hospital named: receiving people is no casualty
    assert _one("Border\n\nThe province received 400 people from the coast last week.") == []


def test_funerals_for_the_dead() -> None:
    got = _one("Unrest\n\nCrowds gathered for the funerals for the 14 protesters on Friday.")
    assert [(g[0], g[3]) for g in got] == [("killed", 14)]


def test_a_list_opened_by_one_person() -> None:
    got = _one("Strike\n\nThe strike caused the death of a shopkeeper and three customers.")
    assert [(g[0], g[3]) for g in got] == [("killed", 3)]
    got = _one("Strike\n\nThe raid killed a farmer and his two sons, and wounded a neighbour.")
    assert [(g[0], g[3]) for g in got] == [("killed", 2)]


def test_parts_before_among_and_their_total() -> None:
    got = extract("Two nurses among 14 killed in hospital strike\n\nText of the report.", PUB)
    assert [(c.outcome, c.value_low, c.part_of) for c in got] == [("killed", 2, 1), ("killed", 14, None)]
    got = extract("Strike\n\nThree teachers were among 40 people wounded in the blast.", PUB)
    assert [(c.outcome, c.value_low, c.part_of) for c in got] == [("wounded", 3, 1), ("wounded", 40, None)]


def test_a_dash_after_a_dateline_is_no_hyphen() -> None:
    got = _one("Raid\n\nKISANGANI (Wire) -At least 14 villagers were killed overnight.")
    assert [(g[0], g[3]) for g in got] == [("killed", 14)]
    # a hyphen inside a word or a range still is one
    assert _one("Raid\n\nTwo MiG-29 jets flew over the town.") == []


def test_drowned_burned_alive_and_feared_dead() -> None:
    got = _one("Ferry\n\nAbout 60 passengers drowned and 20 were feared dead after the ferry sank.")
    assert [(g[0], g[3]) for g in got] == [("killed", 60), ("killed", 20)]
    got = _one("Raid\n\nAt least nine herders were burned alive in their huts.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9)]
    # missing and feared dead: missing
    got = _one("Ferry\n\nAt least 30 fishermen are missing and feared dead.")
    assert [(g[0], g[3]) for g in got] == [("missing", 30)]


def test_buried_by_a_landslide_is_no_burial() -> None:
    # no burial of the dead: people under the rubble are not found yet (missing, as the trapped are)
    got = _one("Landslide\n\nMore than 50 homes and 80 people were buried under rubble and mud.")
    assert [(g[0], g[3]) for g in got] == [("missing", 80)]
    got = _one("Landslide\n\nVillagers said 12 people had been buried by Monday night.")
    assert [(g[0], g[3]) for g in got] == [("killed", 12)]


def test_one_other_and_the_slain_include() -> None:
    got = _one("Ambush\n\nThree guards died and one other was badly hurt.")
    assert [(g[0], g[3]) for g in got] == [("killed", 3), ("wounded", 1)]
    got = extract("Ambush\n\nEight policemen were killed. The slain include one inspector and seven constables.", PUB)
    assert [(c.outcome, c.value_low, c.part_of) for c in got] == [("killed", 8, None), ("killed", 1, 0), ("killed", 7, 0)]


def test_a_family_of_n_and_regained_freedom() -> None:
    got = _one("Strike\n\nA drone strike killed a family of five in their home.")
    assert [(g[0], g[3]) for g in got] == [("killed", 5)]
    got = _one("Release\n\nSix traders kidnapped on the highway in May have regained their freedom.")
    assert [(g[0], g[3]) for g in got] == [("freed", 6)]


def test_n_out_of_m_and_the_total_with_its_own_outcome() -> None:
    got = _one("Kidnap\n\nThe gang seized 14 out of the 16 travellers.")
    assert [(g[0], g[3]) for g in got] == [("abducted", 14)]
    got = _one("Jailbreak\n\nWardens said 60 of the 85 inmates who escaped have been recaptured.")
    assert [(g[0], g[3]) for g in got] == [("captured", 60), ("escaped", 85)]
    got = _one("Clash\n\nOf the victims, 12 were men and upto 20 women.")
    assert (got[1][0], got[1][4], got[1][5]) == ("killed", 20, "up_to")


def test_a_places_office_and_a_described_outlet_speak() -> None:
    got = _one("Jailbreak\n\nAccording to the Parana justice department, 41 inmates escaped.")
    assert [(g[0], g[3], g[6]) for g in got] == [("escaped", 41, "Parana justice department")]
    got = _one("Shooting\n\nThree people were shot dead at a market, private TV channel Mashriq reported.")
    assert [(g[0], g[3], g[6]) for g in got] == [("killed", 3, "Mashriq")]


def test_according_to_the_reports_goes_back_to_who_reported() -> None:
    got = _one("Clashes\n\nNine people died in two clashes, local media reported on Friday.\n"
               "According to the reports, at least six of them were farmers.")
    assert [g[6] for g in got] == ["local media", "local media"]


def test_local_chiefs_and_provincial_spokesmen() -> None:
    got = _one("Massacre\n\nAmani Kito, the district chief, said attackers killed 22 people.")
    assert [(g[3], g[6]) for g in got] == [(22, "local authorities")]
    got = _one("Raid\n\nAhmad Wali, the provincial spokesman, said 9 insurgents were killed.")
    assert [(g[3], g[6]) for g in got] == [(9, "officials")]
    got = _one("Raid\n\nHospital sources suggested that about 40 people had died.")
    assert [(g[3], g[6]) for g in got] == [(40, "medical sources")]


def test_a_relative_clause_with_no_cue_then_the_main_verb() -> None:
    got = _one("Shipwreck\n\nDozens of migrants who left the coast on Sunday are feared dead.")
    assert [(g[0], g[3]) for g in got] == [("killed", 24)]
    # no main verb with a cue: no claim
    assert _one("Base\n\nThe 40 soldiers who guarded the base went home on leave.") == []


def test_tolls_of_separate_incidents_are_parts_of_their_total() -> None:
    text = ("Shootings\n\nNine people were killed and five hurt in two separate attacks on Sunday, police said.\n"
            "In the first, gunmen killed six people and wounded three at a bus stop.\n"
            "Hours later, three people were killed and two wounded when a car was fired on.")
    got = extract(text, PUB)
    assert [(c.outcome, c.value_low, c.part_of) for c in got] == [
        ("killed", 9, None), ("wounded", 5, None), ("killed", 6, 0), ("wounded", 3, 1), ("killed", 3, 0),
        ("wounded", 2, 1)]
    # tolls that do not add up are no breakdown
    got = extract(text.replace("three people were killed", "four people were killed"), PUB)
    assert [c.part_of for c in got if c.outcome == "killed"] == [None, None, None]


def test_the_number_of_deaths_among_a_group_and_a_quoted_figure_after_its_qualifier() -> None:
    got = _one("Clashes\n\nFour more fighters died, bringing the number of deaths among the clan militias to 17.")
    assert [(g[0], g[3]) for g in got] == [("killed", 4), ("killed", 17)]
    got = _one("Blast\n\nThe clinic said it had taken in at least \u201c31 injured\u201d by noon.")
    assert [(g[0], g[3], g[5]) for g in got] == [("wounded", 31, "at_least")]


def test_a_further_n_recovered_after_bodies_and_adolescents() -> None:
    got = _one("Flood\n\nNine bodies were found in the town and a further three were pulled from the river later.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9), ("killed", 3)]
    assert _one("Raid\n\nPolice seized 20 rifles and a further four were found in a car.") == []
    got = _one("Shooting\n\nThe dead include 3 men and 2 adolescents, police said.")
    assert [(g[0], g[2], g[3]) for g in got] == [("killed", None, 3), ("killed", "youths", 2)]


def test_one_by_one_is_no_count() -> None:
    got = _one("Massacre\n\nThe attackers killed 11 herders, shooting them one by one.")
    assert [(g[0], g[3]) for g in got] == [("killed", 11)]


def test_inmates_released_by_attackers_escaped() -> None:
    got = _one("Jailbreak\n\nThe service said the gunmen released 420 inmates after blasting the gate.")
    assert [(g[0], g[3]) for g in got] == [("escaped", 420)]
    got = _one("Amnesty\n\nThe government released 500 prisoners under an amnesty on Monday.")
    assert [(g[0], g[3]) for g in got] == [("freed", 500)]
    got = _one("Jailbreak\n\nThe service said atleast 60 inmates were still on the run.")
    assert [(g[3], g[5]) for g in got] == [(60, "at_least")]


def test_what_people_refused_or_tried_to_do_did_not_happen() -> None:
    got = _one("Jailbreak\n\nNine inmates have come back while 30 inmates refused to escape, the service said.")
    assert got == []
    got = _one("Jailbreak\n\nAbout 40 prisoners tried to flee but were stopped, while 12 inmates escaped.")
    assert [(g[0], g[3]) for g in got] == [("escaped", 12)]


def test_the_other_clause_of_while_names_its_own_outcome() -> None:
    got = _one("Blast\n\nAn official said the death toll had climbed to 31 while the number of injured people stood at 70.")
    assert [(g[0], g[3]) for g in got] == [("killed", 31), ("wounded", 70)]


def test_an_incident_days_before_is_background() -> None:
    text = ("Farm shooting\n\nSix people were shot dead at two farms on Monday, the sheriff said. The killings came only "
            "days after 9 people were killed and 8 injured at a skating rink in another county. It was the second "
            "shooting in the region in a week, following the one at the rink that killed 9.")
    got = [(c.outcome, c.value_low, c.extra.get("background", False)) for c in extract(text, PUB)]
    assert got == [("killed", 6, False), ("killed", 9, True), ("wounded", 8, True), ("killed", 9, True)]
    # without a gap of time the figure after "after" may be the incident's own
    got = extract("Arrest\n\nThe arrest came after the shooting that killed 9 people at the rink.", PUB)
    assert [(c.value_low, c.extra.get("background", False)) for c in got] == [(9, False)]


def test_a_strike_earlier_this_month_deep_in_the_body_is_another_incident() -> None:
    body = "\n\n".join(["Strike on depot", "At least 40 people were killed in a strike on a depot on Sunday, medics said.",
                        "The bodies were taken to the main hospital.", "Rescuers searched the site overnight.",
                        "Residents said the blast was heard across the city.",
                        "Earlier this month, a drone strike on a port killed at least 60 people."])
    got = [(c.value_low, c.extra.get("background", False)) for c in extract(body, PUB)]
    assert got == [(40, False), (60, True)]
    # in a follow-up's lead it is the incident itself
    got = extract("Strike\n\nEarlier this month, a drone strike on a port killed at least 60 people. Now the families "
                  "want answers.", PUB)
    assert [(c.value_low, c.extra.get("background", False)) for c in got] == [(60, False)]


def test_a_figure_with_a_blank_after_its_thousands_comma() -> None:
    got = _one("Jailbreak\n\nThe service said 2, 315 of the inmates were on the run after the attack.")
    assert [(g[0], g[3]) for g in got] == [("escaped", 2315)]
    got = _one("March\n\nOn March 4, 300 people were killed in the floods.")
    assert [(g[0], g[3]) for g in got] == [("killed", 300)]
    # two figures of a headline list are two figures
    got = _one("Toll of the market bomb rises to 73, 164 injuries\n\nThe fighting went on.")
    assert [(g[0], g[3]) for g in got] == [("killed", 73), ("wounded", 164)]


def test_a_casualty_total_does_not_take_the_outcome_of_its_dead() -> None:
    got = _one("Church attack\n\nOn Thursday officials raised the casualty figures to 96, including 31 dead.")
    assert [(g[0], g[3]) for g in got] == [("killed", 31)]
    got = _one("Church attack\n\nThe attack killed 30 people, including 12 children.")
    assert [(g[0], g[3]) for g in got] == [("killed", 30), ("killed", 12)]


def test_one_of_the_patients_being_treated_who_died_was_killed() -> None:
    got = _one("Shooting\n\nDoctors said one of the victims being treated at the clinic died overnight.")
    assert [(g[0], g[3]) for g in got] == [("killed", 1)]
    got = _one("Shooting\n\nFive people were being treated at the clinic.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 5)]


def test_one_injured_person_who_speaks_is_no_toll() -> None:
    got = _one("Strike\n\nOne injured woman told the radio that the roof fell in. Another wounded man could be heard "
               "calling for help. Two injured men told reporters they ran.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 2)]


def test_the_number_put_to_be() -> None:
    got = _one("Release\n\nSources confirmed the total number of pupils released to be 212.")
    assert [(g[0], g[3]) for g in got] == [("freed", 212)]


def test_a_scale_typed_twice_after_hundreds_is_the_digits() -> None:
    got = _one("Bombing\n\nMore than 300 hundred people have been confirmed dead, and twelve hundred were hurt.")
    assert [(g[0], g[3]) for g in got] == [("killed", 301), ("wounded", 1200)]


def test_that_incident_after_a_recalled_one_is_background() -> None:
    text = ("Blast\n\nTwo bombs killed 40 people at the market on Saturday, police said. The market was struck in the "
            "same month in 2017.\n\nIn that bombing, which killed more than 300 people, a lorry blew up at the gate.")
    got = [(c.value_low, c.extra.get("background", False)) for c in extract(text, "2022-10-30")]
    assert got == [(40, False), (301, True)]


def test_money_after_a_currency_abbreviation_is_no_figure() -> None:
    got = _one("Crash\n\nThe minister announced Rs 50,000 to the injured and Ksh 100,000 for each family. Twelve people "
               "were injured.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 12)]


def test_the_incident_a_sentence_before_recalled_is_background() -> None:
    text = ("Train crash\n\nSix passengers were killed when two trains collided on Sunday, officials said. The crash "
            "comes months after a deadly accident in the neighbouring state. At least 200 people were killed in the "
            "accident.")
    got = [(c.value_low, c.extra.get("background", False)) for c in extract(text, PUB)]
    assert got == [(6, False), (200, True)]


def test_a_toll_that_moved_from_one_figure_to_another_is_two_figures() -> None:
    text = "Flood\n\nBy noon the number of dead had gone up from 31 to 47. Police later revised the toll down from 47 to 44."
    got = [(c.value_low, c.value_high, c.qualifier, c.extra["earlier"], c.extra["revised_down"]) for c in extract(text, PUB)]
    assert got == [(31, 31, "exact", True, False), (47, 47, "exact", False, False),
                   (47, 47, "exact", True, False), (44, 44, "exact", False, True)]
    got = _one("Flood\n\nBetween 30 and 40 people drowned, and some 60 to 90 were missing.")
    assert [(g[0], g[3], g[4]) for g in got] == [("killed", 30, 40), ("missing", 60, 90)]


def test_who_speaks_after_a_clause_on_anonymity_or_by_a_title_given_before() -> None:
    got = _one('Ambush\n\n"Nine of our men died," a district police officer, requesting anonymity, told us on Monday.')
    assert [(g[0], g[3], g[6]) for g in got] == [("killed", 9, "police")]
    text = ("Clashes\n\nSix fighters were killed in Kunduz province, Karim Nasery, a spokesman for the Afghan army, "
            "said. Four more were wounded in a second clash, according to Nasery.")
    assert [(c.value_low, c.attributed_to) for c in extract(text, PUB)] == [(6, "Afghan army"), (4, "Afghan army")]


def test_a_provinces_own_officials_speak_for_its_government() -> None:
    text = ("Boat\n\nA boat sank on the river in Equateur province. \"Thirty bodies were found,\" Marc Ilunga, interior "
            "minister for the Equateur province, told reporters. Eleven people were injured, said the spokeswoman "
            "of the Mbandaka general hospital.")
    assert [(c.value_low, c.attributed_to) for c in extract(text, PUB)] == [(30, "Equateur government"),
                                                                          (11, "medical sources")]


def test_the_hurt_still_in_hospital_after_the_phrase_are_some_of_the_wounded() -> None:
    text = ("Blast\n\nBy Friday, 40 people hurt in the blast, among them three children, remained in hospital. "
            "More than 90 people were wounded in all.")
    got = [(c.value_low, c.outcome, c.extra["state"]) for c in extract(text, PUB)]
    assert got == [(40, "wounded", True), (3, "wounded", True), (91, "wounded", False)]


def test_a_breakdown_over_the_sentences_after_its_total() -> None:
    text = ("Raid\n\nArmed men seized 30 people from a farm on Monday. They led away 22 labourers and two drivers. "
            "Two guards were shot dead. Six herders were also taken from the next field, police said.")
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(30, "abducted", None), (22, "abducted", 0), (2, "abducted", 0), (2, "killed", None),
                   (6, "abducted", 0)]
    text = "Floods\n\nFive people drowned on Monday. Two more died on Tuesday and three on Wednesday."
    assert [c.part_of for c in extract(text, PUB)][:2] == [None, None]


def test_a_toll_that_reaches_or_passes_a_figure_in_a_headline() -> None:
    assert _one("Ferry disaster death toll reaches 61\n\nDivers went on searching.")[0][:6] == \
        ("killed", "all", None, 61, 61, "exact")
    assert _one("Quake toll tops 2,000 as aid arrives\n\nRescuers dug through the night.")[0][:6] == \
        ("killed", "all", None, 2001, None, "more_than")
    assert _one("Convoy crossed 3 rivers before dawn.") == []


def test_people_recovering_from_their_wounds_are_wounded() -> None:
    got = _one("Shootout\n\nSix gunmen died and four officers are recovering from gunshot wounds. The region is "
               "recovering from 3 years of drought.")
    assert [(g[0], g[3]) for g in got] == [("killed", 6), ("wounded", 4)]


def test_fighters_of_both_sides_are_everyone() -> None:
    got = _one("Clash\n\nAt least nine fighters from both sides died in the battle for the ridge, a district chief said.")
    assert [(g[0], g[1], g[3]) for g in got] == [("killed", "all", 9)]
    got = _one("Clash\n\nEleven fighters, among them four soldiers and seven insurgents, were killed near the dam.")
    assert got[0][1] == "all" and len({g[1] for g in got[1:]}) == 2


def test_an_incident_months_ago_or_days_before_this_one_is_background() -> None:
    text = ("Kidnap\n\nGunmen seized 52 pupils from a boarding school on Friday. This is coming less than two weeks after "
            "bandits stormed a college in the next state and carried off 31 boys. Only three months ago, more than 80 "
            "girls were taken from a school near the border.")
    got = [(c.value_low, c.extra["background"]) for c in extract(text, PUB)]
    assert got == [(52, False), (31, True), (81, True)]


def test_the_toll_of_an_incident_the_sentence_before_called_to_mind_is_background() -> None:
    text = ("Fire\n\nThe toll from the warehouse blaze rose to 41 on Friday. The disaster brings to mind the deadly fire "
            "at a textile mill downriver. More than 90 workers died in the fire, which began in a boiler room.")
    got = [(c.value_low, c.extra["background"]) for c in extract(text, PUB)]
    assert got == [(41, False), (91, True)]


def test_the_hurt_who_then_died_are_killed() -> None:
    got = _one("Crash\n\nTwenty passengers died at the scene while four more suffered severe burns and died in hospital. "
               "Nine others were injured and taken to a clinic.")
    assert [(g[0], g[3]) for g in got] == [("killed", 20), ("killed", 4), ("wounded", 9)]


def test_shot_or_beaten_to_death_and_a_headline_of_captives_who_regain_freedom() -> None:
    got = _one("Bar attack\n\nFive men were shot to death outside a cantina and two were beaten to death nearby.")
    assert [(g[0], g[3]) for g in got] == [("killed", 5), ("killed", 2)]
    got = _one("Nine kidnapped traders regain freedom\n\nThe traders walked out of the forest on Friday.")
    assert [(g[0], g[3]) for g in got] == [("freed", 9)]


def test_authorities_unnamed_are_officials_and_a_states_are_its_government() -> None:
    """Bare "authorities said" credits `officials` (the dev corpus says `local authorities` only for "local
    authorities"; six of seven blind real sets give bare authorities as officials, one as local authorities)."""
    got = _one("Landslide\n\nThe toll from the landslide at the quarry rose to 31, authorities said on Friday.")
    assert [(g[3], g[6]) for g in got] == [(31, "officials")]
    got = _one("Landslide\n\nThe toll from the landslide at the quarry rose to 31, local authorities said on Friday.")
    assert [(g[3], g[6]) for g in got] == [(31, "local authorities")]
    got = _one("Raid\n\nGunmen abducted 40 pupils from a school this week, authorities in Kebbi state said.")
    assert [(g[3], g[6]) for g in got] == [(40, "Kebbi government")]
    got = _one("Quake\n\nAt least 25 people died when the tremor hit the coast, Peruvian authorities said.")
    assert [(g[3], g[6]) for g in got] == [(25, "officials")]  # a country's or "national" authorities are not local


def test_a_list_of_speakers_is_credited_to_its_first_and_speak_of_is_a_reporting_verb() -> None:
    got = _one("Raid\n\nBandits carried off 35 farmers from a hamlet near the river, police, villagers and a teacher said.")
    assert [(g[3], g[6]) for g in got] == [(35, "police")]
    got = _one("Blast\n\nPress reports speak of eleven dead at the depot. Medics spoke of 40 people hurt.")
    assert [(g[3], g[6]) for g in got] == [(11, "local media"), (40, "medical sources")]
    got = _one("Fire\n\nAccording to medical and security reports, 17 people died in the blaze at the market.")
    assert [(g[3], g[6]) for g in got] == [(17, "medical sources")]


def test_a_claim_of_the_deed_is_not_a_source_of_its_toll_and_heads_of_state_speak_for_it() -> None:
    got = _one("Blast\n\nThe Islamic State group has claimed a car bombing that killed 14 people at a bus station.")
    assert [(g[3], g[6]) for g in got] == [(14, None)]
    got = _one("Ambush\n\nJNIM claimed the ambush in a statement, saying it had killed 20 soldiers.")
    assert [(g[3], g[6]) for g in got] == [(20, "JNIM")]
    got = _one("Ambush\n\nPresident Gustavo Petro confirmed the deaths of seven Colombian soldiers on Twitter.")
    assert [(g[3], g[6]) for g in got] == [(7, "Colombian government")]
    got = _one("Church attack\n\nEighteen people were killed, said Jean Mbusa, president of a local rights group.")
    assert [(g[3], g[6]) for g in got] == [(18, "rights group")]
    got = _one("A doctor at the clinic stressed that at least four of the wounded had died.")
    assert [g[6] for g in got] == ["medical sources"]


def test_the_trapped_are_missing_and_everyone_on_board_is_killed() -> None:
    got = _one("Pit blast\n\nRescuers tried to reach 150 miners trapped deep underground after the blast. Dozens "
               "are still trapped, and 40 others were listed as missing.")
    assert [(g[0], g[3]) for g in got] == [("missing", 150), ("missing", 24), ("missing", 40)]
    got = _one("Siege\n\nThousands of families are trapped in the besieged town.")
    assert got == []
    got = _one("Crash\n\nA minibus carrying 23 pilgrims, including six children, fell into a gorge on Sunday, "
               "killing everyone on board.")
    assert [(g[0], g[3]) for g in got] == [("killed", 23), ("killed", 6)]
    got = _one("Crash\n\nA minibus carrying 23 pilgrims overturned on Sunday, injuring nine.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 9)]


def test_whose_army_whose_spokesperson_and_a_relative_clause_inside_an_appositive() -> None:
    got = _one("Ambush\n\nNine soldiers died near the border between Chad, Niger and Mali, Mali's army said.")
    assert [g[6] for g in got] == ["Malian army"]
    got = _one("Flood\n\nFour bodies were found, said Hari Lal Gurung, a spokesperson for Nepali police.")
    assert [g[6] for g in got] == ["police"]
    got = _one("Strike\n\nThe Civil Defence, rescuers who work under the government, said five people died in Gaza.")
    assert [g[6] for g in got] == ["Civil Defence"]


def test_title_case_headlines_and_subjects_joined_by_as_well_as() -> None:
    got = _one("40 Feared Killed In Bandit Raid On Market Town\n\nThe raid began at dawn.")
    assert [(g[0], g[3]) for g in got] == [("killed", 40)]
    got = _one("12 Dead, More Than 80 Missing After Ferry Capsizes\n\nDivers searched the lake.")
    assert [(g[0], g[3]) for g in got] == [("killed", 12), ("missing", 81)]
    got = _one("Raids\n\nNine villagers, including three women and a boy, as well as six militiamen were killed "
               "in the raids.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9), ("killed", 3), ("killed", 6)]


def test_a_toll_told_place_by_place() -> None:
    got = [(c.outcome, c.value_low, c.part_of) for c in extract(
        "Storm\n\nAt least 15 people died (of which eight in Santa Rita, six in Porto Velho, one in Mirante) and two "
        "are missing.", PUB)]
    assert got == [("killed", 15, None), ("killed", 8, 0), ("killed", 6, 0), ("killed", 1, 0), ("missing", 2, None)]
    got = [(c.outcome, c.value_low, c.part_of) for c in extract(
        "Storm\n\nSeven died in a mudslide in the Sierra district, one in the Valle region, two in the northern "
        "Highlands and one in Puerto Azul.", PUB)]
    assert got == [("killed", 7, None), ("killed", 1, None), ("killed", 2, None), ("killed", 1, None)]


def test_a_countrys_disaster_agency_by_its_own_name() -> None:
    got = _one("Quake\n\nThe toll from the earthquake on Luzon rose to 11, the Philippines' national disaster agency said.")
    assert [g[6] for g in got] == ["NDRRMC"]
    got = _one("Floods\n\nAt least 40 people died in floods in Sumatra, Indonesia's disaster management agency said.")
    assert [g[6] for g in got] == ["BNPB"]
    got = _one("Floods\n\nIn Indonesia, 12 people went missing near Padang, Padang's disaster agency said.")
    assert [g[6] for g in got] == ["local authorities"]  # a town's own agency


def test_a_mayor_is_the_mayor_of_the_town_named_with_him() -> None:
    got = _one("Storm\n\nIn Manila, Tanay City Mayor Rex Manalo said nine people died in a mudslide.")
    assert [g[6] for g in got] == ["Tanay mayor"]
    got = _one("Boat\n\nAlain Mbo, the mayor of the town of Kiri, said 14 bodies were found near Kinshasa.")
    assert [g[6] for g in got] == ["Kiri mayor"]


def test_a_body_named_with_its_countrys_possessive_and_a_toll_upgraded() -> None:
    got = _one("Crash\n\nNine people died when a truck hit a bus, according to Chile's National Road Safety Office.")
    assert [g[6] for g in got] == ["National Road Safety Office"]
    got = _one("Shooting\n\nPolice upgraded the toll to nine dead on Friday.")
    assert [(g[3], g[6]) for g in got] == [(9, "police")]


def test_killed_alongside_a_list() -> None:
    got = [(c.outcome, c.value_low, c.part_of) for c in extract(
        "Blast\n\nA bomb killed seven people near the border on Friday, officials said.\n\nThree soldiers were killed "
        "alongside two members of a local militia force and two farmers, an officer said.", PUB)]
    assert got == [("killed", 7, None), ("killed", 3, 0), ("killed", 2, 0), ("killed", 2, 0)]


def test_jawans_are_police_and_service_members_soldiers() -> None:
    got = _one("IED blast\n\nFive jawans of the district force were killed when Maoists set off a bomb in Chhattisgarh.")
    assert [g[1] for g in got] == ["Indian police"]
    got = _one("Attack\n\nThe drone strike wounded four U.S. service members at the base.")
    assert [g[1] for g in got] == ["US military"]
    got = _one("Missile strike kills 5 gov't soldiers in southern Yemen")
    assert [g[1] for g in got] == ["Yemeni army"]


def test_a_part_named_with_a_possessive_after_of_the() -> None:
    got = _one("Clash\n\nState radio said that four of the country's soldiers had been killed in Chad.")
    assert [(g[1], g[3]) for g in got] == [("Chadian army", 4)]


def test_tolls_past_a_decimal_headline_deaths_rising_singular_nouns_and_a_lone_speaker() -> None:
    got = _one("Quake\n\nThe death toll from a magnitude-6.8 earthquake in the south has reached 57.")
    assert [(g[0], g[3]) for g in got] == [("killed", 57)]
    got = _one("Storm deaths in Vietnam rise to 21, 9 missing\n\nRain went on.")
    assert [(g[0], g[3]) for g in got] == [("killed", 21), ("missing", 9)]
    got = _one("Attack\n\nFour pupils died, while two pupils and one schoolteacher were hurt, the ministry said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 4), ("wounded", 2), ("wounded", 1)]
    got = _one("Strikes\n\nOne activist in Idlib said families had been fleeing to the fields to escape the shelling.")
    assert got == []


def test_a_ministry_statement_after_the_ministry_and_the_government_spokesman() -> None:
    got = _one("Ambush\n\nThe Defence Ministry said 14 soldiers died near Gao. According to a ministry statement, nine "
               "others are missing.")
    assert [(g[3], g[6]) for g in got] == [(14, "Defence Ministry"), (9, "Defence Ministry")]
    got = _one("Raid\n\nCommunications Minister Jean Ouedraogo said 30 villagers were killed in Burkina Faso.")
    assert [g[6] for g in got] == ["Burkina government"]


def test_an_outlet_another_outlet_cites_is_the_source_when_no_one_else_is_named() -> None:
    got = _one("Quake\n\nThe toll from the earthquake rose to 140 on Tuesday, the news agency Reuters reported.")
    assert [(g[3], g[6]) for g in got] == [(140, "Reuters")]
    got = _one("Blast\n\nNine people were killed in the blast, Tanjug reported, citing a police source.")
    assert [g[6] for g in got] != ["Tanjug"]  # the source it cites speaks, not the outlet


def test_the_homeless_are_displaced_and_the_dead_identified_as_a_list() -> None:
    got = _one("Quake\n\nThe tremor left 4,500 people homeless in the hills.")
    assert [(g[0], g[3]) for g in got] == [("displaced", 4500)]
    got = _one("Shooting\n\nThe police chief identified the dead pupils as five girls and two boys.")
    assert [(g[0], g[3]) for g in got] == [("killed", 5), ("killed", 2)]


def test_on_the_way_to_rescue_is_not_a_rescue() -> None:
    got = _one("Storm\n\nTwo sailors went missing while on their way to rescue nine fishermen off the cape.")
    assert [(g[0], g[3]) for g in got] == [("missing", 2)]


def test_a_list_after_the_dead_include_keeps_its_lead_and_attackers_who_take_people() -> None:
    got = _one("Raid\n\nThe dead include 11 men and four women, and several people were wounded in the raid.")
    assert [(g[0], g[3]) for g in got] == [("killed", 11), ("killed", 4)]
    got = _one("Raid\n\nSix of the victims are in critical conditions at the clinic.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 6)]
    got = _one("School raid\n\nA teacher said the bandits took more than 40 pupils, most of them boys.")
    assert [(g[0], g[3]) for g in got] == [("abducted", 41)]


def test_killed_together_with_others() -> None:
    got = _one("Blast\n\nThe district commissioner was killed in a bombing together with six other people.")
    assert [(g[0], g[3]) for g in got] == [("killed", 6)]


def test_a_list_after_a_finished_clause_shares_its_verb() -> None:
    got = _one("Ambush\n\nThree gendarmes were killed, two customs officers and five civilians, the ministry added.")
    assert [(g[0], g[3]) for g in got] == [("killed", 3), ("killed", 2), ("killed", 5)]
    got = _one("Ambush\n\nThree gendarmes were killed, two customs officers were wounded.")
    assert [(g[0], g[3]) for g in got] == [("killed", 3), ("wounded", 2)]


def test_and_another_n_shares_the_toll_outcome_unless_it_has_its_own_verb() -> None:
    got = _one("Strikes\n\nThe shelling killed 12 people, including four children, near the river, and another 9 people, "
               "among them two women, in the market.")
    assert [(g[0], g[3]) for g in got] == [("killed", 12), ("killed", 4), ("killed", 9), ("killed", 2)]
    got = _one("Camp\n\nFive refugees were treated for gunshot wounds, and a further 30 are being treated for hunger.")
    assert [(g[0], g[3]) for g in got] == [("wounded", 5)]


def test_a_bodys_spokesman_speaks_for_the_body_and_a_list_for_its_first() -> None:
    got = _one("Floods\n\nAt least 30 people died in Indonesia, National Disaster Management Agency spokesman Adi Putra said.")
    assert [g[6] for g in got] == ["BNPB"]
    got = _one("Fire\n\nFifty people were hurt in the blaze, police and civil defence authorities said.")
    assert [g[6] for g in got] == ["police"]


def test_has_claimed_hostages_held_deceased_adults_and_one_critically_injured() -> None:
    got = _one("Bombing\n\nA car bombing near the market, south of the capital, has claimed more than 50 people, "
               "including 12 pilgrims.")
    assert [(g[0], g[3]) for g in got] == [("killed", 51), ("killed", 12)]
    got = _one("Raid\n\nThe rebels are holding three soldiers hostage after the raid.")
    assert [(g[0], g[3]) for g in got] == [("abducted", 3)]
    got = _one("Shooting\n\nOfficers found five deceased adults in the house.")
    assert [(g[0], g[3]) for g in got] == [("killed", 5)]
    got = _one("Blast\n\nFour policemen were killed and one critically injured in the blast.")
    assert [(g[0], g[3]) for g in got] == [("killed", 4), ("wounded", 1)]


def test_the_dateline_wire_is_the_carrier_not_the_source() -> None:
    got = _one("Landslide\n\nLAE, May 3 (Reuters) - The Papua New Guinea national disaster centre said the landslide "
               "buried more than 300 people.")
    assert [(g[3], g[6]) for g in got] == [(301, "National Disaster Centre")]


def test_the_states_prosecutor_is_the_prosecutor() -> None:
    got = _one("Bodies found\n\nAna Ruiz, the state's chief prosecutor, said nine bodies were found in Zacatecas state.")
    assert [g[6] for g in got] == ["Zacatecas prosecutor"]


def test_at_a_tie_the_country_whose_places_are_named() -> None:
    got = _one("Somalia: Two Police Officers Killed in Attack in Lamu\n\nTwo police officers were killed when their "
               "truck hit a bomb in Lamu County, near the border with Somalia.")
    assert {g[1] for g in got} == {"Kenyan police"}


def test_an_outlet_told_is_not_the_source() -> None:
    got = _one("Boat\n\n\u201cWe counted 31 bodies yesterday,\u201d Marc Ilunga, a local leader, told AFP.")
    assert [g[6] for g in got] != ["AFP"]
    got = _one("Raid\n\nThe farmer who spoke to Reuters said 12 people were wounded.")
    assert [g[6] for g in got] != ["Reuters"]


def test_a_tag_naming_a_person_introduced_with_a_title() -> None:
    got = _one("Raid\n\nKano Police Commissioner Sani Bello told reporters the gunmen fled.\n\n\u201cFour traders were "
               "wounded,\u201d said Bello.")
    assert [(g[3], g[6]) for g in got] == [(4, "police")]


def test_a_place_after_a_title_word_is_not_a_person() -> None:
    got = _one("Attack\n\nResidents in Ethiopia's largest federal state, Oromia, say 30 civilians were killed on Monday.")
    assert [g[6] for g in got] == ["residents"]


def test_an_inverted_announcement_names_its_speaker() -> None:
    got = _one("Riot\n\nA riot left 31 dead in the jail in the port city, announced Sunday the commander of the police.")
    assert [(g[3], g[6]) for g in got] == [(31, "police")]


def test_media_reports_are_a_source_of_their_own() -> None:
    got = _one("Riot\n\nAt least 11 inmates died in a riot at a jail in the north, media reports said on Monday.")
    assert [(g[3], g[6]) for g in got] == [(11, "media reports")]
    got = _one("Riot\n\nNews reports said 7 guards were wounded.")
    assert [(g[3], g[6]) for g in got] == [(7, "media reports")]


def test_a_body_is_named_by_the_short_name_it_gives_itself() -> None:
    got = _one("Riot\n\n\"Seven inmates died,\" the National Prison Service Authority (NPSA) said on Friday.")
    assert [(g[3], g[6]) for g in got] == [(7, "NPSA")]
    got = _one("Floods\n\nThe Kwara State Emergency Management Agency (KWEMA) put the toll at 14 dead.")
    assert [(g[3], g[6]) for g in got] == [(14, "KWEMA")]


def test_an_outlet_cited_for_a_named_speaker_is_only_its_carrier() -> None:
    got = _one("Clashes\n\nThe toll of the border clashes rose to 41, the country's health ministry said on Monday, "
               "a news site reported citing TASS.\nAccording to the ministry, 90 people were wounded.")
    assert [(g[3], g[6]) for g in got] == [(41, "Health Ministry"), (90, "Health Ministry")]


def test_a_name_with_accented_letters_in_an_appositive() -> None:
    got = _one("Massacre\n\nThe U.N. High Commissioner for Human Rights, Jürgen Kühl, told reporters that 61 people "
               "had been killed.")
    assert [(g[3], g[6]) for g in got] == [(61, "OHCHR")]


def test_searched_for_trapped_evacuated_and_one_fatality() -> None:
    got = _one("Ferry\n\n\"Three people drowned and 12 people are still being searched for,\" the rescue chief said.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed"), (12, "missing")]
    got = _one("Floods\n\nThe province ordered the evacuation of 4,300 people. The navy confirmed only one fatality.")
    assert [(g[3], g[0]) for g in got] == [(4300, "displaced"), (1, "killed")]
    got = _one("Raid\n\nPolice said 19 cattle rustlers have been arrested.")
    assert [(g[3], g[0]) for g in got] == [(19, "captured")]


def test_a_commander_counts_his_own_soldiers() -> None:
    got = _one("MANILA - \"Three of my soldiers were killed in the ambush,\" the brigade commander said.")
    assert [(g[3], g[1]) for g in got] == [(3, "Philippine military")]


def _parts(text: str):
    got = [c.to_dict() for c in extract(text, PUB)]
    return [(d["value_low"], d["outcome"], None if d["part_of"] is None else got[d["part_of"]]["value_low"]) for d in got]


def test_a_sentence_that_narrows_the_totals_before_it_gives_parts() -> None:
    got = _parts("Strikes\n\nIn the capital, 31 people were killed and 75 were injured. In particular, four people were "
                 "killed and 12 others were injured at the maternity clinic.")
    assert got == [(31, "killed", None), (75, "wounded", None), (4, "killed", 31), (12, "wounded", 75)]
    got = _parts("Massacre\n\nAt least 96 people were killed in the raid, the monitor said. Nearly 40 of those who "
                 "were killed were older than 70 years.")
    assert got == [(96, "killed", None), (40, "killed", 96)]


def test_a_bulletin_with_dashed_labels_and_figures_restated_in_digits() -> None:
    got = _one("Update on the ambush\n\nOur side -\n\nKilled in action- Four (4) soldiers\nWounded- Eleven (11)\n")
    assert [(g[3], g[0]) for g in got] == [(4, "killed"), (11, "wounded")]


def test_an_untagged_quotation_speaks_for_the_speaker_named_just_before() -> None:
    got = _one("Mine collapse\n\nThe pit caved in on Monday, a district police officer told reporters.\n\n"
               "\"Three bodies were pulled out. Nine workers are still missing.\n\nRescue teams kept digging.")
    assert [(g[3], g[6]) for g in got] == [(3, "police"), (9, "police")]
    # not when a paragraph of the report's own comes between
    got = _one("Mine collapse\n\nThe pit caved in on Monday, a district police officer told reporters.\n\n"
               "Rescue teams kept digging through the night.\n\n\"Three bodies were pulled out.\"")
    assert [(g[3], g[6]) for g in got] == [(3, None)]


def test_a_later_that_clause_does_not_name_the_speaker_of_the_figure_before_it() -> None:
    got = _one("Clash in Davao Oriental\n\nCol. Ramon dela Cruz, a regional army spokesman, said at least four soldiers were hurt in "
               "the fighting and that villagers have reported more dead among the rebels.")
    assert [(g[3], g[0], g[6]) for g in got] == [(4, "wounded", "Philippine military")]


def test_authorities_in_a_country_are_its_officials() -> None:
    got = _one("Floods\n\nEleven people died in the floods, authorities in the Philippines said.")
    assert [(g[3], g[6]) for g in got] == [(11, "officials")]


def test_a_facility_name_inside_a_body_name_is_no_place() -> None:
    # the gazetteer's "National Penitentiary" is Haiti's prison; the Peruvian body named after it is not there (its
    # guards are the body's own staff, not Haiti's)
    got = _one("Riot in Peru\n\nThe National Penitentiary Institute said 14 guards were wounded in the riot.")
    assert [(g[3], g[1]) for g in got] == [(14, "National Penitentiary Institute")]


def test_people_added_after_a_finished_clause_share_its_outcome() -> None:
    got = _one("Riot\n\nAt least 23 guards were hurt in the clashes, as well as four police officers and one inmate.")
    assert [(g[3], g[0]) for g in got] == [(23, "wounded"), (4, "wounded"), (1, "wounded")]


def test_a_toll_which_included_soldiers() -> None:
    got = _parts("Bombing\n\nThe toll climbed to 21, which included six soldiers, while 40 others were hurt.")
    assert got == [(21, "killed", None), (6, "killed", 21), (40, "wounded", None)]


def test_a_toll_changed_as_the_object_of_its_verb() -> None:
    got = _one("Massacre\n\nThe state prosecutor lowered the death toll from 14 to 13 on Tuesday.")
    assert [(g[3], g[0]) for g in got] == [(14, "killed"), (13, "killed")]
    got = _one("Quake\n\nThe agency raised the number of dead from 40 to 52.")
    assert [(g[3], g[0]) for g in got] == [(40, "killed"), (52, "killed")]


def test_a_toll_told_place_by_place_with_described_places() -> None:
    got = _parts("Floods\n\nAt least 19 people died, including 15 in the northern province of Kalinga and four in the "
                 "mountain town of Sagada.")
    assert got == [(19, "killed", None), (15, "killed", 19), (4, "killed", 19)]
    got = _parts("Strikes\n\nThe ministry counted 33 dead: 20 in Sumy region and 13 in Kharkiv.")
    assert got == [(33, "killed", None), (20, "killed", 33), (13, "killed", 33)]


def test_the_total_of_n_of_the_m_is_a_figure_of_its_own() -> None:
    got = _parts("Raid\n\nThe coroner said six of the eleven bodies bore gunshot wounds.")
    assert got == [(6, "killed", 11), (11, "killed", None)]
    got = _parts("Shooting\n\nFour pupils were hurt. One of the four pupils is in a life-threatening condition.")
    assert got == [(4, "wounded", None), (1, "wounded", 4), (4, "wounded", None)]
    # read once when the total has an outcome of its own ("who fled")
    got = _parts("Jailbreak\n\nPolice said 51 of the 80 inmates who escaped had been caught by Friday.")
    assert [(v, o) for v, o, _ in got] == [(51, "captured"), (80, "escaped")]


def test_clarified_remarked_and_an_earlier_given_toll_are_statements() -> None:
    got = _one("Ambush\n\nThe Defence Ministry said the attack was repelled. A spokesman clarified that three soldiers "
               "were killed.")
    assert [(g[3], g[6]) for g in got] == [(3, "Defence Ministry")]
    got = _one("Ferry\n\nThe police chief had earlier given a death toll of four.")
    assert [(g[3], g[6]) for g in got] == [(4, "police")]


def test_a_spokesman_for_a_province_speaks_as_its_officials() -> None:
    got = _one("Attack\n\nGul Rahman Wardak, spokesman for Logar province, said six police officers were killed. "
               "He said nine insurgents also died.")
    assert [(g[3], g[6]) for g in got] == [(6, "officials"), (9, "officials")]


def test_the_previous_toll_is_its_last_sources() -> None:
    got = _one("Landslide\n\nPolice said 44 people had died. The previous toll was 31 dead.")
    assert [(g[3], g[6]) for g in got] == [(44, "police"), (31, "police")]


def test_a_speaker_giving_the_toll_anonymously_and_a_toll_confirmed_by_officials() -> None:
    got = _one("Blast\n\nA police officer, giving the toll on condition of anonymity because he was not allowed to "
               "speak, said 17 people were killed.")
    assert [(g[3], g[6]) for g in got] == [(17, "police")]
    got = _one("Ambush\n\nTwo soldiers were killed in the attack, as confirmed by district officials.")
    assert [(g[3], g[6]) for g in got] == [(2, "officials")]
    got = _one("Capsize\n\nA local police official provided the figure of 13 dead.")
    assert [(g[3], g[6]) for g in got] == [(13, "police")]


def test_a_countrys_un_peacekeeping_mission_by_its_name() -> None:
    got = _one("Massacre near Bunia in Congo\n\nThe UN peacekeeping mission said 14 civilians were killed.")
    assert [(g[3], g[6]) for g in got] == [(14, "MONUSCO")]
    got = _one("Attack near Gao in Mali\n\nThe U.N. peacekeeping mission said two peacekeepers were wounded.")
    assert [(g[3], g[6]) for g in got] == [(2, "MINUSMA")]


def test_a_rank_before_a_name_ends_no_sentence_and_a_paragraphs_sentence_issues_nothing() -> None:
    # "Brig." once cut the sentence, and its short piece ("Police spokesman Brig.") read as a header that issued the
    # report, so the police's own figures were put in the report's voice
    got = _one("Convoy hit\n\nEight guards were killed when a bomb hit their convoy in Kirkuk, police said. Police "
               "spokesman Brig. Gen. Omar Salih said all of them worked for the oil company.")
    assert [(g[3], g[6]) for g in got] == [(8, "police")]


def test_a_nations_officer_a_headline_dash_and_a_named_channel_speak() -> None:
    got = _one("Clash\n\nRebels attacked the post at dawn. The Indonesian general confirmed only two deaths.")
    assert [(g[3], g[6]) for g in got] == [(2, "Indonesian military")]
    got = _one("Army Shelling Kills At Least 12- Witnesses")
    assert [(g[3], g[6]) for g in got] == [(12, "witnesses")]
    got = _one("Capsize\n\n\"Two children drowned and nine people are missing,\" the Kawsar TV channel reported.")
    assert [(g[3], g[6]) for g in got] == [(2, "Kawsar TV"), (9, "Kawsar TV")]
    got = _one("Raid\n\nTwo soldiers died in the raid, national television reported.")
    assert [(g[3], g[6]) for g in got] == [(2, "state media")]


def test_a_toll_reduced_by_its_giver_and_victims_identified_by_police() -> None:
    got = _one("Shooting\n\nThe state prosecutor's office reduced the death toll from nine to eight.")
    assert [(g[3], g[6]) for g in got] == [(9, "prosecutor"), (8, "prosecutor")]
    got = _one("School attack\n\nThe city police chief identified the dead pupils as four boys and two girls.")
    assert [(g[3], g[6]) for g in got] == [(4, "police"), (2, "police")]
    # a person "identified as" someone is no statement
    got = _one("Raid\n\nA police spokesman confirmed the attack to reporters, saying gunmen stormed the village, killing "
               "the village head identified as Alhaji Musa and 12 other victims.")
    assert [(g[3], g[6]) for g in got] == [(12, "police")]
    got = _one("Massacre\n\nAt least 90 people died in the raid on the camp, the United Nations human rights chief said.")
    assert [(g[3], g[6]) for g in got] == [(90, "OHCHR")]


def test_a_participle_speaks_for_the_subject_of_its_clause() -> None:
    got = _one("Market blast\n\nSalim al-Jubouri, a surgeon at the city hospital, gave a higher toll, saying 23 people "
               "had died and 40 were hurt.")
    assert [(g[3], g[6]) for g in got] == [(23, "medical sources"), (40, "medical sources")]
    got = _one("Raid\n\nTen villagers were killed when gunmen attacked the market, saying nothing of the rest.")
    assert [(g[3], g[6]) for g in got] == [(10, None)]


def test_a_second_reference_to_a_named_group_or_body_is_that_group() -> None:
    got = _one("Highlands clash\n\nFighting has grown since the Karen National Liberation Army moved into the hills. "
               "Saw Min, a spokesman for the liberation army, said four soldiers were killed.")
    assert [(g[3], g[6]) for g in got] == [(4, "KNLA")]
    got = _one("Jailbreak\n\nThe Kenya Prisons Service said the breakout was under control. Nine of the 30 escaped "
               "inmates were caught, Jane Mwangi, spokesperson of the service, said.")
    assert {g[6] for g in got} == {"Kenya Prisons Service"}
    got = _one("Escape\n\nEleven inmates fled, Paul Okoro, spokesman for the Ghana Prisons Service, said.")
    assert [(g[3], g[6]) for g in got] == [(11, "Ghana Prisons Service")]


def test_a_pro_government_forces_official_and_a_groups_own_statement() -> None:
    got = _one("Ambush\n\n\"We lost a dozen men near the well,\" said a local VDP official.")
    assert [(g[3], g[6]) for g in got] == [(12, "VDP")]
    got = _one("Bombing\n\nThe army said the blast was near the gate. Al Shabaab claimed the attack in a short "
               "statement, in which they said they had killed 11 soldiers.")
    assert [(g[3], g[6]) for g in got] == [(11, "al-Shabaab")]
    got = _one("Bombs\n\nTwo policemen were among five people killed overnight, security and police sources said.")
    assert {g[6] for g in got} == {"security sources"}


def test_a_claim_of_an_attack_gives_no_figure() -> None:
    got = _one("Bombing\n\nAn armed group claimed a car bomb that killed at least 40 people in the city in May.")
    assert [(g[3], g[6]) for g in got] == [(40, None)]
    got = _one("Nine people including a district official were killed in a bombing claimed by the Al Shabaab group.")
    assert [(g[3], g[6]) for g in got] == [(9, None)]
    got = _one("Blast kills six in the capital, armed group claims responsibility")
    assert [(g[3], g[6]) for g in got] == [(6, None)]


def test_a_state_run_outlet_and_a_body_under_a_government_speak_for_themselves() -> None:
    got = _one("Mine blast\n\nForty miners died in the blast, the state-run IRNA news agency reported.")
    assert [(g[3], g[6]) for g in got] == [(40, "IRNA")]
    got = _one("Floods\n\nSix people drowned, according to the government's Flood Relief Commission.")
    assert [(g[3], g[6]) for g in got] == [(6, "Flood Relief Commission")]
    got = _one("Mine blast\n\nThe country's official news agency says the blast killed 12 miners.")
    assert [(g[3], g[6]) for g in got] == [(12, "state media")]


def test_a_body_by_its_acronym_alone_or_before_its_officers_title() -> None:
    got = _one("Landslide\n\nRains also claimed 14 lives in the south, according to the NDRC.")
    assert [(g[3], g[6]) for g in got] == [(14, "NDRC")]
    got = _one("Floods\n\n\"We have 58 confirmed dead and 12 missing,\" NDRC Director-General Anil Perera said.")
    assert [(g[3], g[4], g[6]) for g in got] == [(58, 58, "NDRC"), (12, 12, "NDRC")]
    got = _one("Blast\n\n\"We received 20 wounded,\" Omar Haidari, director of hospitals in the province, told AFP.")
    assert [(g[3], g[6]) for g in got] == [(20, "medical sources")]
    # a count held is still no toll
    assert _one("Prison\n\nThe jail has 600 inmates and 40 guards.") == []


def test_the_group_whose_attack_hurt_them_is_not_the_victims_party() -> None:
    got = _one("Five dead, 30 injured from Taliban attack on a market")
    assert [(g[3], g[1]) for g in got] == [(5, "all"), (30, "all")]
    got = _one("Clash\n\nTwenty fighters from the Taliban were killed.")
    assert [(g[3], g[1]) for g in got] == [(20, "Taliban")]
    got = _one("Bombing\n\nNine people, including four NDS officers, were killed in Kabul.")
    assert [(g[3], g[1]) for g in got] == [(9, "all"), (4, "NDS")]


def test_a_roundups_soldiers_belong_to_the_country_of_their_place() -> None:
    got = _one("Sahel violence\n\nFighting in Bangui killed 12 people on Monday, Central African officials said. "
               "Separately, nine soldiers were killed in an ambush in the Tillaberi region. "
               "In Bangui, three soldiers died near the border with Cameroon.")
    assert [(g[3], g[1]) for g in got] == [(12, "all"), (9, "Niger army"), (3, "Central African army")]


def test_security_forces_as_people_and_the_word_after_a_toll() -> None:
    got = _one("Market bomb\n\nThirty people including nine children and four security forces were hurt in the blast.")
    assert [(g[3], g[0], g[1]) for g in got] == [(30, "wounded", "all"), (9, "wounded", "civilians"),
                                                 (4, "wounded", "security forces")]
    got = _one("Blast\n\nThe clinic's director put the toll at 19 wounded.")
    assert [(g[3], g[0]) for g in got] == [(19, "wounded")]
    got = _one("Blast\n\nThe number of injured rose sharply from an earlier toll of 40.")
    assert [(g[3], g[0]) for g in got] == [(40, "wounded")]


def test_a_toll_estimated_or_ranging_between_two_figures() -> None:
    got = _one("Raid\n\nThe death toll is estimated between 150 and 300.")
    assert [(g[3], g[4], g[5]) for g in got] == [(150, 300, "range")]
    got = _one("Raid\n\nEstimates of the number of dead now range between 80 and 120.")
    assert [(g[3], g[4], g[5]) for g in got] == [(80, 120, "range")]


def test_a_lone_adult_and_more_found_later_share_the_verb() -> None:
    got = _one("Rebels kill 4 children, 1 adult in raid")
    assert [(g[3], g[0]) for g in got] == [(4, "killed"), (1, "killed")]
    got = _one("Mine collapse\n\nSix bodies were pulled out on Monday and two more the following day.")
    assert [(g[3], g[0]) for g in got] == [(6, "killed"), (2, "killed")]


def test_the_official_named_before_and_a_bodys_titled_speaker() -> None:
    got = _one("Clash in Kunduz\n\nSix fighters died in the clash, provincial government spokesman Ali Rahimi said. "
               "Four police personnel were wounded, the official added.")
    assert [(g[3], g[1], g[6]) for g in got] == [(6, "unknown", "Kunduz government"),
                                                 (4, "Afghan police", "Kunduz government")]
    got = _one("Ferry\n\nPhilippine Coast Guard spokesperson Captain Jose Reyes said nine crew members were missing.")
    assert [(g[3], g[6]) for g in got] == [(9, "Philippine Coast Guard")]
    got = _one("Floods\n\nLagos State Emergency Management Agency spokesman Tunde Bello said 14 people drowned.")
    assert [(g[3], g[6]) for g in got] == [(14, "Lagos State Emergency Management Agency")]
    got = _one("Floods in Sri Lanka\n\nSri Lanka's navy said it had rescued 40 people from the water.")
    assert [(g[3], g[6]) for g in got] == [(40, "Sri Lankan navy")]


def test_a_claim_dismissed_by_one_side_is_the_other_sides() -> None:
    got = _one("Highlands clash\n\nThe Karen National Liberation Army raided the camp. The army chief dismissed a rebel "
               "group claim that its fighters had killed 15 soldiers.")
    assert [(g[3], g[6]) for g in got] == [(15, "KNLA")]
    got = _one("Raid\n\nThe governor rejected the Taliban's claim that 30 police officers died.")
    assert [(g[3], g[6]) for g in got] == [(30, "Taliban")]


def test_in_what_a_speaker_described_gives_its_words() -> None:
    got = _one("Mine attack in Colombia\n\nThree soldiers were killed in what the army described as a cowardly attack.")
    assert [(g[3], g[6]) for g in got] == [(3, "Colombian army")]
    # a relative clause that describes a scene names no speaker of the figures
    got = _one("Massacre\n\nA UN team which described the scene as grim visited the village, UNHCR spokesman Ron Tate "
               "said. \"At least 90 people were killed,\" he told a briefing.")
    assert {g[6] for g in got} == {"UNHCR"}


def test_a_single_victim_a_landslide_that_buries_and_the_badly_hurt() -> None:
    got = _one("Shooting\n\nOne victim was shot dead in his car, police said.")
    assert [(g[3], g[0]) for g in got] == [(1, "killed")]
    got = _one("Landslide buries more than 300 people, officials say")
    assert [(g[3], g[0], g[5]) for g in got] == [(301, "killed", "more_than")]
    got = _one("Quake\n\nThe toll rose to 90 with at least 700 people seriously injured.")
    assert [(g[3], g[0]) for g in got] == [(90, "killed"), (700, "wounded")]


def test_units_named_after_each_figure_share_the_verb_after_both() -> None:
    got = _one("IED blast\n\nThree jawans of the State Armed Force and two jawans of the District Reserve Guard were "
               "killed on Monday.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed"), (2, "killed")]


def test_assassinated_is_killed_and_a_span_of_years_is_no_count() -> None:
    got = _one("Attack\n\nFour officials were assassinated in the town.")
    assert [(g[3], g[0]) for g in got] == [(4, "killed")]
    got = _one("Graves\n\nThe remains belong to people who went missing between 2015 and 2019 and were killed.")
    assert got == []


def test_a_statements_participle_and_a_bodys_own_part_leave_the_speaker() -> None:
    got = _one("Raid\n\nThe state police command in a statement, issued on Friday in Lokoja stated that its men had "
               "recovered eight corpses.")
    assert [(g[3], g[6]) for g in got] == [(8, "police")]
    got = _one("Massacre\n\nAmnesty International, based on accounts of survivors, for its part reported 61 dead.")
    assert [(g[3], g[6]) for g in got] == [(61, "Amnesty")]


def test_security_officials_a_wires_own_tally_and_its_journalists_count() -> None:
    got = _one("Car bombs\n\nTwo blasts killed 17 people in the port city, security officials said.")
    assert [(g[3], g[6]) for g in got] == [(17, "security sources")]
    got = _one("West Bank\n\nAt least 30 people have been killed in raids since May, according to an AFP tally based on "
               "official figures.")
    assert [(g[3], g[6]) for g in got] == [(30, "AFP")]
    got = _one("Raid\n\nAn AFP photographer saw six bodies at the morgue.")
    assert [(g[3], g[6]) for g in got] == [(6, "AFP")]
    # a witness's "I saw" is his own words, named by his tag
    got = _one("Raid\n\n\"I saw the soldiers carry away the bodies of three men,\" a resident said.")
    assert [(g[3], g[6]) for g in got] == [(3, "residents")]


def test_the_regional_governor_of_a_city_is_its_regions() -> None:
    got = _one("Strike on Sloviansk\n\nFour people were killed in a missile strike on the city of Sloviansk, the "
               "regional governor said.")
    assert [(g[3], g[6]) for g in got] == [(4, "Donetsk governor")]


def test_a_headline_toll_without_a_verb_the_figure_of_the_dead_and_deaths_by_a_fall() -> None:
    got = _one("Riots go on in the valley; toll at least 14")
    assert [(g[3], g[0], g[5]) for g in got] == [(14, "killed", "at_least")]
    got = _one("Attack\n\nAt first the figure of the dead was eight, but the number of the dead could be over 20.")
    assert [(g[3], g[0]) for g in got] == [(8, "killed"), (21, "killed")]
    got = _one("Crush at a shrine\n\nThe panic sent dozens of pilgrims plummeting to their deaths.")
    assert [(g[3], g[4], g[0]) for g in got] == [(24, 99, "killed")]
    # a count sent somewhere is still no toll
    assert _one("Troops\n\nThe army sent 300 soldiers to the town.") == []


def test_the_officials_are_those_named_before() -> None:
    got = _one("Blasts\n\nTwo bombs killed 11 people near the camp, security officials said. The blasts hit the gate, the "
               "officials said, adding that four soldiers were among the dead.")
    assert [(g[3], g[6]) for g in got] == [(11, "security sources"), (4, "security sources")]


def test_a_nations_health_officials_are_its_health_ministry() -> None:
    got = _one("Raid\n\nPalestinian health officials said nine people were killed in the camp.")
    assert [(g[3], g[6]) for g in got] == [(9, "Health Ministry")]
    got = _one("Blast\n\nHealth officials said nine people were killed in the market.")
    assert [(g[3], g[6]) for g in got] == [(9, "medical sources")]


def test_a_channel_named_after_according_to_its_pronoun_and_the_head_of_a_region() -> None:
    got = _one("Attack\n\nAccording to the Telegram channel Mash, 14 people were killed. Also, according to them, 30 "
               "people were injured.")
    assert [(g[3], g[6]) for g in got] == [(14, "Mash"), (30, "Mash")]
    got = _one("Attack in Dagestan\n\nThe head of Dagestan Sergei Melikov announced more than 15 police officers killed.")
    assert [(g[3], g[6]) for g in got] == [(16, "Dagestan governor")]
    # the head of a body is not a region's
    got = _one("Blast\n\nThe head of the hospital, Ali Musa, said 12 people were killed.")
    assert [(g[3], g[6]) for g in got] == [(12, "medical sources")]


def test_one_of_the_injured_who_speaks_is_no_count() -> None:
    got = _one("Bus crash\n\nNine people died. \"The brakes failed,\" Ravi Kumar, one of the injured passengers being "
               "treated at the hospital, said.")
    assert [(g[3], g[0]) for g in got] == [(9, "killed")]


def test_burkinas_army_auxiliaries_are_the_vdp() -> None:
    got = _one("Attack in Burkina Faso\n\nTwelve soldiers and four army auxiliaries were killed near Djibo.")
    assert [(g[3], g[1]) for g in got] == [(12, "Burkinabe army"), (4, "VDP")]


def test_prison_guards_belong_to_the_prison_service_the_report_names() -> None:
    got = _one("Riot\n\nThe National Prison Service (NPS) said two inmates died and 14 prison guards were hurt.")
    assert [(g[3], g[1]) for g in got][-1] == (14, "NPS")
    # security personnel of other forces are not the prison service's
    got = _one("Jailbreak\n\nThe Department of Prison Management said 300 inmates fled. Three security personnel were "
               "injured.")
    assert [(g[3], g[1]) for g in got][-1][1] != "Department of Prison Management"


def test_said_the_officer_is_the_officer_named_before() -> None:
    got = _one("Capsize\n\n\"Nine bodies have been recovered,\" Ali Hasan, an officer at the river police station, told "
               "reporters. Some 20 passengers were still missing, said the officer.")
    assert [(g[3], g[6]) for g in got] == [(9, "police"), (20, "police")]


def test_a_spokesman_for_an_office_speaks_for_officials() -> None:
    got = _one("Shooting\n\nPolice said the gunman had been arrested. A spokesman for the provincial public affairs office "
               "said 14 deaths had been confirmed.")
    assert [(g[3], g[6]) for g in got] == [(14, "officials")]


def test_what_people_do_loose_reports_and_an_opening_while_clause_give_no_speaker() -> None:
    got = _one("Ferry\n\nRescuers were racing to find 30 people still missing at sea.")
    assert [(g[3], g[6]) for g in got] == [(30, None)]
    got = _one("Blast\n\nEarlier reports put the death toll at 24.")
    assert [(g[3], g[6]) for g in got] == [(24, None)]
    got = _one("Escape\n\nOn Friday local sources were talking about 200 escapees.")
    assert [(g[3], g[6]) for g in got] == [(200, "local sources")]
    got = _one("Violence\n\nWhile officials said 30 people were killed in clashes in the capital, 14 soldiers died in "
               "an ambush in the north.")
    assert [(g[3], g[6]) for g in got] == [(30, "officials"), (14, None)]


def test_a_headlines_recoverers_give_the_count() -> None:
    got = _one("Floods: Police recover 14 bodies in river towns")
    assert [(g[3], g[6]) for g in got] == [(14, "police")]
    # in the body, who recovers the dead need not be who counts them
    got = _one("Floods\n\nRescuers recovered 14 bodies from the river, the state emergency agency said.")
    assert [(g[3], g[6]) for g in got][0][1] != "rescuers"


def test_in_a_statement_between_a_speaker_and_its_verb_and_the_body_named_before() -> None:
    got = _one("Ambush\n\nThe army, in a statement, said 12 soldiers died.")
    assert [(g[3], g[6]) for g in got] == [(12, "army")]
    for aside in ("on Monday", "however", "meanwhile"):
        got = _one(f"Ambush\n\nThe army, {aside}, said 12 soldiers died.")
        assert [(g[3], g[6]) for g in got] == [(12, "army")], aside
    got = _one("Raid\n\nThe Pakistani Taliban (TTP), in a message to journalists, said they had killed 20 soldiers.")
    assert [(g[3], g[6]) for g in got] == [(20, "TTP")]
    got = _one("War\n\nMore than 900 people have been killed, according to the Health Ministry. The toll rose again on "
               "Monday: 950 people have been killed, according to the ministry.")
    assert [(g[3], g[6]) for g in got] == [(901, "Health Ministry"), (950, "Health Ministry")]
    got = _one("Clashes\n\nMilitia fighting killed 55 people, according to the Emergency Medicine Centre. Fighting in "
               "May killed 12 people, according to the same centre.")
    assert [(g[3], g[6]) for g in got] == [(55, "Emergency Medicine Centre"), (12, "Emergency Medicine Centre")]
    got = _one("Camps\n\nAccording to the APBn, 41 Rohingyas have been killed in clashes inside the camps.")
    assert [(g[3], g[6]) for g in got] == [(41, "APBn")]


def test_the_people_a_toll_counts_are_its_party() -> None:
    got = _one("Ambush in Kenya\n\nThe number of police officers killed in the ambush in Samburu has risen to 19.")
    assert [(g[3], g[1]) for g in got] == [(19, "Kenyan police")]


def test_a_spokespersons_narrated_line_issues_nothing_and_a_quote_line_goes_on_its_speaker() -> None:
    got = _one("Bus crash\nAt least four people died when a bus overturned near Karoi.\n"
               "National police spokesperson Paul Ncube confirmed the accident.\n"
               "\"The police confirm a fatal accident on the highway,\" said Ncube.\n"
               "\"Four passengers were killed while 20 others were injured when the bus overturned.\n"
               "\"The driver tried to avoid a truck.\"")
    assert [(g[3], g[6]) for g in got] == [(4, None), (4, "police"), (20, "police")]


def test_national_police_forces_and_defence_spokesmen_by_name() -> None:
    got = _one("Shooting\n\nThe South African Police Service said six people were shot dead in the taxi rank.")
    assert [(g[3], g[6]) for g in got] == [(6, "police")]
    got = _one("School attack in Uganda\n\nDefence spokesman Felix Okello said 17 pupils were killed.")
    assert [(g[3], g[6]) for g in got] == [(17, "Ugandan military")]


def test_lists_with_a_person_between_saving_and_swimming_to_safety() -> None:
    got = _one("Ambush\n\nA local chief, two members of the public and eight police officers succumbed to their "
               "injuries.")
    assert [(g[3], g[0]) for g in got] == [(2, "killed"), (8, "killed")]
    got = _one("Raid\n\nSix constables, a village elder and two herders were killed in the raid.")
    assert [(g[3], g[0]) for g in got] == [(6, "killed"), (2, "killed")]
    got = _one("Crash\n\nOne pilgrim was killed, with about 40 others being injured, when the bus overturned.")
    assert [(g[3], g[0]) for g in got] == [(1, "killed"), (40, "wounded")]
    got = _one("Mine\n\nRescuers saved nine miners on Monday. Four people swam to safety.")
    assert [(g[3], g[0]) for g in got] == [(9, "freed"), (4, "escaped")]
    got = _one("Mine\n\nRescuers raced against the clock on Monday to save 12 workers trapped underground.")
    assert [(g[3], g[0]) for g in got if g[0] == "freed"] == []
    got = _one("Taxi violence\n\nPatrols were promised after the assassination of three taxi drivers.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed")]


def test_a_speaker_who_speaks_for_a_body_and_a_resident_commissioner() -> None:
    got = _one("School attack\n\n\"We have recovered 14 bodies,\" Peter Okot said on Sunday, speaking for the national "
               "police.")
    assert [(g[3], g[6]) for g in got] == [(14, "police")]
    got = _one("Raid\n\n\"Nine villagers were killed,\" Ann Lule, the resident district commissioner, told reporters.")
    assert [(g[3], g[6]) for g in got] == [(9, "officials")]


def test_a_states_named_broadcaster_is_state_media() -> None:
    got = _one("Mine blast\n\nChina Central Television said 23 miners were killed in the blast in Shanxi.")
    assert [(g[3], g[6]) for g in got] == [(23, "state media")]


def test_number_words_echoed_in_digits_and_the_later_items_of_a_label() -> None:
    got = _one("Clash in the south\n\nKilled in action: Three (3) soldiers and two (2) police officers")
    assert [(g[0], g[1], g[3]) for g in got] == [("killed", "army", 3), ("killed", "police", 2)]
    got = _one("Flood\n\nTwenty-one (21) persons died and nine (9) others were injured.")
    assert [(g[0], g[3]) for g in got] == [("killed", 21), ("wounded", 9)]


def test_a_bulletins_total_under_its_parts() -> None:
    text = ("Casualty update\n\nTroops:\n\nWounded - 7\n\nCivilians:\n\nWounded - 13\n\nTotal casualties:\n\n"
            "Wounded - 20\n")
    got = [(c.value_low, c.part_of) for c in extract(text, PUB)]
    assert got == [(7, 2), (13, 2), (20, None)]
    # lines that do not add up to it are no parts of it
    got = [(c.value_low, c.part_of) for c in extract(text.replace("Wounded - 20", "Wounded - 25"), PUB)]
    assert got == [(7, None), (13, None), (25, None)]


def test_the_minister_named_before_a_bodys_possessive_spokesperson_and_a_headlines_group() -> None:
    got = _one("Market fire\n\nAt least 12 people died in the fire, the health minister said on Monday. Firefighters "
               "worked through the night, the officials said. The minister, a former surgeon, said 30 people are "
               "still in hospital.")
    assert [(g[3], g[6]) for g in got] == [(12, "Health Ministry"), (30, "Health Ministry")]
    got = _one("Mine blast\n\nFour miners were killed, confirmed the Sindh Government's spokesperson Ali Shah.")
    assert [(g[3], g[6]) for g in got] == [(4, "Sindh government")]
    got = _one("Villagers bury 40 after raid, group says\n\nNAIROBI (AP) - Human Rights Watch says villagers buried 40 "
               "people after the raid. Human rights groups have asked for an inquiry.")
    assert [(g[3], g[6]) for g in got] == [(40, "HRW"), (40, "HRW")]


def test_a_total_broken_down_by_place_after_a_semicolon_or_colon() -> None:
    text = ("Quake\n\nThe disaster agency said 512 people were injured; 300 in Van, 150 in Mus and 62 in Bitlis.")
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(512, "wounded", None), (300, "wounded", 0), (150, "wounded", 0), (62, "wounded", 0)]
    got = [(c.value_low, c.part_of) for c in extract("Storm\n\nIt counted 30 dead: 18 in Kisumu region and 12 in "
                                                      "Siaya.", PUB)]
    assert got == [(30, None), (18, 0), (12, 0)]


def test_what_a_toll_includes_the_saved_the_unaccounted_and_a_stray_article() -> None:
    got = _one("Ambush\n\nThe death toll included 14 soldiers and 9 attackers killed when the convoy was hit.")
    assert [(g[3], g[0]) for g in got] == [(14, "killed"), (9, "killed")]
    got = _one("Ferry\n\nThree bodies were pulled out and 41 saved by fishermen.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed"), (41, "freed")]
    got = _one("Collapse\n\nCrews were digging for four workers still unaccounted after the collapse.")
    assert [(g[3], g[0]) for g in got] == [(4, "missing")]
    got = _one("Crush\n\nMore than a 100 pilgrims were killed in the crush.")
    assert [(g[3], g[5]) for g in got] == [(101, "more_than")]


def test_they_included_and_the_second_item_of_a_list_of_parts() -> None:
    text = ("Strike\n\nThe monitor said the air strike killed 19 people in the village on Monday.\n\n"
            "\"All of them had fled other towns. They included six children and four women,\" its director said.")
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(19, "killed", None), (6, "killed", 0), (4, "killed", 0)]
    got = [(c.value_low, c.part_of) for c in extract("Strike\n\nThe strike killed 19 people in the market. Among them "
                                                      "were six children and four women.", PUB)]
    assert got == [(19, None), (6, 0), (4, 0)]


def test_a_police_surgeon_an_official_from_a_force_fire_officials_and_a_medical_source_where() -> None:
    got = _one("Blast\n\nThe toll rose to 16, according to Amina Bibi, a police surgeon at the city hospital.")
    assert [(g[3], g[6]) for g in got] == [(16, "medical sources")]
    got = _one("Collapse\n\nTwo people are still missing, said Ravi Kumar, an official from the National Disaster "
               "Response Force.")
    assert [(g[3], g[6]) for g in got] == [(2, "NDRF")]
    got = _one("Collapse\n\nFire official Anil Rao said the dead included nine workers.")
    assert [(g[3], g[6]) for g in got] == [(9, "fire service")]
    got = _one("Strike\n\nA medical source at the main hospital, where the wounded were taken, said 40 soldiers were "
               "killed.")
    assert [(g[3], g[6]) for g in got] == [(40, "medical sources")]
    got = _one("Strike\n\nMore than 60 soldiers were killed, medical and military sources said.")
    assert [(g[3], g[6]) for g in got] == [(61, "medical sources")]


def test_an_accuser_speaks_the_accused_do_not_and_a_wires_tag_is_no_source() -> None:
    got = _one("Shelling\n\nA doctors' union has accused the militia of killing 31 people in the town. -AP")
    assert [(g[3], g[6]) for g in got] == [(31, "medical sources")]
    got = _one("Raid\n\nGunmen killed 12 villagers accused of helping the army, the police said.")
    assert [(g[3], g[6]) for g in got] == [(12, "police")]


def test_slaughtered_liquidated_searched_for_and_medical_assistance() -> None:
    got = _one("Border raid\n\nOfficials accused the raiders of slaughtering 64 villagers.")
    assert [(g[3], g[0]) for g in got] == [(64, "killed")]
    got = _one("Prison riot\n\nThe ministry said 9 inmates were liquidated by the special forces.")
    assert [(g[3], g[0]) for g in got] == [(9, "killed")]
    got = _one("Mine blast\n\nTwenty bodies were brought up, and the search for 11 miners goes on.")
    assert [(g[3], g[0]) for g in got] == [(20, "killed"), (11, "missing")]
    got = _one("Manhunt\n\nPolice are searching for 12 suspects after the robbery.")
    assert got == []
    got = _one("Mine blast\n\nAbout 300 miners came up, 14 of whom needed medical attention.")
    assert [(g[3], g[0]) for g in got] == [(14, "wounded")]
    got = _one("Floods\n\nThe deaths from mudslides rose to 41 on Friday.")
    assert [(g[3], g[0]) for g in got] == [(41, "killed")]


def test_a_figure_glued_to_a_colon_after_a_dateline() -> None:
    got = _one("Attack\n\nNiamey, May 3 (Agency) :Twelve soldiers were killed in the attack.")
    assert [(g[3], g[0]) for g in got] == [(12, "killed")]


def test_a_toll_with_its_part_as_an_aside_and_a_crowd_with_its_hurt() -> None:
    text = "Massacre\n\nA local deputy said the death toll, including 11 children, now stood at 47."
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(11, "killed", 1), (47, "killed", None)]
    got = _one("Mine blast\n\nAbout 300 miners came up, 14 of whom needed medical attention.")
    assert [(g[3], g[0]) for g in got] == [(14, "wounded")]


def test_a_figure_revised_from_one_count_down_to_another_and_the_second_part_of_whom() -> None:
    text = "Ferry\n\nThe rescue chief revised the number of those missing from 150 to 141."
    got = [(c.value_low, c.outcome) for c in extract(text, PUB)]
    assert got == [(150, "missing"), (141, "missing")]
    text = ("Train crash\n\nFive people died and about 80 were injured, of whom 12 were in a critical condition and 30 "
            "seriously hurt.")
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(5, "killed", None), (80, "wounded", None), (12, "wounded", 1), (30, "wounded", 1)]


def test_a_village_mayor_named_after_his_title_and_a_headlines_ministry_by_its_full_name() -> None:
    got = _one("Airstrike\n\nGAO - The army said it hit fighters. But Ali Maiga, mayor of the nearby village of "
               "Inekar, said the dead were seven herders.")
    assert [(g[3], g[6]) for g in got] == [(7, "Inekar mayor")]
    got = _one("Mine blast toll rises to 19 - ministry\n\nThe toll of the explosion at the coal mine rose to 19, "
               "the Ministry of Emergency Situations said.")
    assert [(g[3], g[6]) for g in got] == [(19, "Emergencies Ministry"), (19, "Emergencies Ministry")]


def test_a_translated_toll_of_the_assassinated_and_the_hurt_taken_to_a_medical_facility() -> None:
    got = _one("Attack\n\nThe number of our soldiers assassinated in the attack ascended to seven, the brigade said.")
    assert [(g[3], g[0]) for g in got] == [(7, "killed")]
    got = _one("Blast\n\nThree of them died at once, while the other two were taken to a health centre nearby.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed"), (2, "wounded")]


def test_responders_who_died_and_a_digit_glued_to_its_noun() -> None:
    got = _one("Landslide\n\nThe council said three emergency responders died when the slope gave way.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed")]
    got = _one("Shooting\n\nAt least 12people were killed in the shooting at the market.")
    assert [(g[3], g[0], g[5]) for g in got] == [(12, "killed", "at_least")]
    assert _one("Air show\n\nThe F16 jets and Room 12b were shown to visitors.") == []


def test_civilian_deaths_are_civilians() -> None:
    got = _one("Drone war\n\nThe monitors recorded at least 140 civilian deaths in drone strikes last year.")
    assert [(g[3], g[0], g[1]) for g in got] == [(140, "killed", "civilians")]


def test_the_same_sources_and_a_body_named_by_its_acronym_after_its_description() -> None:
    got = _one("Raid\n\nGunmen seized 30 people, local sources said. Among those taken were seven children, the same "
               "sources said.")
    assert [(g[3], g[6]) for g in got] == [(30, "local sources"), (7, "local sources")]
    got = _one("Ferry\n\nThe ferry operator, KAPAL, said 40 passengers were rescued.")
    assert [(g[3], g[6]) for g in got] == [(40, "KAPAL")]


def test_a_body_described_first_and_named_in_the_next_sentences() -> None:
    got = _one("Shelling\n\nShelling killed at least 19 people on Sunday, a local volunteer group said.\n\n"
               "The Emergency Response Room said in a statement that 80 other people were wounded.")
    assert [(g[3], g[6]) for g in got] == [(19, "Emergency Response Room"), (80, "Emergency Response Room")]
    # a described body with no name after it is not the speaker before it
    got = _one("Shelling\n\nThe army said it repelled the attack. Shelling killed at least 19 people on Sunday, a local "
               "volunteer group said.")
    assert [(g[3], g[6]) for g in got] == [(19, None)]


def test_a_countrys_red_cross_the_media_a_disaster_ministry_and_a_headline_with_a_compass_initial() -> None:
    got = _one("Landslides\n\nAt least six people died after the landslide, the Red Cross said. Two children were among "
               "the dead, according to the Uganda Red Cross.")
    assert {g[6] for g in got} == {"Uganda Red Cross"}
    got = _one("Rains\n\nKenya's Red Cross estimates at least 40 have died in the floods.")
    assert [(g[3], g[6]) for g in got] == [(40, "Kenya Red Cross")]
    got = _one("Fire\n\nNine workers were killed in a fire at a textile mill, media reported on Friday.")
    assert [(g[3], g[6]) for g in got] == [(9, "media reports")]
    got = _one("Quake\n\nA spokesman for the disaster ministry said the death toll had risen to 1,200.")
    assert [(g[3], g[6]) for g in got] == [(1200, "Disaster Ministry")]
    got = _one("5 killed in S. Korea blast: officials\n\nFive workers died in the blast, firefighting officials said.")
    assert [(g[3], g[6]) for g in got] == [(5, "officials"), (5, "fire service")]


def test_the_abc_that_carries_the_polices_revised_figure_is_its_carrier() -> None:
    got = _one("Clash\n\nEarlier, the police had reported that at least 40 people had died, before revising their number "
               "down to 21, the ABC said.")
    assert [(g[3], g[6]) for g in got] == [(40, "police"), (21, "police")]


def test_nationals_counted_by_nationality_and_more_ways_to_die_or_need_care() -> None:
    got = _one("Bus crash\n\nNine Peruvians, 3 Bolivians and two Chileans who died in the crash have been identified.")
    assert [(g[3], g[0]) for g in got] == [(9, "killed"), (3, "killed"), (2, "killed")]
    got = _one("Festival\n\nAt least 21 pilgrims were trampled to death at the gate.")
    assert [(g[3], g[0]) for g in got] == [(21, "killed")]
    got = _one("Fire\n\nAnother six people who showed no signs of life were pulled out.")
    assert [(g[3], g[0]) for g in got] == [(6, "killed")]
    got = _one("Blast\n\nA total of 17 people were in need of treatment after the blast.")
    assert [(g[3], g[0]) for g in got] == [(17, "wounded")]
    got = _one("Quake\n\nAn official said more than 90 dead were brought to the city's hospitals.")
    assert [(g[3], g[0]) for g in got] == [(91, "killed")]
    got = _one("Shooting\n\nThree gunshot victims were taken to a local hospital.")
    assert [(g[3], g[0]) for g in got] == [(3, "wounded")]


def test_the_m_of_n_of_the_m_killed_and_a_figure_given_instead_of_another() -> None:
    text = "Fire\n\nOfficials said six of the nine people killed in the blaze were firefighters."
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(6, "killed", 1), (9, "killed", None)]
    text = "Crash\n\nThe ministry said 17 people were killed in the crash, instead of 18 as previously announced."
    got = [(c.value_low, c.outcome, c.extra["earlier"]) for c in extract(text, PUB)]
    assert got == [(17, "killed", False), (18, "killed", True)]


def test_a_title_case_headline_names_no_prison_service_cops_and_a_universitys_staff() -> None:
    got = [(c.party, c.role) for c in extract("Two Guards Killed in Honduras Prison Riot\n\nTwo guards were killed in the "
                                                "riot.", PUB)]
    assert all(p != "Honduras Prison Riot" for p, _ in got) and got[0][1] == "guards"
    got = _one("Attack\n\nSix people, including three cops, were killed in the attack.")
    assert [(g[3], g[1]) for g in got] == [(6, "all"), (3, "police")]
    got = _one("Kidnap\n\nGunmen abducted 15 students and three staff of the state university.")
    assert [(g[3], g[1], g[2]) for g in got] == [(15, "civilians", "students"), (3, "civilians", "staff")]


def test_a_local_government_area_is_no_speaker_reports_an_outlet_and_a_health_department_official() -> None:
    got = _one("Kidnap\n\nAbout 30 people were kidnapped in the Igabi local government area of the state on Friday, "
               "reports Xinhua news agency.")
    assert [(g[3], g[6]) for g in got] == [(30, "Xinhua")]
    got = _one("Quake\n\nA provincial health department official said more than 150 dead were brought to hospitals.")
    assert [(g[3], g[6]) for g in got] == [(151, "medical sources")]


def test_a_bare_hurt_count_after_a_part_and_what_broke_out_around_a_crowd() -> None:
    text = "Blast\n\n\"Seven people were killed, including four policemen and 12 wounded,\" the police chief said."
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(text, PUB)]
    assert got == [(7, "killed", None), (4, "killed", 0), (12, "wounded", None)]
    assert _one("Crush\n\nSome 15,000 pilgrims were on the bridge when the stampede broke out.") == []
    got = _one("Jailbreak\n\nMore than 60 inmates broke out of the prison after a riot broke out.")
    assert [(g[3], g[0]) for g in got] == [(61, "escaped")]


def test_a_namesake_with_another_given_name_is_someone_else() -> None:
    got = _one("Blast\n\nDeputy Superintendent of Police Iqbal Ali was the target, officials said. The toll was "
               "confirmed by a doctor, Sana Ali, who stated that nine dead had been brought in.")
    assert [(g[3], g[6]) for g in got] == [(9, "medical sources")]
    got = _one("Blast\n\nPolice spokesman Iqbal Ali said the bomb was planted on a bicycle. \"Nine people were killed,\" "
               "said Ali.")
    assert [(g[3], g[6]) for g in got] == [(9, "police")]


def test_an_earlier_quakes_toll_is_background_and_an_earlier_one_is_no_count() -> None:
    got = [(c.value_low, c.extra["background"]) for c in extract(
        "Quake\n\nA new tremor shook the province on Monday after an earlier one killed more than 900 people. Officials "
        "said 700 had died in the previous quake. The new quake came days after a 6.1 magnitude tremor killed 40.", PUB)]
    assert got == [(901, True), (700, True), (40, True)]


def test_a_toll_told_place_by_place_after_its_total() -> None:
    text = ("Quake\n\nAt least 1,500 people were killed in the quake, the interior ministry said on Saturday.\n\n"
            "The quake caused 800 deaths in Ghor, 300 in Kandi and 90 in Zarif, the ministry said.")
    got = [(c.value_low, c.part_of) for c in extract(text, PUB)]
    assert got == [(1500, None), (800, 0), (300, 0), (90, 0)]
    # places whose figures add up to more than the total are no breakdown of it
    got = [(c.value_low, c.part_of) for c in extract(text.replace("90 in Zarif", "900 in Zarif"), PUB)]
    assert got == [(1500, None), (800, None), (300, None), (900, None)]


def test_a_governor_in_a_broadcast_and_a_diocese_that_made_known_its_dead() -> None:
    got = _one("Church attack in Owo, Ondo State\n\nThe state governor, Rotimi Aku in a statewide broadcast said that 19 "
               "persons died.")
    assert [(g[3], g[6]) for g in got] == [(19, "Ondo governor")]
    got = _one("Church attack\n\nThe Catholic Diocese of Ekiti has made known the names of the 31 worshippers who lost "
               "their lives in the attack.")
    assert [(g[3], g[6]) for g in got] == [(31, "Catholic Diocese of Ekiti")]


def test_bodyguards_are_people_a_toll_counts() -> None:
    got = _one("Ambush\n\nThe mayor said his three bodyguards were seriously injured in the ambush.")
    assert [(g[3], g[0], g[1]) for g in got] == [(3, "wounded", "all")]


def test_a_body_named_after_its_kind_speaks_not_the_kind() -> None:
    got = _one("Raid\n\nThe rights group Amnesty International said 12 people were killed in the raid. According to the "
               "watchdog group Velo Seguro, 7 cyclists were killed on the road in May. Citing the monitoring group Sahel Count, a paper "
               "said 9 herders were killed. The rights group later said 5 more were wounded.")
    assert [(g[3], g[6]) for g in got] == [(12, "Amnesty"), (7, "Velo Seguro"), (9, "Sahel Count"),
                                           (5, "rights group")]


def test_a_firm_named_before_what_it_is_speaks_and_a_state_owned_one_is_no_state() -> None:
    got = _one("Rail crash\n\nThe state-owned KTR rail company said nine passengers had been killed. Ferry operator "
               "Blue Wave said four crew were missing. The bus company said two drivers died. The state-owned news "
               "agency said 12 people were injured.")
    assert [(g[3], g[6]) for g in got] == [(9, "KTR"), (4, "Blue Wave"), (2, None), (12, "state media")]


def test_a_groups_information_official_speaks_for_the_group() -> None:
    got = _one("Air raid\n\nJets bombed the market, a Kachin Independence Army information official said, confirming "
               "six villagers were killed.")
    assert [(g[3], g[6]) for g in got] == [(6, "KIA")]


def test_a_countrys_own_red_cross_or_red_crescent_is_that_society() -> None:
    got = _one("Floods\n\nThe Malawian Red Cross said its volunteers had found 11 bodies. The Red Cross later said 4 "
               "people were missing.")
    assert [(g[3], g[6]) for g in got] == [(11, "Malawian Red Cross"), (4, "Malawian Red Cross")]
    got = _one("Clashes\n\nThe Iraqi Red Crescent said 9 people were wounded. The International Committee of the Red "
               "Cross said 20 detainees were freed.")
    assert [(g[3], g[6]) for g in got] == [(9, "Iraqi Red Crescent"), (20, "ICRC")]


def test_a_name_described_as_a_kind_of_body_speaks_not_the_kind() -> None:
    got = _one("Insurgency\n\nMore than 900 people have died in the unrest, according to Border Peace Watch, a local "
               "monitoring group. In Yala, a monitoring group said 12 people died.")
    assert [(g[3], g[6]) for g in got] == [(901, "Border Peace Watch"), (12, "monitoring group")]


def test_the_commission_is_the_commission_named_before_not_the_last_speaker() -> None:
    got = _one("Strike\n\nThe Lakeland Human Rights Commission (LHRC) said an air strike killed 14 villagers. The "
               "government's press office said the strike hit only fighters and killed no civilians. The commission said "
               "it had recorded 90 civilian deaths in strikes this year.")
    assert [(g[3], g[6]) for g in got][0] == (14, "LHRC")
    assert [(g[3], g[6]) for g in got][-1] == (90, "LHRC")


def test_a_coast_guard_is_its_countrys_by_the_name_the_report_gives_it() -> None:
    got = _one("Launch capsizes\n\nA launch capsized on the Meghna river in Bangladesh. A Bangladesh Coast Guard official "
               "said 12 people died. The coast guard said 40 others were missing.")
    assert [(g[3], g[6]) for g in got] == [(12, "Bangladesh Coast Guard"), (40, "Bangladesh Coast Guard")]
    got = _one("Ferry sinks\n\nA ferry sank off Leyte in the Philippines. Nine people died, according to coast guard "
               "spokesman Armando Reyes.")
    assert [(g[3], g[6]) for g in got] == [(9, "Philippine Coast Guard")]
    got = _one("Boat sinks\n\nA boat sank off Crete in Greece. The Coast Guard said 30 migrants were missing.")
    assert [(g[3], g[6]) for g in got] == [(30, "Greek Coast Guard")]


def test_an_aside_naming_a_tweet_or_an_address_leaves_the_speaker() -> None:
    got = _one("Landslide in Peru\n\nThe army, in a tweet, said 27 bodies had been recovered. Pedro Ramos, Peru's "
               "president, in a televised address, said 30 people were missing.")
    assert [(g[3], g[6]) for g in got] == [(27, "Peruvian army"), (30, "Peruvian government")]


def test_police_titles_by_their_abbreviations_are_the_police() -> None:
    got = _one("Bus crash in Kenya\n\nNine people died when a bus hit a lorry near Mtito Andei, Makueni OCPD Jane "
               "Wambui said.")
    assert [(g[3], g[6]) for g in got] == [(9, "police")]


def test_an_officer_named_by_rank_alone_speaks_for_his_force() -> None:
    got = _one("Attack in Chad\n\nColonel Idriss Mahamat described the assault on the post. \"Three Chadian soldiers "
               "died,\" the colonel said. Four bystanders were hurt, the inspector said.")
    assert [(g[3], g[6]) for g in got] == [(3, "Chadian army"), (4, "police")]


def test_the_subject_of_a_first_verb_speaks_for_a_second_after_and() -> None:
    got = _one("Raid in Mali\n\nThe army repelled the raid on its camp, and said 12 militants were killed.")
    assert [(g[3], g[6]) for g in got] == [(12, "Malian army")]


def test_a_named_group_the_gazetteer_does_not_know_speaks_by_its_short_name() -> None:
    got = _one("Massacre\n\nThe not-for-profit Lakes Research Group (LRG) said the killings brought to 120 the number of "
               "civilians killed in the district since June.")
    assert [(g[3], g[6]) for g in got] == [(120, "LRG")]


def test_a_body_is_its_bracketed_short_name_throughout_a_report() -> None:
    got = _one("Massacre\n\nThe Lakes Research Group said 14 villagers were killed on Monday. In its weekly note, the "
               "Lakes Research Group (LRG) said 120 civilians had been killed in the district since June.")
    assert [(g[3], g[6]) for g in got] == [(14, "LRG"), (120, "LRG")]


def test_a_body_known_as_a_name_is_that_name() -> None:
    got = _one("Attack in Congo\n\nAccording to the UN mission in the country, known as MONUC, 19 civilians were killed "
               "when gunmen raided the village.")
    assert [(g[3], g[6]) for g in got] == [(19, "MONUC")]


def test_the_head_of_a_local_area_speaks_for_the_local_authorities_and_the_outlet_he_told_does_not() -> None:
    got = _one("Attack in Nigeria\n\nMusa Garba, chairman of the Kauru local government area, told Reuters that 23 "
               "villagers had been killed.")
    assert [(g[3], g[6]) for g in got] == [(23, "local authorities")]


def test_a_body_known_by_its_acronym_is_that_acronym() -> None:
    got = _one("Attack in Congo\n\nMarie Kavira, head of the local rights group known by its French acronym ADHK, based "
               "in Beni, said 31 civilians had been killed.")
    assert [(g[3], g[6]) for g in got] == [(31, "ADHK")]


def test_survivors_found_are_freed_not_dead_and_waiters_are_people() -> None:
    got = _one("Ferry sinks\n\nRescuers have so far found 52 survivors including the captain and six bodies off the "
               "island.")
    assert [(g[3], g[0]) for g in got] == [(52, "freed"), (6, "killed")]
    got = _one("Bar attack\n\nThe gunmen killed a customer and three waiters before fleeing.")
    assert [(g[3], g[0], g[1]) for g in got] == [(3, "killed", "civilians")]


def test_a_toll_with_a_long_aside_and_deaths_a_place_has() -> None:
    got = _one("Blast\n\nSeven people, including the district police chief Omar Haji Dahir and the deputy commander of the "
               "Hodan Adde police division, were killed in the blast.")
    assert [(g[3], g[0]) for g in got] == [(7, "killed")]
    got = _one("Floods\n\nThe northern province is the worst affected, with 48 deaths reported so far.")
    assert [(g[3], g[0]) for g in got] == [(48, "killed")]


def test_fates_untold_organisations_called_bodies_and_hostages_recovered() -> None:
    got = _one("Mine collapse\n\nSeven miners were trapped underground by the collapse. It was unknown if the seven were "
               "alive or dead. Two probe bodies have been formed to look into the collapse.")
    assert [(g[3], g[0]) for g in got] == [(7, "missing")]
    got = _one("Raid\n\nSoldiers later recovered five of the abductees in the forest.")
    assert [(g[3], g[0]) for g in got] == [(5, "freed")]


def test_a_figure_with_a_clause_of_its_own_or_an_object_of_its_own_is_no_victim() -> None:
    got = _one("Landslides\n\nDeaths from the landslides rose to 61 and thousands of people remained cut off from aid.")
    assert [(g[3], g[0]) for g in got] == [(61, "killed")]
    got = _one("Prison riot\n\nThe clashes began when some 40 inmates convicted of armed robbery killed three guards.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed")]


def test_a_named_persons_age_in_a_list_of_victims_is_no_count() -> None:
    got = _one("Shooting\n\nDeputies released the names of the victims: Ana Lucia Perez, 34; Marco Diaz Soto, 29; and "
               "Elena Ruiz Vega, 9.")
    assert got == []
    got = _one("Shooting\n\nThe gunman killed 5 people, the sheriff said.")
    assert [(g[3], g[0]) for g in got] == [(5, "killed")]


def test_people_evacuated_from_a_threat_are_displaced_the_wounded_evacuated_are_wounded() -> None:
    got = _one("Depot blast\n\nOne soldier was killed and thousands of people were evacuated after the explosions.")
    assert [(g[3], g[0]) for g in got] == [(1, "killed"), (2000, "displaced")]
    got = _one("Ambush\n\nTwelve soldiers were wounded, four of them seriously, and were evacuated to the capital. Three "
               "wounded policemen were evacuated.")
    assert [(g[3], g[0]) for g in got] == [(12, "wounded"), (4, "wounded"), (3, "wounded")]


def test_a_toll_moved_from_one_figure_to_another_is_the_speakers_both() -> None:
    got = _one("Cholera\n\nThe death toll has risen from nine to 23, the Ministry of Health said on Monday.")
    assert [(g[3], g[6]) for g in got] == [(9, "Health Ministry"), (23, "Health Ministry")]


def test_a_countrys_red_crescent_by_the_possessive_is_named_by_its_nationality() -> None:
    got = _one("Shipwreck\n\nMorocco's Red Crescent said its volunteers had recovered the bodies of 41 migrants.")
    assert [(g[3], g[6]) for g in got] == [(41, "Moroccan Red Crescent")]


def test_a_hospitals_director_or_sources_at_hospitals_are_medical_sources() -> None:
    got = _one("Mudslide\n\nAna Reyes, the director of a nearby public hospital that took in the injured, said her staff "
               "counted 41 bodies. Sources at two hospitals said at least 12 people were being treated.")
    assert [(g[3], g[6]) for g in got] == [(41, "medical sources"), (12, "medical sources")]


def test_people_pulled_out_alive_are_freed_and_bodies_rescued_are_dead() -> None:
    got = _one("Landslide\n\nTwenty-one people have been pulled out alive from the mud, while 14 others were injured. A "
               "helicopter rescue of five bodies reached the camp. Two workers were fighting for their lives.")
    assert [(g[3], g[0]) for g in got] == [(21, "freed"), (14, "wounded"), (5, "killed"), (2, "wounded")]
    got = _one("Ferry\n\nThe search led to the discovery of 30 survivors, and seven victims who were dead.")
    assert [(g[3], g[0]) for g in got] == [(7, "killed")]


def test_a_boats_load_of_refugees_and_officers_sent_in_are_no_toll() -> None:
    got = _one("Shipwreck\n\nA boat carrying at least 70 refugees and migrants capsized off the coast on Thursday; 12 "
               "bodies were recovered.")
    assert [(g[3], g[0]) for g in got] == [(12, "killed")]
    got = _one("Prison riot\n\nPolice sent in 200 officers and some inmates escaped.")
    assert got == []


def test_an_agency_named_after_its_kind_speaks_by_its_name() -> None:
    got = _one("Landslide in Peru\n\nMaria Quispe, head of the national disaster agency INDECI, told reporters that 41 "
               "people were missing.")
    assert [(g[3], g[6]) for g in got] == [(41, "INDECI")]


def test_evacuating_people_is_displacement_and_one_of_the_survivors_who_died_is_dead() -> None:
    got = _one("Dam\n\nAuthorities on Sunday were evacuating 9,000 people from the valley below the dam. Troops helped "
               "evacuate 11 wounded people to the district hospital.")
    assert [(g[3], g[0]) for g in got] == [(9000, "displaced"), (11, "wounded")]
    got = _one("Shipwreck\n\nOne of the five survivors later died in hospital, the refugee agency said.")
    assert [(g[3], g[0]) for g in got][0] == (1, "killed")


def test_others_in_the_next_sentence_go_on_the_toll_of_the_speaker_before() -> None:
    got = _one("Quake\n\nThe disaster agency AFAD said 22 people had died. A total of 651 others were injured. Another 40 "
               "were missing.\n\nSeven more bodies were found on Monday.")
    assert [(g[3], g[6]) for g in got] == [(22, "AFAD"), (651, "AFAD"), (40, "AFAD"), (7, None)]


def test_two_other_and_the_casualties_included_go_on_the_speaker_before() -> None:
    got = _one("Ambush\n\nThree soldiers were killed in the ambush, the army said. Two other soldiers were wounded. The "
               "casualties included one officer.")
    assert [(g[3], g[6]) for g in got] == [(3, "army"), (2, "army"), (1, "army")]


def test_people_a_victim_died_trying_to_help_and_all_but_n_are_no_count() -> None:
    got = _one("Hotel fire\n\nA guard died trying to help three guests escape the fire. Some 40 people were injured, but "
               "the hospital said all but 12 had been released.")
    assert [(g[3], g[0]) for g in got] == [(40, "wounded")]


def test_a_toll_the_incident_followed_is_background() -> None:
    got = [(c.value_low, c.extra["background"]) for c in extract(
        "Shooting\n\nSix people were killed at a farm on Monday. It was the state's fourth mass shooting this month and "
        "followed the killing of nine people on Saturday at a bar.", PUB)]
    assert got == [(6, False), (9, True)]


def test_a_captain_in_a_sheriffs_account_is_the_police() -> None:
    got = _one("Shooting\n\nThe county sheriff's office received reports of gunfire at a farm. Deputies found four people "
               "dead, Capt. Dana Ortiz said.")
    assert [(g[3], g[6]) for g in got] == [(4, "police")]
    got = _one("Ambush in Mali\n\nCapt. Moussa Traore said 12 soldiers were killed.")
    assert [(g[3], g[6]) for g in got] == [(12, "Malian army")]


def test_the_injured_of_the_incident_burns_and_an_officer_who_remains_in_hospital() -> None:
    got = _one("Blast\n\nThe injured of the incident are nine civilians and three police officers. Four people suffered "
               "minor burns. One officer remains hospitalized.")
    assert [(g[3], g[0]) for g in got] == [(9, "wounded"), (3, "wounded"), (4, "wounded"), (1, "wounded")]


def test_a_list_after_an_item_with_no_figure_and_members_of_a_named_force_and_others() -> None:
    got = _one("Blast\n\nThe police chief said those killed included a police inspector, three Levies guards and four "
               "civilians.")
    assert [(g[3], g[0]) for g in got] == [(3, "killed"), (4, "killed")]
    got = _one("Attack\n\nTwo members of the paramilitary Popular Mobilisation Forces (PMF) and three policemen were "
               "killed in the attack.")
    assert [(g[3], g[0]) for g in got] == [(2, "killed"), (3, "killed")]


def test_a_list_opened_by_items_with_no_figure_takes_the_verb_before_them() -> None:
    got = _one("Attack\n\nGunmen killed a police detective, his wife, two children and four neighbours in their home. "
               "Bandits kidnapped a village head, his son and three farmers.")
    assert [(g[3], g[0]) for g in got] == [(2, "killed"), (4, "killed"), (3, "abducted")]


def test_a_states_armed_forces_by_their_own_acronym() -> None:
    got = _one("Border clash\n\nThe FANB reported two soldiers killed in clashes with irregular groups near the border "
               "with Colombia.")
    assert [(g[3], g[1]) for g in got] == [(2, "Venezuelan army")]


def test_a_participle_after_a_determiner_is_no_statement() -> None:
    got = _one("Mine flood\n\nThe confirmed toll climbed to 14, with 30 people still unaccounted for, according to the "
               "fire service.")
    assert [(g[3], g[6]) for g in got] == [(14, "fire service"), (30, "fire service")]
    got = _one("Crush at a stadium\n\nAn estimated 40 fans were hurt in the crush, police said.")
    assert [(g[3], g[6]) for g in got] == [(40, "police")]


def test_with_a_figure_of_named_people_and_their_outcome() -> None:
    got = _one("Mine flood\n\nThe toll climbed to 14, with 30 miners still missing. A ferry with 200 passengers on "
               "board was towed to port.")
    assert [(g[3], g[0]) for g in got] == [(14, "killed"), (30, "missing")]


def test_a_name_after_a_force_and_a_comma_opens_a_new_clause() -> None:
    got = _one("Raid\n\nTwo of the five killed in the raid on the checkpoint were security forces, Karim Haidari told "
               "reporters.")
    assert [(g[3], g[6]) for g in got] == [(2, None), (5, None)]


def test_a_body_saying_that_a_named_group_killed_is_not_that_group() -> None:
    got = _one("Attack\n\nThe Peace Network for Ituri, a local activist group, said CODECO militiamen killed 9 villagers.")
    assert [(g[3], g[6]) for g in got] == [(9, "Peace Network for Ituri")]


def test_a_hyphenated_given_name_after_a_forces_spokesman() -> None:
    got = _one("Ambush\n\nA spokesman for the Malian army, Colonel Jean-Baptiste Coulibaly, said 7 of the assailants "
               "were killed in the firefight.")
    assert [(g[3], g[6]) for g in got] == [(7, "Malian army")]


def test_a_spokesman_for_the_militants_speaks_for_the_group() -> None:
    got = _one("Raid\n\nAl-Shabaab fighters stormed the base at dawn. A spokesman for the insurgents told AFP that they "
               "had killed 15 soldiers.")
    assert [(g[3], g[6]) for g in got] == [(15, "al-Shabaab")]


def test_militia_activists_home_minister_and_district_governor_as_sources() -> None:
    got = _one("Raid\n\nA vigilante leader said four farmers were killed. At least 20 people died in the shelling, local "
               "activists said. Home Minister Amit Verma said 9 jawans were killed. District Gov. Abdul Rahim said a "
               "mine killed five boys.")
    assert [(g[3], g[6]) for g in got] == [(4, "local militia"), (20, "activists"), (9, "Home Ministry"),
                                           (5, "local authorities")]


def test_a_body_described_by_a_relative_clause_speaks() -> None:
    got = _one("Attack\n\nBut the Lake Chad Conflict Tracker, an independent project that tracks attacks, says 31 "
               "civilians died.")
    assert [(g[3], g[6]) for g in got] == [(31, "Lake Chad Conflict Tracker")]


def test_government_soldiers_are_the_reports_country_not_a_neighbours_named_force() -> None:
    got = _one("Somalia attack\n\nA Somali officer says fighters killed six government soldiers near the border with "
               "Kenya. Kenyan army jets later bombed the area.")
    assert [(g[3], g[1]) for g in got] == [(6, "Somali army")]


def test_a_year_like_count_after_the_deaths_it_counts() -> None:
    got = _one("Strikes\n\nThe monitor recorded the deaths of 1987 people since the campaign began.")
    assert [(g[3], g[0]) for g in got] == [(1987, "killed")]


def test_a_list_opened_by_including_goes_on_in_the_next_paragraph() -> None:
    text = ("Strikes\n\nThe monitor recorded 540 deaths since the campaign began.\n\nIncluding: 40 civilians, killed in "
            "strikes on fuel depots.\n\nAnd 75 fighters of a rival faction killed in strikes on their bases.\n\n"
            "Separately, 12 people were killed in a market fire.")
    got = [(c.value_low, c.part_of) for c in extract(text, PUB)]
    assert got == [(540, None), (40, 0), (75, 0), (12, None)]


def test_the_toll_of_an_incident_among_several_is_a_part() -> None:
    got = [(c.value_low, c.part_of is not None) for c in extract(
        "Bombings\n\nAt least 30 people died in blasts across the country on Friday, including a car bomb that "
        "killed 17 near a bus station.", PUB)]
    assert got == [(30, False), (17, True)]


def test_civil_staff_are_civilians() -> None:
    got = _one("Attack\n\nFour aid staff were killed. The gunmen fired on a clinic van, killing one of its medical "
               "staff and wounding two others.")
    assert [(g[3], g[1]) for g in got] == [(4, "civilians"), (1, "civilians"), (2, "civilians")]


def test_the_predicate_of_two_of_the_six_is_the_twos() -> None:
    got = _one("Afghanistan blast\n\nTwo of the six killed were policemen.")
    assert [(g[3], g[1]) for g in got] == [(2, "Afghan police"), (6, "all")]


def test_foreign_soldiers_and_an_armed_police_forces_jawans() -> None:
    got = _one("Afghanistan blast\n\nTwo foreign soldiers died in the blast.")
    assert [(g[3], g[1]) for g in got] == [(2, "foreign forces")]
    got = _one("India attack\n\nMaoists ambushed a BSF convoy, leaving nine jawans dead.")
    assert [(g[3], g[1]) for g in got] == [(9, "BSF")]


def test_kids_martyrdom_and_martyred() -> None:
    got = _one("Blast\n\nSeven kids died in the blast. The attack resulted in the martyrdom of 4 soldiers. The rifles of "
               "the 4 martyred soldiers were taken.")
    assert [(g[3], g[0]) for g in got] == [(7, "killed"), (4, "killed"), (4, "killed")]


def test_seized_and_then_killed_is_a_toll() -> None:
    got = _one("Raid\n\nThe gunmen seized five farmers and executed them. They also abducted two traders.")
    assert [(g[3], g[0]) for g in got] == [(5, "killed"), (2, "abducted")]


def test_a_toll_then_a_verb_with_its_own_figure() -> None:
    got = _one("War\n\nThe war has left some 30,000 people dead and displaced three million.")
    assert [(g[3], g[0]) for g in got] == [(30000, "killed"), (3000000, "displaced")]


def test_figures_of_other_sides_are_no_breakdown_of_a_toll() -> None:
    got = [(c.value_low, c.part_of) for c in extract(
        "Somalia raid\n\nWe lost at least 10 soldiers, the commander said. We killed seven militants. A resident said 3 "
        "civilians died.", PUB)]
    assert got == [(10, None), (7, None), (3, None)]


def test_the_paragraph_a_speakers_colon_lead_introduces_is_his() -> None:
    got = _one("Somalia raid\n\nFighters stormed the base at dawn. Major Ali Hassan confirmed the losses:\n\nWe lost 6 "
               "soldiers. We drove them out of the town. We killed 9 of the attackers.\n\nThe hospital said 4 civilians "
               "were hurt.")
    assert [(g[3], g[6]) for g in got] == [(6, "Somali army"), (9, "Somali army"), (4, "medical sources")]


def test_an_office_a_place_qualifies_and_officials_with_a_body() -> None:
    got = _one("Flood\n\nThe Rivers state fire service said 8 people drowned. Officials with the fire department said 3 "
               "were missing.")
    assert [(g[3], g[6]) for g in got] == [(8, "fire service"), (3, "fire service")]


def test_a_language_or_a_colonial_past_names_no_country() -> None:
    got = _one("Cameroon attack\n\nSeparatists in Cameroon killed five people in the English-speaking west, the "
               "government said. Most of the country, a former French colony, is French-speaking, and French-speaking "
               "towns were calm.")
    assert [(g[3], g[6]) for g in got] == [(5, "Cameroonian government")]


def test_a_municipal_government_is_the_local_authorities() -> None:
    got = _one("Shooting\n\nNine people were killed in a bar, the municipal government said.")
    assert [(g[3], g[6]) for g in got] == [(9, "local authorities")]


def test_a_new_clause_and_its_own_speaker_after_a_figure() -> None:
    got = _one("Ferry\n\nDivers have recovered 31 bodies after the ferry sank and police estimate 60 others are missing, "
               "officials said.")
    assert [(g[3], g[6]) for g in got] == [(31, "officials"), (60, "police")]


def test_what_a_victim_was_is_no_title_and_mr_is_no_given_name() -> None:
    got = _one("Ambush\n\nNine of those killed were soldiers, while the other was a police officer, Mr Ortega said. "
               "Defence Minister Ana Ortega told reporters the attackers fled.")
    assert [(g[3], g[6]) for g in got] == [(9, "Defence Ministry")]


def test_a_title_case_headline_and_a_toll_after_a_ward_number() -> None:
    got = _one("Nine People Killed In Mountain Landslide\n\nThe death toll from the landslide at Ward No. 4 reached "
               "eleven on Monday.")
    assert [(g[3], g[0]) for g in got] == [(9, "killed"), (11, "killed")]


def test_a_part_in_an_including_aside_before_another_clause() -> None:
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(
        "Raid\n\nAt least 14 people were killed, including two girls, and nine were wounded.", PUB)]
    assert got == [(14, "killed", None), (2, "killed", 0), (9, "wounded", None)]


def test_figures_from_two_sides_and_taken_then_killed() -> None:
    got = _one("Clash\n\nThe commissioner said six people from the Lou youth and four from the host county died. "
               "Police said 20 villagers had been rounded up and shot dead.")
    assert [(g[3], g[0]) for g in got] == [(6, "killed"), (4, "killed"), (20, "killed")]


def test_killed_or_listed_as_missing_is_two_outcomes_in_one_figure() -> None:
    got = _one("Tsunami\n\nMore than 9,000 people were killed or listed as missing. Twelve fishermen are missing and "
               "presumed dead.")
    assert [(g[3], g[0]) for g in got] == [(12, "missing")]


def test_a_list_with_an_item_of_no_figure_between_commas() -> None:
    got = _one("Ambush\n\nFour soldiers, a police patrolman, two teachers and one driver remain missing.")
    assert [(g[3], g[0]) for g in got] == [(4, "missing"), (2, "missing"), (1, "missing")]


def test_a_local_head_titled_before_the_name() -> None:
    got = _one("Clash\n\nThe Commissioner of Rumbek Central County, Mabior Kuol Deng said: \"Seven people were killed and "
               "12 others wounded.\"")
    assert [(g[3], g[6]) for g in got] == [(7, "local authorities"), (12, "local authorities")]


def test_a_spokeswoman_for_a_body_is_no_body_of_her_name() -> None:
    got = _one("Shipwreck\n\nOne boat capsized, said Nadia Karim, a spokeswoman for the UN migration agency. More than 200 "
               "migrants have died on the route this year, Karim said.")
    assert [(g[3], g[6]) for g in got] == [(201, "IOM")]


def test_national_and_provincial_police_forces_by_name() -> None:
    got = _one("Shooting\n\nThe RCMP said six people were killed. Mounties said 11 others were hurt.")
    assert [(g[3], g[6]) for g in got] == [(6, "police"), (11, "police")]


def test_a_tag_after_an_earlier_toll_speaks_for_the_whole_sentence() -> None:
    got = _one("Floods\n\nAt least 40 people have died, up from an earlier toll of 31, Interior Minister Luis Prado told "
               "reporters, while another 60 people remain missing.")
    assert [(g[3], g[6]) for g in got] == [(40, "Interior Ministry"), (31, "Interior Ministry"), (60, "Interior Ministry")]


def test_a_named_provinces_government_and_a_disaster_office() -> None:
    got = _one("Clashes\n\nKyrgyzstan's Osh provincial government says five soldiers were injured.")
    assert [(g[3], g[6]) for g in got] == [(5, "Osh government")]
    got = _one("Cyclone in Madagascar\n\nAt least 20 people died when the cyclone struck Madagascar, the disaster "
               "management office says.")
    assert [(g[3], g[6]) for g in got] == [(20, "BNGRC")]


def test_according_to_the_minister_named_before() -> None:
    got = _one("Strikes\n\nSix people have been killed, Minister of Health Dara Aziz said. In the north, two people were "
               "killed, according to the minister.")
    assert [(g[3], g[6]) for g in got] == [(6, "Health Ministry"), (2, "Health Ministry")]


def test_people_engaged_in_a_search_are_no_speakers() -> None:
    got = _one("Landslide\n\nHundreds of rescuers and residents were engaged in a search for 40 people still missing.")
    assert [(g[3], g[6]) for g in got] == [(40, None)]


def test_toll_now_and_those_who_had_injuries_among_the_wounded() -> None:
    got = _one("Death Toll Now 7 in Raid on Peacekeepers\n\nOf the dead, none were civilians.")
    assert [(g[3], g[0]) for g in got] == [(7, "killed")]
    got = [(c.value_low, c.outcome, c.part_of) for c in extract(
        "Shooting\n\nAmong the 30 wounded, four suffered grave injuries and 26 had minor injuries, police said.", PUB)]
    assert got == [(30, "wounded", None), (4, "wounded", 0), (26, "wounded", 0)]


def test_a_mayor_after_a_headline_and_reported_by() -> None:
    got = _one("Mayor: Three dead after shelling in Ukraine\n\nThe mayor of Sumy reported that three people were killed "
               "and seven others hurt.\n\nIn a strike reported by the mayor of Sumy, Oleh Kovalenko, a fourth person "
               "later died.")
    assert [(g[3], g[6]) for g in got][1:3] == [(3, "Sumy mayor"), (7, "Sumy mayor")]


def test_a_toll_the_un_has_cited_and_initial_estimates() -> None:
    got = _one("Air raid\n\nAt least 90 deaths have been reported by local outlets, while the United Nations has cited "
               "a death toll of at least 70.")
    assert [(g[3], g[6]) for g in got][-1] == (70, "UN")
    got = _one("Floods\n\nInitial estimates put the death toll at 16, but volunteers have found more bodies since.")
    assert [(g[3], g[6]) for g in got] == [(16, None)]


def test_a_university_a_statement_read_and_the_statement_named_before() -> None:
    got = _one("Bus crash\n\nNorthfield University said three of its students died and four others were injured.")
    assert [(g[3], g[6]) for g in got] == [(3, "Northfield University"), (4, "Northfield University")]
    got = _one("Ambush\n\nTwo guards were wounded in the ambush, the press service of the regional interior ministry "
               "reported.\n\n\u201cThe gunmen fled into the hills. Two guards were wounded,\u201d the statement reads.")
    assert [g[6] for g in got] == ["Interior Ministry", "Interior Ministry"]
    got = _one("Raid\n\nGunmen \u201cburned the market\u201d on Friday, said a Saturday statement from the local "
               "resistance committee.\n\nThousands have died in the war, according to United Nations experts.\n\n"
               "The raid left \u201cmore than 40 wounded\u201d, the statement said.")
    assert [(g[3], g[6]) for g in got][-1] == (41, "resistance committee")


def test_a_speaker_a_distance_away_and_leaders_who_said() -> None:
    got = _one("Shelling\n\nA doctor at the district hospital, 60 kilometres away, confirmed to Reuters that they had "
               "treated 45 wounded.")
    assert [(g[3], g[6]) for g in got] == [(45, "medical sources")]
    got = _one("Flood\n\n\"The toll will rise,\" warned an official of the Red Crescent, echoing reports from local "
               "leaders who said 900 people had died.")
    assert [(g[3], g[6]) for g in got] == [(900, "local authorities")]


def test_governors_and_a_later_as_clause_with_its_own_speaker() -> None:
    got = _one("Shelling\n\nRussian shelling killed at least four people in two regions on Monday, regional governors "
               "said.")
    assert [(g[3], g[6]) for g in got] == [(4, "officials")]
    got = _one("Strikes\n\nThe health ministry said air strikes on two towns had killed at least 12 people on Sunday, "
               "as state media reported more strikes in the south.")
    assert [(g[3], g[6]) for g in got] == [(12, "Health Ministry")]


def test_bodies_named_at_length_by_the_report() -> None:
    got = _one("Police violence\n\nIn 2021, Peru recorded 310 deaths in police operations, according to the NGO "
               "Peruvian Justice Watch.")
    assert [(g[3], g[6]) for g in got] == [(310, "Peruvian Justice Watch")]
    got = _one("Riot\n\nAt least 30 inmates have died in the riots, the head of the National Office for the Care of "
               "People in Custody (NOCPC) said.")
    assert [(g[3], g[6]) for g in got] == [(30, "NOCPC")]
    got = _one("Gunmen kill 2 guards\n\nThe official IRNA news agency said two guards were killed in the clash.")
    assert [(g[3], g[6]) for g in got][-1] == (2, "IRNA")
    got = _one("Iran state media: Gunmen kill 4 police officers\n\nThe attack happened at night.")
    assert [(g[3], g[6]) for g in got] == [(4, "state media")]


def test_an_army_unit_a_spokesperson_and_a_mayor_with_a_kin_aside() -> None:
    got = _one("Attack in Colombia\n\nRebels attacked a base in Colombia. The Fourth Brigade said six soldiers died.")
    assert [(g[3], g[6]) for g in got] == [(6, "Colombian army")]
    got = _one("Protests\n\nAt least 200 people have been killed, according to the UN rights office (OHCHR). "
               "Spokesperson Maria Lenz said nine teenagers were among those killed.")
    assert [(g[3], g[6]) for g in got] == [(200, "OHCHR"), (9, "OHCHR")]
    got = _one("Ambush\n\nThe governor was shot dead. Lanao Mayor Ana Ruiz, the sister of the slain governor, said in a "
               "video that four guards also died.")
    assert [(g[3], g[6]) for g in got][-1] == (4, "Lanao mayor")


def test_two_ministries_and_a_local_government() -> None:
    got = _one("Blast\n\nThe health and defence ministries, which gave the first toll, said 80 were wounded.")
    assert [(g[3], g[6]) for g in got] == [(80, "Health Ministry")]
    got = _one("Raid\n\nAli Khan, a spokesman for the local government of the northern territory, says two of the "
               "attackers were killed.")
    assert [(g[3], g[6]) for g in got] == [(2, "local authorities")]


def test_hurt_in_a_headline_troopers_and_passersby() -> None:
    got = _one("Car bomb at bus station kills at least 14, hurts 60\n\nThe blast happened at noon.")
    assert [(g[0], g[3]) for g in got] == [("killed", 14), ("wounded", 60)]
    got = _one("Ambush\n\nRebels killed nine troopers near the border, officials said. Three passersby were also killed.")
    assert [(g[0], g[3], g[1]) for g in got][1] == ("killed", 3, "civilians")
    assert got[0][3] == 9 and "army" in got[0][1]


def test_a_unit_number_and_fatally_shot() -> None:
    got = _one("Clash\n\nTwo members of Ranger Company 4217 were injured, while one suffered minor burns.")
    assert 4217 not in [g[3] for g in got]
    got = _one("Attack\n\nGunmen fatally shot a mayor and three guards at a checkpoint on Friday.")
    assert [(g[0], g[3]) for g in got] == [("killed", 3)]


def test_of_these_deaths_by_place_and_no_rate() -> None:
    got = [(c.value_low, c.part_of) for c in extract(
        "Report\n\nSecurity forces killed 2,310 people last year. Of these deaths, 910 were in the north and 402 in "
        "the east.", PUB)]
    assert got[:2] == [(2310, None), (910, 0)]
    got = _one("Report\n\nThe country's rate is about 21 homicides per 100,000 inhabitants.")
    assert got == []


def test_an_officer_after_the_verb_and_a_day_before_it() -> None:
    got = _one("Attack in Nigeria\n\n\"We found 11 people dead,\" said Lt Col Musa Bello, who added that two more "
               "later died.")
    assert [(g[3], g[6]) for g in got] == [(11, "Nigerian army"), (2, "Nigerian army")]
    got = _one("Clashes\n\nA UN aid coordinator for the region, Lena Ortiz, on Tuesday estimated that 30 people were "
               "killed.")
    assert [(g[3], g[6]) for g in got] == [(30, "UN")]


def test_health_system_newspaper_with_its_city_and_official_channels() -> None:
    got = _one("Shooting\n\nThe Riverside Health System, which runs the clinic, confirmed the death of two of its "
               "nurses.")
    assert [(g[3], g[6]) for g in got] == [(2, "Riverside Health System")]
    got = _one("Clashes\n\nThe Highland Echo newspaper, based in the province's capital, Mendi, reported that at least "
               "30 people had been killed.")
    assert [(g[3], g[6]) for g in got] == [(30, "Highland Echo")]
    got = _one("Protests\n\nThe official news channels of the Islamic Republic of Iran Broadcasting have confirmed the "
               "deaths of 14 people.")
    assert [(g[3], g[6]) for g in got] == [(14, "IRIB")]


def test_a_title_case_headline_names_no_body() -> None:
    got = _one("Rights Group Reports 90 People Killed in Crackdown\n\nA rights group said 90 people had been killed.")
    assert [(g[3], g[6]) for g in got] == [(90, "rights group"), (90, "rights group")]


def test_a_body_name_ends_at_its_line_and_reported_missing() -> None:
    got = _one("Jailbreak\n\nAt least 200 of the inmates were still at large, said a spokesperson for the National "
               "Prisons Service.\n\nTwo of the inmates were shot dead.")
    assert [g[6] for g in got][0] == "National Prisons Service"
    got = _one("Clashes\n\nTwo armed groups fought across the valley, killing at least 30 people, with many others "
               "also reported missing.")
    assert [(g[3], g[6]) for g in got] == [(30, None)]


def test_a_ministry_spokesman_and_a_groups_headline_lead() -> None:
    got = _one("Blast\n\nA bomb went off near the defence ministry building on Monday, killing three people, a ministry "
               "spokesman said.")
    assert [(g[3], g[6]) for g in got] == [(3, "Defence Ministry")]
    got = _one("Taliban: Bomb near checkpoint in Kandahar kills 6\n\nThe blast happened at dawn.")
    assert [(g[3], g[6]) for g in got] == [(6, "Taliban")]


def test_health_professionals_and_the_countrys_information_agency() -> None:
    got = _one("Strike\n\nAccording to health professionals, the strike killed at least 19 civilians.")
    assert [(g[3], g[6]) for g in got] == [(19, "medical sources")]
    got = _one("Raid\n\nAbout 20 herders were kidnapped on Friday, according to the country's information agency.")
    assert [(g[3], g[6]) for g in got] == [(20, "state media")]


def test_a_deed_is_no_statement_and_the_subject_of_an_as_clause() -> None:
    got = _one("Landslide\n\nVolunteers have battled thick mud as they search for 14 people missing after the slope "
               "gave way.")
    assert [(g[3], g[6]) for g in got] == [(14, None)]
    got = _one("Quake\n\nRescuers kept digging through the night for survivors as authorities said the toll had "
               "risen to 140.")
    assert [(g[3], g[6]) for g in got] == [(140, "officials")]


def test_a_contrasting_clause_and_titles_of_officials() -> None:
    got = _one("Heat wave\n\nReports said on Monday that at least 30 people had died, although some local sources put "
               "the toll as high as 60.")
    assert [(g[3], g[6]) for g in got][0] == (30, None)
    got = _one("Heat wave\n\n\"Since Friday 70 people have died,\" the provincial health secretary told reporters.")
    assert [(g[3], g[6]) for g in got] == [(70, "officials")]
    got = _one("Train crash\n\nAbout 40 people were hurt, Meena Rao, chairperson of the National Rail Board, said.")
    assert [(g[3], g[6]) for g in got] == [(40, "National Rail Board")]


def test_people_buried_by_a_disaster_are_missing_not_buried_dead() -> None:
    got = _one("Quake\n\nMore than 300 people were still thought to be buried under collapsed buildings.")
    assert [(g[0], g[3]) for g in got] == [("missing", 301)]
    got = _one("Landslide\n\nRescuers found 12 bodies and are still searching for 40 people buried in the mud, an "
               "official said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 12), ("missing", 40)]
    got = _one("Ambush\n\nAll four, aged between 20 and 31, will be buried in their home villages on Friday, police "
               "said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 4)]


def test_a_part_of_an_owners_people_and_a_toll_reported_as() -> None:
    got = _one("Flood\n\nAt least 90 of the town's 2,400 inhabitants were killed.")
    assert [(g[0], g[3]) for g in got] == [("killed", 90)]
    got = _one("Blast\n\nState radio reported the official death toll as 47.")
    assert [(g[0], g[3]) for g in got] == [("killed", 47)]


def test_prisoners_an_attack_frees_escape_and_officials_among_the_dead() -> None:
    got = _one("Jihadist attack frees hundreds of inmates in the north\n\nThe raid began at night.")
    assert [g[0] for g in got] == ["escaped"]
    got = _one("Amnesty\n\nThe authorities freed 250 prisoners under an amnesty on Monday.")
    assert [g[0] for g in got] == ["freed"]
    got = _one("Bombing\n\nTwo district commissioners were among the dead, police said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 2)]


def test_a_toll_told_place_by_place_a_few_paragraphs_after_it() -> None:
    text = ("Typhoon toll climbs\n\nThe typhoon has killed 80 people across the islands, the disaster council said.\n\n"
            "Power was cut to most of the coast and ferries stayed in port.\n\nSchools will stay shut until Monday.\n\n"
            "Twenty-two were killed in the Bicol region, while 15 died in the province of Samar.")
    got = [(c.value_low, c.part_of) for c in extract(text, PUB)]
    assert got == [(80, None), (22, 0), (15, 0)]


def test_a_state_struggling_is_no_statement_and_a_preliminary_figure() -> None:
    got = _one("Report\n\nThe government has been struggling to contain the unrest that has seen some 300 people killed "
               "this year.")
    assert [(g[3], g[6]) for g in got] == [(300, None)]
    got = _one("Quake\n\nThe UN late on Sunday gave a preliminary figure of 140 dead.")
    assert [(g[3], g[6]) for g in got] == [(140, "UN")]


def test_disaster_authority_defence_headquarters_and_civil_affairs() -> None:
    got = _one("Quake in Afghanistan\n\nThe country's national disaster authority said the quake had killed 60 people.")
    assert [(g[3], g[6]) for g in got] == [(60, "ANDMA")]
    got = _one("Raid in Nigeria\n\nThe Defence Headquarters said 20 insurgents were killed in the clash.")
    assert [(g[3], g[6]) for g in got] == [(20, "Nigerian military")]
    got = _one("Quake\n\nFour people are missing, according to the civil affairs department of the province.")
    assert [(g[3], g[6]) for g in got] == [(4, "local authorities")]


def test_a_speaker_in_a_parts_relative_clause_speaks_for_the_part() -> None:
    got = _one("Hostages\n\nAbout 90 people are still held by the group, 12 of whom the army says are dead.")
    assert [(g[3], g[6]) for g in got] == [(90, None), (12, "army")]


def test_a_long_toll_subject_and_people_sheltered_in_camps() -> None:
    got = _one("Blast\n\nThe death toll from a bombing that struck mourners at a funeral in the country's northwest has "
               "risen to 31, police said.")
    assert [(g[0], g[3]) for g in got] == [("killed", 31)]
    got = _one("Floods\n\nAbout 120,000 people have taken shelter in 800 relief camps, and 9,000 more moved to "
               "evacuation centres.")
    assert [(g[0], g[3]) for g in got] == [("displaced", 120000), ("displaced", 9000)]


def test_a_weekday_after_the_participle_and_deaths_that_climb() -> None:
    got = [(c.value_low, c.part_of) for c in extract(
        "Strikes\n\nFive children were among 19 people killed Sunday in air strikes on the town.", PUB)]
    assert got == [(5, 1), (19, None)]
    got = _one("Agency: Reported deaths from the storms climb to 9\n\nRoads were closed.")
    assert [(g[0], g[3]) for g in got] == [("killed", 9)]
