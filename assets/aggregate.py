"""aggregate: validated claims → `events`, `estimate_timeline`, `event_estimates`, `source_timeline`, in SQL
(assets/sql/*.sql; valid_claims.sql is the staging view they share)."""

import hashlib
from pathlib import Path

import dagster as dg
import pandas as pd

import claims.events as claims_events
from claims.events import merges
from dagster_project.lake import Write
from dagster_project.partitions import refresh_when_partitions_land
from dagster_project.resources import LakeResource

from .common import preview, run_tag
from .normalize import stored_signatures

SQL = Path(__file__).with_name("sql")


def sql(name: str) -> str:
    """A table's SELECT, with the shared `valid_claims` view inlined as a CTE."""
    valid = (SQL / "valid_claims.sql").read_text()
    body = "\n".join(ln for ln in (SQL / f"{name}.sql").read_text().splitlines() if not ln.startswith("--"))
    if body.lstrip().upper().startswith("WITH "):  # join the file's own CTEs onto ours
        return f"WITH valid_claims AS (\n{valid}\n),\n{body.lstrip()[5:]}"
    return f"WITH valid_claims AS (\n{valid}\n)\n{body}"


def sql_version(name: str) -> str:
    return hashlib.sha256(sql(name).encode()).hexdigest()[:12]


def _build(context: dg.AssetExecutionContext, lake: LakeResource, table: str,
           chart: bool = False) -> dg.MaterializeResult:
    store = lake.get()
    snapshot = store.commit([Write(table, sql=sql(table), replace_all=True)],
                            message=f"aggregate: {table}", extra_info=run_tag(context))
    with store.connect() as con:
        frame = con.execute(f"SELECT * FROM {table}").df()
    # read_version: the version the SQL read (the commit's parent); rows added / removed and row count
    metadata = {"rows_written": len(frame), **store.last_commit.metadata(table), "snapshot_id": snapshot,
                "preview": preview(frame, 20)}
    if chart:
        metadata.update(_chart(context, store, store.last_commit.read_version))
    return dg.MaterializeResult(metadata=metadata)


def _chart(context: dg.AssetExecutionContext, store, before: int | None) -> dict:
    """The chart of the events this materialization changed (a few), for the asset's page in the UI."""
    from dagster_project.site.metadata import MAX_EVENTS, changed_events, chart_entries

    try:
        changed = changed_events(store, before)
        entries = chart_entries(store, changed)
    except Exception as exc:  # a picture that cannot be drawn must not fail the ledger's numbers; said, not hidden
        context.log.warning(f"chart not drawn: {exc!r}")
        return {"chart": dg.MetadataValue.md(f"_chart not drawn: {exc}_")}
    if not entries:
        return {"chart": dg.MetadataValue.md("_no event changed_")}
    return {**{k: dg.MetadataValue.md(v) for k, v in entries.items()},
            "chart_events": dg.MetadataValue.json({"drawn": changed, "at_most": MAX_EVENTS})}


def write_events(store, extra_info: str | None = None) -> tuple[int, dict[str, str]]:
    """Merge events that turn out to be one incident, then write `event_aliases` and `events` in one commit.
    Returns the snapshot and the merges found this time."""
    with store.connect() as con:
        by_event: dict[str, list] = {}
        for event_id, sig in stored_signatures(con):
            by_event.setdefault(event_id, []).append(sig)
        before = dict(con.execute("SELECT alias, event_id FROM event_aliases").fetchall())
    found = merges(by_event)
    aliases = resolve_aliases({**before, **found})
    frame = pd.DataFrame([{"alias": a, "event_id": e, "reason": "merged: every report of one could join the other"}
                          for a, e in sorted(aliases.items())], columns=["alias", "event_id", "reason"])
    snapshot = store.commit([Write("event_aliases", frame, replace_all=True),
                             Write("events", sql=sql("events"), replace_all=True)],
                            message="aggregate: events", extra_info=extra_info)
    return snapshot, found


def resolve_aliases(aliases: dict[str, str]) -> dict[str, str]:
    """Each alias to the id it finally merged into (a -> b -> c gives a -> c)."""
    out = {}
    for a in aliases:
        seen, e = {a}, aliases[a]
        while e in aliases and e not in seen:
            seen.add(e)
            e = aliases[e]
        out[a] = e
    return out


def merge_version() -> str:
    return hashlib.sha256(Path(claims_events.__file__).read_bytes()).hexdigest()[:8]


@dg.asset(deps=["claims", "quarantine"], group_name="aggregate", kinds={"duckdb"}, pool="lake_writer",
          automation_condition=refresh_when_partitions_land,
          code_version=sql_version("events") + "+" + merge_version())
def events(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """Events (kind, places, dates, actors) the reports are linked to. Events that turn out to be one incident are
    merged first: the merged id stays resolvable in `event_aliases`."""
    store = lake.get()
    snapshot, found = write_events(store, run_tag(context))
    with store.connect() as con:
        table = con.execute("SELECT * FROM events").df()
    return dg.MaterializeResult(metadata={"rows_written": len(table), **store.last_commit.metadata("events"),
                                          "snapshot_id": snapshot, "merged_events": len(found),
                                          "preview": preview(table, 20)})


@dg.asset(deps=["claims", "quarantine", "events"], group_name="aggregate", kinds={"duckdb"},
          automation_condition=refresh_when_partitions_land,
          pool="lake_writer", code_version=sql_version("estimate_timeline"))
def estimate_timeline(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """Low / best / high per event, party and outcome on each day the figures changed: what a chart of the toll
    over time draws. The estimator is written down at the top of its SQL."""
    return _build(context, lake, "estimate_timeline")


@dg.asset(deps=["estimate_timeline"], group_name="aggregate", kinds={"duckdb"},
          automation_condition=refresh_when_partitions_land,
          pool="lake_writer", code_version=sql_version("event_estimates"))
def event_estimates(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """Low / best / high per event, party and outcome across sources: the timeline's last day. Its metadata
    carries the chart of the (few most recent) events it changed."""
    return _build(context, lake, "event_estimates", chart=True)


@dg.asset(deps=["claims", "quarantine"], group_name="aggregate", kinds={"duckdb"}, pool="lake_writer",
          automation_condition=refresh_when_partitions_land, code_version=sql_version("source_timeline"))
def source_timeline(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """Each source's figures per event over time, with the change since its previous figure."""
    return _build(context, lake, "source_timeline")
