"""normalize: `reports` → `claims`: every casualty claim of every report, linked to its event.

Partitioned like `reports`: a run re-reads the reports of its days and replaces those days' claims.
"""

import hashlib
import json
import multiprocessing
import os
import tempfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path

import dagster as dg
import pandas as pd

import claims as extractor
from claims.corrections import apply_batch
from claims.events import (
    Linker,
    Signature,
    family_of,
    place_chain,
    place_levels,
    reach,
    reaches,
)
from dagster_project.lake import Write
from dagster_project.partitions import one_run_per_backfill, report_days
from dagster_project.resources import CorrectionsResource, LakeResource

from . import scope as scopes
from .common import preview, run_tag
from .ingest import REJECT_COLUMNS
from .reading import _day, _read_chunk, _warm_up, failure, read_report  # noqa: F401 (read_report: part of the API)
from .rows import (  # noqa: F401 (the rows' API, as it was here)
    CLAIM_COLUMNS,
    INT64_MAX,
    PENDING,
    REPORT_EVENT_COLUMNS,
    SLICE_ROWS,
    ClaimStream,
    claim_frame,
    claim_row_slices,
    claim_rows,
    event_row,
    fit_bigint,
    rejected_row,
    stray_spans,
)
from .scope import INCREMENTAL_ENV


