"""ingest: report files → `reports` (one row per report) and `rejected_reports` (with reason and raw bytes).

Partitioned by day: a run over some days re-reads the files whose reports fall on those days and replaces
those days' rows in one transaction. Files already known to fall on other days are skipped unread.
"""

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claims import documents
from claims import language as languages
from claims.documents import Rejected, read_documents
from claims.model import report_id_for
from dagster_project.feeds import poll
from dagster_project.lake import Write, repr_sql
from dagster_project.partitions import one_run_per_backfill, report_days, start_date
from dagster_project.resources import LakeResource, SourcesResource
from dagster_project.sources import (
    known_digest,
    load_sources,
    partition_day,
    read_source,
    refused_id,
    remember_digest,
)

from .common import preview, run_tag
from .rows import file_of, rejection_reason  # (there: the pool's processes import no Dagster)

# The reader's code is what ingest depends on: a change to it marks the reports stale.
READER_VERSION = hashlib.sha256(Path(documents.__file__).read_bytes()).hexdigest()[:12]

REPORT_COLUMNS = ["report_id", "source", "path", "title", "outlet", "url", "published", "published_from",
                  "partition_date", "text", "byte_size", "ingested_at", "language", "published_text", "withdrawn_at"]
WARNING_COLUMNS = ["report_id", "source", "path", "kind", "message", "partition_date", "warned_at"]
REJECT_COLUMNS = ["report_id", "source", "path", "reason", "raw", "byte_size", "partition_date", "rejected_at",
                  "stage"]
FEED_FAILED = "feed_failed"  # report_warnings kind of a feed that failed as a whole: written by feed_articles
# ingest owns the warnings of its days but those of feeds (feed_articles replaces them at each poll)
OWN_WARNINGS = f"partition_date = ANY(?) AND kind <> '{FEED_FAILED}'"
# ingest owns the rejected rows of its days but those normalize writes (stage 'extract': the extractor failed)
OWN_REJECTS = "partition_date = ANY(?) AND coalesce(stage, 'ingest') <> 'extract'"
@dataclass
class Read:
    """What reading the sources for some days gave: rows for the three tables, log lines, and per file read the
    ids its reports have now (to drop the rows of its earlier versions wherever they are)."""

    reports: pd.DataFrame  # every report row; with `parts`, the first rows only (the others are in the files)
    rejected: pd.DataFrame
    warnings: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    file_ids: dict[str, set[str]] = field(default_factory=dict)
    parts: list[Path] = field(default_factory=list)  # report rows written to Parquet, in order
    report_ids: set[str] = field(default_factory=set)
    n_reports: int = 0

    def add_part(self, frame: pd.DataFrame, folder: Path) -> None:
        """Write report rows (report_frame's) to one more Parquet file."""
        self.parts.append(folder / f"reports-{len(self.parts):06d}.parquet")
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), self.parts[-1])

    def reports_sql(self) -> str:
        """The report rows of `parts`, in the order they were read."""
        files = ", ".join(repr_sql(str(p)) for p in self.parts)
        return (f"SELECT * EXCLUDE (filename, file_row_number) FROM read_parquet([{files}], union_by_name = true, "
                "filename = true, file_row_number = true) ORDER BY filename, file_row_number")

    def __iter__(self):  # (reports, rejected, warnings, notes), as callers unpack it
        return iter((self.reports, self.rejected, self.warnings, self.notes))


# (content hash, file name) -> (report id, published) of each report and refused part of a file read in this
# process (what read_documents gives of those bytes under that name): a JSONL file whose reports are all of other
# days is told without parsing it again, as a file of one report is by its hash (every run of a day parsed every
# JSONL file of the archive: ~2 s of a new report into 100,000). Found by the hash sources.known_digest keeps.
_ITEMS: dict[tuple[str, str], tuple] = {}


SPILL_ROWS = 2000  # report rows (with their texts) held before they go to a Parquet file, when given a folder


