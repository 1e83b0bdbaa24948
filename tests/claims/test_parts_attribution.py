"""Parts and sources on phrasings of issue 14 (fixtures written for these tests)."""

from __future__ import annotations

from claims import extract

PUB = "2024-03-07"


def _by_value(claims):
    return {(c.outcome, c.value_low): c for c in claims}


def test_trailing_among_the_dead_is_a_part_of_the_earlier_total() -> None:
    text = ("Van bomb hits bus station\n\nA bomb hidden in a parked van killed 31 people at a bus station on Tuesday, police said. "
            "Another 40 people were wounded and five of the wounded were in serious condition, while three "
            "police officers were also among the dead.")
    cs = extract(text, PUB)
    by = _by_value(cs)
    total = by[("killed", 31)]
    part = by[("killed", 3)]
    assert part.part_of == total.claim_index
    assert by[("wounded", 40)].part_of is None


def test_coordinated_parts_among_those_killed() -> None:
    text = ("Raid on market town\n\nGunmen killed 22 people in a raid on the market town, the governor said. "
            "He said 15 traders and seven farmers were among those killed.")
    by = _by_value(extract(text, PUB))
    assert by[("killed", 15)].part_of == by[("killed", 22)].claim_index
    assert by[("killed", 7)].part_of == by[("killed", 22)].claim_index


def test_staff_at_a_hospital_are_medical_sources() -> None:
    text = ("Blast at fuel depot\n\nAn explosion at a fuel depot killed nine workers on Monday. "
            "Officials at the Central District Hospital said they had treated 17 injured people.")
    by = _by_value(extract(text, PUB))
    assert by[("wounded", 17)].attributed_to == "medical sources"


def test_the_interior_minister_speaks_for_the_interior_ministry() -> None:
    text = ("Jailbreak foiled\n\nGuards shot dead six inmates during an escape attempt at the central prison on Monday, "
            "the interior minister said.")
    cs = extract(text, PUB)
    assert [c.attributed_to for c in cs if c.outcome == "killed"] == ["Interior Ministry"]
