"""Incremental validation and aggregation (assets/scope.py): a run redoes only the reports and events whose inputs
changed since the version its last run read, and leaves the ledger exactly as a full recompute would."""

from __future__ import annotations

import dagster as dg

from dagster_project.lake import Lake
from dagster_project.run import materialize_all


def report(day: str, outlet: str, title: str, body: str) -> str:
    return f'---\ntitle: {title}\npublished: "{day}"\noutlet: {outlet}\n---\n{body}\n'


FIRST = {
    "kidal-1.md": report("2023-03-10", "Lakeside Herald", "Gunmen storm army checkpoint near Kidal",
                         "KIDAL, Mali - Gunmen on motorbikes stormed an army checkpoint outside Kidal on Thursday, "
                         "killing 12 soldiers, the army said in a statement."),
    "kidal-2.md": report("2023-03-11", "Desert Wire", "Kidal checkpoint toll rises",
                         "KIDAL, Mali - The toll from Thursday's attack on an army checkpoint outside Kidal has risen "
                         "to 15 soldiers killed, a military source told Desert Wire on Saturday."),
    "mopti.md": report("2023-05-02", "Niger Valley News", "Bus hits roadside bomb near Mopti",
                       "MOPTI, Mali - A bus struck a roadside bomb near Mopti on Monday, killing 8 civilians and "
                       "wounding 14 others, local officials said."),
}
SECOND = {  # a later, higher figure for the Kidal attack from a third source, and a new incident
    "kidal-3.md": report("2023-03-14", "Sahel Monitor", "Army revises Kidal losses",
                         "KIDAL, Mali - Twenty-one soldiers were killed in last week's attack on an army checkpoint "
                         "outside Kidal, a local official said on Tuesday."),
    "gao.md": report("2023-06-20", "Sahel Monitor", "Market attack near Gao",
                     "GAO, Mali - Gunmen attacked a cattle market outside Gao on Sunday, killing 5 traders, "
                     "residents said."),
}
TABLES = ("quarantine", "flags", "disagreements", "events", "event_aliases", "estimate_timeline", "event_estimates",
          "source_timeline")
VOLATILE = {"run_id", "quarantined_at", "flagged_at", "found_at"}


def tables(lake: Lake) -> dict[str, list]:
    out = {}
    with lake.reader() as con:
        for t in TABLES:
            cols = [r[0] for r in con.execute(f"SELECT name FROM pragma_table_info('{t}')").fetchall()
                    if r[0] not in VOLATILE]
            out[t] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()))
    return out


def scope_of(result, asset: str) -> dict:
    for m in result.get_asset_materialization_events():
        mat = m.event_specific_data.materialization
        if mat.asset_key.to_user_string() == asset:
            return {k: v.value for k, v in mat.metadata.items()}
    raise AssertionError(f"{asset} not materialized")


def test_incremental_runs_equal_a_full_recompute(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in FIRST.items():
        (folder / name).write_text(text)
    lake = Lake(tmp_path / "lake")
    with dg.instance_for_test() as instance:
        first = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert first.success
        assert scope_of(first, "quarantine")["incremental"] is False  # nothing earlier: everything
        kidal = lake.query("SELECT event_id, best FROM event_estimates WHERE party = 'all' AND outcome = 'killed' "
                           "AND best = 15")
        assert len(kidal) == 1, "the two Kidal reports make one event with best 15"
        n_events = lake.query("SELECT count(*) AS n FROM events").n[0]

        for name, text in SECOND.items():
            (folder / name).write_text(text)
        # the new files' days, as the sensor runs them, then validation and aggregates
        second = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance,
                                 days=["2023-03-14", "2023-06-20"])
        assert second.success
        # validation and aggregates redo only what the new claims touch
        for asset in ("quarantine", "events", "estimate_timeline", "event_estimates", "source_timeline"):
            md = scope_of(second, asset)
            assert md["incremental"] is True, (asset, md)
        assert "2 events" in scope_of(second, "estimate_timeline")["scope"]  # Kidal and Gao, not Mopti
        est = lake.query(f"SELECT best, n_sources FROM event_estimates WHERE event_id = '{kidal.event_id[0]}' "
                         "AND party = 'all' AND outcome = 'killed'")
        assert est.best[0] == 21 and est.n_sources[0] >= 1  # the new report moved the old event's estimate
        assert lake.query("SELECT count(*) AS n FROM events").n[0] == n_events + 1
        incremental, version = tables(lake), lake.latest_version()

        # a full recompute of validation and aggregates over the same claims finds nothing to change
        monkeypatch.setenv("TOLL_INCREMENTAL", "0")
        full = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert full.success and scope_of(full, "estimate_timeline")["incremental"] is False
        assert tables(lake) == incremental
        assert lake.latest_version() == version

        # and a run with nothing new does nothing, incrementally
        monkeypatch.delenv("TOLL_INCREMENTAL")
        again = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert again.success and lake.latest_version() == version


# Two reports of one prison attack, linked by runs that did not know of each other (as test_event_merges.py
# makes them): two events, which the `events` asset merges.
JAIL = ("HASAKEH - Islamic State fighters stormed Ghwayran prison on Thursday; 12 guards were killed in the "
        "fighting, the SDF said.")
CITY = ("Clashes around the prison in Hasakeh killed 30 people on Sunday as SDF fighters battled Islamic State "
        "militants, a monitor said.")


