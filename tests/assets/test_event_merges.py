"""Events that turn out to be one incident merge in the `events` asset; the merged id stays resolvable."""

import pandas as pd

from assets.aggregate import sql, write_events
from assets.normalize import CLAIM_COLUMNS, REPORT_EVENT_COLUMNS, link_reports
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
