"""The lake: DuckLake on a SQLite catalog (PostgreSQL by configuration), the one place that knows paths.

Kept free of Dagster so that the `toll` CLI opens it in a fraction of a second; the Dagster resource in
resources.py wraps it.
"""

from __future__ import annotations

import contextvars
import itertools
import logging
import os
import random
import tempfile
import time
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SCHEMA_SQL = Path(__file__).with_name("schema.sql")
TABLES = (
    "reports", "rejected_reports", "report_warnings", "claims", "quarantine", "flags", "events", "event_estimates",
    "disagreements", "source_timeline", "estimate_timeline", "report_events", "event_aliases",
    "corrections", "claim_days",
)


# SQLite catalog: WAL lets readers read while a writer commits (the default rollback journal makes readers
# fail with "database is locked" during commits, busy timeout or not: bench/readers_during_write.py), and
# the busy timeout makes the rare remaining waits (writer against writer, WAL checkpoints) wait, not fail.
BUSY_TIMEOUT_MS = int(os.environ.get("TOLL_LAKE_BUSY_TIMEOUT_MS") or 10_000)
READ_ATTACH_TRIES = 5
# Writers that commit to one table at once (parallel runs of days on a PostgreSQL catalog) can conflict: DuckLake
# refuses the later commit when the earlier one deleted from a table it inserts into. The whole commit is redone
# on a fresh snapshot, after a jittered exponential backoff, up to COMMIT_RETRIES times.
COMMIT_RETRIES = int(os.environ.get("TOLL_LAKE_COMMIT_RETRIES") or 8)
COMMIT_BACKOFF_S = (0.1, 5.0)  # first wait, longest wait
log = logging.getLogger("toll.lake")
DATA_PATH_PROBES = 3  # current data files looked for under the data path on open: one found is enough


class DataPathError(FileNotFoundError):
    """The configured data path holds none of the lake's files (a lake moved or copied without its files/)."""


def attach_statement(catalog: str, data_path: str, read_only: bool = False, version: int | None = None,
                     as_of: str | None = None, busy_timeout_ms: int | None = BUSY_TIMEOUT_MS,
                     journal_mode: str | None = "wal") -> str:
    """The one ATTACH of the lake: for a writer, or a reader at the latest version, at version N or as of a time.

    The catalog stores the absolute data path the lake was made with, and DuckLake reads files there unless told
    otherwise; OVERRIDE_DATA_PATH makes it use the configured one, so a lake that was moved, copied or restored
    elsewhere (catalog and files/ together) reads and writes its own files, and a copy never touches the
    original's. It is set on every attach, new lakes included (it changes nothing when the paths agree).
    `busy_timeout_ms` and `journal_mode` apply to a SQLite catalog only; the journal mode only to writers.
    """
    opts = ["READ_ONLY"] if read_only else []
    opts += [f"DATA_PATH '{_quote(data_path)}'", "OVERRIDE_DATA_PATH true"]
    if version is not None:
        opts.append(f"SNAPSHOT_VERSION {int(version)}")
    if as_of is not None:
        opts.append(f"SNAPSHOT_TIME '{_quote(str(as_of))}'")
    if catalog.startswith("sqlite:"):
        if busy_timeout_ms:
            opts.append(f"META_BUSY_TIMEOUT {int(busy_timeout_ms)}")
        if journal_mode and not read_only:  # persistent in the file: set by every writer, a no-op once set
            opts.append(f"META_JOURNAL_MODE '{_quote(journal_mode)}'")
    return f"ATTACH 'ducklake:{_quote(catalog)}' AS lake ({', '.join(opts)})"


def default_lake_dir() -> Path:
    return Path(os.environ.get("TOLL_LAKE_DIR") or PROJECT_ROOT / "data" / "lake")


def default_corrections_dir() -> Path:
    """Analysts' corrections (YAML, reviewed in git): TOLL_CORRECTIONS_DIR, else data/corrections."""
    return Path(os.environ.get("TOLL_CORRECTIONS_DIR") or PROJECT_ROOT / "data" / "corrections")


# Extensions this process has loaded with their signature checked. DuckDB checks an extension's signature on every
# LOAD, in every new database: it hashes the whole file (ducklake's is 36 MB), 0.25-0.5 s a connection on this
# machine, and a run opens the lake some twenty times. Once a file passed the check in this process, the pipeline's
# own connections load it again unchecked (allow_unsigned_extensions), and never install an extension from the
# network there (so nothing downloaded is loaded unchecked); a sandboxed connection (queries a person types)
# always checks.
_VERIFIED: set[str] = set()


