"""Event linking of neighbouring incidents of one kind: the same place hit again days later ("another earthquake"),
two towns of one state or district whose incidents are days apart, a town's bombing years after another. Short
reports written for these tests."""

from __future__ import annotations

import datetime as dt

from claims.events import family_of, incident_kind, tells_fresh

from .test_events import link, sig


def _fresh(text: str) -> bool:
    return tells_fresh(text, family_of(incident_kind(text)))


# ---- a series of earthquakes around one city, days apart

QUAKE_WED = ("HERAT - A magnitude 6.1 earthquake struck near Herat early on Wednesday, and doctors at the regional "
             "hospital said 110 people were brought in injured.", "2031-03-12")
QUAKE_WED_LATER = ("Aid groups said on Thursday that the Wednesday earthquake near Herat had injured 110 people and "
                   "levelled hundreds of homes in one village.", "2031-03-13")
QUAKE_SUN = ("Another strong earthquake shook Herat province on Sunday, killing one person and injuring 95, a hospital "
             "official said. Wednesday's quake had injured 110.", "2031-03-16")
QUAKE_SUN_FRESH = ("Fresh quake hits Herat, the third in a week\n\nAt least 95 people were hurt when the earth shook "
                   "again near Herat on Sunday, the health ministry said.", "2031-03-16")


def test_a_lead_that_tells_a_new_incident_of_a_series_is_fresh():
    assert _fresh(QUAKE_SUN[0]) and _fresh(QUAKE_SUN_FRESH[0])
    assert _fresh("A third powerful 6.3 magnitude earthquake in a week hit the province on Sunday, officials said.")
    assert not _fresh(QUAKE_WED[0]) and not _fresh(QUAKE_WED_LATER[0])
    # a new figure, a new day of an incident, or another kind of thing is no new incident
    assert not _fresh("A new death toll from the earthquake was given on Monday: 1,200 people died, officials said.")
    assert not _fresh("On the second day of the siege, gunmen still held 40 hostages in the hotel, police said.")
    assert not _fresh("Another rescue team reached the village hit by the earthquake, where 30 people died.")
    # one incident's course: a twin bombing's second bomb, a blast "and another", a device that went off later
    assert not _fresh("A suicide bomber struck a market on Thursday, and as a crowd gathered a second bomber blew "
                      "himself up, killing 32 people in all.")
    assert not _fresh("Twelve people died in a car bombing and another blast on Wednesday in the north of the city.")
    assert not _fresh("A roadside bomb killed three soldiers. The second bomb exploded about an hour later as "
                      "police arrived.")
    # names: "Papua New Guinea", "Lunar New Year"
    assert not _fresh("Papua New Guinea landslide buries hundreds of people in a highland village.")
    assert not _fresh("Mourners gathered for the victims of the Lunar New Year shooting that killed 11 people.")
    # a series told with its span
    assert _fresh("It is the second deadly bus crash in the country in a week, police said; 20 people died.")


def test_another_earthquake_days_later_in_the_same_place_is_another_incident():
    ev = link({"w": QUAKE_WED, "l": QUAKE_WED_LATER, "s": QUAKE_SUN, "f": QUAKE_SUN_FRESH})
    assert ev["w"] == ev["l"]
    assert ev["s"] == ev["f"] != ev["w"]


def test_a_report_of_a_new_incident_is_dated_by_its_opening_not_the_earlier_one_it_recalls():
    text = ("Fresh quake kills two in Herat\n\nTwo people died and 60 were hurt when a quake struck Herat province on "
            "Sunday, a doctor said.\n\nTwo quakes on 4 March killed more than 1,000 people in the same "
            "district.")
    s = sig(text, None, url="https://example.org/2031/03/17/fresh-quake/")
    assert s.fresh and s.date == dt.date(2031, 3, 16)
    # a report that is not told as a new incident keeps its earliest day (a figure a day or two before its own)
    plain = sig(text.replace("Fresh quake kills", "Quake kills"), None, url="https://example.org/2031/03/17/quake/")
    assert not plain.fresh and plain.date == dt.date(2031, 3, 4)


# ---- two abductions in one state, eight days apart (gazetteer: Dandume LGA and its town of Mahuta)

KANKARA = ("Gunmen stormed a boarding school in Kankara, Katsina State, on Friday night and abducted hundreds of "
           "students, police said.", "2020-12-12")
KANKARA_LATER = ("Katsina state officials said 320 schoolboys taken from the school in Kankara were still missing on "
                 "Monday as the army searched the forest.", "2020-12-14")
MAHUTA = ("Bandits seized 80 pupils of an Islamiyya school in Mahuta, Dandume LGA, on Saturday night, and police "
          "rescued all of them hours later. The raid came a week after students were abducted in Kankara.",
          "2020-12-20")