def _linked_apart(tmp_path, rid: str, text: str, day: str):
    """A report's rows as a run that knew no earlier event writes them (its own Linker), its file beside."""
    from datetime import UTC, datetime

    import pandas as pd

    from assets.normalize import CLAIM_COLUMNS, REPORT_EVENT_COLUMNS, link_reports
    from claims.events import Linker
    from dagster_project.lake import Write

    path = tmp_path / "elsewhere" / f"{rid}.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    when = pd.Timestamp(day)
    report = {"report_id": rid, "source": "elsewhere", "path": str(path), "title": "Prison attack",
              "outlet": f"Wire {rid}", "url": None, "published": when.date(), "published_from": "front_matter",
              "partition_date": when.date(), "text": text, "byte_size": len(text), "ingested_at": datetime.now(UTC),
              "language": "en"}
    rows, linked = link_reports([{**report, "published": when}], Linker(), "v")
    claims = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    claims["as_of"] = pd.to_datetime(claims["as_of"]).dt.date
    events = pd.DataFrame(linked, columns=REPORT_EVENT_COLUMNS)
    return [Write("reports", pd.DataFrame([report])), Write("claims", claims), Write("report_events", events)]


def test_an_incremental_run_merges_over_the_changed_events_country_only(tmp_path, monkeypatch):
    """A new event merges with an untouched earlier one of its country; the events of other countries are not
    read for the merges, and the ledger equals a full recompute's."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in FIRST.items():
        (folder / name).write_text(text)
    lake = Lake(tmp_path / "lake")
    with dg.instance_for_test() as instance:
        lake.commit(_linked_apart(tmp_path, "jail", JAIL, "2022-01-21"))
        first = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert first.success
        before = lake.query("SELECT event_id FROM events")
        assert len(before) >= 3  # the prison, Kidal, Mopti
        assert lake.query("SELECT count(*) AS n FROM event_aliases").n[0] == 0

        lake.commit(_linked_apart(tmp_path, "city", CITY, "2022-01-24"))  # a second event, of Syria too
        second = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance, days=[])
        assert second.success
        md = scope_of(second, "events")
        assert md["incremental"] is True and md["merged_events"] == 1, md
        assert md["events_read_for_merges"] == 2, md  # the two prison events: not Kidal's nor Mopti's
        jail = lake.query("SELECT DISTINCT event_id FROM report_events WHERE report_id = 'jail'").event_id[0]
        aliases = lake.query("SELECT alias, event_id FROM event_aliases")
        assert list(aliases.event_id) == [jail]  # the earlier event keeps its id
        assert set(lake.query("SELECT event_id FROM events").event_id) == set(before.event_id)
        incremental, version = tables(lake), lake.latest_version()

        # an incremental aggregate's events computed a few at a time (an event with its aliases in one part): the
        # rows of one query
        from assets.aggregate import close_over_aliases, scoped_frame

        with lake.reader() as con:
            every = close_over_aliases(con, {e for (e,) in con.execute(
                "SELECT DISTINCT event_id FROM claims WHERE event_id IS NOT NULL").fetchall()})
            assert set(aliases.alias) <= every
            for table in ("estimate_timeline", "source_timeline", "event_estimates"):
                whole = sorted(map(repr, scoped_frame(con, table, every).to_pylist()))
                monkeypatch.setenv("TOLL_AGGREGATE_CHUNK", "1")
                assert sorted(map(repr, scoped_frame(con, table, every).to_pylist())) == whole, table
                monkeypatch.delenv("TOLL_AGGREGATE_CHUNK")
                assert whole, table

        monkeypatch.setenv("TOLL_INCREMENTAL", "0")
        full = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance, days=[])
        assert full.success and scope_of(full, "events")["incremental"] is False
        assert scope_of(full, "events")["events_read_for_merges"] >= 3  # every event
        assert tables(lake) == incremental
        assert lake.latest_version() == version


def test_a_full_aggregate_written_in_parts_holds_the_rows_of_one_query(tmp_path, monkeypatch):
    """A full run writes estimate_timeline, event_estimates and source_timeline a few events at a time
    (TOLL_AGGREGATE_CHUNK): the rows, in their order, are those of the table's SQL over every event at once."""
    from assets.aggregate import sql

    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in {**FIRST, **SECOND}.items():
        (folder / name).write_text(text)
    lake = Lake(tmp_path / "lake")
    monkeypatch.setenv("TOLL_AGGREGATE_CHUNK", "1")  # one event a part
    with dg.instance_for_test() as instance:
        assert materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance).success
        with lake.reader() as con:
            assert con.execute("SELECT count(DISTINCT event_id) FROM estimate_timeline").fetchone()[0] >= 3
            for table in ("estimate_timeline", "event_estimates", "source_timeline"):
                cur = con.execute(sql(table))
                one_query = cur.fetchall()
                cols = ", ".join(d[0] for d in cur.description)
                stored = con.execute(f"SELECT {cols} FROM {table}").fetchall()  # as the parts were written
                assert len(stored) > 3 and stored == one_query, table
        version = lake.latest_version()
        # the same tables from one query each: nothing to change
        monkeypatch.delenv("TOLL_AGGREGATE_CHUNK")
        monkeypatch.setenv("TOLL_INCREMENTAL", "0")
        again = materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance)
        assert again.success and lake.latest_version() == version