# Memory of one connection's DuckDB database (TOLL_DUCKDB_MEMORY, DuckDB's memory_limit; `none`: DuckDB's default,
# 80% of the machine's memory). What a query or a commit's staged rows need beyond it goes to temp files (a folder of
# its own per connection, removed on close; DuckDB's own default is .tmp in the working folder). Every connection is
# a database of its own, so a process holds at most this much per open connection: without a limit each kept what
# its queries had used (DuckDB frees its buffers lazily), and a run's process grew with the ledger. The claims step
# no longer sorts every report's text at once (a sort that cannot spill: it failed at 128-256MB on 100,000 reports),
# see assets/normalize.py date_ordered_reports.
MEMORY_ENV = "TOLL_DUCKDB_MEMORY"
MEMORY_DEFAULT = "512MB"
_DATABASES = itertools.count()


# set while a commit that ran out of memory under the limit is redone (Lake.commit): its connection has none
_UNLIMITED: contextvars.ContextVar[bool] = contextvars.ContextVar("toll_duckdb_unlimited", default=False)


def database_config() -> dict:
    """temp_directory and memory_limit (TOLL_DUCKDB_MEMORY, else MEMORY_DEFAULT; `none`: DuckDB's own) for a new
    connection's database."""
    folder = Path(tempfile.gettempdir()) / f"toll-duckdb-{os.getpid()}-{next(_DATABASES)}"
    limit = (os.environ.get(MEMORY_ENV) or MEMORY_DEFAULT).strip()
    unlimited = limit.lower() == "none" or _UNLIMITED.get()
    return {"temp_directory": str(folder), **({} if unlimited else {"memory_limit": limit})}


def out_of_memory(exc: BaseException | None) -> bool:
    """Whether `exc`, or an exception it was raised in handling (a statement after the failed one finds the
    transaction aborted), is DuckDB's out-of-memory error."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, duckdb.OutOfMemoryException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _open_database(names: Iterable[str], sandbox: bool) -> duckdb.DuckDBPyConnection:
    """A new in-memory DuckDB database for one lake connection."""
    if not sandbox and set(names) <= _VERIFIED:
        return duckdb.connect(config={"allow_unsigned_extensions": True, "autoinstall_known_extensions": False,
                                      **database_config()})
    return duckdb.connect(config=database_config())


def _load_extensions(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> None:
    """Install the extensions from their PyPI wheels (no network), then load them."""
    from duckdb_extensions import import_extension

    checked = con.execute("SELECT current_setting('allow_unsigned_extensions')").fetchone()[0] is False
    for name in names:
        # a literal, not a bound parameter: binding imports pandas (~1 s), which `toll sql` does not need
        loaded = con.execute(
            f"SELECT loaded FROM duckdb_extensions() WHERE extension_name = '{name.removesuffix('_scanner')}'"
        ).fetchone()
        if not (loaded and loaded[0]):
            import_extension(name, con=con)
            con.execute(f"LOAD {name.removesuffix('_scanner')}")
        if checked:
            _VERIFIED.add(name)


# (catalog, time of its first snapshot, schema version) of the lakes whose tables this process has made or brought up
# to date: a writer's open does that once per process and lake (~0.1-0.3 s each time: schema.sql through DuckLake
# and a comparison of columns). A lake deleted and made again at the same place has another first snapshot, and any
# change of its tables by someone else (a column dropped, a table added) another schema version: made again.
_SCHEMA_MADE: set[tuple[str, str, int]] = set()


def _schema_state(con: duckdb.DuckDBPyConnection) -> tuple[str, int]:
    version = con.execute("SELECT max(schema_version) FROM __ducklake_metadata_lake.ducklake_snapshot").fetchone()[0]
    return first_snapshot(con), int(version or 0)


def first_snapshot(con: duckdb.DuckDBPyConnection) -> str:
    """The time of the lake's first snapshot, read from the catalog's own table (`lake.snapshots()` lists every
    snapshot with its changes: 0.1-0.2 s on a lake of a few hundred versions)."""
    return str(con.execute("SELECT CAST(min(snapshot_time) AS TIMESTAMPTZ) "
                           "FROM __ducklake_metadata_lake.ducklake_snapshot").fetchone()[0])


def _declared_columns() -> list[tuple[str, str, str]]:
    """(table, column, type) of every column schema.sql declares, read back from an in-memory database."""
    mem = duckdb.connect()
    try:
        mem.execute(SCHEMA_SQL.read_text())
        return mem.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_catalog = current_database() ORDER BY table_name, ordinal_position").fetchall()
    finally:
        mem.close()


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """Bring a lake written by an older schema.sql up to date: CREATE TABLE IF NOT EXISTS leaves an existing table
    as it was, so columns added since are added here (NULL in old rows). Nothing is ever dropped or retyped."""
    have = set(con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_catalog = 'lake'").fetchall())
    tables = {t for t, _ in have}
    added = []
    for table, column, dtype in _declared_columns():
        if table in tables and (table, column) not in have:
            con.execute(f'ALTER TABLE lake.main."{table}" ADD COLUMN "{column}" {dtype}')
            added.append((table, column))
    return added


# Tables whose rows hold a whole report (its text, its raw bytes): their rows are never inlined in the catalog.
# DuckLake inlines an insert of up to 10 rows in the catalog database instead of writing a Parquet file; a report
# of 10 MB inlined in the SQLite catalog took about 250 MB of memory to commit (its text sent through SQL) and
# grew the catalog by three times its size, where a Parquet file takes about 40 MB and leaves the catalog as it was.
NOT_INLINED = ("reports", "rejected_reports")


def _texts_in_files(con: duckdb.DuckDBPyConnection) -> None:
    """Set DuckLake's data_inlining_row_limit to 0 for NOT_INLINED (once per lake: it is kept in the catalog)."""
    have = {r[0] for r in con.execute("SELECT scope_entry FROM lake.options() WHERE option_name = "
                                      "'data_inlining_row_limit' AND scope = 'TABLE'").fetchall()}
    for table in NOT_INLINED:
        if f"main.{table}" not in have:
            con.execute("CALL lake.set_option('data_inlining_row_limit', 0, table_name => ?)", [table])


