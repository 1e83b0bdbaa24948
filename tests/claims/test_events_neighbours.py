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


def test_families_one_incident_is_told_as_are_together():
    assert told_together("road", "fire") and told_together("fire", "road")
    assert told_together("armed attack", "fire") and told_together("explosion", "fire")
    assert not told_together("road", "armed attack") and not told_together("shipwreck", "road")


def test_an_undated_report_of_the_next_town_joins_the_dated_incident():
    dated, undated = sig(*DATED_KAOLACK), sig(*UNDATED_KAFFRINE)
    assert dated.place == "Kaolack" and undated.place == "Kaffrine" and undated.date is None
    ev = link({"a": DATED_KAOLACK, "u": UNDATED_KAFFRINE, "f": UNDATED_KAFFRINE_FIRE})
    assert ev["a"] == ev["u"] == ev["f"]
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
