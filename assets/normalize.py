"""normalize: `reports` → `claims`: every casualty claim of every report, linked to its event.

Partitioned like `reports`: a run re-reads the reports of its days and replaces those days' claims.
"""

import hashlib
import json
import multiprocessing
import os
import tempfile
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import claims as extractor
from claims.attribution import canonical_party, canonical_source, enemy_figure
from claims.corrections import apply_batch
from claims.events import (
    LINK_WINDOW,
    Linker,
    Signature,
    family_of,
    place_chain,
    place_levels,
    recalls_other,
    unlinked_reason,
)
from dagster_project.lake import Write, repr_sql
from dagster_project.partitions import one_run_per_backfill, report_days
from dagster_project.resources import CorrectionsResource, LakeResource

from .common import preview, run_tag
from .ingest import REJECT_COLUMNS, file_of
from .reading import _day, _read_chunk, _warm_up, failure, read_report  # noqa: F401 (read_report: part of the API)
from .scope import INCREMENTAL_ENV

CLAIM_COLUMNS = ["claim_id", "report_id", "claim_index", "event_id", "place", "sentence", "span", "span_start",
                 "span_end", "outcome", "party", "party_text", "role", "value_low", "value_high", "qualifier",
                 "attributed_to", "as_of", "part_of", "background", "published", "partition_date",
                 "source_hash", "extractor_version", "source", "enemy_figure", "earlier",
                 "corrected", "machine", "rejected", "corrections", "value_text", "still_held",
                 "revised_down"]