def report_frame(rows: list[dict]) -> pd.DataFrame:
    """Report rows as the frame ingest writes (dates as dates, withdrawn_at a UTC timestamp)."""
    rep = pd.DataFrame(rows, columns=REPORT_COLUMNS)
    for col in ("published", "partition_date"):
        rep[col] = pd.to_datetime(rep[col]).dt.date
    rep["withdrawn_at"] = pd.to_datetime(rep["withdrawn_at"], utc=True)
    return rep


def read_sources(files, known: dict[str, date], days: set[str], now: datetime, spill: Path | None = None) -> Read:
    """Read the files whose reports fall on `days` into report rows, rejected rows and warning rows.

    `known` maps the ids already in the ledger to their partition day, so a report keeps its day (an
    undated report stays on the day it was first ingested) and files of other days are not parsed.
    Every failure on one file or report is caught there: it becomes a rejected row naming the file and the
    cause, and the rest go on. With `spill`, the report rows go to Parquet files in that folder SPILL_ROWS at a
    time (`Read.parts`), so that memory does not grow with the archive (100,000 reports' rows and texts held at
    once were ~0.5 GB); without, they are kept as one frame.
    """
    today, start = now.date(), start_date()
    reports, rejected, warnings, notes, taken = [], [], [], [], {}
    file_ids: dict[str, set[str]] = {}
    out = Read(pd.DataFrame(), pd.DataFrame(), pd.DataFrame())

    def day_of(rid: str, published: str | None) -> str:
        return known[rid].isoformat() if rid in known else partition_day(published, today, start)

    def reject(src, where: str, rid: str, reason: str, raw: bytes):
        day = day_of(rid, None)
        if day not in days or rid in taken:
            return
        taken[rid] = where
        reason = rejection_reason(where, reason)
        notes.append(f"rejected {where}: {reason}")
        rejected.append(dict(report_id=rid, source=src.name, path=where, reason=reason, raw=raw,
                             byte_size=len(raw), partition_date=day, rejected_at=now, stage="ingest"))

    def warn(src, where: str, rid: str, day: str, kind: str, message: str):
        notes.append(f"warning {where}: {message}")
        warnings.append(dict(report_id=rid, source=src.name, path=where, kind=kind, message=message,
                             partition_date=day, warned_at=now))

    for src, path in files:
        fid, sig = known_digest(path)  # read earlier in this process and unchanged since: its id without a read
        if fid is not None and fid in known and known[fid].isoformat() not in days:
            file_ids[str(path)] = None
            continue
        items = _ITEMS.get((fid, path.name)) if fid is not None else None
        if items is not None and not any(day_of(rid, published) in days for rid, published in items):
            # a file of several reports (JSONL) read earlier in this process, none of them on the run's days:
            # what reading it again would give (its ids, no row), without parsing it
            file_ids[str(path)] = {rid for rid, _ in items}
            continue
        try:
            data = read_source(src, path)
        except Rejected as exc:
            if path.exists() or path.is_symlink():  # else it vanished since the listing: nothing to record
                file_ids[str(path)] = {refused_id(path)}
                reject(src, str(path), refused_id(path), str(exc), b"")
            continue
        fid = report_id_for(data)
        remember_digest(path, fid, sig)
        if fid in known and known[fid].isoformat() not in days:
            file_ids[str(path)] = None  # unchanged and of another day: not read, its rows stay
            continue
        try:
            docs, bad_parts = read_documents(data, path.name)
        except Rejected as exc:
            docs, bad_parts = [], [("", str(exc), data)]
        file_ids[str(path)] = {report_id_for(raw) for _, _, raw in bad_parts} | {d.report_id for d in docs}
        if bad_parts or len(docs) != 1 or docs[0].report_id != fid:  # (one report of its own bytes: told above)
            _ITEMS[(fid, path.name)] = (*((report_id_for(raw), None) for _, _, raw in bad_parts),
                                        *((d.report_id, d.published) for d in docs))
        for locator, reason, raw in bad_parts:
            reject(src, f"{path}{locator}", report_id_for(raw), reason, raw)
        for doc in docs:
            where = f"{path}{doc.locator}"
            day = day_of(doc.report_id, doc.published)
            if day not in days:
                continue
            if doc.report_id in taken:
                if taken[doc.report_id] != where:
                    warn(src, where, doc.report_id, day, "duplicate",
                         f"the same bytes as {taken[doc.report_id]}: not ingested a second time")
                continue
            try:
                row = _report_row(src, where, doc, day, now)
            except Exception as exc:  # noqa: BLE001 - one report's failure is that report's, not the run's
                reject(src, where, doc.report_id, f"could not be processed: {type(exc).__name__}: {exc}",
                       data if not doc.locator else doc.text.encode("utf-8", "replace"))
                continue
            taken[doc.report_id] = where
            reports.append(row)
            out.report_ids.add(doc.report_id)
            if spill is not None and len(reports) >= SPILL_ROWS:
                frame = report_frame(reports)
                out.reports = frame.head(20) if not out.parts else out.reports
                out.add_part(frame, spill)
                out.n_reports += len(reports)
                reports = []
            for w in doc.warnings:
                warn(src, where, doc.report_id, day, getattr(w, "kind", "other"), str(w))
            if not languages.readable(row["language"]):
                warn(src, where, doc.report_id, day, "unsupported_language",
                     f"the report is in '{row['language']}', which the extractor does not read "
                     f"({', '.join(sorted(languages.READ))}): only its English passages, if any, give claims")
    rep = report_frame(reports)
    out.n_reports += len(reports)
    if out.parts:
        if reports:
            out.add_part(rep, spill)
    else:
        out.reports = rep
    rej = pd.DataFrame(rejected, columns=REJECT_COLUMNS)
    warn_frame = pd.DataFrame(warnings, columns=WARNING_COLUMNS)
    for frame in (rej, warn_frame):
        frame["partition_date"] = pd.to_datetime(frame["partition_date"]).dt.date
    out.rejected, out.warnings, out.notes = rej, warn_frame, notes
    out.file_ids = {f: ids for f, ids in file_ids.items() if ids is not None}
    return out