MAHUTA_STATE = ("Police in Katsina said all 80 pupils abducted in Dandume Local Government Area were rescued after a "
                "gunfight with the bandits who held them.", "2020-12-20")


def test_two_abductions_in_one_state_a_week_apart_stay_apart():
    ev = link({"a": KANKARA, "b": KANKARA_LATER, "m": MAHUTA, "s": MAHUTA_STATE})
    assert ev["a"] == ev["b"]
    assert ev["m"] == ev["s"] != ev["a"]
    assert sig(*MAHUTA).chain[:3] == ("Mahuta", "Dandume", "Katsina")


# ---- one district's mosque bombings ten years apart (gazetteer: Hangu and its town of Doaba)

HANGU_2013 = ("A suicide bomber struck outside a Shia mosque in Hangu after Friday prayers, killing 24 people, "
              "police said. The Pakistani Taliban were blamed.", "2013-02-01")
HANGU_2013_UNDATED = ("At least 24 worshippers died when a bomb went off outside a mosque in the town of Hangu, "
                      "officials said; the Taliban said they carried it out.", None)
DOABA_2023 = ("Two people were killed when a suicide bomber blew himself up in a mosque near the Doaba police station "
              "in Hangu district during Friday prayers, police said.", "2023-09-29")
DOABA_2023_LATER = ("The toll of the mosque blast in Hangu rose to five, the deputy commissioner said, as security "
                    "forces searched the area.", "2023-09-30")


def test_an_undated_report_of_a_district_bombing_joins_the_one_whose_actors_it_shares():
    ev = link({"a": HANGU_2013, "u": HANGU_2013_UNDATED, "d": DOABA_2023, "l": DOABA_2023_LATER})
    assert ev["a"] == ev["u"]
    assert ev["d"] == ev["l"] != ev["a"]
    assert sig(*DOABA_2023).chain[:2] == ("Doaba", "Hangu")


# ---- two mass shootings in one state, a week apart (gazetteer: Allen and its outlet mall; Cleveland, Texas)

ALLEN = ("A gunman killed eight people at the Allen Premium Outlets north of Dallas on Saturday before a police "
         "officer shot him dead.", "2023-05-06")
ALLEN_LATER = ("Seven people wounded in the shooting at the Allen outlet mall were still in hospital on Monday, "
               "officials in Texas said.", "2023-05-08")
CLEVELAND = ("A man shot dead five of his neighbours at their home in Cleveland, Texas, late Friday after they asked "
             "him to stop firing his rifle, the sheriff said.", "2023-04-29")
CLEVELAND_LATER = ("The sheriff of San Jacinto County said the search for the man who killed five people near the "
                   "town of Cleveland had widened to the whole of Texas.", "2023-04-30")


def test_two_shootings_in_one_state_a_week_apart_stay_apart():
    ev = link({"a": ALLEN, "b": ALLEN_LATER, "c": CLEVELAND, "d": CLEVELAND_LATER})
    assert ev["a"] == ev["b"]
    assert ev["c"] == ev["d"] != ev["a"]
    # bare "Cleveland" is still the Ohio city of claims/world_cities.tsv
    assert sig("A fire in a Cleveland warehouse killed three workers, officials said.", "2024-01-05").place != \
        "Cleveland (Texas)"


def test_a_place_named_only_in_a_sentence_recalling_an_earlier_incident_is_not_the_reports():
    # the Mahuta report says the raid "came a week after" the Kankara one: linked first, it still does not join the
    # Kankara event through that town, nor is Kankara a place it names
    assert "Kankara" not in sig(*MAHUTA).places
    ev = link({"a": KANKARA, "m": MAHUTA})
    assert ev["a"] != ev["m"]
    # an incident that "occurred after" something, with no time between, tells its own course
    s = sig("The blast occurred after worshippers gathered at a mosque in Kankara, killing 12, police said.",
            "2020-12-12")
    assert s.place == "Kankara"


# ---- one incident's place named at several levels (gazetteer: Johannesburg, Surfside and its condominium, the
# provinces around Marrakesh)


def test_a_suburb_fire_told_by_joburg_residents_is_johannesburgs_not_an_american_towns():
    city = ("A fire in an abandoned five-storey building in Marshalltown, Johannesburg, killed 70 people overnight, "
            "emergency services said.", "2023-08-31")
    locals_ = ("Joburg residents gathered outside the burned building in Marshalltown on Thursday as the toll rose "
               "to 70, officials said.", "2023-08-31")
    s = sig(*locals_)
    assert s.place == "Johannesburg" and s.levels[3] == "South Africa"
    ev = link({"c": city, "l": locals_})
    assert ev["c"] == ev["l"]


