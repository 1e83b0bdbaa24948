"""Events that turn out to be one incident merge in the `events` asset; the merged id stays resolvable."""

import pandas as pd

from assets.aggregate import sql, write_events
from assets.normalize import CLAIM_COLUMNS, REPORT_EVENT_COLUMNS, link_reports, stored_signatures
from claims.events import Linker
from dagster_project.lake import Lake, Write

JAIL = ("HASAKEH - Islamic State fighters stormed Ghwayran prison on Thursday; 12 guards were killed in the "
        "fighting, the SDF said.")
CITY = ("Clashes around the prison in Hasakeh killed 30 people on Sunday as SDF fighters battled Islamic State "
        "militants, a monitor said.")


def _report(rid, text, day):
    return {"report_id": rid, "text": text, "published": pd.Timestamp(day), "url": None, "outlet": "Wire",
            "partition_date": pd.Timestamp(day).date()}


def test_events_split_by_an_earlier_run_merge_and_their_ids_stay_resolvable(tmp_path):
    # two runs that did not know of each other (as an older release linked them): two events
    runs = [link_reports([_report("a", JAIL, "2022-01-21")], Linker(), "v"),
            link_reports([_report("b", CITY, "2022-01-24")], Linker(), "v")]
    claims = pd.DataFrame([c for rows, _ in runs for c in rows], columns=CLAIM_COLUMNS)
    claims["as_of"] = pd.to_datetime(claims["as_of"]).dt.date
    linked = pd.DataFrame([e for _, ev in runs for e in ev], columns=REPORT_EVENT_COLUMNS)
    assert linked.event_id.nunique() == 2
    reports = pd.DataFrame([{"report_id": r, "outlet": "Wire"} for r in ("a", "b")])
    lake = Lake(tmp_path / "lake")
    lake.commit([Write("reports", reports), Write("claims", claims), Write("report_events", linked)])

    _, found, _ = write_events(lake)
    assert len(found) == 1
    (alias, survivor), = found.items()
    assert survivor == linked.event_id[0]  # the event that started first keeps its id
    events = lake.query("SELECT * FROM events")
    assert list(events.event_id) == [survivor] and events.n_reports[0] == 2
    lake.commit([Write("estimate_timeline", sql=sql("estimate_timeline"), replace_all=True)])
    lake.commit([Write("event_estimates", sql=sql("event_estimates"), replace_all=True)])
    assert set(lake.query("SELECT event_id FROM event_estimates").event_id) == {survivor}
    # the old id resolves
    resolved = lake.query(f"SELECT event_id FROM event_aliases WHERE alias = '{alias}'")
    assert list(resolved.event_id) == [survivor]
    # a second pass finds nothing new to merge (the reports resolve to one event) and keeps the alias
    _, again, _ = write_events(lake)
    assert again == {} and len(lake.query("SELECT * FROM event_aliases")) == 1


MARKET = ("BAGHDAD - Two suicide bombers blew themselves up in a crowded clothes market in central Baghdad on "
          "Thursday, killing 32 people and wounding 110, officials said.")
OLD_MARKET = ("BAGHDAD - A suicide bomber blew himself up in a crowded clothes market in central Baghdad on January "
              "15, killing 38 people and wounding 105, police said.")


def test_an_undated_report_of_another_years_days_stays_apart_when_linked_again(tmp_path):
    # the undated report names its day without a year, a few days before the dated event's first day: another year's
    # bombing at the same market. Its days are stored, so the events asset's merge (which reads stored signatures)
    # keeps it apart as the first run's linker did
    undated = _report("b", OLD_MARKET, "2021-01-22")
    undated["published"] = None
    runs = [link_reports([_report("a", MARKET, "2021-01-21")], Linker(), "v"),
            link_reports([undated], Linker(), "v")]
    linked = pd.DataFrame([e for _, ev in runs for e in ev], columns=REPORT_EVENT_COLUMNS)
    assert list(linked.yearless_days) == [None, ["01-15"]]
    claims = pd.DataFrame([c for rows, _ in runs for c in rows], columns=CLAIM_COLUMNS)
    claims["as_of"] = pd.to_datetime(claims["as_of"]).dt.date
    lake = Lake(tmp_path / "lake")
    lake.commit([Write("reports", pd.DataFrame([{"report_id": r, "outlet": "Wire"} for r in "ab"])),
                 Write("claims", claims), Write("report_events", linked)])
    with lake.reader() as con:
        sigs = {s.date: s for _, s in stored_signatures(con)}
    assert sigs[None].days == frozenset({(1, 15)}) and sigs[None].months == frozenset({1})
    _, found, _ = write_events(lake)
    assert found == {} and lake.query("SELECT count(*) AS n FROM events").n[0] == 2


