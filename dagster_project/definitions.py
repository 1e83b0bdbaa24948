"""The code location: every asset, check, resource, sensor and schedule of toll-ledger."""

import dagster as dg

from assets import aggregate, ingest, normalize, validate

from .resources import resources
from .sensors import build_schedule, build_sensor

all_assets = dg.load_assets_from_modules([ingest, normalize, validate, aggregate])
ledger_job = dg.define_asset_job("ledger", selection=dg.AssetSelection.all(),
                                 description="Ingest, normalize, validate and aggregate every report.")

defs = dg.Definitions(
    assets=all_assets,
    jobs=[ledger_job],
    sensors=[build_sensor(ledger_job)],
    schedules=[build_schedule(ledger_job)],
    resources=resources(),
)