def _report_row(src, where: str, doc, day: str, now: datetime) -> dict:
    lang = languages.detect(doc.text)
    return dict(
        report_id=doc.report_id, source=src.name, path=where, title=doc.title,
        outlet=doc.outlet or src.name, url=doc.url, published=doc.published,
        published_from=doc.published_from, partition_date=day, text=doc.text, byte_size=doc.byte_size,
        ingested_at=now, language=lang, published_text=doc.published_text, withdrawn_at=None,
    )


def replaced_and_withdrawn(con, read: Read, days: set[str], now: datetime,
                           listed: set[str] | None = None) -> tuple[pd.DataFrame, list]:
    """What else the ingest of `days` changes, wherever it lives.

    - A file read now replaces its earlier versions: rows of the same file whose id it no longer holds are
      deleted from every partition (a changed published date moves a report to another day: the old row must
      not stay in the old day, or its toll counts twice).
    - A report whose file is gone is withdrawn: kept with `withdrawn_at` set (in the run's days its row is carried
      into the new rows, elsewhere it is updated in place), out of the estimates; back if the file comes back.
    Returns the withdrawn rows of the run's days (to add to the new rows) and the statements for the rest.
    `listed`: the files the sources' listing found just now (they are there: not looked up again one by one).
    """
    statements = []
    day_keys = sorted(date.fromisoformat(d) for d in days)
    # the rows of the files read now, found in SQL first (their path, or the path up to its last '#': a superset of
    # those whose file_of is one of them), then told exactly: not every stored row's path in Python
    files = sorted(read.file_ids)
    rows = con.execute(
        """SELECT report_id, path FROM (SELECT report_id, path FROM reports UNION ALL
                                        SELECT report_id, path FROM rejected_reports)
           WHERE path IN (SELECT UNNEST(?)) OR regexp_replace(path, '#[^#]*$', '') IN (SELECT UNNEST(?))""",
        [files, files]).fetchall() if files else []
    stale = [(rid, path) for rid, path in rows
             if read.file_ids.get(file_of(path)) is not None and rid not in read.file_ids[file_of(path)]]
    if stale:
        ids = sorted({rid for rid, _ in stale})
        for table in ("reports", "rejected_reports", "report_warnings"):
            statements.append((f"DELETE FROM {table} WHERE report_id IN (SELECT UNNEST(?)) "
                               "AND partition_date NOT IN (SELECT UNNEST(?))", [ids, day_keys]))
    rows = con.execute("SELECT report_id, path, partition_date, withdrawn_at FROM reports").fetchall()
    listed = listed or set()
    gone = {path for _, path, _, _ in rows if (f := file_of(path)) not in listed and not os.path.lexists(f)}
    here_ids = read.report_ids
    carry = [rid for rid, path, day, _ in rows
             if path in gone and day.isoformat() in days and rid not in here_ids]
    # (none carried, as in most runs: no read of the reports' texts, ~1 s at 100,000 reports for no row)
    kept = con.execute(f"SELECT {', '.join(REPORT_COLUMNS)} FROM reports WHERE report_id IN (SELECT UNNEST(?)) "
                       "AND partition_date IN (SELECT UNNEST(?))", [carry, day_keys]).df() if carry \
        else pd.DataFrame(columns=REPORT_COLUMNS)
    if not kept.empty:
        kept["withdrawn_at"] = kept["withdrawn_at"].where(kept["withdrawn_at"].notna(), pd.Timestamp(now))
    withdraw = sorted({rid for rid, path, day, at in rows if path in gone and at is None
                       and day.isoformat() not in days})
    back = sorted({rid for rid, path, day, at in rows if path not in gone and at is not None
                   and day.isoformat() not in days})
    if withdraw:
        statements.append(("UPDATE reports SET withdrawn_at = ? WHERE report_id IN (SELECT UNNEST(?)) "
                           "AND withdrawn_at IS NULL", [now, withdraw]))
    if back:
        statements.append(("UPDATE reports SET withdrawn_at = NULL WHERE report_id IN (SELECT UNNEST(?))", [back]))
    return kept, statements


