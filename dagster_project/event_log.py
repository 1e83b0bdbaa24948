"""Dagster's SQLite event log, writing a run's asset events in batches (`install()`, from the definitions).

A run over a range of day partitions logs one materialization per asset and per day: 4 assets over 675 days
are 2,700 events for 1,000 reports. Dagster's SQLite storage stores each on its own, opening two databases
(the run's and the index) with a new engine and committing twice per event: 60 of the 80 s of the day run on
1,000 reports went there (py-spy). Dagster batches the events of one output when DAGSTER_EVENT_BATCH_SIZE is
set, but only its PostgreSQL storage writes a batch at once; this class does the same for SQLite: one
transaction per database per batch, the same rows as event-by-event storage. Our own code because no Dagster
package ships it (dagster-postgres's `store_event_batch` is the model).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from dagster._core.events import ASSET_EVENTS
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.base import EventLogStorage
from dagster._core.storage.event_log.schema import SqlEventLogStorageTable
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.sqlalchemy_compat import db_result

BATCH_ENV = "DAGSTER_EVENT_BATCH_SIZE"
BATCH_SIZE = 1000  # events per write when DAGSTER_EVENT_BATCH_SIZE is unset


def install() -> None:
    """Store event batches of Dagster's SQLite event log at once, and turn Dagster's batching on for this process.

    A patch of the class, as `writer_slot.patch_dagster_wait` is, rather than a storage class named in
    dagster.yaml: such a class needs its folder in its config, which an instance opened from its folder without
    DAGSTER_HOME (DagsterInstance.from_config) cannot give it. Idempotent."""
    if SqliteEventLogStorage.store_event_batch is not store_event_batch:
        SqliteEventLogStorage.store_event_batch = store_event_batch
    os.environ.setdefault(BATCH_ENV, str(BATCH_SIZE))  # Dagster reads it on every event


def store_event_batch(self: SqliteEventLogStorage, events: Sequence[EventLogEntry]) -> None:
    """What store_event does for each event, the asset events in two transactions: the run's database, then the
    index (the events mirrored, their tags, the assets' latest records). Other events (a run's planned asset
    checks come in the same batch as its planned materializations) are stored one by one, in order."""
    if len({e.run_id for e in events}) != 1:
        return EventLogStorage.store_event_batch(self, events)
    pending: list[EventLogEntry] = []
    for e in events:
        if e.is_dagster_event and e.dagster_event_type in ASSET_EVENTS and e.dagster_event.asset_key:
            pending.append(e)
            continue
        _store_asset_events(self, pending)
        pending = []
        self.store_event(e)
    _store_asset_events(self, pending)


def _store_asset_events(self: SqliteEventLogStorage, events: list[EventLogEntry]) -> None:
    if len(events) <= 1:
        for e in events:
            self.store_event(e)
        return
    rows = [self._event_to_row(e) for e in events]
    with self.run_connection(events[0].run_id) as conn:
        conn.execute(SqlEventLogStorageTable.insert(), rows)
    with self.index_transaction() as conn:
        ids = []
        for row in rows:  # the rows of the run's database: each event serialized once
            with db_result(conn, SqlEventLogStorageTable.insert().values(**row)) as result:
                ids.append(result.inserted_primary_key[0])
        self._store_asset_event_tags(conn, events, ids)
        # An asset's record keeps, per field, the value of the last event that sets it, and events of one kind
        # set the same fields: the last event of each asset and kind, in their order, leave the record as every
        # event in turn does (dagster-postgres stores the last event only)
        last = {(e.dagster_event.asset_key, e.dagster_event_type): i for i, e in enumerate(events)}
        for i in sorted(last.values()):
            self._store_asset_event(conn, events[i], ids[i])
