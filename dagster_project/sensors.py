"""Sensors and schedules: new report files launch a run; a daily schedule refreshes everything."""

from __future__ import annotations

import hashlib
import json

import dagster as dg

from .resources import SourcesResource, file_digest


def _seen(cursor: str | None) -> set[str]:
    return set(json.loads(cursor)) if cursor else set()


def new_report_digests(sources: SourcesResource, seen: set[str]) -> list[str]:
    """Content hashes of report files not seen before (a changed file has a new hash)."""
    return sorted({file_digest(p) for _src, p in sources.files()} - seen)


def build_sensor(job: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    @dg.sensor(job=job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING,
               description="Launches a ledger run when report files appear or change (by content hash).")
    def new_reports_sensor(context: dg.SensorEvaluationContext, sources: SourcesResource):
        seen = _seen(context.cursor)
        new = new_report_digests(sources, seen)
        if not new:
            return dg.SkipReason("no new or changed reports")
        run_key = hashlib.sha256("".join(new).encode()).hexdigest()[:16]
        context.update_cursor(json.dumps(sorted(seen | set(new))))
        return dg.RunRequest(run_key=run_key, tags={"toll/new_reports": str(len(new))})

    return new_reports_sensor


def build_schedule(job: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="daily_refresh", job=job, cron_schedule="0 6 * * *", execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.STOPPED,
        description="Re-reads every source and rebuilds the aggregates each morning. Shipped stopped.",
    )
