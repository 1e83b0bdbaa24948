"""The narrow reads of an incremental run (issue 15): each gives what the broad read it replaced gives.

- validate's rows naming the scope's reports (`naming_reports`, a join on row ids) are list_has_any's rows;
- `stored_signatures` (the reports chosen first, their figures as one string) is the signature of each report as
  report_events and claims hold it;
- the Linker's place lists hold each event once, whatever order its reports are added in;
- the merges scored from an incremental run's changed events alone are the merges of scoring every pair.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assets.aggregate import merges_to_fixpoint, resolve_aliases
from assets.normalize import reachable, stored_signatures
from assets.rows import CLAIM_COLUMNS, REPORT_EVENT_COLUMNS
from assets.validate import naming_reports
from claims.events import Linker, Reach, Signature, family_of, merges, place_chain, place_levels, reaches
from dagster_project.lake import Lake, Write
from tests.claims.test_linking_index import signatures

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _flag(i: int, report_ids) -> dict:
    return {"rule": f"rule-{i}", "severity": "warn", "claim_ids": [f"c{i}"], "report_ids": report_ids,
            "figures": [i], "message": f"finding {i}", "run_id": "r", "flagged_at": NOW, "event_id": f"e{i % 3}",
            "party": "all", "outcome": "killed", "sources": ["a", "b"]}


def test_rows_naming_the_scope_reports_are_list_has_any_rows(tmp_path):
    lake = Lake(tmp_path / "lake")
    pool = [f"r{i}" for i in range(12)]
    rng = random.Random(7)
    first = [_flag(i, rng.sample(pool, rng.randint(1, 4))) for i in range(40)]
    first += [_flag(40, None), _flag(41, []), _flag(42, ["r1", None])]
    lake.commit([Write("flags", pd.DataFrame(first))], message="test: flags")
    lake.commit([Write("flags", pd.DataFrame([_flag(50 + i, rng.sample(pool, 2)) for i in range(5)]))],
                message="test: more flags")  # rows of a later version too (another file, or inlined)

    def rules(where: str, ids) -> list[str]:
        with lake.reader() as con:
            return sorted(r for (r,) in con.execute(f"SELECT rule FROM flags WHERE {where}", [ids]).fetchall())

    for ids in (["r1"], ["r3", "r7", "r11"], pool, ["nobody"], []):
        assert rules(naming_reports("flags"), ids) == rules("list_has_any(report_ids, ?)", ids), ids
    assert rules(naming_reports("flags"), ["r1"])  # not vacuous

    # the write validate makes: the rows naming the scope's reports replaced, the others kept
    scope = ["r2", "r5"]
    kept = rules("NOT coalesce(list_has_any(report_ids, ?), false)", scope)
    lake.commit([Write("flags", pd.DataFrame([_flag(90, ["r2"]), _flag(91, ["r5", "r9"])]),
                       where=naming_reports("flags"), params=(scope,))], message="test: replace")
    assert rules("true OR list_has_any(report_ids, ?)", scope) == sorted([*kept, "rule-90", "rule-91"])
    assert lake.last_commit.rows_added["flags"] == 2


def _claim(report_id: str, i: int, outcome: str, low, qualifier: str = "exact", **extra) -> dict:
    row = dict.fromkeys(CLAIM_COLUMNS)
    row.update({"claim_id": f"{report_id}:{i}", "report_id": report_id, "claim_index": i, "outcome": outcome,
                "value_low": low, "qualifier": qualifier, "partition_date": date(2024, 5, 1), "background": False,
                **extra})
    return row


def _linked(report_id: str, event_id: str | None, place: str | None, day: date, **extra) -> dict:
    row = dict.fromkeys(REPORT_EVENT_COLUMNS)
    row.update({"report_id": report_id, "event_id": event_id, "kind": "bombing", "place": place,
                "incident_date": day, "dated_from": "text", "actors": ["ISIS"], "places": [place] if place else [],
                "partition_date": day, **extra})
    return row


MAY, JUNE = date(2024, 5, 1), date(2024, 6, 2)


def _linked_lake(path) -> Lake:
    lake = Lake(path)
    may, june = MAY, JUNE
    linked = [_linked("a", "gao-2024-05", "Gao", may), _linked("b", "gao-2024-05", "Gao", may, actors=None),
              _linked("c", "old-id", "Mopti", june, yearless_days=["08-26", "09-01"]),
              _linked("d", "kidal-2024-06", None, june), _linked("e", None, "Gao", june),
              _linked("f", "bol-2024-06", "Bol", june, places=["Bol", "Kidal"]),
              _linked("g", "bol-2024-06", "", june, places=None)]
    claims = [_claim("a", 0, "killed", 12), _claim("a", 1, "killed", 12), _claim("a", 2, "wounded", 2),
              _claim("a", 3, "killed", 40, "vague"), _claim("a", 4, "killed", 30, background=True),
              _claim("a", 5, "killed", 31, rejected="analyst"), _claim("a", 6, "wounded", 9, "at_least"),
              _claim("c", 0, "missing", 3), _claim("c", 1, "killed", None), _claim("d", 0, "killed", 1)]
    aliases = [{"alias": "old-id", "event_id": "mopti-2024-06", "reason": "merged"}]
    lake.commit([Write("report_events", pd.DataFrame(linked)), Write("claims", pd.DataFrame(claims)),
                 Write("event_aliases", pd.DataFrame(aliases))], message="test: linked reports")
    return lake


def test_the_events_a_batch_reaches_are_those_of_the_reports_it_reaches(tmp_path):
    lake = _linked_lake(tmp_path / "lake")
    with lake.reader() as con:
        stored = con.execute("SELECT coalesce(a.event_id, e.event_id), e.place, e.places, e.partition_date "
                             "FROM report_events e LEFT JOIN event_aliases a ON a.alias = e.event_id "
                             "WHERE e.event_id IS NOT NULL").fetchall()
        for keys in (Reach(frozenset({"Mopti"}), frozenset()), Reach(frozenset({"Kidal"}), frozenset()),
                     Reach(frozenset(), frozenset({"Mali"})), Reach(frozenset({"Nowhere"}), frozenset({"Chad"})),
                     Reach(frozenset(), frozenset())):
            for days in ([], [JUNE]):
                expected = ({e for e, _, _, d in stored if d not in days},
                            {e for e, place, places, d in stored if d not in days
                             and reaches(place, place_chain(place) if place else (), tuple(places or ()), keys)})
                assert reachable(con, days, keys) == expected, (keys, days)
        # Mopti's report, the placeless reports of Kidal's and Bol's events (not Gao's two reports)
        assert reachable(con, [], Reach(frozenset({"Mopti"}), frozenset()))[1] == {
            "mopti-2024-06", "kidal-2024-06", "bol-2024-06"}
        assert "bol-2024-06" in reachable(con, [], Reach(frozenset({"Kidal"}), frozenset()))[1]  # named, not its own


def test_stored_signatures_are_the_reports_as_stored(tmp_path):
    lake = _linked_lake(tmp_path / "lake")
    may, june = MAY, JUNE

    def sig(place, day, figures, actors=("ISIS",), days=frozenset(), places=None) -> Signature:
        chain = place_chain(place) if place else ()
        return Signature(kind="bombing", family=family_of("bombing"), place=place, chain=chain,
                         levels=place_levels(chain), date=day, dated_from="text", lookback=False, actors=actors,
                         figures=frozenset(figures), places=places if places is not None else (place,) if place else (),
                         months=frozenset(m for m, _ in days), days=days)

    a = ("gao-2024-05", sig("Gao", may, {("killed", 12), ("wounded", 9)}))
    b = ("gao-2024-05", sig("Gao", may, set(), actors=()))
    c = ("mopti-2024-06", sig("Mopti", june, {("missing", 3)}, days=frozenset({(8, 26), (9, 1)})))
    d = ("kidal-2024-06", sig(None, june, set()))
    f = ("bol-2024-06", sig("Bol", june, set(), places=("Bol", "Kidal")))
    g = ("bol-2024-06", sig("", june, set()))
    with lake.reader() as con:
        assert stored_signatures(con) == [a, b, c, d, f, g]  # by incident date, then report id; e links to nothing
        assert stored_signatures(con, [may]) == [c, d, f, g]
        assert stored_signatures(con, [], ["mopti-2024-06", "kidal-2024-06"]) == [c, d]  # resolved ids
        assert stored_signatures(con, [june], ["gao-2024-05", "mopti-2024-06"]) == [a, b]
        assert stored_signatures(con, [], []) == []


def test_the_linker_lists_each_event_once_under_each_of_its_places():
    rng = random.Random(3)
    towns = [("Gao", "Mali"), ("Mopti", "Mali"), ("Kidal", "Mali"), ("Bol", "Chad")]
    linker = Linker()
    for i in range(300):  # known reports of 40 events, interleaved (an event's reports are not added together)
        town, _ = rng.choice(towns)
        day = date(2020, 1, 1).toordinal() + rng.randint(0, 2000)
        chain = place_chain(town)
        linker.add_known(f"ev-{rng.randrange(40)}", Signature(
            kind="bombing", family=family_of("bombing"), place=town if i % 7 else None, chain=chain if i % 7 else (),
            levels=place_levels(chain), date=date.fromordinal(day), places=(town,)))
    batch = {}
    for i in range(30):
        town, _ = rng.choice(towns)
        chain = place_chain(town)
        batch[f"new-{i}"] = Signature(kind="bombing", family=family_of("bombing"), place=town, chain=chain,
                                      levels=place_levels(chain), date=date(2024, 1, 1 + i % 28), places=(town,))
    linker.link_batch(batch)  # moves the stale events of each place aside, then adds the new reports
    for place, events in linker._by_place.items():
        assert len({id(e) for e in events}) == len(events), place
    for e in linker.events:
        for s in e.members:
            for p in {*s.chain, *s.places}:
                assert any(x is e for x in (*linker._by_place.get(p, ()), *linker._archive.get(p, ()))), (e, p)
    placeless = [e for e in linker.events if any(not s.place for s in e.members)]
    assert sorted(map(id, linker._placeless)) == sorted(map(id, placeless))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(earlier=st.lists(signatures(day=True), min_size=2, max_size=40),
       later=st.lists(st.tuples(signatures(day=True), st.integers(0, 60)), min_size=1, max_size=6))
def test_merges_scored_from_the_changed_events_only_are_all_merges(earlier, later):
    """Events at a fixpoint (no two merge), then new reports, each into one of them or an event of its own: the
    merges found scoring only pairs with a changed event are those found scoring every pair."""
    found = merges_to_fixpoint({f"e{i:02d}": [s] for i, s in enumerate(earlier)})
    final = resolve_aliases(found)
    fixed: dict[str, list] = {}
    for i, s in enumerate(earlier):
        fixed.setdefault(final.get(f"e{i:02d}", f"e{i:02d}"), []).append(s)
    assert merges(fixed) == {}
    ids = sorted(fixed)
    changed: set[str] = set()
    for j, (s, pick) in enumerate(later):
        target = ids[pick] if pick < len(ids) else f"n{j}"  # a report into a stored event, or a new event
        fixed.setdefault(target, []).append(s)
        changed.add(target)
    assert merges_to_fixpoint(fixed, changed) == merges_to_fixpoint(fixed)


@pytest.mark.parametrize("held", [True, False])
def test_a_keyed_write_of_the_same_rows_writes_no_version(tmp_path, monkeypatch, held):
    """A commit compares the rows a keyed write replaces with its new rows (held in a temp table when few, read from
    the lake as they are when many): the same rows, volatile columns apart, make no version; any other row does."""
    import dagster_project.lake as lake_module

    monkeypatch.setattr(lake_module, "SMALL_WRITE_ROWS", 10_000 if held else 0)
    lake = Lake(tmp_path / "lake")
    rows = [_flag(i, [f"r{i % 4}"]) for i in range(12)]
    lake.commit([Write("flags", pd.DataFrame(rows))], message="test: flags")

    def write(frame_rows, keys) -> int:
        before = lake.latest_version()
        lake.commit([Write("flags", pd.DataFrame(frame_rows, columns=list(rows[0])), key="event_id", keys=keys)],
                    message="test: by event")
        return lake.latest_version() - before

    e0 = [r for r in rows if r["event_id"] == "e0"]
    assert write([{**r, "run_id": "other run", "flagged_at": datetime(2027, 1, 1, tzinfo=UTC)} for r in e0],
                 ("e0",)) == 0  # only volatile columns differ
    assert write(list(reversed(e0)), ("e0",)) == 0  # a multiset: order does not count
    assert write([{**e0[0], "message": "changed"}, *e0[1:]], ("e0",)) == 1
    assert write(e0[1:], ("e0",)) == 1  # a row fewer
    assert write([*e0[1:], e0[1]], ("e0",)) == 1  # a row twice (EXCEPT ALL counts it)
    assert write([], ("nobody",)) == 0  # nothing replaced, nothing new
    assert write([_flag(99, ["r9"])], ("e9",)) == 1  # nothing replaced, a new row
    with lake.reader() as con:
        assert con.execute("SELECT count(*) FROM flags").fetchone()[0] == 13


def test_the_rows_a_file_read_again_replaces_are_found_by_its_path(tmp_path):
    """ingest finds the rows of the files it read (their ids now) in SQL, by path or path up to a '#' locator,
    then tells them exactly (`file_of`): a JSONL file's items, a '#' in a file name, other files untouched."""
    from assets.ingest import REPORT_COLUMNS, Read, replaced_and_withdrawn

    folder = tmp_path / "src"
    folder.mkdir()
    for name in ("a.jsonl", "b#2.md", "c.md", "d.md"):
        (folder / name).write_text("x")

    def report(rid: str, name: str) -> dict:
        row = dict.fromkeys(REPORT_COLUMNS)
        row.update({"report_id": rid, "path": str(folder / name), "partition_date": date(2024, 5, 1),
                    "published": date(2024, 5, 1), "text": "x", "byte_size": 1, "ingested_at": NOW})
        return row

    lake = Lake(tmp_path / "lake")
    stored = [report("a1", "a.jsonl#1"), report("a2", "a.jsonl#2"), report("a3", "a.jsonl#3"),
              report("b", "b#2.md"), report("b-old", "b#2.md"), report("c", "c.md"), report("d", "d.md#1"),
              report("e", "e.md")]
    lake.commit([Write("reports", pd.DataFrame(stored))], message="test: reports")
    read = Read(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(),
                file_ids={str(folder / "a.jsonl"): {"a1", "a3"}, str(folder / "b#2.md"): {"b"},
                          str(folder / "d.md"): {"d-new"}})
    with lake.connect() as con:
        _, statements = replaced_and_withdrawn(con, read, {"2030-01-01"}, NOW)
        deleted = statements[0][1][0]
        assert deleted == ["a2", "b-old", "d"]  # c.md was not read; e.md is gone (withdrawn, not replaced)
        read.file_ids = {}
        _, statements = replaced_and_withdrawn(con, read, {"2030-01-01"}, NOW)
        assert all(not sql.startswith("DELETE") for sql, _ in statements)
