"""aggregate: validated claims → `events`, `estimate_timeline`, `event_estimates`, `source_timeline`, in SQL
(assets/sql/*.sql; valid_claims.sql is the staging view they share)."""

import hashlib
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pyarrow as pa

from claims.events import LOOKBACK_WINDOW, merges, place_chain, place_levels
from dagster_project.lake import CommitInfo, Write
from dagster_project.partitions import refresh_when_partitions_land
from dagster_project.resources import LakeResource

from . import scope as scopes
from .common import preview, run_tag
from .normalize import extractor_code_version, stored_signatures

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


# The tables each aggregate reads: a change to their rows since the last run marks the events to redo.
VALID_INPUTS = ("claims", "reports", "quarantine", "event_aliases")
INPUTS = {"events": (*VALID_INPUTS, "report_events"), "estimate_timeline": VALID_INPUTS,
          "source_timeline": VALID_INPUTS, "event_estimates": ("estimate_timeline",)}
# what an incremental run restricts, per input read by an aggregate's SQL: rows of the events in scope
SHADOWED = {"events": ("claims", "report_events"), "estimate_timeline": ("claims",), "source_timeline": ("claims",),
            "event_estimates": ("estimate_timeline",)}


# the columns of each input's change feed that tell the events it touched (`scopes.changes`, shared within a run)
FEED_COLUMNS = {"claims": "event_id, report_id", "report_events": "event_id, report_id", "reports": "report_id",
                "quarantine": "report_id", "event_aliases": "alias, event_id", "estimate_timeline": "event_id"}


def touched_events(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...], lo: int, hi: int) -> set[str]:
    """Event ids (as stored, aliases included) whose aggregate rows may differ between versions lo and hi."""
    events: set[str] = set()
    reports: set[str] = set()
    for table in tables:
        rows = scopes.changes(con, table, FEED_COLUMNS[table], lo, hi)
        if table in ("claims", "report_events"):
            for event_id, report_id in rows:
                events.add(event_id)
                reports.add(report_id)
        elif table in ("reports", "quarantine"):
            reports.update(r for (r,) in rows)
        elif table == "event_aliases":
            for alias, event_id in rows:
                events.update((alias, event_id))
        elif table == "estimate_timeline":
            events.update(e for (e,) in rows)
    if reports:  # the events those reports' rows are in now
        scopes.register(con, "scope_reports", reports)
        events.update(e for (e,) in con.execute(
            """SELECT DISTINCT event_id FROM lake.main.claims WHERE report_id IN (SELECT id FROM scope_reports)
               UNION SELECT DISTINCT event_id FROM lake.main.report_events
               WHERE report_id IN (SELECT id FROM scope_reports)""").fetchall())
    events.discard(None)
    return events


def close_over_aliases(con: duckdb.DuckDBPyConnection, events: set[str]) -> set[str]:
    """`events` with the ids they merged into and every alias of those: the rows of one merged event are
    computed from the claims of all its ids, and rows under an id that is now an alias are replaced too."""
    if not events:
        return set()
    scopes.register(con, "scope_seed", events)
    return {e for (e,) in con.execute(
        """WITH targets AS (SELECT id FROM scope_seed
                            UNION SELECT event_id FROM event_aliases WHERE alias IN (SELECT id FROM scope_seed))
           SELECT id FROM targets UNION SELECT alias FROM event_aliases WHERE event_id IN (SELECT id FROM targets)
           UNION SELECT event_id FROM event_aliases WHERE alias IN (SELECT id FROM targets)""").fetchall()}


def scoped_frame(con: duckdb.DuckDBPyConnection, table: str, events: set[str]):
    """The rows `table`'s SQL gives for `events` alone (its inputs shadowed by views over those events), computed
    chunk_events() events at a time, an event with every id merged into it (event_aliases) in one part: every
    aggregate is per event, so the parts' rows are those of one query, with memory for one part (a merge that
    rewrote every alias once put ~1,600 events in one query: out of DuckDB's memory limit)."""
    target = dict(con.execute("SELECT alias, event_id FROM event_aliases").fetchall())
    groups: dict[str, list[str]] = {}
    for e in sorted(events):
        groups.setdefault(target.get(e, e), []).append(e)
    size, ordered = chunk_events(), list(groups.values())
    parts = [_scoped_query(con, table, [e for ids in ordered[i:i + size] for e in ids])
             for i in range(0, len(ordered), size)]
    return parts[0] if len(parts) == 1 else pa.concat_tables(parts)


