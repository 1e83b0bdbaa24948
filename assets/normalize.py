"""normalize: `reports` → `claims`: every casualty claim of every report, linked to its event."""

import dagster as dg
import pandas as pd

import claims as extractor
from claims.events import EventLinker
from dagster_project.lake import Write
from dagster_project.resources import LakeResource

from .common import preview, run_tag

CLAIM_COLUMNS = ["claim_id", "report_id", "claim_index", "event_id", "place", "sentence", "span", "span_start",
                 "span_end", "outcome", "party", "party_text", "role", "value_low", "value_high", "qualifier",
                 "attributed_to", "as_of", "part_of", "background", "published", "partition_date",
                 "extractor_version"]


def claim_rows(report: dict, linker: EventLinker) -> list[dict]:
    """The claims of one report as table rows (the contract's fields plus ids, event and version)."""
    published = pd.Timestamp(report["published"]).date().isoformat() if pd.notna(report["published"]) else None
    found = extractor.extract(report["text"], published=published, report_id=report["report_id"])
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
            extractor_version=extractor.EXTRACTOR_VERSION,
        )
        rows.append(d)
    return rows


@dg.asset(
    deps=["reports"], group_name="normalize", kinds={"duckdb"}, pool="lake_writer",
    code_version=extractor.EXTRACTOR_VERSION,
    description="Every casualty claim read from the reports (shared/spec/claims.md), with event_id.",
)
def claims(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    """Extract reports that have no claims from the current extractor version yet."""
    store = lake.get()
    with store.connect() as con:
        todo = con.execute(
            """SELECT report_id, text, published, partition_date FROM reports
               WHERE report_id NOT IN (SELECT report_id FROM claims WHERE extractor_version = ?)
               ORDER BY published NULLS LAST, report_id""",
            [extractor.EXTRACTOR_VERSION],
        ).df()
        known = con.execute(
            """SELECT event_id, any_value(place), min(coalesce(as_of, published)), max(coalesce(as_of, published))
               FROM claims WHERE report_id NOT IN (SELECT UNNEST(?)) AND coalesce(as_of, published) IS NOT NULL
               GROUP BY event_id""", [list(todo.report_id)]).fetchall()
    linker = EventLinker()
    for event_id, place, first, last in known:
        linker.add_known(event_id, place, first, last)
    rows = [row for report in todo.to_dict("records") for row in claim_rows(report, linker)]
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    for col in ("as_of",):
        frame[col] = pd.to_datetime(frame[col]).dt.date
    snapshot = store.commit(
        [Write("claims", frame, key="report_id", keys=tuple(todo.report_id))],
        message=f"normalize: {len(frame)} claims from {len(todo)} reports", extra_info=run_tag(context),
    )
    return dg.MaterializeResult(metadata={
        "reports_read": len(todo), "rows_written": len(frame), "snapshot_id": snapshot,
        "extractor_version": extractor.EXTRACTOR_VERSION,
        "preview": preview(frame[["claim_id", "outcome", "party", "role", "value_low", "value_high",
                                  "qualifier", "attributed_to", "as_of", "part_of"]]),
    })
