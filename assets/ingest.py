"""ingest: report files → `reports` (one row per report) and `rejected_reports` (with reason and raw bytes)."""

from datetime import UTC, datetime

import dagster as dg
import pandas as pd

from claims.documents import Rejected, read_documents
from claims.model import report_id_for
from dagster_project.lake import Write
from dagster_project.resources import LakeResource, SourcesResource

from .common import preview, run_tag

REPORT_COLUMNS = ["report_id", "source", "path", "title", "outlet", "url", "published", "published_from",
                  "partition_date", "text", "byte_size", "ingested_at"]
REJECT_COLUMNS = ["report_id", "source", "path", "reason", "raw", "byte_size", "rejected_at"]


def read_sources(files, known: set[str], now: datetime) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Read every file not seen before (by content hash) into report rows and rejected rows."""
    reports, rejected, notes = [], [], []
    for src, path in files:
        data = path.read_bytes()
        if report_id_for(data) in known:
            continue
        try:
            docs, bad_parts = read_documents(data, path.name)
        except Rejected as exc:
            docs, bad_parts = [], [("", str(exc), data)]
        for locator, reason, raw in bad_parts:
            rid = report_id_for(raw)
            if rid in known:
                continue
            known.add(rid)
            notes.append(f"rejected {path}{locator}: {reason}")
            rejected.append(dict(report_id=rid, source=src.name, path=f"{path}{locator}", reason=reason,
                                 raw=raw, byte_size=len(raw), rejected_at=now))
        for doc in docs:
            if doc.report_id in known:
                continue
            known.add(doc.report_id)
            notes.extend(f"warning {path}{doc.locator}: {w}" for w in doc.warnings)
            published = doc.published
            reports.append(dict(
                report_id=doc.report_id, source=src.name, path=f"{path}{doc.locator}", title=doc.title,
                outlet=doc.outlet or src.name, url=doc.url, published=published,
                published_from=doc.published_from, partition_date=published or now.date().isoformat(),
                text=doc.text, byte_size=doc.byte_size, ingested_at=now,
            ))
    rep = pd.DataFrame(reports, columns=REPORT_COLUMNS)
    for col in ("published", "partition_date"):
        rep[col] = pd.to_datetime(rep[col]).dt.date
    return rep, pd.DataFrame(rejected, columns=REJECT_COLUMNS), notes


@dg.multi_asset(
    specs=[
        dg.AssetSpec("reports", description="One row per report: text, outlet, published date, content hash.",
                     group_name="ingest", kinds={"duckdb"}),
        dg.AssetSpec("rejected_reports", description="Reports that could not be read, with the reason and "
                     "their raw bytes.", group_name="ingest", kinds={"duckdb"}),
    ],
    pool="lake_writer",
)
def ingest(context: dg.AssetExecutionContext, lake: LakeResource, sources: SourcesResource):
    """Read new report files from the configured sources; the same bytes are never ingested twice."""
    store = lake.get()
    with store.connect() as con:
        known = {r[0] for r in con.execute(
            "SELECT report_id FROM reports UNION SELECT report_id FROM rejected_reports").fetchall()}
    files = sources.files()
    now = datetime.now(UTC)
    rep, rej, notes = read_sources(files, known, now)
    for note in notes:
        (context.log.warning if note.startswith("rejected") else context.log.info)(note)
    snapshot = store.commit(
        [Write("reports", rep, key="report_id", keys=tuple(rep.report_id)),
         Write("rejected_reports", rej, key="report_id", keys=tuple(rej.report_id))],
        message=f"ingest: {len(rep)} reports, {len(rej)} rejected", extra_info=run_tag(context),
    )
    yield dg.MaterializeResult(asset_key="reports", metadata={
        "files_seen": len(files), "rows_written": len(rep), "snapshot_id": snapshot,
        "preview": preview(rep[["report_id", "path", "title", "outlet", "published", "byte_size"]]),
    })
    yield dg.MaterializeResult(asset_key="rejected_reports", metadata={
        "rows_written": len(rej), "snapshot_id": snapshot,
        "preview": preview(rej[["report_id", "path", "reason", "byte_size"]]),
    })