def _scoped_query(con: duckdb.DuckDBPyConnection, table: str, events: list[str]):
    scopes.register(con, "scope_events", events)
    for t in SHADOWED[table]:
        scopes.shadow(con, t, "event_id IN (SELECT id FROM scope_events)")
    try:
        return con.execute(sql(table)).fetch_arrow_table()
    finally:
        scopes.unshadow(con, *SHADOWED[table])


CHUNK_ENV, CHUNK_DEFAULT = "TOLL_AGGREGATE_CHUNK", 1000


def chunk_events() -> int:
    """Events per part of a full aggregate (TOLL_AGGREGATE_CHUNK): what one query of the table's SQL computes."""
    return max(1, int(os.environ.get(CHUNK_ENV) or CHUNK_DEFAULT))


# the event ids (resolved through event_aliases) a full run of each table writes rows for, in the order of its rows
FULL_EVENTS = {
    "estimate_timeline": "SELECT DISTINCT coalesce(a.event_id, c.event_id) AS event_id FROM claims AS c "
                         "LEFT JOIN event_aliases AS a ON a.alias = c.event_id WHERE c.event_id IS NOT NULL",
    "event_estimates": "SELECT DISTINCT event_id FROM estimate_timeline WHERE event_id IS NOT NULL",
}
FULL_EVENTS["source_timeline"] = FULL_EVENTS["estimate_timeline"]


def full_writes(con: duckdb.DuckDBPyConnection, table: str, size: int | None = None) -> list[Write]:
    """A full run of `table` as writes of a few thousand events each, in one commit: the SQL of each runs over
    those events' rows alone (its inputs shadowed, as an incremental run does), so its memory is one part's, not
    the ledger's (estimate_timeline over 10,000 reports at once: ~0.8 GB). Every aggregate is computed per
    event, and the parts are ranges of the event ids the table is ordered by: the same rows, in the same order,
    as one query over everything. A last write removes rows of events that have none now."""
    size = size or chunk_events()
    ids = [e for (e,) in con.execute(f"SELECT event_id FROM ({FULL_EVENTS[table]}) ORDER BY event_id").fetchall()
           ] if table in FULL_EVENTS else []
    if len(ids) <= size:
        return [Write(table, sql=sql(table), replace_all=True)]
    aliases: dict[str, list[str]] = {}
    for alias, event_id in con.execute("SELECT alias, event_id FROM event_aliases").fetchall():
        aliases.setdefault(event_id, []).append(alias)
    shadowed = SHADOWED[table]
    cleanup = tuple((f"DROP VIEW IF EXISTS temp.main.{t}", ()) for t in shadowed)
    writes = []
    for i in range(0, len(ids), size):
        part = ids[i:i + size]
        stored = sorted({*part, *(a for e in part for a in aliases.get(e, ()))})  # the ids its input rows hold
        setup = (("CREATE OR REPLACE TEMP TABLE scope_events (id VARCHAR)", ()),
                 ("INSERT INTO scope_events SELECT UNNEST(?)", (stored,)),
                 *((f"CREATE OR REPLACE TEMP VIEW {t} AS SELECT * FROM lake.main.{t} "
                    "WHERE event_id IN (SELECT id FROM scope_events)", ()) for t in shadowed))
        writes.append(Write(table, sql=sql(table), key="event_id", keys=tuple(part), setup=setup, cleanup=cleanup))
    # rows of events that have none now (a lake written before): replaced by nothing
    writes.append(Write(table, sql=f"SELECT * FROM lake.main.{table} LIMIT 0",
                        where="event_id IS NULL OR event_id NOT IN (SELECT UNNEST(?))", params=(ids,)))
    return writes


