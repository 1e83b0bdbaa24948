"""Event linking across neighbouring places (gazetteer.yaml `near:`) and across kinds one incident is told as
(incidents.yaml `together:`): short reports written for these tests."""

from __future__ import annotations

from claims.events import Linker, neighbours, reach, reaches, told_together

from .test_events import link, sig

# a bus collision on a national road between two Senegalese towns: dated reports file it under one town, undated
# ones under the other, and some call it a fire because the bus burned
DATED_KAOLACK = ("Thirty-eight people died on Sunday when two buses collided near Kaolack and one of them caught fire, "
                 "the fire service said. Another 80 passengers were hurt.", "2023-01-08")
UNDATED_KAFFRINE = ("Forty people are now dead after a bus crash outside Kaffrine, officials said; 38 had died at the "
                    "scene and 80 were hurt.", None)
UNDATED_KAFFRINE_FIRE = ("A bus went up in flames outside Kaffrine after it struck another coach, killing 40 people, the "
                         "fire service said.", None)
# the same kind of report from a Senegalese town nowhere near them
UNDATED_LOUGA = ("Nineteen people died when a bus collided with a lorry near Louga, officials said; dozens more were "
                 "hurt in the head-on collision.", None)


def test_places_near_each_other_are_neighbours_both_ways_round():
    assert "Kaffrine" in neighbours("Kaolack") and "Kaolack" in neighbours("Kaffrine")
    assert "Kaolack" not in neighbours("Louga") and not neighbours(None)
    # a town is next to the places its region is next to: a village of Kaffrine region meets Kaolack region
    assert "Kaolack Region" in neighbours("Gniby")
    # a district town and the capital of its governorate
    assert "Baghdad" in neighbours("Tarmiyah") and "Tarmiyah" in neighbours("Baghdad")


def test_families_one_incident_is_told_as_are_together():
    assert told_together("road", "fire") and told_together("fire", "road")
    assert told_together("armed attack", "fire") and told_together("explosion", "fire")
    assert not told_together("road", "armed attack") and not told_together("shipwreck", "road")


def linked_and_merged(reports: dict) -> dict[str, str]:
    """Linked in one batch, then merged as the events asset merges events (event_aliases)."""
    from assets.aggregate import merges_to_fixpoint, resolve_aliases

    sigs = {k: sig(*r) for k, r in reports.items()}
    ev = Linker().link_batch(sigs)
    by_event: dict[str, list] = {}
    for k, eid in ev.items():
        by_event.setdefault(eid, []).append(sigs[k])
    merged = resolve_aliases(merges_to_fixpoint(by_event))
    return {k: merged.get(eid, eid) for k, eid in ev.items()}


def test_an_undated_report_of_the_next_town_joins_the_dated_incident():
    dated, undated = sig(*DATED_KAOLACK), sig(*UNDATED_KAFFRINE)
    assert dated.place == "Kaolack" and undated.place == "Kaffrine" and undated.date is None
    # the crash report shares the dated report's tolls; the fire report only the crash report's (its town's)
    ev = linked_and_merged({"a": DATED_KAOLACK, "u": UNDATED_KAFFRINE, "f": UNDATED_KAFFRINE_FIRE})
    assert ev["a"] == ev["u"] == ev["f"]
    alone = link({"a": DATED_KAOLACK, "u": UNDATED_KAFFRINE})
    assert alone["a"] == alone["u"]
    assert ev["a"].endswith("-2023-01")  # dated by the dated report


def test_a_crash_whose_bus_burned_is_one_incident_whether_told_as_a_crash_or_a_fire():
    # (no toll in common: the kinds alone tell whether the two undated reports of one town are one incident)
    burned = ("A coach burst into flames on the road outside Kaffrine after it struck another bus, and many of its "
              "passengers died, the fire service said.", None)
    fire = sig(*burned)
    assert fire.family == "fire" and not fire.figures and sig(*UNDATED_KAFFRINE).family == "road"
    ev = link({"u": UNDATED_KAFFRINE, "f": burned})
    assert ev["u"] == ev["f"]
    # a crash and a shooting in one town, both undated, are not one incident
    shooting = ("Gunmen opened fire on a market outside Kaffrine, killing 12 traders, the police said.", None)
    ev = link({"u": UNDATED_KAFFRINE, "s": shooting})
    assert ev["u"] != ev["s"]


