"""The event's place index (claims/events.py `_Event.place_fit`) against the straightforward loop it replaced:
`_place_score` of the report against every report of the event, the best score and how many score. Generated
events mix reports of one town, the places containing it, other towns and countries, places the gazetteer lacks,
'?' unknown names and placeless reports; linking whole batches with either gives the same events and ids."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.events import (
    Linker,
    Signature,
    _Event,
    _place_score,
    in_time,
    merges,
    place_chain,
    place_levels,
    reach,
    reaches,
)

# towns and regions of four countries, the countries, a sea region, and places neither list knows; Senegal's are
# neighbours (gazetteer `near:`: Kaolack and Kaffrine, Gniby and both, the two regions)
PLACES = ["Maiduguri", "Gubio", "Borno", "Tsafe", "Zamfara", "Kaduna", "Nigeria", "Boni", "Kidal", "Mali", "Niger",
          "Kirkuk", "Nineveh", "Iraq", "Sahel", "Lopa", "Zorbaville", "Kaolack", "Kaffrine", "Gniby", "Kaolack Region",
          "Kaffrine Region", "Louga", "Senegal"]
UNKNOWN = ["?lopa", "?zorbaville", "?bulengo", "?tarmiyah"]
NAMED = [p for p in PLACES if p not in ("Nigeria", "Mali", "Niger", "Iraq", "Sahel", "Senegal")]


def reference_fit(a: Signature, members: list[Signature]) -> tuple[float | None, int]:
    """What `_score` computed before the index: every report scored on its own."""
    scored = [_place_score(a, m) for m in members]
    known = [p for p in scored if p is not None]
    return (max(known) if known else None), len(known)


@st.composite
def signatures(draw, day: bool = False, placed: bool = False) -> Signature:
    place = draw(st.sampled_from(PLACES) if placed else st.one_of(st.none(), st.sampled_from(PLACES)))
    chain = place_chain(place) if place else ()
    if place and draw(st.integers(0, 9)) == 0:  # a chain that is not the gazetteer's (a stored signature's)
        chain = (place, *draw(st.lists(st.sampled_from(PLACES), max_size=2)))
    names = set(draw(st.lists(st.sampled_from(NAMED + UNKNOWN), max_size=4)))
    if place and draw(st.booleans()) and place in NAMED:
        names.add(place)
    if place and draw(st.integers(0, 3)) == 0:
        names.add("?" + place.lower())
    date = dt.date(2022, 3, 1) + dt.timedelta(days=draw(st.integers(0, 60))) if day and draw(st.integers(0, 5)) else None
    return Signature(kind="bombing", family="bombing", place=place, chain=chain, levels=place_levels(chain),
                     date=date, places=tuple(sorted(names)),
                     figures=frozenset({("killed", draw(st.integers(3, 6)))}),
                     actors=tuple(draw(st.lists(st.sampled_from(["Boko Haram", "ISWAP"]), max_size=1))))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=signatures(), members=st.lists(signatures(), min_size=1, max_size=40))
def test_the_index_gives_what_the_loop_over_the_reports_gives(a, members):
    e = _Event(None)
    half = len(members) // 2
    for m in members[:half]:
        e.add(m)
    if half:  # scored, then grown: what the index made while scoring is kept up as reports join
        assert e.place_fit(a) == reference_fit(a, members[:half])
    for m in members[half:]:
        e.add(m)
    assert e.place_fit(a) == reference_fit(a, members)


@settings(max_examples=200, deadline=None)
@given(a=signatures(), town=st.sampled_from(["Maiduguri", "Tsafe", "Boni"]),
       lists=st.lists(st.lists(st.sampled_from(NAMED + UNKNOWN), max_size=5), min_size=1, max_size=60))
def test_an_event_of_one_town_with_many_lists_of_named_places(a, town, lists):
    """The case that made linking quadratic: hundreds of reports of one town, each naming other places."""
    chain = place_chain(town)
    members = [Signature(place=town, chain=chain, levels=place_levels(chain), places=tuple(sorted(set(names))))
               for names in lists]
    e = _Event(None)
    for m in members:
        e.add(m)
    assert e.place_fit(a) == reference_fit(a, members)


def test_an_event_with_no_report_scores_none():
    assert _Event(None).place_fit(Signature(place="Maiduguri")) == (None, 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(batch=st.lists(signatures(day=True), min_size=2, max_size=40))
def test_linking_a_batch_and_merging_give_the_same_events_and_ids(batch, monkeypatch):
    items = {f"r{i:03d}": s for i, s in enumerate(batch)}
    got = Linker().link_batch(items)
    by_event: dict[str, list] = {}
    for k, eid in got.items():
        if eid is not None:
            by_event.setdefault(eid, []).append(items[k])
    got_merges = merges(by_event)
    with monkeypatch.context() as mp:  # linking as it was: each event's reports scored one by one
        mp.setattr(_Event, "place_fit", lambda self, a: reference_fit(a, self.members))
        assert Linker().link_batch(items) == got
        assert merges(by_event) == got_merges


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(earlier=st.lists(signatures(day=True), min_size=1, max_size=40),
       batch=st.lists(signatures(day=True, placed=True), min_size=1, max_size=6))
def test_a_batch_links_alike_knowing_only_the_events_it_can_reach(earlier, batch):
    """An incremental run reads the stored events its reports can reach (`reach`, `reaches`), not every one. (The
    batch's reports have places: one without a place reaches every event, and then nothing is left out.)"""
    known_ids = Linker().link_batch({f"k{i:03d}": s for i, s in enumerate(earlier)})
    known = [(known_ids[f"k{i:03d}"], s) for i, s in enumerate(earlier) if known_ids[f"k{i:03d}"] is not None]
    items = {f"n{i:03d}": s for i, s in enumerate(batch)}

    every = Linker()
    for eid, s in known:
        every.add_known(eid, s)
    keys = reach(items.values())
    near = {eid for eid, s in known if reaches(s.place, s.chain, s.places, keys)}
    some = Linker()
    some.reserve(eid for eid, _ in known)
    for eid, s in known:
        if eid in near:
            some.add_known(eid, s)
    assert some.link_batch(items) == every.link_batch(items)


@st.composite
def spread(draw, placed: bool = False) -> Signature:
    """A signature dated anywhere within some 250 days of 2022-03-01 (about the widest window each side), or
    undated; now and then told as a lookback, an abduction (a long window) or a new incident of a series."""
    s = draw(signatures(day=True, placed=placed))
    if s.date is not None:
        s = dataclasses.replace(s, date=dt.date(2022, 3, 1) + dt.timedelta(days=draw(st.integers(-250, 250))))
    kind = draw(st.sampled_from(["bombing", "bombing", "abduction"]))
    return dataclasses.replace(s, kind=kind, family=kind, lookback=draw(st.integers(0, 4)) == 0,
                               fresh=draw(st.integers(0, 5)) == 0)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(earlier=st.lists(spread(), min_size=1, max_size=40), batch=st.lists(spread(placed=True), min_size=1, max_size=6))
def test_a_batch_links_alike_knowing_only_the_events_in_its_days(earlier, batch):
    """Of the events a batch reaches, those whose dated reports all lie past every window of its dated reports
    (`in_time`) are left out too: the same links and ids. (A batch with an undated report keeps every day.)"""
    known_ids = Linker().link_batch({f"k{i:03d}": s for i, s in enumerate(earlier)})
    known = [(known_ids[f"k{i:03d}"], s) for i, s in enumerate(earlier) if known_ids[f"k{i:03d}"] is not None]
    items = {f"n{i:03d}": s for i, s in enumerate(batch)}
    every = Linker()
    for eid, s in known:
        every.add_known(eid, s)
    keys = reach(items.values())
    spans: dict[str, list] = {}
    for eid, s in known:
        if s.date is not None:
            spans.setdefault(eid, []).append(s.date)
    near = {eid for eid, s in known if reaches(s.place, s.chain, s.places, keys)
            and in_time(min(spans.get(eid, [None])), max(spans.get(eid, [None])), keys)}
    some = Linker()
    some.reserve(eid for eid, _ in known)
    for eid, s in known:
        if eid in near:
            some.add_known(eid, s)
    assert some.link_batch(items) == every.link_batch(items)


def test_the_days_a_batch_reaches():
    chain = place_chain("Gubio")
    day = dt.date(2024, 5, 10)
    town = Signature(kind="bombing", place="Gubio", chain=chain, levels=place_levels(chain), date=day,
                     figures=frozenset({("killed", 5)}))
    keys = reach([town, dataclasses.replace(town, date=day + dt.timedelta(days=3))])
    assert (keys.since, keys.until) == (day - dt.timedelta(days=75), day + dt.timedelta(days=78))
    assert in_time(day - dt.timedelta(days=200), day - dt.timedelta(days=75), keys)  # its last day on the edge
    assert not in_time(day - dt.timedelta(days=200), day - dt.timedelta(days=76), keys)
    assert in_time(day + dt.timedelta(days=78), day + dt.timedelta(days=90), keys)
    assert not in_time(day + dt.timedelta(days=79), day + dt.timedelta(days=90), keys)
    assert in_time(None, None, keys)  # no dated report: every day
    undated = reach([town, dataclasses.replace(town, date=None)])
    assert undated.since is None and in_time(day - dt.timedelta(days=900), day - dt.timedelta(days=800), undated)
    # a report that is never scored (no place, figure or actor) sets no day
    alone = reach([town, Signature()])
    assert (alone.since, alone.until) == (day - dt.timedelta(days=75), day + dt.timedelta(days=75))


def test_a_placeless_report_reaches_every_event_and_a_town_only_its_own_places():
    chain = place_chain("Gubio")
    town = Signature(kind="bombing", place="Gubio", chain=chain, levels=place_levels(chain), figures=frozenset({("killed", 5)}))
    keys = reach([town])
    assert keys is not None and "Gubio" in keys.full and {"Borno", "Nigeria"} <= keys.own
    kidal = place_chain("Kidal")
    assert not reaches("Kidal", kidal, (), keys)
    assert reaches("Kidal", kidal, ("Gubio",), keys)  # a report of Kidal that names Gubio
    assert reaches(None, (), (), keys)  # a placeless report's event is every report's candidate
    # through the region containing Gubio only a report of the region itself is scored, not one of another town in it
    assert not reaches("Maiduguri", place_chain("Maiduguri"), (), keys)
    assert reaches("Borno", place_chain("Borno"), (), keys)
    assert reach([town, Signature(figures=frozenset({("killed", 5)}))]) is None