def plan(context: dg.AssetExecutionContext, store, table: str, token: str,
         extra: set[str] | None = None, aliases: pd.DataFrame | None = None,
         touched: tuple | None = None) -> tuple[list[Write], scopes.Scope]:
    """The writes of one aggregate: all of it (first run, other code), or only the events whose inputs changed
    since the version its last run read (plus `extra` events). `aliases`: event_aliases as this run writes them.
    `touched`: (base, version, events) of `touched_events` read already for this table's inputs (not read again
    when this run's scope is those versions)."""
    with store.connect(read_only=True) as con:
        scope = scopes.start(context, con, table, token)
        if not scope.full and touched is not None and touched[:2] == (scope.base, scope.version):
            events = set(touched[2])
        elif not scope.full:
            try:
                events = touched_events(con, INPUTS[table], scope.base, scope.version)
            except duckdb.Error as exc:  # versions expired since: the change feed is gone
                scope.base, scope.reason = None, f"full (changes since the last run unreadable: {exc})"
        if scope.full:
            return full_writes(con, table), scope
        if aliases is not None:
            con.register("_new_aliases", aliases)
            con.execute("CREATE OR REPLACE TEMP TABLE event_aliases (alias VARCHAR, event_id VARCHAR, reason VARCHAR)")
            con.execute("INSERT INTO event_aliases SELECT CAST(alias AS VARCHAR), CAST(event_id AS VARCHAR), "
                        "CAST(reason AS VARCHAR) FROM _new_aliases")
        scope.events = close_over_aliases(con, events | (extra or set()))
        if not scope.events:
            return [], scope
        frame = scoped_frame(con, table, scope.events)
    return [Write(table, frame, key="event_id", keys=tuple(sorted(scope.events)))], scope


def _build(context: dg.AssetExecutionContext, lake: LakeResource, table: str,
           chart: bool = False) -> dg.MaterializeResult:
    store = lake.get()
    writes, scope = plan(context, store, table, sql_version(table))
    # no event touched: nothing to write, no transaction
    snapshot = store.commit(writes, message=f"aggregate: {table}", extra_info=run_tag(context)) if writes \
        else scope.version
    if len(writes) == 1 and writes[0].frame is not None and table in store.last_commit.row_count:
        # an incremental run's: its row count counted in the commit, the rows it wrote as the preview (a connection
        # and two scans of the table less, before the next step can start)
        rows, frame = store.last_commit.row_count[table], writes[0].frame.slice(0, 20).to_pandas()
    else:
        with store.connect(read_only=True) as con:
            frame = con.execute(f"SELECT * FROM {table} LIMIT 20").df()
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    commit = store.last_commit or CommitInfo(snapshot, snapshot, row_count={table: rows})
    # read_version: the version the SQL read; rows added / removed and row count; what the run redid
    metadata = {"rows_written": rows, **commit.metadata(table), "snapshot_id": snapshot,
                **scope.metadata(), "preview": preview(frame, 20)}
    if chart:
        metadata.update(_chart(context, store, commit.read_version, None if scope.full else scope.events)
                        if writes else {"chart": dg.MetadataValue.md("_no event changed_")})
    return dg.MaterializeResult(metadata=metadata)


def _chart(context: dg.AssetExecutionContext, store, before: int | None, among: set[str] | None = None) -> dict:
    """The chart of the events this materialization changed (a few), for the asset's page in the UI. `among`: the
    events an incremental run rewrote (no other event's rows changed)."""
    from dagster_project.site.metadata import MAX_EVENTS, changed_events, chart_entries

    try:
        changed = changed_events(store, before, among=among)
        entries = chart_entries(store, changed)
    except Exception as exc:  # a picture that cannot be drawn must not fail the ledger's numbers; said, not hidden
        context.log.warning(f"chart not drawn: {exc!r}")
        return {"chart": dg.MetadataValue.md(f"_chart not drawn: {exc}_")}
    if not entries:
        return {"chart": dg.MetadataValue.md("_no event changed_")}
    return {**{k: dg.MetadataValue.md(v) for k, v in entries.items()},
            "chart_events": dg.MetadataValue.json({"drawn": changed, "at_most": MAX_EVENTS})}


