"""The code location: every asset, check, resource, sensor and schedule of toll-ledger."""

import os

import dagster as dg

from assets import aggregate, ingest, normalize, validate

from .event_log import install as batch_event_log
from .partitions import report_days
from .resources import resources
from .sensors import PER_DAY_ASSETS, build_schedule, build_sensor
from .writer_slot import patch_dagster_wait

patch_dagster_wait()  # runs launched by the daemon wait for the writer slot without spinning, and can be stopped
batch_event_log()  # a ranged run's per-day events stored a batch at a time (dagster_project/event_log.py)

all_assets = dg.load_assets_from_modules([ingest, normalize, validate, aggregate])

per_day_job = dg.define_asset_job(
    "ingest_reports", selection=dg.AssetSelection.assets(*PER_DAY_ASSETS), partitions_def=report_days,
    description="Read and extract the reports of some days (what the sensor and backfills run).")
refresh_job = dg.define_asset_job(
    "refresh", selection=dg.AssetSelection.assets("feed_articles")
    | dg.AssetSelection.assets(*PER_DAY_ASSETS).downstream(include_self=False),
    description="Poll the feeds and rebuild the validation results and aggregates from all claims.")

# Runs validate and the aggregates when new days of claims land; on from the start, nothing to click.
refresh_sensor = dg.AutomationConditionSensorDefinition(
    "refresh_after_new_claims", target=dg.AssetSelection.all(), default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=15,
    description="Rebuilds validation results and aggregates after new claims land (declarative automation).")



def executor() -> dg.ExecutorDefinition:
    """One process per run (the steps share imports: GX alone takes ~6 s), or, with TOLL_CELERY_BROKER set, each
    step on a celery worker fed by that broker (dagster_project/scale-out.yaml)."""
    broker = os.environ.get("TOLL_CELERY_BROKER")
    if not broker:
        return dg.in_process_executor
    from dagster_celery import celery_executor

    return celery_executor.configured(
        {"broker": broker, "backend": os.environ.get("TOLL_CELERY_BACKEND") or broker}, name="celery")


defs = dg.Definitions(
    assets=[*ingest.source_specs(), *all_assets],
    jobs=[per_day_job, refresh_job],
    sensors=[build_sensor(), refresh_sensor],
    schedules=[build_schedule(refresh_job)],
    resources=resources(),
    executor=executor(),
)