# Tables whose writes are minimal (Write.minimal) by default: those a run writes again whole, a day or all of it, where
# most rows are those already there. A new report's day re-reads the day's other reports: replaced, their rows (the
# same again) filled the change feed, and validation redid every report of their events and the aggregates every
# event (~120 reports and ~15 events for one report into 100,000); a merge rewrote every alias, and the aggregates
# then redid every aliased event (~1,600).
MINIMAL_TABLES = ("reports", "claims", "report_events", "event_aliases")


# Columns that say when or by which run a row was written, not what it holds: a write whose rows differ from the
# rows there only in these changes nothing, and is skipped (no change, no new version).
VOLATILE_COLUMNS = frozenset({"ingested_at", "rejected_at", "warned_at", "run_id", "quarantined_at", "flagged_at",
                              "found_at"})


@dataclass(frozen=True)
class Write:
    """Replace the rows of `table` whose `key` is in `keys` (or all rows) with `frame` or the rows of `sql`."""

    table: str
    frame: object = None  # pandas.DataFrame or pyarrow.Table
    sql: str | None = None  # a SELECT over the lake's tables, run inside the same transaction
    key: str | None = None
    keys: tuple = ()
    replace_all: bool = False
    where: str | None = None  # instead of key/keys: a predicate on the table's rows (with `params`) to replace
    params: tuple = ()
    # (sql, params) run on the commit's connection before the write and after it (temp views that restrict what
    # `sql` reads: one commit can then write a table a part at a time, with memory for one part)
    setup: tuple = ()
    cleanup: tuple = ()
    # a write of few rows (SMALL_WRITE_ROWS) that deletes only the rows it replaces that no new row equals, and inserts
    # only the new rows no such row equals (volatile columns apart): the table then holds the same rows as after a
    # replacement, and the change feed names only the rows that changed. None: as MINIMAL_TABLES says.
    minimal: bool | None = None

    @property
    def is_minimal(self) -> bool:
        return self.table in MINIMAL_TABLES if self.minimal is None else self.minimal


@dataclass
class CommitInfo:
    """What one commit did: the version it wrote, the version it read from, and rows per table."""

    snapshot_id: int
    read_version: int | None
    rows_added: dict[str, int] = field(default_factory=dict)
    rows_removed: dict[str, int] = field(default_factory=dict)
    row_count: dict[str, int] = field(default_factory=dict)  # rows in the table after the commit
    retries: int = 0  # commits redone after a conflict with another writer

    def metadata(self, table: str | None = None) -> dict:
        """Metadata for one asset's materialization (plain values; Dagster shows them as they are)."""
        md: dict = {"snapshot_id": self.snapshot_id, "read_version": self.read_version}
        tables = [table] if table else list(self.row_count)
        for t in tables:
            prefix = "" if len(tables) == 1 else f"{t}."
            md[f"{prefix}rows_added"] = self.rows_added.get(t, 0)
            md[f"{prefix}rows_removed"] = self.rows_removed.get(t, 0)
        if len(tables) == 1 and tables[0] in self.row_count:
            md["dagster/row_count"] = self.row_count[tables[0]]
        return md