def _lake_without(tmp_path, column: str, report: dict) -> Lake:
    """A lake as a release before `column` left it: report_events without the column, one report linked."""
    lake = Lake(tmp_path / "lake")
    old, = link_reports([report], Linker(), "v")[1]
    with lake.transaction("as the previous schema.sql made it") as txn:
        txn.con.execute(f"ALTER TABLE report_events DROP COLUMN {column}")
        txn.con.execute("INSERT INTO report_events (report_id, event_id, kind, place, partition_date) "
                        "VALUES (?, ?, ?, ?, ?)", [old["report_id"], old["event_id"], old["kind"], old["place"],
                                                   old["partition_date"]])
    return lake


def test_a_lake_from_before_yearless_days_reads_and_gains_them(tmp_path):
    # a lake of the previous release has no yearless_days column: its rows read as no days, and the next write of
    # report_events adds the column (NULL in the old rows)
    lake = _lake_without(tmp_path, "yearless_days", _report("a", MARKET, "2021-01-21"))
    with lake.reader() as con:  # read as the previous release left it, before any write
        assert [s.days for _, s in stored_signatures(con)] == [frozenset()]
    undated = _report("b", OLD_MARKET, "2021-01-22")
    undated["published"] = None
    new = pd.DataFrame(link_reports([undated], Linker(), "v")[1], columns=REPORT_EVENT_COLUMNS)
    lake.commit([Write("report_events", new)])
    with lake.reader() as con:
        days = dict(con.execute("SELECT report_id, yearless_days FROM report_events").fetchall())
        read = sorted((s.days for _, s in stored_signatures(con)), key=len)
    assert days == {"a": None, "b": ["01-15"]}
    assert read == [frozenset(), frozenset({(1, 15)})]


QUAKE = ("HERAT - A magnitude 6.1 earthquake struck near Herat early on Wednesday, and doctors at the regional "
         "hospital said 110 people were brought in injured.")
ANOTHER_QUAKE = ("HERAT - Another strong earthquake shook Herat province on Sunday, killing one person and injuring "
                 "95, a hospital official said.")


def test_a_new_incident_of_a_series_stays_apart_when_the_events_merge(tmp_path):
    # the second quake's report is told as a new incident ("another earthquake"): `fresh` is stored with it, so the
    # events asset's merge (which reads stored signatures) keeps the two quakes apart as the linker did
    rows, events = link_reports([_report("a", QUAKE, "2031-03-12"), _report("b", ANOTHER_QUAKE, "2031-03-16")],
                                Linker(), "v")
    linked = pd.DataFrame(events, columns=REPORT_EVENT_COLUMNS)
    assert list(linked.fresh) == [False, True] and linked.event_id.nunique() == 2
    claims = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    claims["as_of"] = pd.to_datetime(claims["as_of"]).dt.date
    lake = Lake(tmp_path / "lake")
    lake.commit([Write("reports", pd.DataFrame([{"report_id": r, "outlet": "Wire"} for r in "ab"])),
                 Write("claims", claims), Write("report_events", linked)])
    with lake.reader() as con:
        assert sorted(s.fresh for _, s in stored_signatures(con)) == [False, True]
    _, found, _ = write_events(lake)
    assert found == {} and lake.query("SELECT count(*) AS n FROM events").n[0] == 2


def test_a_lake_from_before_fresh_reads_and_gains_it(tmp_path):
    # a lake of the previous release (yearless_days, no `fresh`): its reports read as told as no new incident of a
    # series, and the next write of report_events adds the column
    lake = _lake_without(tmp_path, "fresh", _report("a", QUAKE, "2023-10-11"))
    with lake.reader() as con:  # read before any write
        assert [s.fresh for _, s in stored_signatures(con)] == [False]
    new = pd.DataFrame(link_reports([_report("b", ANOTHER_QUAKE, "2023-10-15")], Linker(), "v")[1],
                       columns=REPORT_EVENT_COLUMNS)
    lake.commit([Write("report_events", new)])
    with lake.reader() as con:
        fresh = dict(con.execute("SELECT report_id, fresh FROM report_events").fetchall())
    assert fresh == {"a": None, "b": True}
