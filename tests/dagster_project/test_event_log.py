"""The batched SQLite event log (dagster_project/event_log.py) stores what Dagster's own SQLite storage stores.

A real ranged run of a partitioned asset over many dynamic partitions, once on an instance with Dagster's
default storage and once with dagster_project/dagster.yaml's, compared through the instance's own API.
"""

import os
import shutil
from pathlib import Path

import dagster as dg
import pytest

from dagster_project.event_log import BATCH_ENV, BatchedSqliteEventLogStorage

ROOT = Path(__file__).resolve().parents[2]
DAYS = [f"2020-01-{d:02d}" for d in range(1, 29)] + [f"2020-02-{d:02d}" for d in range(1, 29)]
parts = dg.DynamicPartitionsDefinition(name="days")


@dg.asset(partitions_def=parts, backfill_policy=dg.BackfillPolicy.single_run(),
          check_specs=[dg.AssetCheckSpec("counted", asset="tally")])
def tally(context: dg.AssetExecutionContext):
    yield dg.MaterializeResult(metadata={"days": len(context.partition_keys)})
    yield dg.AssetCheckResult(passed=True)


def ranged_run(home: Path) -> dict:
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
        return {"storage": type(instance.event_log_storage),
                "materialized": instance.get_materialized_partitions(key),
                "records": sorted((r.partition_key, r.asset_materialization.metadata["days"].value) for r in records),
                "planned": sorted(r.partition_key for r in planned),
                "run_events": len(instance.all_logs(result.run_id)),
                "latest": (latest.run_id, latest.asset_materialization.partition),
                "record": (record.last_run_id == result.run_id,
                           record.last_materialization_record.event_log_entry.asset_materialization.partition),
                "check": (check.run_id == result.run_id, check.status.value)}


def test_batched_storage_stores_what_the_default_does(tmp_path, monkeypatch):
    monkeypatch.delenv(BATCH_ENV, raising=False)
    default_home, batched_home = tmp_path / "default", tmp_path / "batched"
    default_home.mkdir()
    batched_home.mkdir()
    (default_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    shutil.copy(ROOT / "dagster_project" / "dagster.yaml", batched_home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(default_home))
    default = ranged_run(default_home)
    monkeypatch.setenv("DAGSTER_HOME", str(batched_home))
    batches = []
    store = BatchedSqliteEventLogStorage.store_event_batch
    monkeypatch.setattr(BatchedSqliteEventLogStorage, "store_event_batch",
                        lambda self, events: (batches.append(len(events)), store(self, events))[1])
    batched = ranged_run(batched_home)  # the storage turns batching on in this process (monkeypatch undoes it)
    assert os.environ.get(BATCH_ENV), "loading the batched storage turns Dagster's event batching on"
    # the planned events (materializations, one per day, and the check's) and the materializations
    assert sorted(batches) == [len(DAYS), len(DAYS) + 1]
    assert default["storage"] is not BatchedSqliteEventLogStorage
    assert batched["storage"] is BatchedSqliteEventLogStorage
    assert batched["materialized"] == default["materialized"] == set(DAYS)
    assert batched["records"] == default["records"] == [(d, len(DAYS)) for d in DAYS]
    assert batched["planned"] == default["planned"] == DAYS
    assert batched["run_events"] == default["run_events"]
    # the asset's latest record is the last event stored (Dagster emits a range's partitions in its own order)
    assert batched["latest"][1] == default["latest"][1]
    assert batched["record"] == default["record"] == (True, default["latest"][1])
    assert batched["check"] == default["check"] == (True, "SUCCEEDED")


def test_a_batch_of_other_events_is_stored_one_by_one(tmp_path, monkeypatch):
    """Only asset events of one run take the batched path; anything else is what the base class does."""
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    storage = BatchedSqliteEventLogStorage()
    assert Path(storage._base_dir) == tmp_path / "history" / "runs"
    log = dg.EventLogEntry(error_info=None, level="INFO", user_message="hello", run_id="r1", timestamp=1.0,
                           step_key=None, job_name="j", dagster_event=None)
    storage.store_event_batch([log, log])
    assert len(storage.get_logs_for_run("r1")) == 2


@pytest.fixture(autouse=True)
def _no_leaked_batch_env(monkeypatch):
    monkeypatch.delenv(BATCH_ENV, raising=False)