def source_keys() -> list[dg.AssetKey]:
    return [dg.AssetKey(["sources", s.name]) for s in load_sources()]


def source_specs() -> list[dg.AssetSpec]:
    """Each configured source as an external asset; the sensor records its data version (hash of its files)."""
    return [dg.AssetSpec(dg.AssetKey(["sources", s.name]), group_name="sources",
                         description=f"{s.kind} source {s.name}: {s.url or s.path}") for s in load_sources()]


@dg.asset(group_name="ingest", pool="lake_writer",
          description="New articles of the feed sources, saved as files in their folders; a feed that fails as a "
                      "whole is a report_warnings row of kind feed_failed.")
def feed_articles(context: dg.AssetExecutionContext, sources: SourcesResource,
                  lake: LakeResource) -> dg.MaterializeResult:
    """Poll every feed; the sensor then finds the saved articles like any new report file. A feed that fails as a
    whole (unreachable, over its size or time limit, redirected to another host, not a feed) replaces the feed
    failures of the previous poll in report_warnings (kind feed_failed, path its URL), so the table and `toll run`'s
    summary say which feeds fail now, not only this asset's log."""
    feeds = [s for s in sources.sources() if s.kind == "feed"]
    polled = [poll(s) for s in feeds]
    now = datetime.now(UTC)
    failed = []
    for src, p in zip(feeds, polled, strict=True):
        for err in p.errors:
            context.log.warning(f"feed {p.source}: {err}")
        if p.failed:
            failed.append(dict(report_id=None, source=src.name, path=src.url, kind=FEED_FAILED,
                               message=f"{p.failed} (the feed failed as a whole: nothing new read from it)",
                               partition_date=now.date(), warned_at=now))
    frame = pd.DataFrame(failed, columns=WARNING_COLUMNS)
    frame["partition_date"] = pd.to_datetime(frame["partition_date"]).dt.date
    store = lake.get()
    store.commit([Write("report_warnings", frame, where=f"kind = '{FEED_FAILED}'")],
                 message=f"feed_articles: {len(failed)} of {len(feeds)} feeds failed", extra_info=run_tag(context))
    return dg.MaterializeResult(metadata={
        "feeds": len(polled), "entries": sum(p.entries for p in polled),
        "new_articles": sum(len(p.new_files) for p in polled), "errors": sum(len(p.errors) for p in polled),
        "feeds_failed": dg.MetadataValue.json([f["message"] for f in failed]),
        **store.last_commit.metadata("report_warnings"),
    })


