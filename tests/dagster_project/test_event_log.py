"""The batched SQLite event log (dagster_project/event_log.py) stores what Dagster's own SQLite storage stores.

A real ranged run of a partitioned asset (with a check) over many dynamic partitions, once with Dagster's SQLite
storage as it ships and once batched, compared through the instance's own API.
"""

import os
from pathlib import Path

import dagster as dg
from dagster._core.storage.event_log.base import EventLogStorage
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

from dagster_project import event_log

DAYS = [f"2020-01-{d:02d}" for d in range(1, 29)] + [f"2020-02-{d:02d}" for d in range(1, 29)]
parts = dg.DynamicPartitionsDefinition(name="days")


@dg.asset(partitions_def=parts, backfill_policy=dg.BackfillPolicy.single_run(),
          check_specs=[dg.AssetCheckSpec("counted", asset="tally")])
def tally(context: dg.AssetExecutionContext):
    yield dg.MaterializeResult(metadata={"days": len(context.partition_keys)})
    yield dg.AssetCheckResult(passed=True)


def ranged_run(home: Path) -> dict:
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        instance.add_dynamic_partitions("days", DAYS)
        result = dg.materialize([tally], instance=instance, tags={
            "dagster/asset_partition_range_start": DAYS[0], "dagster/asset_partition_range_end": DAYS[-1]})
        assert result.success
        key = dg.AssetKey("tally")
        records = instance.fetch_materializations(key, limit=1000).records
        planned = instance.get_event_records(dg.EventRecordsFilter(
            dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED, asset_key=key), limit=1000)
        latest = instance.get_latest_materialization_event(key)
        record = instance.get_asset_records([key])[0].asset_entry
        check = instance.event_log_storage.get_latest_asset_check_execution_by_key(
            [dg.AssetCheckKey(key, "counted")])[dg.AssetCheckKey(key, "counted")]
        return {"materialized": instance.get_materialized_partitions(key),
                "records": sorted((r.partition_key, r.asset_materialization.metadata["days"].value) for r in records),
                "planned": sorted(r.partition_key for r in planned),
                "run_events": len(instance.all_logs(result.run_id)),
                "latest": latest.asset_materialization.partition,
                "record": (record.last_run_id == result.run_id,
                           record.last_materialization_record.event_log_entry.asset_materialization.partition),
                "check": (check.run_id == result.run_id, check.status.value)}


def test_batched_storage_stores_what_the_default_does(tmp_path, monkeypatch):
    # Dagster as it ships: no batching, one event at a time
    monkeypatch.delenv(event_log.BATCH_ENV, raising=False)
    monkeypatch.setattr(SqliteEventLogStorage, "store_event_batch", EventLogStorage.store_event_batch)
    default = ranged_run(tmp_path / "default")

    event_log.install()
    assert os.environ.get(event_log.BATCH_ENV), "install turns Dagster's event batching on"
    batches = []
    store = SqliteEventLogStorage.store_event_batch
    assert store is event_log.store_event_batch
    monkeypatch.setattr(SqliteEventLogStorage, "store_event_batch",
                        lambda self, events: (batches.append(len(events)), store(self, events))[1])
    batched = ranged_run(tmp_path / "batched")

    # the planned events (materializations, one per day, and the check's) and the materializations
    assert sorted(batches) == [len(DAYS), len(DAYS) + 1]
    assert batched["materialized"] == default["materialized"] == set(DAYS)
    assert batched["records"] == default["records"] == [(d, len(DAYS)) for d in DAYS]
    assert batched["planned"] == default["planned"] == DAYS
    assert batched["run_events"] == default["run_events"]
    # the asset's latest record is the last event stored (Dagster emits a range's partitions in its own order)
    assert batched["latest"] == default["latest"]
    assert batched["record"] == default["record"] == (True, default["latest"])
    assert batched["check"] == default["check"] == (True, "SUCCEEDED")


def test_a_batch_of_other_events_is_stored_one_by_one(tmp_path):
    """Only asset events take the batched path; anything else is stored as store_event stores it."""
    storage = SqliteEventLogStorage(str(tmp_path))
    log = dg.EventLogEntry(error_info=None, level="INFO", user_message="hello", run_id="r1", timestamp=1.0,
                           step_key=None, job_name="j", dagster_event=None)
    event_log.store_event_batch(storage, [log, log])
    assert len(storage.get_logs_for_run("r1")) == 2