def test_a_report_of_a_town_that_is_not_next_door_stays_apart():
    ev = link({"a": DATED_KAOLACK, "l": UNDATED_LOUGA})
    assert ev["a"] != ev["l"]


def test_a_known_event_of_the_next_town_is_within_a_batch_reach():
    old = sig(*DATED_KAOLACK)
    where = reach([sig(*UNDATED_KAFFRINE)])
    assert reaches(old.place, old.chain, old.places, where)
    assert not reaches(old.place, old.chain, old.places, reach([sig(*UNDATED_LOUGA)]))
    # and linked against it as a known event, the undated report joins it
    linker = Linker()
    linker.add_known("kaolack-2023-01", old)
    assert linker.link_batch({"u": sig(*UNDATED_KAFFRINE)}) == {"u": "kaolack-2023-01"}



# a hill village no gazetteer lists, and the state around it: the village's own report knows no country
VILLAGE = ("KATTUMALA - A landslide buried a row of houses in Kattumala overnight, killing 12 people, rescuers said.",
           "2024-07-30")
STATE_FIRST = ("Landslides struck the hills of Kerala overnight after days of rain, killing at least 30 people, "
               "officials said, as rescuers reached Velloorkunnu.", "2024-07-30")
STATE_NAMING_VILLAGE = ("Rescuers in Kerala dug through the mud in Kattumala after landslides in the hills killed "
                        "at least 30 people, officials said.", "2024-07-30")


def test_the_reports_of_a_known_country_are_linked_before_a_village_of_none_that_day():
    sigs = {k: sig(*r) for k, r in (("a", VILLAGE), ("b", STATE_FIRST), ("c", STATE_NAMING_VILLAGE))}
    assert sigs["a"].levels[3] is None and sigs["b"].levels[3] == sigs["c"].levels[3] == "India"
    # by key alone the village's report would found an event first, which the first state report cannot join (it
    # names another village), and the second would join the state's event, the better fit, leaving the village's
    # apart; linked after the state's reports, the village's report joins their event through the one naming it
    for keys in (("a", "b", "c"), ("c", "b", "a")):
        linked = Linker().link_batch({new: sigs[old] for new, old in zip(keys, "abc", strict=True)})
        assert len(set(linked.values())) == 1


# two mosque bombings in one city ten months apart; an undated report that says which only by who claimed it
MOSQUE_2022 = ("A suicide bomber struck a Shia mosque in Peshawar during Friday prayers, killing 30 people, police "
               "said. The Islamic State group claimed the bombing.", "2022-03-04")
MOSQUE_2022_DENIAL = ("The toll from the bombing of a Peshawar mosque rose to 32; the Pakistani Taliban (TTP) said "
                      "they had no part in it, while Islamic State fighters said they sent the bomber.", "2022-03-05")
POLICE_LINES = ("A TTP suicide bomber blew himself up inside a mosque in Peshawar's police lines, killing 44 "
                "people, officials said.", "2023-01-30")
POLICE_LINES_LATER = ("The TTP bombing of the police mosque in Peshawar has killed 59 people, a hospital spokesman "
                      "said.", "2023-01-31")
UNDATED_TTP = ("A TTP suicide bombing tore through a mosque in Peshawar, and rescuers were still pulling people "
               "from the rubble, officials said.", None)


def test_of_two_events_that_score_alike_the_one_its_actors_tell_is_chosen():
    from claims.events import _Event, _score

    sigs = {k: sig(*r) for k, r in (("a", MOSQUE_2022), ("b", MOSQUE_2022_DENIAL), ("c", POLICE_LINES),
                                    ("d", POLICE_LINES_LATER), ("u", UNDATED_TTP))}
    old, new = _Event(None), _Event(None)
    for k in "ab":
        old.add(sigs[k])
    for k in "cd":
        new.add(sigs[k])
    assert "TTP" in old.actors and abs(_score(sigs["u"], old) - _score(sigs["u"], new)) < 1e-9  # a tie
    assert new.told_by(sigs["u"]) == 1.0 > old.told_by(sigs["u"])
    ev = Linker().link_batch(sigs)
    assert ev["a"] == ev["b"] != ev["c"] == ev["d"] == ev["u"]


# two shootings in Nigerian towns a day apart; the first report of the second names the first one's town
GUSAU_1 = ("Gunmen opened fire at a market in Gusau on Monday, killing 11 traders, police said.", "2024-05-06")
GUSAU_2 = ("The toll from Monday's market shooting in Gusau rose to 14, residents said.", "2024-05-07")
KATSINA_NAMING_GUSAU = ("Gunmen opened fire on worshippers in Katsina on Tuesday, killing 6 people, police said. "
                        "Gusau was hit by a similar attack a day earlier.", "2024-05-07")