def test_a_condominium_collapse_named_by_its_tower_or_its_town_is_one_incident():
    tower = ("Rescuers kept digging on Sunday through the rubble of Champlain Towers South, where 16 people are now "
             "confirmed dead and about 140 are unaccounted for.", None)
    town = ("The death toll in the condo collapse in Surfside, Florida, rose to 16 on Sunday, with about 140 people "
            "still unaccounted for, the mayor said.", "2021-06-27")
    assert sig(*tower).chain[:3] == ("Champlain Towers South", "Surfside", "Florida")
    ev = link({"t": tower, "s": town})
    assert ev["t"] == ev["s"]


def test_an_earthquake_told_from_marrakesh_and_from_its_province_is_one_incident():
    province = ("The toll of the earthquake in Al Haouz province rose to 2,100 on Sunday, the interior ministry said, "
                "with more deaths in Taroudant and Chichaoua.", "2023-09-10")
    city = ("MARRAKECH - Rescuers searched collapsed villages south of the city on Sunday as the earthquake's toll "
            "reached 2,100, most of them in Al-Haouz.", None)
    assert sig(*province).chain[:3] == ("Al Haouz", "Marrakech-Safi", "Morocco")
    ev = link({"p": province, "c": city})
    assert ev["p"] == ev["c"]


def test_a_new_incident_is_dated_by_its_headline_and_opening_paragraph_not_a_later_count_of_the_earlier_one():
    text = ("Third strong earthquake hits Herat province\n\nOne person died and 150 were hurt when a quake shook "
            "Herat on Sunday, rescuers said.\n\nThe WHO on Saturday put the toll of last week's quake at 1,400.")
    s = sig(text, None, url="https://example.org/2031/03/16/quake/")
    assert s.fresh and s.date == dt.date(2031, 3, 16)


def test_an_undated_report_of_a_new_incident_joins_the_event_of_the_weekday_its_lead_names():
    undated = ("KABUL - Another powerful earthquake jolted Herat on Sunday, killing one person and injuring dozens, "
               "the provincial government said. The province has been hit by a series of quakes; the strongest ones, "
               "on 4 March, killed more than 1,000 people and levelled villages across the districts west of the "
               "provincial capital, where families have slept in tents since, fearing the aftershocks that have "
               "followed day after day. The Taliban administration said relief teams were on their way to the "
               "villages hit hardest, and the hospital asked for blood donors.", None)
    s = sig(*undated)
    assert s.fresh and s.weekday == 6 and s.date is None
    assert s.days == frozenset()  # "4 March", in the body, is the earlier quakes' day
    ev = link({"w": QUAKE_WED, "l": QUAKE_WED_LATER, "s": QUAKE_SUN, "u": undated})
    assert ev["u"] == ev["s"] != ev["w"]


def test_the_earlier_incidents_tolls_a_new_one_recalls_are_background():
    from claims import extract

    text = ("Another strong earthquake shook Herat province on Wednesday, after an earlier one killed more than 2,000 "
            "people. Doctors said 110 people were injured on Wednesday.\n\nThe Taliban said 2,000 had died after the "
            "earlier quakes.\n\nThe UN on Sunday put the toll of the first quake at 1,400.")
    claims = extract(text, published="2031-03-12")
    s = sig(text, "2031-03-12")
    assert s.fresh and s.date == dt.date(2031, 3, 12)
    assert ("wounded", 110) in s.figures
    assert not {f for f in s.figures if f[0] == "killed"}  # the 2,000s and the UN's 1,400 are the earlier quake's
    from claims.events import series_recalls
    recalled = series_recalls(text, claims)
    values = {c.value_low for c in recalled}
    assert {1400, 2000, 2001} <= values and 110 not in values
    # a report not told as a new incident keeps the figure dated before its opening's
    plain = sig(text.replace("Another strong", "A strong"), "2031-03-12")
    assert not plain.fresh and ("killed", 1400) in plain.figures


def test_a_background_figures_sentence_still_tells_the_reports_own_incident_before_its_after():
    # the figure after "after" is the earlier quake's (background); the head of the sentence is the report's own
    # incident: its place, kind and the word that tells it as a new one of a series
    text = ("Another strong earthquake shook Herat province on Wednesday, after an earlier one killed more than 2,000 "
            "people.")
    from claims import extract
    from claims.events import _background_span

    claims = extract(text, published="2031-03-12")
    c = next(c for c in claims if c.value_low and c.value_low > 1000)
    assert _background_span(text, c) == (text.index("after"), len(text))
    s = sig(text, "2031-03-12")
    assert s.fresh and s.place is not None and s.place.startswith("Herat")
