"""The sensor that turns new report files into partition runs, and the daily schedule."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from base64 import b64decode, b64encode
from collections import defaultdict
from datetime import UTC, datetime

import dagster as dg

from .partitions import key_ranges, report_days, start_date
from .resources import SourcesResource
from .sources import scan, source_version

PER_DAY_ASSETS = ("reports", "rejected_reports", "report_warnings", "claims")
# A new file's day runs together with validation and the aggregates it changes: one run instead of a run
# plus an automation tick and a second run (measured: ~78 s from file drop to estimate, over the 60 s target).
DOWNSTREAM_ASSETS = ("quarantine", "flags", "disagreements", "events", "estimate_timeline", "event_estimates",
                     "source_timeline")
# How often the sensor looks for new files. A tick that finds nothing new lists the sources and stats each file (its
# content is hashed again only when its stat changed: sources.py), ~0.25 s of CPU for 10,000 files
# (bench/sensor_tick.py), 1.9 s for 95,000. Dagster's sensor daemon looks at its sensors every 5 s: an interval of 5
# s often just misses a look and ticks every 10 s, one under 5 s ticks at every look.
INTERVAL_ENV, INTERVAL_DEFAULT_S = "TOLL_SENSOR_INTERVAL_S", 3


def interval_s() -> int:
    return max(1, int(os.environ.get(INTERVAL_ENV) or INTERVAL_DEFAULT_S))


TICK_BUDGET_S = 35.0  # scanning time per tick, well inside Dagster's 60 s sensor limit
TICK_MAX_NEW = 5000  # new files per tick; the cursor carries the rest to the next tick


def load_cursor(cursor: str | None) -> dict:
    """{"seen": set of content hashes, "versions": {source: data version}}; compressed, it survives restarts."""
    if not cursor:
        return {"seen": set(), "versions": {}}
    state = json.loads(zlib.decompress(b64decode(cursor)))
    return {"seen": set(state["seen"]), "versions": state.get("versions", {})}


def dump_cursor(state: dict) -> str:
    raw = json.dumps({"seen": sorted(state["seen"]), "versions": state["versions"]}).encode()
    return b64encode(zlib.compress(raw, 6)).decode()


def source_key(name: str) -> dg.AssetKey:
    return dg.AssetKey(["sources", name])


def evaluate(sources: SourcesResource, cursor: str | None, now: datetime | None = None,
             budget_s: float = TICK_BUDGET_S, max_new: int = TICK_MAX_NEW, known_days: list[str] | None = None,
             log=None) -> dg.SensorResult:
    """One tick: find new files, add the days they fall on as partitions and request their run, observe the
    sources' versions. `known_days` (the partitions already there, in order) tells how many runs that takes;
    `log` gets one line saying so."""
    now = now or datetime.now(UTC)
    state = load_cursor(cursor)
    by_source: dict[str, list[str]] = {}
    found, finished = scan(sources.files(), state["seen"], now.date(), start_date(), budget_s=budget_s,
                           max_new=max_new, by_source=by_source)
    observations = []
    if finished:
        for src in sources.sources():
            version = source_version(by_source.get(src.name, []))
            if state["versions"].get(src.name) != version:
                state["versions"][src.name] = version
                observations.append(dg.AssetObservation(
                    asset_key=source_key(src.name), tags={"dagster/data_version": version},
                    metadata={"files": len(by_source.get(src.name, []))}))
    new_cursor = dump_cursor(state)
    if not found:
        return dg.SensorResult(skip_reason="no new or changed reports", cursor=new_cursor,
                               asset_events=observations)
    by_day: dict[str, list[str]] = defaultdict(list)
    for f in found:
        for day in f.days:
            by_day[day].append(f.digest)
    days = sorted(by_day)
    known = list(known_days or [])
    # New days join the partitions after the known ones, in date order: they form one range, so one run.
    add = [report_days.build_add_request(days)]
    runs = len(key_ranges(known + sorted(set(days) - set(known)), days))
    if log is not None:
        log(f"{len(found)} new or changed files on {len(days)} day{'s' * (len(days) != 1)}: "
            f"{runs} run{'s' * (runs != 1)} of those days")
    tags = {"toll/new_files": str(len(found))}
    if len(days) == 1:
        day = days[0]
        run_key = f"{day}:{hashlib.sha256(''.join(sorted(by_day[day])).encode()).hexdigest()[:16]}"
        requests = [dg.RunRequest(run_key=run_key, partition_key=day, tags=tags,
                                  asset_selection=[dg.AssetKey(k) for k in PER_DAY_ASSETS + DOWNSTREAM_ASSETS])]
    else:  # a new source brings reports across many days: one backfill of exactly those days, which Dagster
        # runs as one run per range of them in partition order (one run when they are all new days)
        # Dagster's only way for a sensor to start a backfill (RunRequest.for_asset_graph_subset) takes
        # this not-yet-public class; pinned dagster keeps the import stable.
        from dagster._core.definitions.assets.graph.asset_graph_subset import AssetGraphSubset

        subset = report_days.subset_with_partition_keys(days)
        graph_subset = AssetGraphSubset(
            partitions_subsets_by_asset_key={dg.AssetKey(k): subset for k in PER_DAY_ASSETS})
        requests = [dg.RunRequest.for_asset_graph_subset(graph_subset, tags=tags)]
    return dg.SensorResult(run_requests=requests, cursor=new_cursor, asset_events=observations,
                           dynamic_partitions_requests=add)


def build_sensor() -> dg.SensorDefinition:
    # An asset selection, not a job: only such a sensor may start a backfill (RunRequest with a subset).
    @dg.sensor(asset_selection=dg.AssetSelection.assets(*PER_DAY_ASSETS, *DOWNSTREAM_ASSETS), minimum_interval_seconds=interval_s(),
               default_status=dg.DefaultSensorStatus.RUNNING,
               description="Finds new or changed report files by content hash and runs the days they fall on; "
                           "reports across many days start one backfill.")
    def new_reports_sensor(context: dg.SensorEvaluationContext, sources: SourcesResource):
        from .writer_slot import free_dead_writers

        free_dead_writers(context.instance)  # a run that died holding the writer slot would stall the runs asked for
        known = context.instance.get_dynamic_partitions(report_days.name)
        cursor = context.cursor
        if cursor and not known:
            # An instance from before days were dynamic partitions: find every file again, so its day
            # becomes a partition (its runs write the same rows again).
            cursor = dump_cursor({**load_cursor(cursor), "seen": set()})
        return evaluate(sources, cursor, known_days=known, log=context.log.info)

    return new_reports_sensor


def build_schedule(job: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name="daily_refresh", job=job, cron_schedule="0 6 * * *", execution_timezone="UTC",
        default_status=dg.DefaultScheduleStatus.STOPPED,
        description="Polls the feeds and rebuilds the aggregates each morning. Shipped stopped.",
    )
