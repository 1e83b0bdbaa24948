"""The lake: DuckLake on a SQLite catalog (PostgreSQL by configuration), the one place that knows paths.

Kept free of Dagster so that the `toll` CLI opens it in a fraction of a second; the Dagster resource in
resources.py wraps it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SCHEMA_SQL = Path(__file__).with_name("schema.sql")
TABLES = (
    "reports", "rejected_reports", "claims", "quarantine", "flags", "events", "event_estimates",
)


def default_lake_dir() -> Path:
    return Path(os.environ.get("TOLL_LAKE_DIR") or PROJECT_ROOT / "data" / "lake")


def _load_extensions(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> None:
    """Install the extensions from their PyPI wheels (no network), then load them."""
    from duckdb_extensions import import_extension

    for name in names:
        loaded = con.execute(
            "SELECT loaded FROM duckdb_extensions() WHERE extension_name = ?", [name.removesuffix("_scanner")]
        ).fetchone()
        if not (loaded and loaded[0]):
            import_extension(name, con=con)
            con.execute(f"LOAD {name.removesuffix('_scanner')}")


@dataclass(frozen=True)
class Write:
    """Replace the rows of `table` whose `key` is in `keys` (or all rows) with `frame` or the rows of `sql`."""

    table: str
    frame: object = None  # pandas.DataFrame or pyarrow.Table
    sql: str | None = None  # a SELECT over the lake's tables, run inside the same transaction
    key: str | None = None
    keys: tuple = ()
    replace_all: bool = False


class Lake:
    """Opens the ledger's DuckLake catalog for reading or for one transactional write."""

    def __init__(self, lake_dir: str | Path | None = None, catalog: str | None = None,
                 data_path: str | None = None):
        self.lake_dir = Path(lake_dir) if lake_dir else default_lake_dir()
        self.catalog = catalog or os.environ.get("TOLL_LAKE_CATALOG") or f"sqlite:{self.lake_dir / 'catalog.sqlite'}"
        self.data_path = data_path or os.environ.get("TOLL_LAKE_DATA_PATH") or f"{self.lake_dir / 'files'}/"

    @property
    def attach_sql(self) -> str:
        return f"ATTACH 'ducklake:{self.catalog}' AS lake (DATA_PATH '{self.data_path}')"

    def _extensions(self) -> list[str]:
        ext = ["ducklake"]
        if self.catalog.startswith("sqlite:"):
            ext.append("sqlite_scanner")
        elif self.catalog.startswith("postgres:"):
            ext.append("postgres_scanner")
        return ext

    def exists(self) -> bool:
        if self.catalog.startswith("sqlite:"):
            return Path(self.catalog.removeprefix("sqlite:")).exists()
        return True

    def connect(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with the lake attached as `lake` and selected."""
        con = duckdb.connect()
        _load_extensions(con, self._extensions())
        if read_only:
            if not self.exists():
                raise FileNotFoundError(
                    f"no ledger at {self.lake_dir}: run `make run` (or set TOLL_LAKE_DIR) first"
                )
            con.execute(f"ATTACH 'ducklake:{self.catalog}' AS lake (READ_ONLY)")
        else:
            self.lake_dir.mkdir(parents=True, exist_ok=True)
            con.execute(self.attach_sql)
            con.execute("USE lake")
            con.execute(SCHEMA_SQL.read_text())
        con.execute("USE lake")
        return con

    @contextmanager
    def reader(self):
        con = self.connect(read_only=True)
        try:
            yield con
        finally:
            con.close()

    def commit(self, writes: list[Write], message: str = "", author: str = "toll",
               extra_info: str | None = None) -> int:
        """Apply all writes in one DuckLake transaction and return the new snapshot id.

        Either every table changes or none does: a failure rolls back and the previous version stays current.
        """
        con = self.connect()
        try:
            con.execute("BEGIN")
            con.execute("CALL lake.set_commit_message(?, ?, extra_info => ?)", [author, message, extra_info])
            for i, w in enumerate(writes):
                if w.replace_all:
                    con.execute(f"DELETE FROM {w.table}")
                elif w.key and w.keys:
                    con.execute(f"DELETE FROM {w.table} WHERE {w.key} IN (SELECT UNNEST(?))", [list(w.keys)])
                if w.sql is not None:
                    con.execute(f"INSERT INTO {w.table} BY NAME ({w.sql})")
                    continue
                name = f"_frame_{i}"
                con.register(name, w.frame)
                cols = ", ".join(f'"{c}"' for c in _columns(w.frame))
                if cols:
                    con.execute(f"INSERT INTO {w.table} ({cols}) SELECT {cols} FROM {name}")
                con.unregister(name)
            con.execute("COMMIT")
            return self.current_version(con)
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
        return con.execute("SELECT id FROM lake.current_snapshot()").fetchone()[0]

    def query(self, sql: str, params: list | None = None):
        """Read-only query against the latest version, as a pandas DataFrame."""
        with self.reader() as con:
            return con.execute(sql, params or []).df()


def _columns(frame) -> list[str]:
    if hasattr(frame, "column_names"):
        return list(frame.column_names)
    return [str(c) for c in frame.columns]