class Lake:
    """Opens the ledger's DuckLake catalog for reading or for one transactional write."""

    def __init__(self, lake_dir: str | Path | None = None, catalog: str | None = None,
                 data_path: str | None = None):
        self.lake_dir = Path(lake_dir) if lake_dir else default_lake_dir()
        self.catalog = catalog or os.environ.get("TOLL_LAKE_CATALOG") or f"sqlite:{self.lake_dir / 'catalog.sqlite'}"
        self.data_path = data_path or os.environ.get("TOLL_LAKE_DATA_PATH") or f"{self.lake_dir / 'files'}/"
        self.last_commit: CommitInfo | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.catalog.startswith("sqlite:")

    def attach_sql(self, read_only: bool = False, version: int | None = None, as_of: str | None = None) -> str:
        """The ATTACH statement for this lake (see `attach_statement`)."""
        return attach_statement(self.catalog, self.data_path, read_only=read_only, version=version, as_of=as_of)

    def _extensions(self) -> list[str]:
        ext = ["ducklake"]
        if self.catalog.startswith("sqlite:"):
            ext.append("sqlite_scanner")
        elif self.catalog.startswith("postgres:"):
            ext.append("postgres_scanner")
        if _is_remote(self.data_path):
            ext.append("httpfs")  # s3://, gs://, r2://, https:// data files (the wheel: no network needed)
        return ext

    def exists(self) -> bool:
        if self.catalog.startswith("sqlite:"):
            return Path(self.catalog.removeprefix("sqlite:")).exists()
        return True

    def connect(self, read_only: bool = False, version: int | None = None,
                as_of: str | None = None, sandbox: bool = False) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with the lake attached as `lake` and selected.

        `version` / `as_of` (read-only) attach the lake as it was at that snapshot id or time. `sandbox`
        (read-only) then closes DuckDB's external access for good: see `_close_external_access`.
        """
        con = _open_database(self._extensions(), sandbox)
        _load_extensions(con, self._extensions())
        if self.data_path.startswith(("s3://", "s3a://")):
            s3_secret(con)
        if read_only or version is not None or as_of is not None:
            if not self.exists():
                raise FileNotFoundError(
                    f"no ledger at {self.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first"
                )
            self._attach_reader(con, self.attach_sql(True, version, as_of))
        else:
            self.lake_dir.mkdir(parents=True, exist_ok=True)
            con.execute(self.attach_sql())
        try:
            self._check_data_path(con)
        except BaseException:
            con.close()
            raise
        con.execute("USE lake")
        if not (read_only or version is not None or as_of is not None):
            if sandbox:
                con.close()
                raise ValueError("a sandboxed connection is read-only")
            if (self.catalog, *_schema_state(con)) not in _SCHEMA_MADE:
                # two writers opening a new lake at once both create its tables: the later one conflicts, and
                # finds them made when it tries again
                retry_conflicts(lambda: (con.execute(SCHEMA_SQL.read_text()), _add_missing_columns(con),
                                         _texts_in_files(con)), "creating the lake's tables")
                _SCHEMA_MADE.add((self.catalog, *_schema_state(con)))
        elif sandbox:
            self._close_external_access(con)
        return con

    def _close_external_access(self, con: duckdb.DuckDBPyConnection) -> None:
        """Leave `con` able to read the attached lake and nothing else, and unable to change that.

        Files are opened only under the lake's data path (the Parquet files; DuckDB itself adds the attached
        catalog and its temp directory), external access is off, Python objects are not scanned by name,
        extensions are neither installed nor loaded on demand, and the configuration is locked, so no later
        SET reopens any of it. What this cannot close (the SQLite extension's own file access) is refused
        before a query runs: dagster_project/query_guard.py.
        """
        data = self.data_path if _is_remote(self.data_path) else os.path.abspath(self.data_path.removeprefix("file://"))
        con.execute(f"SET allowed_directories = [{repr_sql(data.rstrip('/') + '/')}]")
        for setting in ("python_enable_replacements = false", "autoinstall_known_extensions = false",
                        "autoload_known_extensions = false", "enable_external_access = false",
                        "lock_configuration = true"):
            con.execute(f"SET {setting}")

    def _check_data_path(self, con: duckdb.DuckDBPyConnection) -> None:
        """Fail in one line when the configured data path holds none of the lake's current files.

        Without this a lake whose files are elsewhere (moved without updating TOLL_LAKE_DATA_PATH, a copy of the
        catalog without its files/) fails later, on the first query that reads a file, with a Parquet IO error.
        A new lake and a lake whose rows are all inlined in the catalog have no files, so nothing to check.
        Only local folders are checked: they are what gets moved or copied, and a stat costs nothing, while a
        request to object storage on every open would.
        """
        if _is_remote(self.data_path):
            return
        meta = "__ducklake_metadata_lake"
        rows = con.execute(f"""
            SELECT s.path || t.path || f.path FROM {meta}.ducklake_data_file f
            JOIN {meta}.ducklake_table t ON t.table_id = f.table_id AND t.end_snapshot IS NULL
            JOIN {meta}.ducklake_schema s ON s.schema_id = t.schema_id AND s.end_snapshot IS NULL
            WHERE f.end_snapshot IS NULL AND f.path_is_relative AND t.path_is_relative AND s.path_is_relative
            LIMIT {DATA_PATH_PROBES}""").fetchall()
        folder = Path(self.data_path.removeprefix("file://"))
        if not rows or any((folder / rel).exists() for (rel,) in rows):
            return
        stored = con.execute(f"SELECT value FROM {meta}.ducklake_metadata WHERE key = 'data_path'").fetchone()
        made = f" (it was made at {stored[0]})" if stored and stored[0] != self.data_path else ""
        raise DataPathError(
            f"the lake's data files are not in {self.data_path}{made}: expected e.g. {rows[0][0]} there; "
            "set TOLL_LAKE_DIR to the folder holding catalog.sqlite and files/, or TOLL_LAKE_DATA_PATH to the files")

    @staticmethod
    def _attach_reader(con: duckdb.DuckDBPyConnection, sql: str) -> None:
        """Attach, retrying a few times on a locked catalog.

        In WAL mode with a busy timeout no reader failed in our measurements, but SQLite can still answer
        SQLITE_BUSY without waiting when a reader opens the catalog while the WAL index is being rebuilt
        (the last connection closed, or a crashed writer is recovered); a bounded retry covers that.
        """
        for attempt in range(READ_ATTACH_TRIES):
            try:
                con.execute(sql)
                return
            except duckdb.Error as exc:
                msg = str(exc).lower()
                if attempt == READ_ATTACH_TRIES - 1 or not ("locked" in msg or "busy" in msg):
                    raise
                time.sleep(0.05 * 2 ** attempt)

    @contextmanager
    def reader(self, version: int | None = None, as_of: str | None = None):
        con = self.connect(read_only=True, version=version, as_of=as_of)
        try:
            yield con
        finally:
            con.close()

    def commit(self, writes: list[Write], message: str = "", author: str = "toll",
               extra_info: str | None = None, statements: list[tuple[str, list]] = ()) -> int:
        """Apply all writes, then `statements` (SQL with parameters, e.g. an UPDATE), in one DuckLake transaction
        and return the new snapshot id.

        Either every table changes or none does: a failure rolls back and the previous version stays current.
        A write that would replace rows with the same rows (apart from VOLATILE_COLUMNS) is skipped, and when
        nothing changes at all no version is written: the returned id is the current one.
        A commit that conflicts with another writer's is redone from the start on the newer version (see
        COMMIT_RETRIES): writes replace rows by key, so redoing one gives the rows it would have given alone.
        Afterwards `self.last_commit` tells the version read from and the rows added / removed per table.
        """
        attempts = []

        def once() -> int:
            attempts.append(1)
            try:
                return self._commit_once(writes, message, author, extra_info, statements)
            except duckdb.Error as exc:
                if not out_of_memory(exc) or _UNLIMITED.get():
                    raise
                # a query no memory limit is set for: the limit bounds what DuckDB keeps, it must not fail a run
                log.warning("lake commit %r needed more memory than DuckDB's limit (%s); redoing it without the "
                            "limit", message, database_config().get("memory_limit"))
                unlimited = _UNLIMITED.set(True)
                try:
                    return self._commit_once(writes, message, author, extra_info, statements)
                finally:
                    _UNLIMITED.reset(unlimited)

        snapshot = retry_conflicts(once, f"lake commit {message!r}")
        self.last_commit.retries = len(attempts) - 1
        return snapshot

    def _commit_once(self, writes: list[Write], message: str, author: str, extra_info: str | None,
                     statements: list[tuple[str, list]]) -> int:
        with self.transaction(message, author, extra_info) as txn:
            con = txn.con
            changed = False
            for i, w in enumerate(writes):
                for sql, params in w.setup:
                    con.execute(sql, list(params))
                try:
                    changed = _apply(con, txn, w, i) or changed
                finally:
                    for sql, params in w.cleanup:
                        con.execute(sql, list(params))
            for sql, params in statements:
                changed = _count(con.execute(sql, params)) > 0 or changed
            txn.skip = not changed
            for table in txn.rows_added:
                txn.row_count[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return self.last_commit.snapshot_id

    @contextmanager
    def transaction(self, message: str = "", author: str = "toll", extra_info: str | None = None):
        """One DuckLake transaction with a commit message: everything in the block becomes one version.

        Yields a `CommitInfo` whose `con` is the connection to write through. An exception anywhere in the
        block rolls back, so a half-done write never becomes a version. Sets `self.last_commit`.
        """
        con = self.connect()
        try:
            con.execute("BEGIN")
            txn = _Txn(snapshot_id=-1, read_version=self.current_version(con), con=con)
            con.execute("CALL lake.set_commit_message(?, ?, extra_info => ?)", [author, message, extra_info])
            yield txn
            if txn.skip:
                con.execute("ROLLBACK")  # nothing changed: no new version
                txn.snapshot_id = txn.read_version
            else:
                con.execute("COMMIT")
                txn.snapshot_id = self.current_version(con)
            self.last_commit = CommitInfo(txn.snapshot_id, txn.read_version, txn.rows_added, txn.rows_removed,
                                          txn.row_count)
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        finally:
            con.close()

    @staticmethod
    def current_version(con: duckdb.DuckDBPyConnection) -> int:
        """The snapshot id `con` reads (inside a transaction: the one the transaction started from)."""
        return con.execute("SELECT id FROM lake.current_snapshot()").fetchone()[0]

    def latest_version(self) -> int | None:
        """The latest snapshot id, or None when there is no ledger yet (for `read_version` metadata)."""
        if not self.exists():
            return None
        with self.reader() as con:
            return self.current_version(con)

    def query(self, sql: str, params: list | None = None):
        """Read-only query against the latest version, as a pandas DataFrame."""
        with self.reader() as con:
            return con.execute(sql, params or []).df()


@dataclass
class _Txn(CommitInfo):
    con: duckdb.DuckDBPyConnection | None = None
    skip: bool = False  # set by the block: nothing changed, roll back instead of writing an empty version


def _apply(con: duckdb.DuckDBPyConnection, txn: _Txn, w: Write, i: int) -> bool:
    """One write of a commit; whether it changed the table."""
    staged = pairs = None
    if w.replace_all or (w.key and w.keys) or w.where:
        same, staged, pairs = _unchanged(con, w, i)
        if same:
            txn.rows_added.setdefault(w.table, 0)
            txn.rows_removed.setdefault(w.table, 0)
            return False
    removed = 0
    if pairs is not None:  # a minimal write: the replaced rows no new row equals (see Write.minimal)
        gone, fresh = pairs
        removed = _count(con.execute(f"DELETE FROM {w.table} WHERE rowid IN (SELECT id FROM {gone})"))
    elif w.replace_all:
        removed = _count(con.execute(f"DELETE FROM {w.table}"))
    elif w.where:
        removed = _count(con.execute(f"DELETE FROM {w.table} WHERE {w.where}", list(w.params)))
    elif w.key and w.keys:
        removed = _count(con.execute(
            f"DELETE FROM {w.table} WHERE {w.key} = ANY(?)", [list(w.keys)]))
    added = 0
    if staged is not None:  # the rows _unchanged already made (cast to the table's types): not again
        try:
            # only the columns the write gives (the others keep the table's default, as before)
            given = _columns(w.frame) if w.sql is None else [
                d[0] for d in con.execute(f"SELECT * FROM ({w.sql}) LIMIT 0").description]
            cols = ", ".join(f'"{c}"' for c in given)
            only = f"WHERE rowid IN (SELECT id FROM {pairs[1]}) ORDER BY rowid" if pairs is not None else ""
            added = _count(con.execute(f"INSERT INTO {w.table} ({cols}) SELECT {cols} FROM {staged} {only}"))
        finally:
            for name in (staged, *(pairs or ())):
                con.execute(f"DROP TABLE IF EXISTS {name}")
    elif w.sql is not None:
        added = _count(con.execute(f"INSERT INTO {w.table} BY NAME ({w.sql})"))
    else:
        name = f"_frame_{i}"
        con.register(name, w.frame)
        cols = ", ".join(f'"{c}"' for c in _columns(w.frame))
        if cols:
            added = _count(con.execute(f"INSERT INTO {w.table} ({cols}) SELECT {cols} FROM {name}"))
        con.unregister(name)
    txn.rows_added[w.table] = txn.rows_added.get(w.table, 0) + added
    txn.rows_removed[w.table] = txn.rows_removed.get(w.table, 0) + removed
    return True


SMALL_WRITE_ROWS = 200_000  # a keyed write of at most this many rows holds the rows it replaces in a temp table
# (A keyed write finds its rows by `key = ANY(?)`, the keys one list: a filter the scan applies before it reads the
# other columns, where `IN (SELECT UNNEST(?))`, a join, read every row's columns first: the day's reports of a new
# report into 100,000, texts and all, 0.5-0.85 -> 0.2 s of CPU; its claims 0.54 -> 0.05 s.)


def _unchanged(con: duckdb.DuckDBPyConnection, w: Write, i: int) -> tuple[bool, str | None, tuple | None]:
    """Whether the rows `w` would write equal, as a multiset and apart from VOLATILE_COLUMNS, the rows it would
    replace; and, when they differ, the temp table holding the new rows (the caller inserts from it and drops it;
    the rows of a SQL write, such as the claims step's Parquet parts, are then read once, not twice). The new rows
    are cast to the table's types first (a temp table shaped like it), so a frame's types (dates as timestamps,
    ints as floats) do not count as changes. With no rows to replace (a fresh lake, new days), they are equal only
    when there are no new rows, and nothing is compared. For a `minimal` write of few rows that differ, also the temp
    tables (gone, fresh) of the row ids of the replaced rows to delete and of the new rows to insert: each row of one
    side is paired with an equal row of the other (the n-th copy of a row with the n-th), and the unpaired are those."""
    cmp = f"_cmp_{i}"
    where, params = (("", []) if w.replace_all else (f"WHERE {w.where}", list(w.params)) if w.where
                     else (f"WHERE {w.key} = ANY(?)", [list(w.keys)]))
    con.execute(f'CREATE OR REPLACE TEMP TABLE {cmp} AS SELECT * FROM lake.main."{w.table}" LIMIT 0')
    keep = False
    cleanup: list[str] = []
    try:
        if w.sql is not None:
            con.execute(f"INSERT INTO {cmp} BY NAME ({w.sql})")
        else:
            cols = ", ".join(f'"{c}"' for c in _columns(w.frame))
            if cols:
                name = f"_frame_{i}"
                con.register(name, w.frame)
                con.execute(f"INSERT INTO {cmp} ({cols}) SELECT {cols} FROM {name}")
                con.unregister(name)
        names = [r[0] for r in con.execute(f"SELECT name FROM pragma_table_info('{cmp}')").fetchall()]
        kept = ", ".join(f'"{c}"' for c in names if c not in VOLATILE_COLUMNS)
        if (not w.replace_all or w.is_minimal and _rows(con, f'lake.main."{w.table}"') <= SMALL_WRITE_ROWS) and \
                _rows(con, cmp) <= SMALL_WRITE_ROWS:
            # a few rows replaced by key (an incremental run's): the rows they replace read from the lake once into a
            # temp table, not once to tell whether there are any and twice more to compare (each a scan of the table,
            # with its filter: ~0.1-0.5 s each at 100,000 reports)
            held = f"_old_{i}"
            rowid = "rowid AS _lake_rowid, " if w.is_minimal else ""
            con.execute(f'CREATE OR REPLACE TEMP TABLE {held} AS SELECT {rowid}{kept} FROM lake.main."{w.table}" '
                        f'{where}', params)
            cleanup.append(held)
            old, params = f"SELECT {kept} FROM {held}", []
            n_old = con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {held} LIMIT 1)").fetchone()[0]
        else:
            old = f'SELECT {kept} FROM lake.main."{w.table}" {where}'
            n_old = con.execute(f'SELECT count(*) FROM (SELECT 1 FROM lake.main."{w.table}" {where} LIMIT 1)',
                                params).fetchone()[0]
        if not n_old:
            keep = con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {cmp} LIMIT 1)").fetchone()[0] > 0
            return not keep, cmp if keep else None, None
        new = f"SELECT {kept} FROM {cmp}"
        diff = con.execute(f"SELECT count(*) FROM (({new} EXCEPT ALL {old}) UNION ALL ({old} EXCEPT ALL {new}))",
                           params + params).fetchone()[0]
        keep = diff != 0
        if keep and w.is_minimal and cleanup:
            return False, cmp, _unpaired(con, held, cmp, [c for c in names if c not in VOLATILE_COLUMNS], i)
        return not keep, cmp if keep else None, None
    finally:
        for name in [*cleanup, *([] if keep else [cmp])]:
            try:
                con.execute(f"DROP TABLE IF EXISTS {name}")
            except duckdb.Error:  # the transaction failed above and rolls back: the error to report is that one
                pass


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _unpaired(con: duckdb.DuckDBPyConnection, held: str, cmp: str, columns: list[str], i: int) -> tuple[str, str]:
    """Temp tables `gone` (the lake row ids of the rows in `held` no row of `cmp` pairs with) and `fresh` (the row
    ids in `cmp` of its rows no row of `held` pairs with), rows paired when `columns` are all equal or both NULL,
    the n-th copy of a row on one side with the n-th on the other (multisets, as the EXCEPT ALL comparison)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    same = " AND ".join(["o._copy = n._copy", *(f'o."{c}" IS NOT DISTINCT FROM n."{c}"' for c in columns)])
    pairs, gone, fresh = f"_pairs_{i}", f"_gone_{i}", f"_fresh_{i}"
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {pairs} AS
        SELECT o._lake_rowid AS old_id, n._new_rowid AS new_id
        FROM (SELECT _lake_rowid, {cols}, row_number() OVER (PARTITION BY {cols} ORDER BY _lake_rowid) AS _copy
              FROM {held}) AS o
        JOIN (SELECT rowid AS _new_rowid, {cols}, row_number() OVER (PARTITION BY {cols} ORDER BY rowid) AS _copy
              FROM {cmp}) AS n ON {same}""")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {gone} AS SELECT _lake_rowid AS id FROM {held} "
                f"WHERE _lake_rowid NOT IN (SELECT old_id FROM {pairs})")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {fresh} AS SELECT rowid AS id FROM {cmp} "
                f"WHERE rowid NOT IN (SELECT new_id FROM {pairs})")
    con.execute(f"DROP TABLE {pairs}")
    return gone, fresh


def retry_conflicts(fn, what: str):
    """`fn()`, redone when DuckLake refuses its commit for a conflict with another writer's (see COMMIT_RETRIES)."""
    for attempt in range(COMMIT_RETRIES + 1):
        try:
            return fn()
        except duckdb.TransactionException as exc:
            if attempt == COMMIT_RETRIES or not is_conflict(exc):
                raise
            first, longest = COMMIT_BACKOFF_S
            wait = min(longest, first * 2 ** attempt) * random.uniform(0.5, 1.5)  # jitter: writers drift apart
            log.warning("%s conflicted with another writer (try %d of %d); redoing it in %.2f s: %s", what,
                        attempt + 1, COMMIT_RETRIES + 1, wait, str(exc).splitlines()[-1])
            time.sleep(wait)
    raise AssertionError("unreachable")


def s3_secret(con: duckdb.DuckDBPyConnection) -> None:
    """A DuckDB secret for s3:// data paths from the usual AWS variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
    AWS_SESSION_TOKEN, AWS_REGION) and TOLL_S3_ENDPOINT for an S3-compatible server other than AWS
    (`http://host:9000`: path-style URLs, TLS by its scheme). Without them DuckDB's own defaults apply."""
    env = os.environ
    opts = {"KEY_ID": env.get("AWS_ACCESS_KEY_ID"), "SECRET": env.get("AWS_SECRET_ACCESS_KEY"),
            "SESSION_TOKEN": env.get("AWS_SESSION_TOKEN"),
            "REGION": env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")}
    endpoint = env.get("TOLL_S3_ENDPOINT")
    if endpoint:
        scheme, _, host = endpoint.partition("://")
        opts.update(ENDPOINT=host.rstrip("/") or scheme, URL_STYLE="path")
        use_ssl = "false" if scheme == "http" else "true"
    given = {k: v for k, v in opts.items() if v}
    if not given:
        return
    body = ", ".join([f"{k} {repr_sql(v)}" for k, v in given.items()] + ([f"USE_SSL {use_ssl}"] if endpoint else []))
    con.execute(f"CREATE OR REPLACE SECRET toll_s3 (TYPE s3, {body})")


def is_conflict(exc: BaseException) -> bool:
    """DuckLake's refusal of a commit that conflicts with one committed meanwhile (worth redoing), as opposed to
    any other failed commit (not)."""
    return isinstance(exc, duckdb.TransactionException) and "transaction conflict" in str(exc).lower()


def _count(result: duckdb.DuckDBPyConnection) -> int:
    """The row count DuckDB returns for INSERT / DELETE."""
    row = result.fetchone()
    return int(row[0]) if row else 0


def _is_remote(path: str) -> bool:
    """s3://, gs://, https://... (a URL other than file://): not a local folder."""
    scheme, sep, _ = path.partition("://")
    return bool(sep) and scheme.lower() != "file" and len(scheme) > 1


def repr_sql(value: str) -> str:
    """A SQL string literal."""
    return f"'{_quote(value)}'"


def _quote(value: str) -> str:
    return value.replace("'", "''")


def _columns(frame) -> list[str]:
    if hasattr(frame, "column_names"):
        return list(frame.column_names)
    return [str(c) for c in frame.columns]