@dg.multi_asset(
    specs=[
        dg.AssetSpec("reports", description="One row per report: text, outlet, published date, content hash.",
                     group_name="ingest", kinds={"duckdb"}, deps=[*source_keys(), "feed_articles"]),
        dg.AssetSpec("rejected_reports", description="Reports that could not be read, with the reason and "
                     "their raw bytes.", group_name="ingest", kinds={"duckdb"}),
        dg.AssetSpec("report_warnings", description="One row per warning about a report that was read (kind, "
                     "message): a language the extractor does not read...", group_name="ingest", kinds={"duckdb"}),
    ],
    partitions_def=report_days,
    backfill_policy=one_run_per_backfill,
    pool="lake_writer",
    code_version=READER_VERSION,
)
def ingest(context: dg.AssetExecutionContext, lake: LakeResource, sources: SourcesResource):
    """Read the reports of the run's days from the configured sources; the same bytes enter once."""
    days = set(context.partition_keys)
    store = lake.get()
    with store.connect() as con:
        read_version = store.current_version(con)
        known = dict(con.execute(
            "SELECT report_id, partition_date FROM reports UNION ALL "
            "SELECT report_id, partition_date FROM rejected_reports").fetchall())
    files = sources.files()
    now = datetime.now(UTC)
    spill = tempfile.TemporaryDirectory(prefix="toll-ingest-")
    try:
        read = read_sources(files, known, days, now, spill=Path(spill.name))
        rep, rej, warn, notes = read
        for note in notes:
            (context.log.warning if note.startswith(("rejected", "warning")) else context.log.info)(note)
        with store.connect() as con:
            carried, statements = replaced_and_withdrawn(con, read, days, now, {str(path) for _, path in files})
        n_reports = read.n_reports + len(carried)
        if not carried.empty:
            context.log.info(f"{len(carried)} reports withdrawn (their files are gone): kept, out of the estimates")
            for col in ("published", "partition_date"):
                carried[col] = pd.to_datetime(carried[col]).dt.date
            if read.parts:
                read.add_part(carried, Path(spill.name))
            else:
                rep = pd.concat([rep, carried], ignore_index=True) if len(rep) else carried
        keys = tuple(date.fromisoformat(d) for d in sorted(days))
        reports = Write("reports", sql=read.reports_sql(), key="partition_date", keys=keys) if read.parts \
            else Write("reports", rep, key="partition_date", keys=keys)
        _commit(context, store, reports, rej, warn, keys, statements, n_reports)
    finally:
        spill.cleanup()
    commit = store.last_commit
    yield dg.MaterializeResult(asset_key="reports", metadata={
        **commit.metadata("reports"), "read_version": read_version, "files_seen": len(files),
        "rows_written": n_reports,
        "preview": preview(rep[["report_id", "path", "title", "outlet", "published", "language", "byte_size"]]),
    })
    yield dg.MaterializeResult(asset_key="rejected_reports", metadata={
        **commit.metadata("rejected_reports"), "read_version": read_version, "rows_written": len(rej),
        "preview": preview(rej[["report_id", "path", "reason", "byte_size"]]),
    })
    yield dg.MaterializeResult(asset_key="report_warnings", metadata={
        **commit.metadata("report_warnings"), "read_version": read_version, "rows_written": len(warn),
        "preview": preview(warn[["report_id", "path", "kind", "message"]]),
    })


def _commit(context, store, reports: Write, rej: pd.DataFrame, warn: pd.DataFrame, keys: tuple,
            statements: list, n_reports: int) -> None:
    days = [d.isoformat() for d in keys]
    store.commit(
        [reports,
         Write("rejected_reports", rej, where=OWN_REJECTS, params=(list(keys),)),
         Write("report_warnings", warn, where=OWN_WARNINGS, params=(list(keys),))],
        message=f"ingest {min(days)}..{max(days)}: {n_reports} reports, {len(rej)} rejected, {len(warn)} warnings",
        extra_info=run_tag(context), statements=statements,
    )
