"""Per-report assets are partitioned by the report's publication day (else its ingestion day).

Days, not reports or events: those grow without bound and Dagster slows past ~100k partitions.
Only the days that have reports are partitions (dynamic partitions, added as reports are found), because a
Dagster run covers one contiguous range of partition keys and cannot skip keys inside it (a non-contiguous
single run is an open request: dagster-io/dagster#32335). With every key a day that has reports, the range from
the first day found to the last is exactly those days, whatever the gaps: one run, no empty day materialized.
"""

import os
import warnings
from datetime import date

import dagster as dg

PARTITION_START = os.environ.get("TOLL_PARTITION_START", "2010-01-01")

report_days = dg.DynamicPartitionsDefinition(name="report_days")

# A backfill of 1,000 days is one run, not 1,000: each run reads its whole range in one pass.
# (Dagster marks backfill_policy on @asset as beta; it is what the single-run backfill needs.)
warnings.filterwarnings("ignore", message="Parameter `backfill_policy`")
one_run_per_backfill = dg.BackfillPolicy.single_run()


def start_date() -> date:
    """The earliest day a report can fall on; an older report falls on it."""
    return date.fromisoformat(PARTITION_START)


def add_days(instance, days) -> list[str]:
    """Make the days partitions, in date order after the existing ones; return every partition key in order."""
    known = instance.get_dynamic_partitions(report_days.name)
    new = sorted(set(days) - set(known))
    if new:
        instance.add_dynamic_partitions(report_days.name, new)
    return [*known, *new]


def key_ranges(keys: list[str], days) -> list[tuple[str, str]]:
    """The runs that cover exactly `days`: each maximal stretch of `days` that is contiguous in the partition
    order `keys`, as (first, last). One stretch when the days are all the keys, or the days just added."""
    wanted, ranges = set(days), []
    prev_in = False
    for k in keys:
        if k in wanted:
            if prev_in:
                ranges[-1][1] = k
            else:
                ranges.append([k, k])
        prev_in = k in wanted
    return [(a, b) for a, b in ranges]


# Aggregates are unpartitioned and rebuild from all claims whenever a day's partition lands. `eager()`
# waits for every upstream partition to exist, which for daily partitions since 2010 is never, so that
# part is dropped.
refresh_when_partitions_land = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())