def extractor_code_version(package_dir: Path | None = None) -> str:
    """The extractor's version plus a hash of every module and data file of claims/ (rules, word lists, gazetteer,
    world towns, incident kinds) and of the modules that make its claims into rows: any edit to them marks the claims
    an older extractor wrote stale, with no constant to bump."""
    root = package_dir or Path(extractor.__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*root.glob("*.py"), *root.glob("*.yaml"), *root.glob("*.tsv")]):
        if path.name.startswith("test_"):
            continue
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    # and the code that makes a report's claims into rows (still_held, source, background links): a day whose
    # claims were written by other rows' code is read again
    for path in (Path(__file__), Path(__file__).with_name("reading.py"), Path(__file__).with_name("rows.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{extractor.EXTRACTOR_VERSION}+src.{digest.hexdigest()[:12]}"


# normalize owns the rejected rows of its days that say the extractor failed (ingest owns the others)
OWN_REJECTS = "partition_date = ANY(?) AND stage = 'extract'"


BATCH_VECTORS = 1  # reports are read 2,048 (one DuckDB vector) at a time: memory stays flat with the archive
# The reports of a run are put in date order by their keys alone (date, id: no text), then read a range of keys at a
# time, each range sorted on its own: sorting every text of the run at once held them all in DuckDB (a sort of
# VARCHAR payloads that does not go to disk: it failed under a memory limit of 256 MB at 100,000 reports)
RANGE_REPORTS = 8192  # reports of one range at most
RANGE_BYTES = 32 << 20  # and their bytes (reports.byte_size) at most, unless one report is larger
READ_COLUMNS = "report_id, text, published, partition_date, url, outlet, language, source, path"
# reports: a smaller batch is read in this process. A worker starts in ~1.5 s of CPU (Python, claims, the
# gazetteer) and a report takes ~12 ms, so two workers pay for themselves from a few hundred reports on
POOL_MIN = 500
WORKERS_ENV = "TOLL_WORKERS"


def key_ranges(keys: list[tuple], reports: int = RANGE_REPORTS, size: int = RANGE_BYTES) -> list[tuple[tuple, tuple]]:
    """Consecutive runs of `keys` ((published, report_id, rows, bytes), in date order, NULL dates last), each of at
    most `reports` rows and `size` bytes (a key alone may be more), never with dated and undated keys together: the
    (first, last) key of each."""
    out: list[tuple[tuple, tuple]] = []
    first = last = None
    rows = held = 0
    for key in keys:
        if first is not None and (rows + key[2] > reports or held + key[3] > size
                                  or (first[0] is None) != (key[0] is None)):
            out.append((first, last))
            first = None
        if first is None:
            first, rows, held = key, 0, 0
        last = key
        rows += key[2]
        held += key[3]
    if first is not None:
        out.append((first, last))
    return out


def date_ordered_reports(con, days: list[date], reports: int = RANGE_REPORTS,
                         size: int = RANGE_BYTES) -> tuple[int, Iterator[pd.DataFrame]]:
    """The reports of `days` not withdrawn, as frames of at most 2,048 rows in the order
    `ORDER BY published NULLS LAST, report_id` gives (READ_COLUMNS), and how many there are. The order is found on
    the keys, then each range of keys (key_ranges) is read and sorted on its own: DuckDB holds one range's texts at a
    time, not the run's. A range's dates bound the scan, so Parquet files of other dates are skipped. A report of
    unknown size counts as 2 KB."""
    scope = "partition_date IN (SELECT UNNEST(?)) AND withdrawn_at IS NULL"
    keys = con.execute(
        f"""SELECT published, report_id, count(*), sum(coalesce(byte_size, 2048))
            FROM reports WHERE {scope} GROUP BY published, report_id
            ORDER BY published NULLS LAST, report_id""", [days]).fetchall()

    def frames() -> Iterator[pd.DataFrame]:
        for (p1, r1, *_), (p2, r2, *_) in key_ranges(keys, reports, size):
            if p1 is None:
                cond, params = "published IS NULL AND report_id BETWEEN ? AND ?", [r1, r2]
            else:
                cond = "published BETWEEN ? AND ? AND (published > ? OR report_id >= ?) AND (published < ? OR report_id <= ?)"
                params = [p1, p2, p1, r1, p2, r2]
            con.execute(f"SELECT {READ_COLUMNS} FROM reports WHERE {scope} AND {cond} "
                        "ORDER BY published NULLS LAST, report_id", [days, *params])
            while len(batch := con.fetch_df_chunk(BATCH_VECTORS)):
                yield batch

    return sum(k[2] for k in keys), frames()


def workers() -> int:
    """Processes that read reports: TOLL_WORKERS, else every core."""
    return max(1, int(os.environ.get(WORKERS_ENV) or os.cpu_count() or 1))


def report_pool(n: int) -> ProcessPoolExecutor:
    """A pool of `n` processes that read reports. Spawned, not forked: the run's process holds Dagster's and
    DuckDB's threads, and a fork copies their locks in whatever state they are in. The workers import only
    assets/reading.py (claims and pandas): importing this module (Dagster) took them ~4 s of CPU each."""
    return ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_warm_up)


def read_reports(reports: list[dict], pool: Executor | None = None) -> list[tuple[list, Signature]]:
    """read_report over many reports, in their order; with a pool and enough reports, in chunks across its
    processes (the results are the same: each report is read on its own)."""
    n = getattr(pool, "_max_workers", 1) if pool is not None else 1
    if n <= 1 or len(reports) < POOL_MIN:
        return _read_chunk(reports)
    size = max(1, -(-len(reports) // (n * 4)))  # a few chunks per process evens out long and short reports
    chunks = [reports[i:i + size] for i in range(0, len(reports), size)]
    return [read for part in pool.map(_read_chunk, chunks) for read in part]


def link_reports(reports: list[dict], linker: Linker, version: str,
                 workers: int = 1) -> tuple[list[dict], list[dict]]:
    """Claims and report_events rows for a batch of reports, each report linked to its incident. `workers` > 1
    reads the reports in that many processes; the rows are the same."""
    if workers > 1 and len(reports) >= POOL_MIN:
        with report_pool(workers) as pool:
            found = read_reports(reports, pool)
    else:
        found = read_reports(reports)
    read = {r["report_id"]: (r, *f) for r, f in zip(reports, found, strict=True)}
    events = linker.link_batch({rid: sig for rid, (_, _, sig) in read.items()})
    claims, linked = [], []
    for rid, (report, found, sig) in read.items():
        claims += claim_rows(report, found, events[rid], sig, version)
        linked.append(event_row(report, events[rid], sig))
    return claims, linked


def stored_signatures(con, days: list[date] = (), events: list[str] | None = None) -> list[tuple[str, Signature]]:
    """(event id, signature) of every report linked outside `days`, as report_events stores them, its event id
    resolved through event_aliases (merged events); of the reports of `events` (resolved ids) alone when given.

    The reports are chosen first and their claims' figures grouped per report before the join: grouping the
    report_events-claims join by every report column (lists among them) cost 2-3x as much, and with `events` the
    whole claims table was joined before the filter (a new report into 100,000: ~60,000 reports of ~8,000 events).
    A report's figures come as one string (outcome and value joined by a unit separator, figures by a record
    separator: outcomes are words, values digits): a list of lists per row took 4x as long to reach Python."""
    only = "AND coalesce(a.event_id, e.event_id) IN (SELECT UNNEST(?))" if events is not None else ""
    # (a lake of an older release read without a write first has no yearless_days yet: its reports name none)
    # (nor `fresh`: its reports read as told as no new incident of a series)
    columns = {r[0] for r in con.execute("DESCRIBE report_events").fetchall()}
    has_days, has_fresh = "yearless_days" in columns, "fresh" in columns
    rows = con.execute(
        f"""WITH chosen AS (
               SELECT e.report_id, coalesce(a.event_id, e.event_id) AS resolved, e.kind, e.place, e.incident_date,
                      e.dated_from, e.actors, e.places, {"e.yearless_days" if has_days else "NULL"} AS yearless_days,
                      {"e.fresh" if has_fresh else "NULL"} AS fresh
               FROM report_events e LEFT JOIN event_aliases a ON a.alias = e.event_id
               WHERE e.partition_date NOT IN (SELECT UNNEST(?)) AND e.event_id IS NOT NULL {only}),
           figures AS (
               SELECT c.report_id, string_agg(DISTINCT c.outcome || chr(31) || CAST(c.value_low AS VARCHAR),
                                              chr(30)) FILTER (
                      WHERE c.value_low >= 3 AND c.qualifier <> 'vague' AND NOT coalesce(c.background, false)
                        AND c.rejected IS NULL) AS figures
               FROM claims c WHERE c.report_id IN (SELECT report_id FROM chosen)
               GROUP BY c.report_id)
           SELECT h.report_id, h.resolved, h.kind, h.place, h.incident_date, h.dated_from, h.actors, h.places,
                  h.yearless_days, h.fresh, f.figures
           FROM chosen h LEFT JOIN figures f USING (report_id)
           ORDER BY h.incident_date NULLS LAST, h.report_id""",
        [list(days), *([list(events)] if events is not None else [])]).fetchall()
    out = []
    placed: dict[str, tuple] = {}  # place -> (chain, levels): a few thousand places over tens of thousands of reports
    for _report_id, event_id, kind, place, day, dated_from, actors, places, yearless, fresh, figures in rows:
        if not place:
            chain, levels = (), place_levels(())
        elif (known := placed.get(place)) is not None:
            chain, levels = known
        else:
            chain = place_chain(place)
            chain, levels = placed[place] = (chain, place_levels(chain))
        days = frozenset((int(x[:2]), int(x[3:])) for x in yearless or ())  # ("08-26": an undated report's days)
        out.append((event_id, Signature(
            kind=kind, family=family_of(kind), place=place, chain=chain, levels=levels, date=day,
            dated_from=dated_from, lookback=dated_from == "lookback", actors=tuple(actors or ()),
            figures=frozenset([(o, int(v)) for o, _, v in (f.partition("\x1f") for f in figures.split("\x1e"))])
            if figures else frozenset(),
            places=tuple(places or ()), months=frozenset(m for m, _ in days), days=days, fresh=bool(fresh))))
    return out


def reachable(con, days: list[date], keys) -> tuple[set[str], set[str]]:
    """(every event id of the reports linked outside `days`, those of them `keys` reaches), ids resolved through
    event_aliases: an event is reached when one of its reports is (`claims.events.reaches`: no place, its place or
    a place containing it in the batch's reach, or a place it names in it) and its days meet the batch's
    (`claims.events.in_time`). From each stored report's place, named places and date, without its claims; a
    report's own place is tested once per distinct place (its chain is the gazetteer's), its named places by a
    join: reading every report's row into Python to test it was ~1 s of a new report into 100,000."""
    stored = """FROM report_events e LEFT JOIN event_aliases a ON a.alias = e.event_id
                WHERE e.partition_date NOT IN (SELECT UNNEST(?)) AND e.event_id IS NOT NULL"""
    days = list(days)
    places = [p for (p,) in con.execute(f"SELECT DISTINCT e.place {stored} AND e.place <> ''", [days]).fetchall()]
    hit = [p for p in places if reaches(p, place_chain(p), (), keys)]
    ids = {e for (e,) in con.execute(f"SELECT DISTINCT coalesce(a.event_id, e.event_id) {stored}", [days]).fetchall()}
    near = {e for (e,) in con.execute(
        f"""SELECT DISTINCT coalesce(a.event_id, e.event_id) {stored}
                AND (e.place IS NULL OR e.place = '' OR e.place IN (SELECT UNNEST(?)))
            UNION
            SELECT resolved FROM (SELECT coalesce(a.event_id, e.event_id) AS resolved, UNNEST(e.places) AS named
                                  {stored})
            WHERE named IN (SELECT UNNEST(?))""", [days, hit, days, sorted(keys.full)]).fetchall()}
    if keys.since is not None and near:
        # and in time (`claims.events.in_time`): an event whose dated reports all lie out of every batch report's
        # window (the archive's years against a day's weeks) is no candidate
        scopes.register(con, "reach_near", near)
        near = {e for (e,) in con.execute(
            f"""SELECT coalesce(a.event_id, e.event_id) AS resolved {stored}
                    AND coalesce(a.event_id, e.event_id) IN (SELECT id FROM reach_near)
                GROUP BY resolved
                HAVING max(e.incident_date) IS NULL OR (max(e.incident_date) >= ? AND min(e.incident_date) <= ?)""",
            [days, keys.since, keys.until]).fetchall()}
    return ids, near


def known_events(con, days: list[date], batch=None) -> Linker:
    """A linker that knows the events of the reports outside the run's days (their signatures as stored): of
    those the `batch` of signatures can reach (`claims.events.reaches`) when it is given, since reading every
    stored report's signature and figures grew with the lake (a new report into 100,000: most of its run)."""
    linker = Linker()
    events = None
    if batch is not None and (keys := reach(batch)) is not None:
        ids, near = reachable(con, days, keys)
        linker.reserve(ids)
        events = sorted(near)
    for event_id, sig in stored_signatures(con, days, events):
        linker.add_known(event_id, sig)
    # a lake written before report_events existed: its events as the claims give them
    for event_id, place, first in con.execute(
            """SELECT event_id, any_value(place), min(coalesce(as_of, published)) FROM claims
               WHERE partition_date NOT IN (SELECT UNNEST(?)) AND event_id IS NOT NULL
                 AND report_id NOT IN (SELECT report_id FROM report_events)
               GROUP BY event_id""", [days]).fetchall():
        chain = place_chain(place) if place else ()
        linker.add_known(event_id, Signature(place=place, chain=chain, levels=place_levels(chain), date=first))
    return linker


@dg.asset(
    deps=["reports"], group_name="normalize", kinds={"duckdb"}, pool="lake_writer",
    partitions_def=report_days, backfill_policy=one_run_per_backfill,
    code_version=extractor_code_version(),
    description="Every casualty claim read from the reports (shared/spec/claims.md), with event_id.",
    check_specs=[dg.AssetCheckSpec(
        "spans_point_into_reports", asset="claims",
        description="Each claim of the day's reports names a figure phrase: text[span] lies inside its "
                    "sentence, and the sentence is in the report's text.")],
)
def claims(context: dg.AssetExecutionContext, lake: LakeResource, corrections: CorrectionsResource):
    """Extract the claims of the run's days and link each report to an event, reading the reports in batches
    (a process pool reads a large batch) so that neither all texts nor all claims are held as Python objects.
    A day whose reports, corrections and extractor are those its claims were written from is not read again:
    its claims stay (a re-run of an unchanged archive reads nothing)."""
    days = tuple(date.fromisoformat(d) for d in sorted(context.partition_keys))
    version = extractor_code_version()
    store = lake.get()
    fixes = corrections.load()
    fixed_reports = {c.report_id for c in fixes}
    spill = tempfile.TemporaryDirectory(prefix="toll-claims-")
    stream = ClaimStream(version, fixed_reports, spill=Path(spill.name))
    n_workers, pool = workers(), None
    fixed, events = None, {}
    try:
        with store.connect() as con:
            read_version = store.current_version(con)
            plan = plan_days(con, days, version, fixes, every_day=full_run(context))
            todo = plan.todo
            if plan.unchanged:
                context.log.info(f"{len(plan.unchanged)} of {len(days)} days unchanged since their claims were "
                                 f"written (same reports, corrections and extractor version): their "
                                 f"{plan.reports_kept} reports are not read again")
            if todo:
                total, batches = date_ordered_reports(con, list(todo))
                # the pool's processes read the reports and make their rows and Parquet parts while this process
                # fetches the next batch; at most two batches are in flight (memory flat with the archive)
                inflight: deque[Future] = deque()
                for batch in batches:
                    if pool is None and n_workers > 1 and total >= POOL_MIN:
                        pool = report_pool(n_workers)
                    if pool is None:
                        stream.add(batch.to_dict("records"))
                        continue
                    inflight += stream.submit(batch.to_dict("records"), pool, 4 * n_workers)
                    while len(inflight) > 8 * n_workers:
                        stream.merge(inflight.popleft().result())
                while inflight:
                    stream.merge(inflight.popleft().result())
                # the events known from other days that these reports can reach (read after them: their places)
                linker = known_events(con, list(todo), stream.signatures.values())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    try:
        if todo:
            # the linker is sequential and sees every report of the run at once, in date order (as link_reports does)
            events = linker.link_batch(stream.signatures)
            # analysts' corrections (data/corrections/), keyed by span: they re-find their figures in this extraction
            fixed = apply_batch(fixes, *stream.held_rows(events), stream.held_texts())
            stream.add_frame(claim_frame(fixed.rows), stream.held_texts())
            rejected = pd.DataFrame(stream.rejected, columns=REJECT_COLUMNS)
            rejected["partition_date"] = pd.to_datetime(rejected["partition_date"]).dt.date
            for row in stream.rejected:
                context.log.warning(f"rejected {row['path']} (report {row['report_id']}): {row['reason']}; no "
                                    "claims read from it, the run goes on (a rejected_reports row of stage 'extract')")
            store.commit(
                [Write("claims", sql=stream.claims_sql(events), key="partition_date", keys=todo),
                 Write("report_events", pd.DataFrame(stream.linked(events), columns=REPORT_EVENT_COLUMNS),
                       key="partition_date", keys=todo),
                 Write("rejected_reports", rejected, where=OWN_REJECTS, params=(list(todo),)),
                 Write("claim_days", plan.rows(stream.stray_by_day(), stream.failed_by_day()), key="partition_date",
                       keys=todo)],
                message=f"normalize {days[0]}..{days[-1]}: {stream.n_rows} claims from {stream.n_reports} reports"
                        + (f" ({len(plan.unchanged)} unchanged days kept)" if plan.unchanged else ""),
                extra_info=run_tag(context),
            )
    finally:
        spill.cleanup()
    unmatched = [c.to_dict() for c in fixed.unmatched] if fixed is not None else []
    for c in unmatched:
        context.log.warning(f"correction {c['id']} ({c['kind']}, report {c['report_id']}) finds no figure "
                            f"{c.get('phrase')!r} at {c.get('span')}: not applied")
    with store.connect(read_only=True) as con:
        head = con.execute("SELECT * FROM claims WHERE partition_date IN (SELECT UNNEST(?)) "
                           "ORDER BY published NULLS LAST, claim_id LIMIT 10", [list(days)]).df()
        snapshot = store.current_version(con)
        rows = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    # nothing read: no commit, the version it stands on is the one it read
    written = store.last_commit.metadata("claims") if todo else {
        "snapshot_id": snapshot, "rows_added": 0, "rows_removed": 0, "dagster/row_count": rows}
    yield dg.MaterializeResult(metadata={
        **written, "read_version": read_version,
        "reports_read": stream.n_reports, "rows_written": stream.n_rows, "extractor_version": version,
        "days_read": len(todo), "days_unchanged": len(plan.unchanged), "reports_unchanged": plan.reports_kept,
        "unchanged": plan.reason(),
        "corrections_applied": len(fixed.matched) if fixed is not None else 0,
        "corrections_unmatched": dg.MetadataValue.json(unmatched),
        "workers": n_workers if pool is not None else 1, "extraction_failures": len(stream.rejected),
        "preview": preview(head[["claim_id", "outcome", "party", "role", "value_low", "value_high",
                                 "qualifier", "attributed_to", "as_of", "part_of"]]),
    })
    bad = stream.stray
    kept_bad = plan.stray_kept
    yield dg.AssetCheckResult(
        passed=not bad and not kept_bad, severity=dg.AssetCheckSeverity.ERROR,
        metadata={"rows_checked": stream.n_rows, "rows_failing": len(bad) + kept_bad,
                  "rows_failing_in_unchanged_days": kept_bad,  # found when those days were read, and kept
                  "sample": dg.MetadataValue.json(bad[:5])})


def full_run(context: dg.AssetExecutionContext) -> bool:
    """Read every day of the run, changed or not: TOLL_INCREMENTAL=0 or the run tag toll/full=true."""
    return (os.environ.get(INCREMENTAL_ENV, "1") in ("0", "false", "no")
            or context.run.tags.get("toll/full") == "true")


class DayPlan:
    """Which of a run's days must be read again: those whose inputs (`day_inputs`) or extractor version differ
    from what `claim_days` recorded when their claims were written, and those with a report the extractor failed
    on (the cause may have passed: memory, a fix outside claims/). The others keep their claims, events and
    rejected rows as they are: reading them again would give the same rows (a test holds it)."""

    def __init__(self, days: tuple[date, ...], version: str, inputs: dict[date, tuple[str, int]],
                 stored: dict[date, tuple[str, str, int, int]], every_day: bool = False):
        self.version, self.inputs = version, inputs
        same = {d for d in days if not every_day and d in stored and not stored[d][3]
                and stored[d][:2] == (inputs.get(d, ("", 0))[0], version)}
        self.todo = tuple(d for d in days if d not in same)
        self.unchanged = tuple(d for d in days if d in same)
        self.reports_kept = sum(inputs.get(d, ("", 0))[1] for d in self.unchanged)
        self.stray_kept = sum(stored[d][2] or 0 for d in self.unchanged)
        self.every_day = every_day

    def reason(self) -> str:
        if self.every_day:
            return f"none: every day read ({INCREMENTAL_ENV}=0 or run tag toll/full)"
        if not self.unchanged:
            return ("none: every day's reports, corrections or extractor version changed, or it was never read, "
                    "or the extractor failed on one of its reports")
        return (f"{len(self.unchanged)} days ({self.reports_kept} reports): the same reports, corrections and "
                f"extractor version as when their claims were written; their claims kept, not read again")

    def rows(self, stray: dict[date, int], failed: dict[date, int]) -> pd.DataFrame:
        """claim_days rows for the days read."""
        return pd.DataFrame([{"partition_date": d, "inputs": self.inputs.get(d, ("", 0))[0],
                              "extractor_version": self.version, "reports": self.inputs.get(d, ("", 0))[1],
                              "stray_spans": stray.get(d, 0), "failed": failed.get(d, 0)} for d in self.todo],
                            columns=["partition_date", "inputs", "extractor_version", "reports", "stray_spans",
                                     "failed"])


def day_inputs(con, days: tuple[date, ...], fixes: list) -> dict[date, tuple[str, int]]:
    """(hash, reports) of what each day's claims are read from: every column of its reports that normalize reads
    (report_id is the content hash, so the text is in it), and the corrections of those reports. A day with no
    reports left has none."""
    out = {d: (digest, n) for d, digest, n in con.execute(
        """SELECT partition_date,
                  md5(string_agg(CAST(row(report_id, published, url, outlet, language, source, path) AS VARCHAR),
                                 chr(10) ORDER BY report_id, path)),
                  count(*)
           FROM reports WHERE partition_date IN (SELECT UNNEST(?)) AND withdrawn_at IS NULL
           GROUP BY partition_date""", [list(days)]).fetchall()}
    if fixes:
        day_of = dict(con.execute(
            """SELECT report_id, partition_date FROM reports WHERE report_id IN (SELECT UNNEST(?))
                 AND partition_date IN (SELECT UNNEST(?)) AND withdrawn_at IS NULL""",
            [sorted({c.report_id for c in fixes}), list(days)]).fetchall())
        by_day: dict[date, list[str]] = {}
        for c in fixes:
            if c.report_id in day_of:
                by_day.setdefault(day_of[c.report_id], []).append(json.dumps(c.to_dict(), sort_keys=True, default=str))
        for d, fixes_of_day in by_day.items():
            digest, n = out[d]
            out[d] = (hashlib.md5("\n".join([digest, *sorted(fixes_of_day)]).encode()).hexdigest(), n)
    return out


def plan_days(con, days: tuple[date, ...], version: str, fixes: list, every_day: bool = False) -> DayPlan:
    stored = {d: (inputs, v, stray, failed) for d, inputs, v, stray, failed in con.execute(
        """SELECT partition_date, inputs, extractor_version, stray_spans, failed FROM claim_days
           WHERE partition_date IN (SELECT UNNEST(?))""", [list(days)]).fetchall()}
    return DayPlan(days, version, day_inputs(con, days, fixes), stored, every_day)


