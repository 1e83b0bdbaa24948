"""What a validation or aggregation run has to redo: the reports and events whose inputs changed since the lake
version its last materialization read, from DuckLake's change feed (`table_changes`).

A run reads only those (the stage's tables are shadowed, in its connection, by temp views restricted to them:
the stage's SQL is the same for a full and an incremental run) and replaces only their rows. A full run is done
when there is no usable earlier run: none recorded in the Dagster instance, one of another lake (its first
snapshot's time differs: a lake deleted and made again reuses version numbers), one made by other code or
settings (`token`), versions expired since, or TOLL_INCREMENTAL=0. When nothing changed since, a stage does
nothing (no query of its inputs, no commit).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import dagster as dg
import duckdb

from dagster_project.lake import first_snapshot

INCREMENTAL_ENV = "TOLL_INCREMENTAL"
_CHANGED = ("insert", "delete", "update_preimage", "update_postimage")


@dataclass
class Scope:
    """full, or the (raw) event ids and report ids to redo; `base` the version the previous run read."""

    version: int
    lake_id: str
    token: str
    base: int | None = None
    events: set[str] = field(default_factory=set)
    reports: set[str] = field(default_factory=set)
    reason: str = ""
    merge_read: int | None = None  # events: how many events the merges compared (all, or a region of them)

    @property
    def full(self) -> bool:
        return self.base is None

    def metadata(self) -> dict:
        """What the next run needs to start from this one, and what this one did (for the UI)."""
        return {"read_version": self.version, "lake_id": self.lake_id, "scope_token": self.token,
                "incremental": not self.full,
                "scope": self.reason if self.full else f"{len(self.events)} events, {len(self.reports)} reports "
                                                       f"changed since version {self.base}"}


def lake_id(con: duckdb.DuckDBPyConnection) -> str:
    """The time of the lake's first snapshot: tells a lake from another made at the same place."""
    return first_snapshot(con)


def previous(context: dg.AssetExecutionContext, asset: str) -> dict:
    """The metadata of `asset`'s latest materialization in this Dagster instance, as plain values."""
    event = context.instance.get_latest_materialization_event(dg.AssetKey(asset))
    if event is None or event.asset_materialization is None:
        return {}
    return {k: getattr(v, "value", v) for k, v in event.asset_materialization.metadata.items()}


def start(context: dg.AssetExecutionContext, con: duckdb.DuckDBPyConnection, asset: str, token: str) -> Scope:
    """The scope of this run: full, or incremental from the version `asset`'s last run read."""
    from dagster_project.lake import Lake

    scope = Scope(version=Lake.current_version(con), lake_id=lake_id(con), token=token)
    if os.environ.get(INCREMENTAL_ENV, "1") in ("0", "false", "no"):
        scope.reason = f"full ({INCREMENTAL_ENV}=0)"
        return scope
    if context.run.tags.get("toll/full") == "true":
        scope.reason = "full (run tag toll/full)"
        return scope
    last = previous(context, asset)
    if not last or last.get("lake_id") != scope.lake_id or last.get("scope_token") != token \
            or not isinstance(last.get("read_version"), int) or last["read_version"] > scope.version:
        scope.reason = "full (no earlier run of this code on this lake)"
        return scope
    scope.base = last["read_version"]
    own = last.get("snapshot_id")
    if isinstance(own, int) and own == scope.base + 1 and own <= scope.version:
        # the version right after the one it read is its own commit: its own rows, made from what it read, so
        # the next run starts after them (else a run that wrote would always find its own changes next time)
        scope.base = own
    return scope


_TOKEN = re.compile(r"[a-z_]+:(\d+)")


def changing_versions(con: duckdb.DuckDBPyConnection, table: str, lo: int, hi: int) -> list[tuple[int, str]] | None:
    """(version, commit time) of the versions lo+1..hi that may have changed `table`, from the catalog's record of what
    each version changed (`changes_made`: 'inserted_into_table:4,inlined_delete:6,...'), a few ms where a
    `table_changes` query costs 0.15-0.25 s even when it finds nothing, and a run asks some twenty of them. None
    when the record cannot tell (a version missing from it); a version whose record names a change without a table
    id is counted in."""
    meta = "__ducklake_metadata_lake"
    rows = con.execute(f"SELECT c.snapshot_id, CAST(s.snapshot_time AS VARCHAR), c.changes_made "
                       f"FROM {meta}.ducklake_snapshot_changes AS c JOIN {meta}.ducklake_snapshot AS s USING (snapshot_id) "
                       f"WHERE c.snapshot_id > {int(lo)} AND c.snapshot_id <= {int(hi)}").fetchall()
    if len(rows) != hi - lo:
        return None
    ids = {str(i) for (i,) in con.execute(f"SELECT table_id FROM {meta}.ducklake_table WHERE table_name = "
                                          f"'{table}' AND end_snapshot IS NULL").fetchall()}
    out = []
    for version, when, made in rows:
        for token in filter(None, (made or "").split(",")):
            m = _TOKEN.fullmatch(token)
            if m is None or m.group(1) in ids:
                out.append((int(version), when))
                break
    return sorted(out)