def write_events(store, extra_info: str | None = None,
                 context: dg.AssetExecutionContext | None = None) -> tuple[int, dict[str, str], scopes.Scope | None]:
    """Merge events that turn out to be one incident, then write `event_aliases` and `events` in one commit.
    Returns the snapshot, the merges found this time and the scope (with a context: only the events changed
    since the last run, and those whose aliases this run changes)."""
    with store.connect() as con:
        if context is not None:
            scope = scopes.start(context, con, "events", events_token())
            if not scope.full and scopes.untouched(con, INPUTS["events"], scope.base, scope.version, FEED_COLUMNS):
                # nothing changed since the last run: its merges were run to a fixpoint, so none is found now
                return scope.version, {}, scope
        before = dict(con.execute("SELECT alias, event_id FROM event_aliases").fetchall())
        region = MergeRegion.of(con, scope, before) if context is not None and not scope.full else None
        if region is None:
            by_event = signatures(con)
            found = merges_to_fixpoint(by_event)
        else:  # only the events a merge can involve now, grown while a merge reaches past them
            while True:
                by_event = signatures(con, region.stored_ids())
                found = merges_to_fixpoint(by_event, region.seed)
                if not region.grow({e for pair in found.items() for e in pair}, found):
                    break
    aliases = resolve_aliases({**before, **found})
    frame = pd.DataFrame([{"alias": a, "event_id": e, "reason": "merged: every report of one could join the other"}
                          for a, e in sorted(aliases.items())], columns=["alias", "event_id", "reason"])
    writes: list[Write] = [Write("events", sql=sql("events"), replace_all=True)]
    scope = None
    if context is not None:
        moved = {x for a in set(aliases) ^ set(before) | {a for a in aliases if before.get(a) != aliases[a]}
                 for x in (a, aliases.get(a), before.get(a))}
        writes, scope = plan(context, store, "events", events_token(), extra=moved - {None}, aliases=frame,
                             touched=region.touched if region is not None else None)
        scope.merge_read = len(by_event)
    snapshot = store.commit([Write("event_aliases", frame, replace_all=True), *writes],
                            message="aggregate: events", extra_info=extra_info)
    return snapshot, found, scope


@cache
def _country(place: str | None) -> str | None:
    """The country `merges` buckets a report of this place under (its signature's levels[3])."""
    return place_levels(place_chain(place))[3] if place else None


def signatures(con: duckdb.DuckDBPyConnection, stored_ids: set[str] | None = None) -> dict[str, list]:
    """Each event's reports' signatures (`stored_signatures`), of every event or of the reports linked to
    `stored_ids` (event ids as stored, aliases included) alone."""
    if stored_ids is not None:
        scopes.register(con, "merge_region", stored_ids)
        scopes.shadow(con, "report_events", "event_id IN (SELECT id FROM merge_region)")
    try:
        by_event: dict[str, list] = {}
        for event_id, sig in stored_signatures(con):
            by_event.setdefault(event_id, []).append(sig)
        return by_event
    finally:
        scopes.unshadow(con, "report_events")