KATSINA = ("Police in Katsina said on Wednesday that gunmen shot dead 7 worshippers there.", "2024-05-08")


def test_a_report_that_joined_the_town_it_recalls_moves_to_its_own_town_event():
    sigs = {k: sig(*r) for k, r in (("g1", GUSAU_1), ("g2", GUSAU_2), ("a", KATSINA_NAMING_GUSAU), ("b", KATSINA))}
    assert sigs["a"].place == sigs["b"].place == "Katsina" and "Gusau" in sigs["a"].places
    # the first Katsina report joins the Gusau event, the only one it could when it came (naming its town);
    # the next, a day on, cannot (most of that event's reports name no Katsina) and founds Katsina's
    ev = Linker().link_batch(sigs)
    assert ev["g1"] == ev["g2"] != ev["a"] == ev["b"]


# a massacre in one Burkinabe village; the undated report from the next town names only the army's auxiliaries
SOLHAN_JNIM = ("Gunmen killed 132 villagers in Solhan overnight, the government said; JNIM fighters were blamed for "
               "the massacre.", "2021-06-05")
REGION_VDP = ("Des volontaires VDP ont enterré les victimes de la tuerie dans la région du Sahel, selon des "
              "habitants.", None)
SEBBA_ISGS = ("Survivors of the massacre reached Sebba, where they said ISGS gunmen had burned the market of the "
              "next village.", None)


def test_a_force_named_alone_does_not_set_a_report_apart_from_an_armed_group_event():
    # an undated report of the region around the village (it holds it: the kind must agree, and nothing disagree)
    vdp, isgs = sig(*REGION_VDP), sig(*SEBBA_ISGS)
    assert vdp.place == "Burkina Sahel region" and vdp.actors == ("VDP",) and isgs.actors == ("ISGS",)
    ev = link({"a": SOLHAN_JNIM, "u": REGION_VDP})
    assert ev["a"] == ev["u"]
    # another armed group is still a sign apart: from the next town, with nothing else in common, it stays apart
    ev = link({"a": SOLHAN_JNIM, "u": SEBBA_ISGS})
    assert ev["a"] != ev["u"]


# twin bombings at one square of one capital, three years apart, both in January; the undated pages name their day
SQUARE_2021 = ("Two suicide bombers blew themselves up in a market square in Baghdad on Thursday, killing 32 people, "
               "the health ministry said. Islamic State claimed the bombing.", "2021-01-21")
SQUARE_2021_LATER = ("The toll from Thursday's twin suicide bombing in a Baghdad market square rose to 35, officials "
                     "said; Islamic State claimed it.", "2021-01-22")
UNDATED_JAN_15 = ("Two suicide bombers struck a market square in Baghdad on January 15, killing 38 people, officials "
                  "said. Islamic State claimed the bombing.", None)
UNDATED_JAN_21 = ("Two suicide bombers struck a market square in Baghdad on January 21, killing dozens of people, "
                  "officials said. Islamic State claimed the bombing.", None)


def test_an_undated_report_of_a_day_just_before_an_event_is_another_years_incident():
    from claims.events import yearless_days

    assert yearless_days(UNDATED_JAN_15[0]) == {(1, 15)} and sig(*UNDATED_JAN_15).days == {(1, 15)}
    ev = link({"a": SQUARE_2021, "b": SQUARE_2021_LATER, "u": UNDATED_JAN_15, "v": UNDATED_JAN_21})
    assert ev["a"] == ev["b"] == ev["v"] != ev["u"]


# two boats lost on the Niger a month apart: one off a Niger State town, one off Kogi's bank; the undated report
# is filed under Niger State and says which by its toll
NIGER_STATE_BOAT = ("A boat carrying traders capsized on the river in Niger State on Tuesday, killing 16 people, "
                    "emergency officials said.", "2024-10-02")
KOGI_BOAT = ("A boat carrying 200 passengers capsized off Kogi on Friday near the Niger State border, and 100 people "
             "are missing, officials said.", "2024-11-29")
UNDATED_NIGER_STATE = ("Rescuers in Niger State searched the river for the 100 people missing since a boat carrying "
                       "passengers to Kogi capsized, officials said.", None)


