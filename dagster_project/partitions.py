"""Per-report assets are partitioned by the report's publication day (else its ingestion day).

Days, not reports or events: those grow without bound and Dagster slows past ~100k partitions.
"""

import os
import warnings
from datetime import date

import dagster as dg

PARTITION_START = os.environ.get("TOLL_PARTITION_START", "2010-01-01")

report_days = dg.DailyPartitionsDefinition(start_date=PARTITION_START, end_offset=1)

# A backfill of 1,000 days is one run, not 1,000: each run reads its whole range in one pass.
# (Dagster marks backfill_policy on @asset as beta; it is what the single-run backfill needs.)
warnings.filterwarnings("ignore", message="Parameter `backfill_policy`")
one_run_per_backfill = dg.BackfillPolicy.single_run()


def start_date() -> date:
    return date.fromisoformat(PARTITION_START)


# Aggregates are unpartitioned and rebuild from all claims whenever a day's partition lands. `eager()`
# waits for every upstream partition to exist, which for daily partitions since 2010 is never, so that
# part is dropped.
refresh_when_partitions_land = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())