INT64_MAX = 2**63 - 1
REPORT_EVENT_COLUMNS = ["report_id", "event_id", "kind", "place", "facility", "town", "region", "country",
                        "incident_date", "dated_from", "actors", "places", "unlinked", "partition_date"]


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
    for path in (Path(__file__), Path(__file__).with_name("reading.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{extractor.EXTRACTOR_VERSION}+src.{digest.hexdigest()[:12]}"


def claim_rows(report: dict, found: list, event_id: str | None, sig: Signature, version: str) -> list[dict]:
    """The claims of one report as table rows: the contract's fields plus ids, event, source and version. Background
    figures (about another or a wider incident) are linked to no event."""
    return next(claim_row_slices(report, found, event_id, sig, version))


def claim_row_slices(report: dict, found: list, event_id: str | None, sig: Signature, version: str,
                     size: int | None = None) -> Iterator[list[dict]]:
    """claim_rows, `size` rows at a time (all at once when None): a very large report's rows are never all
    Python dicts at once."""
    outlet = canonical_source(report.get("outlet"))
    recap_after = sig.date + LINK_WINDOW if sig.lookback and sig.date else None
    # a figure the report states in its own voice (a headline) that a named source gives in the same report is
    # that source's figure, relayed
    named = {(c.outcome, c.party, c.value_low, c.value_high): c.attributed_to for c in found if c.attributed_to}
    rows = []
    for c in found:
        d = c.to_dict()
        background = bool(c.extra.get("background", False)) or recalls_other(c.sentence)
        said_by = c.attributed_to or named.get((c.outcome, c.party, c.value_low, c.value_high))
        source = canonical_party(canonical_source(said_by)) or outlet
        d["party"] = canonical_party(c.party)
        if recap_after and c.as_of and c.as_of > recap_after.isoformat():
            d["as_of"] = None  # a look-back's recap of the toll: the incident's figure, not of the day it is told
        d.update(
            claim_id=f"{c.report_id}:{c.claim_index}", event_id=None if background else event_id, place=sig.place,
            span_start=c.span[0], span_end=c.span[1], background=background,
            published=report["published"], partition_date=report["partition_date"],
            source_hash=report["report_id"], extractor_version=version, source=source,
            enemy_figure=enemy_figure(source, d["party"]), earlier=bool(c.extra.get("earlier", False)),
            still_held=bool(c.extra.get("state", False)) and c.outcome in ("abducted", "escaped", "wounded"),  # at large, in hospital
            revised_down=bool(c.extra.get("revised_down", False)),
        )
        rows.append(d)
        if size and len(rows) >= size:
            yield rows
            rows = []
    if rows or not size:
        yield rows


def event_row(report: dict, event_id: str | None, sig: Signature) -> dict:
    facility, town, region, country = sig.levels
    return {"report_id": report["report_id"], "event_id": event_id, "kind": sig.kind, "place": sig.place,
            "facility": facility, "town": town, "region": region, "country": country,
            "incident_date": sig.date, "dated_from": sig.dated_from, "actors": list(sig.actors),
            "places": list(sig.places), "unlinked": unlinked_reason(sig) if event_id in (None, PENDING) else None,
            "partition_date": report["partition_date"]}


# normalize owns the rejected rows of its days that say the extractor failed (ingest owns the others)
OWN_REJECTS = "partition_date IN (SELECT UNNEST(?)) AND stage = 'extract'"


def rejected_row(report: dict, why: str, now: datetime) -> dict:
    """The rejected_reports row of a report that was read but could not be extracted or turned into rows: the
    reason names its file (and line) and the cause; its bytes are the text the extractor read, as UTF-8."""
    where = report.get("path") or report["report_id"]
    raw = report["text"].encode("utf-8", "surrogatepass")
    return dict(report_id=report["report_id"], source=report.get("source"), path=where,
                reason=" ".join(f"{os.path.basename(file_of(where))}{where[len(file_of(where)):]}: {why}".split()),
                raw=raw, byte_size=len(raw), partition_date=report["partition_date"], rejected_at=now,
                stage="extract")


SLICE_ROWS = 10_000  # claim rows made into one frame and one Parquet part (a report with more: in slices)
BATCH_VECTORS = 1  # reports are read 2,048 (one DuckDB vector) at a time: memory stays flat with the archive
# reports: a smaller batch is read in this process. A worker starts in ~1.5 s of CPU (Python, claims, the
# gazetteer) and a report takes ~12 ms, so two workers pay for themselves from a few hundred reports on
POOL_MIN = 500
WORKERS_ENV = "TOLL_WORKERS"


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


def stored_signatures(con, days: list[date] = ()) -> list[tuple[str, Signature]]:
    """(event id, signature) of every report linked outside `days`, as report_events stores them, its event id
    resolved through event_aliases (merged events)."""
    rows = con.execute(
        """SELECT e.report_id, coalesce(a.event_id, e.event_id), e.kind, e.place, e.incident_date, e.dated_from, e.actors,
                  e.places,
                  list(DISTINCT [c.outcome, CAST(c.value_low AS VARCHAR)]) FILTER (
                      WHERE c.value_low >= 3 AND c.qualifier <> 'vague' AND NOT coalesce(c.background, false)
                        AND c.rejected IS NULL)
           FROM report_events e LEFT JOIN claims c USING (report_id)
           LEFT JOIN event_aliases a ON a.alias = e.event_id
           WHERE e.partition_date NOT IN (SELECT UNNEST(?)) AND e.event_id IS NOT NULL
           GROUP BY ALL ORDER BY e.incident_date NULLS LAST, e.report_id""", [list(days)]).fetchall()
    out = []
    for _report_id, event_id, kind, place, day, dated_from, actors, places, figures in rows:
        chain = place_chain(place) if place else ()
        out.append((event_id, Signature(
            kind=kind, family=family_of(kind), place=place, chain=chain, levels=place_levels(chain), date=day,
            dated_from=dated_from, lookback=dated_from == "lookback", actors=tuple(actors or ()),
            figures=frozenset((o, int(v)) for o, v in (figures or [])), places=tuple(places or ()))))
    return out


def known_events(con, days: list[date]) -> Linker:
    """A linker that knows the events of the reports outside the run's days (their signatures as stored)."""
    linker = Linker()
    for event_id, sig in stored_signatures(con, days):
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
                linker = known_events(con, list(todo))
                con.execute(
                    """SELECT report_id, text, published, partition_date, url, outlet, language, source, path
                       FROM reports
                       WHERE partition_date IN (SELECT UNNEST(?)) AND withdrawn_at IS NULL
                       ORDER BY published NULLS LAST, report_id""",
                    [list(todo)])
                while len(batch := con.fetch_df_chunk(BATCH_VECTORS)):
                    if pool is None and n_workers > 1 and len(batch) >= POOL_MIN:
                        pool = report_pool(n_workers)
                    stream.add(batch.to_dict("records"), pool)
    finally:
        if pool is not None:
            pool.shutdown()
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


PENDING = "(pending link)"  # event_id of a claim row until the run's reports are linked (no event id has spaces)


def claim_frame(rows: list[dict]) -> pd.DataFrame:
    frame = fit_bigint(pd.DataFrame(rows, columns=CLAIM_COLUMNS))
    frame["as_of"] = pd.to_datetime(frame["as_of"]).dt.date
    return frame


def fit_bigint(frame: pd.DataFrame) -> pd.DataFrame:
    """A figure past the BIGINT range cannot be stored (casting it would fail the whole day's write): its bounds
    are stored NULL and the stated figure kept as text in `value_text`; validate quarantines the claim."""
    frame["value_text"] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    too_big = [any(isinstance(v, int) and abs(v) > INT64_MAX for v in (lo, hi))
               for lo, hi in zip(frame["value_low"], frame["value_high"], strict=True)]
    if any(too_big):
        mask = pd.Series(too_big, index=frame.index)
        frame.loc[mask, "value_text"] = [f"{lo}..{hi}" if hi is not None and hi != lo else str(lo)
                                         for lo, hi in zip(frame.loc[mask, "value_low"], frame.loc[mask, "value_high"],
                                                           strict=True)]
        for col in ("value_low", "value_high"):
            frame[col] = frame[col].astype(object)
            frame.loc[mask, col] = None
    return frame


class ClaimStream:
    """The claims of a run, gathered batch by batch, their event ids filled in once every report is linked.
    With `spill`, each batch is written to a Parquet file in that folder and dropped, so memory does not grow with
    the run (the write reads the files back, in DuckDB); without, batches are kept as Arrow tables. Reports with
    corrections are held whole (text and claims) until linked: a correction may move a report to another event,
    so it applies after linking, as before."""

    def __init__(self, version: str, fixed_reports: set[str], spill: Path | None = None):
        self.version, self.fixed_reports, self.spill = version, fixed_reports, spill
        self.signatures: dict[str, Signature] = {}
        self.tables: list[pa.Table] = []
        self.parts: list[Path] = []
        self.n_rows = 0
        self.events: list[dict] = []
        self.held: list[tuple[dict, list, Signature]] = []
        self.stray: list[str] = []
        self.rejected: list[dict] = []  # rejected_reports rows: reports the extractor failed on
        self.n_reports = 0
        self.day_of: dict[str, date] = {}  # report id -> partition day (the check's failures per day)
        self.now = datetime.now(UTC)

    def reject(self, report: dict, why: str) -> None:
        """Drop a report that failed after it was read: no claims, no link, a rejected row naming the cause."""
        self.signatures.pop(report["report_id"], None)
        self.rejected.append(rejected_row(report, why, self.now))

    def add(self, reports: list[dict], pool: Executor | None = None) -> None:
        """Read a batch of reports into claim rows, made into frames (and Parquet parts) of about SLICE_ROWS rows,
        in the reports' order. A failure on one report (extracting it, making its rows or its frame) rejects that
        report and the batch goes on."""
        pending: list[tuple[dict, list[dict], dict]] = []  # (report, its rows, its report_events row)
        n_pending = 0
        for report, (found, sig) in zip(reports, read_reports(reports, pool), strict=True):
            self.n_reports += 1
            rid = report["report_id"]
            self.day_of[rid] = _day(report["partition_date"])
            if getattr(sig, "error", ""):
                self.reject(report, sig.error)
                continue
            if rid in self.fixed_reports:
                self.signatures[rid] = sig
                self.held.append((report, found, sig))
                continue
            if len(found) > SLICE_ROWS:  # a very large report: alone, a slice of its rows at a time
                self.flush(pending)
                pending, n_pending = [], 0
                self.add_large(report, found, sig)
                continue
            try:
                rows = claim_rows(report, found, PENDING, sig, self.version)
                event = event_row(report, PENDING, sig)
            except Exception as exc:  # noqa: BLE001 - a bug one report's claims trigger is that report's
                self.reject(report, failure("making its claim rows failed", exc))
                continue
            self.signatures[rid] = sig
            pending.append((report, rows, event))
            n_pending += len(rows)
            if n_pending >= SLICE_ROWS:
                self.flush(pending)
                pending, n_pending = [], 0
        self.flush(pending)

    def flush(self, pending: list[tuple[dict, list[dict], dict]]) -> None:
        """Make the rows of some reports one frame; when that fails, find the report(s) at fault: each alone,
        the others go on."""
        texts = {report["report_id"]: report["text"] for report, _, _ in pending}
        try:
            self.add_frame(self.frame([r for _, rows, _ in pending for r in rows], texts), texts)
        except Exception:  # noqa: BLE001
            kept = []
            for report, rows, event in pending:
                rid = report["report_id"]
                try:
                    self.add_frame(self.frame(rows, {rid: texts[rid]}), {rid: texts[rid]})
                    kept.append((report, rows, event))
                except Exception as exc:  # noqa: BLE001
                    self.reject(report, failure("writing its claims failed", exc))
            pending = kept
        self.events += [event for _, _, event in pending]

    def add_large(self, report: dict, found: list, sig: Signature) -> None:
        """The rows of one report with many claims, SLICE_ROWS at a time, each slice a frame (and a Parquet part)
        dropped once kept; a failure on any slice takes back the report's earlier slices and rejects it."""
        rid, texts = report["report_id"], {report["report_id"]: report["text"]}
        marks = len(self.parts), len(self.tables), self.n_rows, len(self.stray)
        what = "making its claim rows failed"
        try:
            event = event_row(report, PENDING, sig)
            for rows in claim_row_slices(report, found, PENDING, sig, self.version, SLICE_ROWS):
                what = "writing its claims failed"
                self.add_frame(self.frame(rows, texts), texts)
                what = "making its claim rows failed"
        except Exception as exc:  # noqa: BLE001 - a bug one report's claims trigger is that report's
            for part in self.parts[marks[0]:]:
                part.unlink(missing_ok=True)
            del self.parts[marks[0]:], self.tables[marks[1]:], self.stray[marks[3]:]
            self.n_rows = marks[2]
            self.reject(report, failure(what, exc))
            return
        self.signatures[rid] = sig
        self.events.append(event)

    @staticmethod
    def frame(rows: list[dict], texts: dict[str, str]) -> pd.DataFrame:
        # with no corrections, apply_batch only adds the correction columns' defaults
        return claim_frame(apply_batch([], rows, [], texts).rows)

    def add_frame(self, frame: pd.DataFrame, texts: dict[str, str]) -> None:
        """Check a frame's spans and keep it (spilled to Parquet, or in memory); nothing is kept if this fails."""
        if frame.empty:
            return
        reports = pd.DataFrame({"report_id": list(texts), "text": list(texts.values())})
        stray = stray_spans(reports, frame)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        self.stray += stray
        self.n_rows += table.num_rows
        if self.spill is None:
            self.tables.append(table)
            return
        self.parts.append(self.spill / f"claims-{len(self.parts):06d}.parquet")
        pq.write_table(table, self.parts[-1])

    def failed_by_day(self) -> dict[date, int]:
        """Reports the extractor failed on, per partition day."""
        out: dict[date, int] = {}
        for row in self.rejected:
            day = _day(row["partition_date"])
            out[day] = out.get(day, 0) + 1
        return out

    def stray_by_day(self) -> dict[date, int]:
        """Claims failing the span check, per partition day."""
        out: dict[date, int] = {}
        for claim_id in self.stray:
            day = self.day_of.get(claim_id.rsplit(":", 1)[0])
            out[day] = out.get(day, 0) + 1
        return out

    def held_rows(self, events: dict[str, str | None]) -> tuple[list[dict], list[dict]]:
        rows, linked = [], []
        for report, found, sig in self.held:
            rows += claim_rows(report, found, events[report["report_id"]], sig, self.version)
            linked.append(event_row(report, events[report["report_id"]], sig))
        self.events += linked  # apply_batch moves these rows' event ids in place ("event" corrections)
        return rows, linked

    def held_texts(self) -> dict[str, str]:
        return {report["report_id"]: report["text"] for report, _, _ in self.held}

    def claims(self, events: dict[str, str | None]) -> pa.Table:
        """Every claim row, its pending event id replaced by its report's event."""
        if not self.tables:
            return pa.Table.from_pandas(claim_frame([]), preserve_index=False)
        out = []
        for t in self.tables:
            ids = t.column("event_id").to_pylist()
            rids = t.column("report_id").to_pylist()
            filled = pa.array([events[r] if e == PENDING else e for r, e in zip(rids, ids, strict=True)],
                              pa.string())
            out.append(t.set_column(t.schema.get_field_index("event_id"), "event_id", filled))
        return pa.concat_tables(out, promote_options="permissive")

    def claims_sql(self, events: dict[str, str | None]) -> str:
        """A SELECT of every claim row (spilled batches), its pending event id replaced by its report's event,
        in the order the rows were made."""
        if self.spill is None:
            raise ValueError("claims_sql needs a spill folder")
        if not self.parts:
            return f"SELECT * FROM (SELECT {', '.join(f'NULL AS {c}' for c in CLAIM_COLUMNS)}) WHERE false"
        links = self.spill / "links.parquet"
        pq.write_table(pa.table({"report_id": pa.array(list(events), pa.string()),
                                 "linked_event": pa.array(list(events.values()), pa.string())}), links)
        files = ", ".join(repr_sql(str(p)) for p in self.parts)
        return f"""SELECT c.* EXCLUDE (filename, file_row_number, linked_event)
                       REPLACE (CASE WHEN c.event_id = '{PENDING}' THEN c.linked_event ELSE c.event_id END AS event_id)
                   FROM (SELECT * FROM read_parquet([{files}], union_by_name = true, filename = true,
                                                    file_row_number = true) AS b
                         LEFT JOIN read_parquet({repr_sql(str(links))}) AS l USING (report_id)) AS c
                   ORDER BY c.filename, c.file_row_number"""

    def linked(self, events: dict[str, str | None]) -> list[dict]:
        return [{**e, "event_id": (ev := events[e["report_id"]]), "unlinked": e["unlinked"] if ev is None else None}
                if e["event_id"] == PENDING else e for e in self.events]


def stray_spans(reports: pd.DataFrame, frame: pd.DataFrame) -> list[str]:
    """Claim ids whose span does not slice their report's text to a phrase inside their sentence.

    Linear in the text: the sentence is looked for only where it can hold the span (a window of twice its
    length around it), not in the whole text per claim (quadratic: 14 minutes for a 20 MB report); the whole
    text is searched only for a claim that fails the window (the sentence may be stored normalized)."""
    texts = dict(zip(reports.report_id, reports.text, strict=True))

    def ok(c) -> bool:
        text = texts.get(c.report_id)
        if text is None or not (0 <= c.span_start < c.span_end <= len(text)):
            return False
        if text[c.span_start:c.span_end] not in c.sentence:
            return False
        n = len(c.sentence)
        return text.find(c.sentence, max(0, c.span_end - n), c.span_start + n) >= 0 or c.sentence in text

    return [c.claim_id for c in frame.itertuples() if not ok(c)]
