"""normalize: `reports` → `claims`: every casualty claim of every report, linked to its event.

Partitioned like `reports`: a run re-reads the reports of its days and replaces those days' claims.
"""

import hashlib
from datetime import date
from pathlib import Path

import dagster as dg
import pandas as pd

import claims as extractor
from claims.events import EventLinker
from dagster_project.lake import Write
from dagster_project.partitions import one_run_per_backfill, report_days
from dagster_project.resources import LakeResource

from .common import preview, run_tag

CLAIM_COLUMNS = ["claim_id", "report_id", "claim_index", "event_id", "place", "sentence", "span", "span_start",
                 "span_end", "outcome", "party", "party_text", "role", "value_low", "value_high", "qualifier",
                 "attributed_to", "as_of", "part_of", "background", "published", "partition_date",
                 "source_hash", "extractor_version"]


def extractor_code_version() -> str:
    """The extractor's version plus a hash of its gazetteer: a changed alias list re-reads the reports."""
    gazetteer = Path(extractor.__file__).with_name("gazetteer.yaml")
    digest = hashlib.sha256(gazetteer.read_bytes()).hexdigest()[:8] if gazetteer.exists() else "none"
    return f"{extractor.EXTRACTOR_VERSION}+gaz.{digest}"


def claim_rows(report: dict, linker: EventLinker, version: str) -> list[dict]:
    """The claims of one report as table rows (the contract's fields plus ids, event and version)."""
    published = pd.Timestamp(report["published"]).date().isoformat() if pd.notna(report["published"]) else None
    language = report.get("language")
    found = extractor.extract(report["text"], published=published, report_id=report["report_id"],
                              language=language if isinstance(language, str) else None)
    # The report's day: the earliest day its own claims refer to, else its publication date.
    days = sorted(c.as_of for c in found if c.as_of and not c.extra.get("background"))
    event = linker.link(report["text"], days[0] if days else published)
    rows = []
    for c in found:
        d = c.to_dict()
        d.update(
            claim_id=f"{c.report_id}:{c.claim_index}", event_id=event.event_id, place=event.place,
            span_start=c.span[0], span_end=c.span[1], background=bool(c.extra.get("background", False)),
            published=report["published"], partition_date=report["partition_date"],
            source_hash=report["report_id"], extractor_version=version,
        )
        rows.append(d)
    return rows


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
def claims(context: dg.AssetExecutionContext, lake: LakeResource):
    """Extract the claims of the run's days and link each report to an event."""
    days = tuple(date.fromisoformat(d) for d in sorted(context.partition_keys))
    version = extractor_code_version()
    store = lake.get()
    with store.connect() as con:
        read_version = store.current_version(con)
        todo = con.execute(
            """SELECT report_id, text, published, partition_date, language FROM reports
               WHERE partition_date IN (SELECT UNNEST(?)) ORDER BY published NULLS LAST, report_id""",
            [list(days)],
        ).df()
        known = con.execute(
            """SELECT event_id, any_value(place), min(coalesce(as_of, published)), max(coalesce(as_of, published))
               FROM claims WHERE partition_date NOT IN (SELECT UNNEST(?))
                 AND coalesce(as_of, published) IS NOT NULL
               GROUP BY event_id""", [list(days)]).fetchall()
    linker = EventLinker()
    for event_id, place, first, last in known:
        linker.add_known(event_id, place, first, last)
    rows = [row for report in todo.to_dict("records") for row in claim_rows(report, linker, version)]
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    frame["as_of"] = pd.to_datetime(frame["as_of"]).dt.date
    store.commit(
        [Write("claims", frame, key="partition_date", keys=days)],
        message=f"normalize {days[0]}..{days[-1]}: {len(frame)} claims from {len(todo)} reports",
        extra_info=run_tag(context),
    )
    yield dg.MaterializeResult(metadata={
        **store.last_commit.metadata("claims"), "read_version": read_version,
        "reports_read": len(todo), "rows_written": len(frame), "extractor_version": version,
        "preview": preview(frame[["claim_id", "outcome", "party", "role", "value_low", "value_high",
                                  "qualifier", "attributed_to", "as_of", "part_of"]]),
    })
    bad = stray_spans(todo, frame)
    yield dg.AssetCheckResult(
        passed=not bad, severity=dg.AssetCheckSeverity.ERROR,
        metadata={"rows_checked": len(frame), "rows_failing": len(bad), "sample": dg.MetadataValue.json(bad[:5])})


def stray_spans(reports: pd.DataFrame, frame: pd.DataFrame) -> list[str]:
    """Claim ids whose span does not slice their report's text to a phrase inside their sentence."""
    texts = dict(zip(reports.report_id, reports.text, strict=True))
    return [c.claim_id for c in frame.itertuples()
            if not (0 <= c.span_start < c.span_end <= len(texts[c.report_id])
                    and texts[c.report_id][c.span_start:c.span_end] in c.sentence
                    and c.sentence in texts[c.report_id])]