@dataclass
class MergeRegion:
    """The events a merge can involve after the changes since the last run, which merged to a fixpoint.

    `merges` compares two events only when they share a bucket (a country of their reports, or none) and their days
    are within LOOKBACK_WINDOW of each other (or one has no dated report), and at the last run's fixpoint no two
    events merged: a pair that merges now has an event whose reports changed since (`touched_events`), or one
    merged this run. So the region is the changed events and every event sharing a bucket with them in their days,
    grown by those of the events that merge (their days and buckets together, as `merges_to_fixpoint` scores
    them), until a pass over the region merges none whose neighbours are outside it: merging the region alone
    finds what merging every event finds (tests/assets/test_incremental.py compares the two on a lake,
    tests/assets/test_incremental_paths.py on generated events)."""

    events: set[str]  # resolved ids
    countries: dict[str, set]  # resolved event -> the buckets of its reports
    by_country: dict[str | None, set[str]]
    stored: dict[str, set[str]]  # resolved event -> its ids as stored (aliases included)
    seed: set[str] = field(default_factory=set)  # the changed events (resolved): the only ones a merge can start from
    spans: dict[str, tuple] = field(default_factory=dict)  # resolved event -> (first, last) day of its dated reports
    touched: tuple | None = None  # (base, version, the events touched_events gave): what `plan` would read again

    @classmethod
    def of(cls, con: duckdb.DuckDBPyConnection, scope: scopes.Scope, aliases: dict[str, str]) -> "MergeRegion | None":
        """The region of the changes since `scope.base`, or None when they cannot be told (read every event)."""
        try:
            seed = touched_events(con, INPUTS["events"], scope.base, scope.version)
        except duckdb.Error:  # versions expired: the change feed is gone
            return None
        final = resolve_aliases(aliases)
        countries: dict[str, set] = {}
        stored: dict[str, set[str]] = {}
        spans: dict[str, tuple] = {}
        for event_id, place, first, last in con.execute(
                "SELECT event_id, place, min(incident_date), max(incident_date) FROM report_events "
                "WHERE event_id IS NOT NULL GROUP BY event_id, place").fetchall():
            ev = final.get(event_id, event_id)
            countries.setdefault(ev, set()).add(_country(place))
            stored.setdefault(ev, set()).add(event_id)
            spans[ev] = _span(spans.get(ev, (None, None)), (first, last))
        region = cls.made(countries, stored, spans,
                          {x for e in seed for x in (e, aliases.get(e), final.get(e, e)) if x is not None})
        region.touched = (scope.base, scope.version, frozenset(seed))
        return region

    @classmethod
    def made(cls, countries: dict[str, set], stored: dict[str, set[str]], spans: dict[str, tuple],
             seed: set[str]) -> "MergeRegion":
        """The region of `seed` among events of these buckets and days."""
        by_country: dict[str | None, set[str]] = {}
        for ev, cs in countries.items():
            for c in cs:
                by_country.setdefault(c, set()).add(ev)
        # (the ids as stored, one step and every step through the aliases: whichever signatures() keys it by)
        region = cls(set(), countries, by_country, stored, seed, spans)
        region.grow(region.seed)
        return region

    def grow(self, events: set[str], found: dict[str, str] | None = None) -> bool:
        """Take in `events` and every event sharing a bucket with one of them within its days, an event counted
        with those it merged with in `found` (alias -> id); whether the region grew."""
        events = events & self.countries.keys()
        final = resolve_aliases(found or {})
        together: dict[str, set[str]] = {}
        for a, e in final.items():
            together.setdefault(e, {e}).add(a)
        more = set(events)
        for e in events:
            group = together.get(final.get(e, e), {e}) & self.countries.keys()
            span = (None, None)
            for g in group:
                span = _span(span, self.spans.get(g, (None, None)))
            for c in {c for g in group for c in self.countries[g]}:
                more.update(n for n in self.by_country[c] if n not in more and _near(span, self.spans.get(n)))
        # `merges` stops comparing a dated event with the later ones at the first that starts past its window, and
        # with it the undated ones (sorted last): every event of a bucket that starts past the window of one of the
        # region's is in the region too, so that each stops where it stops among every event
        for c in {c for e in self.events | more for c in self.countries[e]}:
            lasts = [self.spans[e][1] for e in self.by_country[c] & (self.events | more)
                     if self.spans.get(e, (None, None))[1] is not None]
            if lasts:
                edge = min(lasts) + LOOKBACK_WINDOW
                more.update(n for n in self.by_country[c]
                            if (first := self.spans.get(n, (None, None))[0]) is not None and first > edge)
        grew = not more <= self.events
        self.events |= more
        return grew

    def stored_ids(self) -> set[str]:
        return {raw for ev in self.events for raw in self.stored[ev]}