def may_have_changed(con: duckdb.DuckDBPyConnection, table: str, lo: int, hi: int) -> bool:
    """Whether `table` may have changed in versions lo+1..hi (True whenever the catalog's record cannot tell)."""
    versions = changing_versions(con, table, lo, hi)
    return versions is None or bool(versions)


# (catalog, version, its commit time, table, columns) -> the distinct `columns` of the rows that version inserted or
# deleted in `table`. A version never changes once committed, and in one run validation and the four aggregates each
# read the change feed of the same few versions (the day's ingest and claims commits, validation's): each a
# `table_changes` scan, ~0.2-0.5 s a table at 100,000 reports, four times over for `claims`. So each version's
# changes are read once per process. The commit time tells a version apart from one of the same id in a catalog
# restored or made again at the same place. Versions that changed more than FEED_ROWS distinct values (a full
# run's) are not kept.
_FEED: dict[tuple, frozenset] = {}
FEED_ROWS = 50_000
FEED_KEEP = 512  # versions kept at most (the oldest go first)


def catalog_of(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("SELECT path FROM duckdb_databases() WHERE database_name = 'lake'").fetchone()[0] or ""


def changes(con: duckdb.DuckDBPyConnection, table: str, columns: str, lo: int, hi: int) -> list[tuple]:
    """Distinct `columns` of the rows of `table` inserted or deleted in versions lo+1..hi: each version's read from
    the change feed once per process (_FEED), only those that changed `table` (changing_versions)."""
    if lo >= hi:
        return []
    versions = changing_versions(con, table, lo, hi)
    if versions is None:  # the catalog's record cannot tell: the whole range, as it is
        return con.execute(f"SELECT DISTINCT {columns} FROM lake.table_changes('{table}', {int(lo) + 1}, {int(hi)}) "
                           f"WHERE change_type IN {_CHANGED}").fetchall()
    if not versions:
        return []
    catalog = catalog_of(con)
    keys = {v: (catalog, v, when, table, columns) for v, when in versions}
    found = {v: _FEED[k] for v, k in keys.items() if k in _FEED}
    missing = sorted(v for v in keys if v not in found)
    if missing:
        read: dict[int, set] = {v: set() for v in missing}
        for row in con.execute(
                f"SELECT DISTINCT snapshot_id, {columns} FROM lake.table_changes('{table}', {missing[0]}, "
                f"{missing[-1]}) WHERE change_type IN {_CHANGED} AND snapshot_id = ANY(?)", [missing]).fetchall():
            read[row[0]].add(row[1:])
        for v, rows in read.items():
            found[v] = frozenset(rows)
            if len(rows) <= FEED_ROWS:
                _FEED[keys[v]] = found[v]
        while len(_FEED) > FEED_KEEP:
            del _FEED[next(iter(_FEED))]
    return list(set().union(*found.values()))


def untouched(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...], lo: int, hi: int,
              columns: dict[str, str] | None = None) -> bool:
    """Whether no row of `tables` changed in versions lo+1..hi (False when that cannot be told: versions expired).
    `columns`: per table, the columns `changes` is asked for elsewhere in the run (their reads are then shared)."""
    if lo >= hi:
        return True
    try:
        return not any(changes(con, t, (columns or {}).get(t, "*"), lo, hi) for t in tables)
    except duckdb.Error:
        return False


def expired(exc: Exception) -> bool:
    return isinstance(exc, duckdb.Error)


def register(con: duckdb.DuckDBPyConnection, name: str, values) -> None:
    """A one-column temp table `name(id)` of the scope's ids."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (id VARCHAR)")
    if values:
        con.execute(f"INSERT INTO {name} SELECT UNNEST(?)", [sorted(v for v in values if v is not None)])


def shadow(con: duckdb.DuckDBPyConnection, table: str, where: str) -> None:
    """Make `table`, unqualified, mean only its rows matching `where` in this connection (temp names first)."""
    con.execute(f"CREATE OR REPLACE TEMP VIEW {table} AS SELECT * FROM lake.main.{table} WHERE {where}")


def unshadow(con: duckdb.DuckDBPyConnection, *tables: str) -> None:
    for t in tables:
        con.execute(f"DROP VIEW IF EXISTS temp.main.{t}")