def test_an_undated_report_goes_where_its_toll_is_rather_than_to_its_own_region():
    u = sig(*UNDATED_NIGER_STATE)
    assert u.place == "Niger State" and "Kogi" in u.places and ("missing", 100) in u.figures
    ev = link({"a": NIGER_STATE_BOAT, "b": KOGI_BOAT, "u": UNDATED_NIGER_STATE})
    assert ev["a"] != ev["b"] == ev["u"]


def test_a_sentence_that_opens_on_an_earlier_time_is_another_incident_for_the_signature():
    from claims.events import recalled_sentences

    text = ("A lorry hit a minibus near Louga on Monday, killing 19 people, the fire service said. Last week, 40 "
            "people were killed in a bus crash in Gniby, in the Kaffrine region. En 2017, un autre accident avait "
            "fait 25 morts. Last week's crash led the government to ban night driving.")
    spans = [text[a:b] for a, b in recalled_sentences(text)]
    assert spans == ["Last week, 40 people were killed in a bus crash in Gniby, in the Kaffrine region.",
                     "En 2017, un autre accident avait fait 25 morts."]
    s = sig(text, "2023-01-16")
    assert s.place == "Louga" and "Gniby" not in s.places and ("killed", 40) not in s.figures
    gniby = ("Forty people were killed when two buses collided at Gniby in the Kaffrine region, officials said.",
             "2023-01-08")
    louga = ("Nineteen people died in the collision of a minibus and a lorry near Louga, the police said.", "2023-01-16")
    ev = link({"g": gniby, "r": (text, "2023-01-16"), "l": louga})
    assert ev["g"] != ev["r"] == ev["l"]


def test_a_report_in_hindi_or_arabic_names_its_town_and_kind():
    from claims.events import incident_kind

    hindi = ("हाथरस में एक धार्मिक सभा के बाद भगदड़ मच गई और कई लोगों की जान चली गई।", None)
    s = sig(*hindi)
    assert s.place == "Hathras" and s.kind == "crowd crush"
    assert incident_kind("اندلع حريق في مبنى سكني ليلة الأربعاء") == "fire"
    assert incident_kind("تحطمت طائرة ركاب صغيرة قرب ساو باولو") == "air crash"
    assert sig("تحطمت طائرة ركاب صغيرة قرب ساو باولو يوم الجمعة", None).place == "Sao Paulo"
    # an undated page that names only the town and the kind joins the town's event of that kind
    english = ("A stampede at a religious gathering in Hathras killed 121 people, officials said.", "2024-07-02")
    assert len(set(link({"a": english, "h": hindi}).values())) == 1


def test_two_crashes_of_one_kind_in_towns_next_door_are_not_one_for_the_kind_alone():
    kaolack = ("A bus overturned near Kaolack on Monday, killing 7 passengers, officials said.", "2023-03-06")
    kaffrine = ("A bus crash outside Kaffrine on Thursday killed 12 people, officials said.", "2023-03-09")
    assert sig(*kaolack).family == sig(*kaffrine).family == "road"
    ev = link({"a": kaolack, "b": kaffrine})
    assert ev["a"] != ev["b"]
    # the same toll makes them one: the next town's report of the same crash
    later = ("The toll of Monday's bus crash outside Kaffrine rose to 7, officials said.", "2023-03-07")
    ev = link({"a": kaolack, "c": later})
    assert ev["a"] == ev["c"]


def test_a_village_of_a_district_joins_the_district_event_when_undated():
    from claims import place_within

    assert place_within("Chooralmala") == ("Wayanad", "Kerala", "India")
    dated = ("Landslides buried homes across Wayanad district in Kerala after a night of heavy rain, killing at least "
             "45 people, officials said.", "2024-07-30")
    undated = ("Rescuers dug through mud in Chooralmala, where a landslide swept away a row of houses; the district "
               "has counted 151 dead.", None)
    assert sig(*undated).place == "Chooralmala"
    ev = link({"a": dated, "u": undated})
    assert ev["a"] == ev["u"]


def test_a_fire_in_a_town_of_a_governorate_is_placed_in_it():
    from claims import place_within

    assert place_within("Mangaf") == ("Ahmadi Governorate", "Kuwait")
    s = sig("A fire swept through a building housing foreign workers in Mangaf early on Wednesday, killing 41 "
            "people, officials said.", "2024-06-12")
    assert s.place == "Mangaf" and s.levels[3] == "Kuwait"