def _span(a: tuple, b: tuple) -> tuple:
    """The first and last day of two spans of dated reports together ((None, None): none dated)."""
    firsts = [d for d in (a[0], b[0]) if d is not None]
    lasts = [d for d in (a[1], b[1]) if d is not None]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def _near(a: tuple, b: tuple | None) -> bool:
    """Whether `merges` scores two events of these spans (of one bucket): one without a dated report, or the one
    that starts later starting at most LOOKBACK_WINDOW after the other's last day."""
    if b is None or a[0] is None or b[0] is None:
        return True
    (_, p_last), (q_first, _) = sorted((a, b))
    return q_first - p_last <= LOOKBACK_WINDOW


def merges_to_fixpoint(by_event: dict[str, list], fresh: set[str] | None = None) -> dict[str, str]:
    """`merges`, again over the merged events until none merges: an event made of two can join a third that
    neither joined alone. One pass left that to the next run, so a re-run with nothing changed wrote new
    versions (10,000 bench reports: one more merge on the second run, and every aggregate rewritten).

    `fresh`: the events changed since a fixpoint of the others (an incremental run's, resolved ids): only pairs
    with one of them, or with an event merged since, are scored (`merges`); the others did not merge then, with
    the same reports. Scoring every pair of a merge region was most of `events` in a new report into 100,000."""
    found: dict[str, str] = {}
    grouped = by_event
    while new := merges(grouped, fresh):
        found.update(new)
        final = resolve_aliases(found)
        grouped = {}
        for event_id, sigs in by_event.items():
            grouped.setdefault(final.get(event_id, event_id), []).extend(sigs)
        if fresh is not None:  # an event that took in another has reports it had not: scored again
            fresh = {final.get(e, e) for e in fresh} | set(final.values())
    return found


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


def events_token() -> str:
    return sql_version("events") + "+" + merge_version()


def merge_version() -> str:
    """The linker's rules and the data they read (gazetteer places and neighbours, incident kinds): when any of them
    changes, every stored event is compared again (an incremental run compares only the events it touched, which is
    right only while the rules that left the others apart are the same)."""
    return hashlib.sha256(extractor_code_version().encode()).hexdigest()[:8]


@dg.asset(deps=["claims", "quarantine"], group_name="aggregate", kinds={"duckdb"}, pool="lake_writer",
          automation_condition=refresh_when_partitions_land,
          code_version=sql_version("events") + "+" + merge_version())
def events(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """Events (kind, places, dates, actors) the reports are linked to. Events that turn out to be one incident are
    merged first: the merged id stays resolvable in `event_aliases`."""
    store = lake.get()
    snapshot, found, scope = write_events(store, run_tag(context), context)
    with store.connect(read_only=True) as con:
        table = con.execute("SELECT * FROM events LIMIT 20").df()
        rows = con.execute("SELECT count(*) FROM events").fetchone()[0]
    commit = store.last_commit or CommitInfo(snapshot, snapshot, row_count={"events": rows})  # none: nothing to do
    return dg.MaterializeResult(metadata={"rows_written": rows, **commit.metadata("events"),
                                          "snapshot_id": snapshot, "merged_events": len(found), **scope.metadata(),
                                          "events_read_for_merges": scope.merge_read,
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


@dg.asset(deps=["claims", "reports"], group_name="aggregate", kinds={"duckdb"},
          automation_condition=refresh_when_partitions_land, code_version="fts-2")
def claim_search(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """A full-text index (DuckDB fts, BM25) of the claims' sentences, in `search.duckdb` beside the lake: what
    `toll search` and the README's search query read. Rebuilt when the lake's version moved, else kept."""
    from dagster_project.search import build_index

    path, version, documents, rebuilt = build_index(lake.get())
    return dg.MaterializeResult(metadata={"index": str(path), "snapshot_id": version, "read_version": version,
                                          "sentences": documents, "rebuilt": rebuilt})
