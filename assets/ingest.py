"""ingest: report files → `reports` (one row per report) and `rejected_reports` (with reason and raw bytes).

Partitioned by day: a run over some days re-reads the files whose reports fall on those days and replaces
those days' rows in one transaction. Files already known to fall on other days are skipped unread.
"""

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import dagster as dg
import pandas as pd

from claims import documents
from claims import language as languages
from claims.documents import Rejected, read_documents
from claims.model import report_id_for
from dagster_project.feeds import poll
from dagster_project.lake import Write
from dagster_project.partitions import one_run_per_backfill, report_days, start_date
from dagster_project.resources import LakeResource, SourcesResource
from dagster_project.sources import load_sources, partition_day

from .common import preview, run_tag

# The reader's code is what ingest depends on: a change to it marks the reports stale.
READER_VERSION = hashlib.sha256(Path(documents.__file__).read_bytes()).hexdigest()[:12]

REPORT_COLUMNS = ["report_id", "source", "path", "title", "outlet", "url", "published", "published_from",
                  "partition_date", "text", "byte_size", "ingested_at", "language"]
WARNING_COLUMNS = ["report_id", "source", "path", "kind", "message", "partition_date", "warned_at"]
REJECT_COLUMNS = ["report_id", "source", "path", "reason", "raw", "byte_size", "partition_date", "rejected_at"]


def read_sources(files, known: dict[str, date], days: set[str], now: datetime):
    """Read the files whose reports fall on `days` into report rows and rejected rows.

    `known` maps the ids already in the ledger to their partition day, so a report keeps its day (an
    undated report stays on the day it was first ingested) and files of other days are not parsed.
    """
    today, start = now.date(), start_date()
    reports, rejected, warnings, notes, taken = [], [], [], [], set()

    def day_of(rid: str, published: str | None) -> str:
        return known[rid].isoformat() if rid in known else partition_day(published, today, start)

    for src, path in files:
        data = path.read_bytes()
        fid = report_id_for(data)
        if fid in known and known[fid].isoformat() not in days:
            continue
        try:
            docs, bad_parts = read_documents(data, path.name)
        except Rejected as exc:
            docs, bad_parts = [], [("", str(exc), data)]
        for locator, reason, raw in bad_parts:
            rid = report_id_for(raw)
            day = day_of(rid, None)
            if day not in days or rid in taken:
                continue
            taken.add(rid)
            notes.append(f"rejected {path}{locator}: {reason}")
            rejected.append(dict(report_id=rid, source=src.name, path=f"{path}{locator}", reason=reason,
                                 raw=raw, byte_size=len(raw), partition_date=day, rejected_at=now))
        for doc in docs:
            day = day_of(doc.report_id, doc.published)
            if day not in days or doc.report_id in taken:
                continue
            taken.add(doc.report_id)
            notes.extend(f"warning {path}{doc.locator}: {w}" for w in doc.warnings)
            lang = languages.detect(doc.text)
            if not languages.readable(lang):
                msg = (f"the report is in '{lang}', which the extractor does not read "
                       f"({', '.join(sorted(languages.READ))}): only its English passages, if any, give claims")
                notes.append(f"warning {path}{doc.locator}: {msg}")
                warnings.append(dict(report_id=doc.report_id, source=src.name, path=f"{path}{doc.locator}",
                                     kind="unsupported_language", message=msg, partition_date=day, warned_at=now))
            reports.append(dict(
                report_id=doc.report_id, source=src.name, path=f"{path}{doc.locator}", title=doc.title,
                outlet=doc.outlet or src.name, url=doc.url, published=doc.published,
                published_from=doc.published_from, partition_date=day, text=doc.text, byte_size=doc.byte_size,
                ingested_at=now, language=lang,
            ))
    rep = pd.DataFrame(reports, columns=REPORT_COLUMNS)
    rej = pd.DataFrame(rejected, columns=REJECT_COLUMNS)
    warn = pd.DataFrame(warnings, columns=WARNING_COLUMNS)
    for frame, cols in ((rep, ("published", "partition_date")), (rej, ("partition_date",)), (warn, ("partition_date",))):
        for col in cols:
            frame[col] = pd.to_datetime(frame[col]).dt.date
    return rep, rej, warn, notes


def source_keys() -> list[dg.AssetKey]:
    return [dg.AssetKey(["sources", s.name]) for s in load_sources()]


def source_specs() -> list[dg.AssetSpec]:
    """Each configured source as an external asset; the sensor records its data version (hash of its files)."""
    return [dg.AssetSpec(dg.AssetKey(["sources", s.name]), group_name="sources",
                         description=f"{s.kind} source {s.name}: {s.url or s.path}") for s in load_sources()]


@dg.asset(group_name="ingest", description="New articles of the feed sources, saved as files in their folders.")
def feed_articles(context: dg.AssetExecutionContext, sources: SourcesResource) -> dg.MaterializeResult:
    """Poll every feed; the sensor then finds the saved articles like any new report file."""
    polled = [poll(s) for s in sources.sources() if s.kind == "feed"]
    for p in polled:
        for err in p.errors:
            context.log.warning(f"feed {p.source}: {err}")
    return dg.MaterializeResult(metadata={
        "feeds": len(polled), "entries": sum(p.entries for p in polled),
        "new_articles": sum(len(p.new_files) for p in polled), "errors": sum(len(p.errors) for p in polled),
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
    rep, rej, warn, notes = read_sources(files, known, days, now)
    for note in notes:
        (context.log.warning if note.startswith("rejected") else context.log.info)(note)
    keys = tuple(date.fromisoformat(d) for d in sorted(days))
    store.commit(
        [Write("reports", rep, key="partition_date", keys=keys),
         Write("rejected_reports", rej, key="partition_date", keys=keys),
         Write("report_warnings", warn, key="partition_date", keys=keys)],
        message=f"ingest {min(days)}..{max(days)}: {len(rep)} reports, {len(rej)} rejected, {len(warn)} warnings",
        extra_info=run_tag(context),
    )
    commit = store.last_commit
    yield dg.MaterializeResult(asset_key="reports", metadata={
        **commit.metadata("reports"), "read_version": read_version, "files_seen": len(files),
        "rows_written": len(rep),
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
