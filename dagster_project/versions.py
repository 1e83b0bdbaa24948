"""Data versions: the list of snapshots, diffs between two, rollback and expiry, all on DuckLake snapshots.

Every commit of the lake is a version (a DuckLake snapshot). Nothing here copies tables: diffs read DuckLake's
change feed (`table_changes`), and a rollback writes version N's rows back as a new version, so it can itself
be rolled back. Kept free of Dagster so the `toll` commands start fast.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import duckdb

from .lake import Lake

# The business key of each table: a diff calls a row "changed" when its key stays and other columns differ.
# Tables not listed here are diffed by whole rows (added / removed only).
KEYS = {
    "reports": ("report_id",),
    "rejected_reports": ("report_id",),
    "claims": ("claim_id",),
    "quarantine": ("claim_id", "rule"),
    "events": ("event_id",),
    "event_estimates": ("event_id", "party", "outcome"),
}
# Columns that change on every rewrite of a row without its content changing (not a change worth showing).
VOLATILE = {"ingested_at", "rejected_at", "warned_at", "quarantined_at", "flagged_at", "run_id"}
_INSERTED = ("insert", "update_postimage")
_DELETED = ("delete", "update_preimage")


class VersionError(ValueError):
    """A version that does not exist (never written, or expired), or a bad argument: one line for the user."""


@dataclass
class Version:
    snapshot_id: int
    time: datetime
    run_id: str | None
    asset: str | None
    message: str | None
    author: str | None
    added: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    schema: str = ""  # tables created, altered or dropped in this version

    def changes(self) -> str:
        """`claims +12 -3, reports +2`: rows added / removed per table in this version."""
        parts = [self.schema] if self.schema else []
        for t in sorted(set(self.added) | set(self.removed)):
            a, r = self.added.get(t, 0), self.removed.get(t, 0)
            parts.append(f"{t} " + " ".join(s for s in (f"+{a}" if a else "", f"-{r}" if r else "") if s))
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {"version": self.snapshot_id, "time": self.time.isoformat(), "run_id": self.run_id,
                "asset": self.asset, "message": self.message, "rows_added": self.added,
                "rows_removed": self.removed, "schema": self.schema}


def lake_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The ledger's tables as the connection sees them (schema main of the lake)."""
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'lake' AND schema_name = 'main' "
        "ORDER BY table_name").fetchall()]


def snapshot_ids(con: duckdb.DuckDBPyConnection) -> list[int]:
    return [r[0] for r in con.execute("SELECT snapshot_id FROM lake.snapshots() ORDER BY 1").fetchall()]


def check_version(con: duckdb.DuckDBPyConnection, version: int) -> None:
    if version not in set(snapshot_ids(con)):
        current = Lake.current_version(con)
        raise VersionError(f"no version {version}: versions go up to {current}, and expired ones are gone "
                           "(see `toll versions`)")


def row_changes(con: duckdb.DuckDBPyConnection, lo: int, hi: int) -> dict[int, dict[str, tuple[int, int]]]:
    """Rows added and removed per snapshot and table between snapshots lo..hi, from the change feed."""
    out: dict[int, dict[str, tuple[int, int]]] = {}
    tables = lake_tables(con)
    if not tables:
        return out
    # one query over every table's feed: DuckDB scans them in parallel
    rows = con.execute(" UNION ALL ".join(f"""
        SELECT '{table}', snapshot_id, count(*) FILTER (change_type IN {_INSERTED}),
               count(*) FILTER (change_type IN {_DELETED})
        FROM lake.table_changes('{table}', {int(lo)}, {int(hi)}) GROUP BY ALL""" for table in tables)).fetchall()
    for table, snap, added, removed in rows:
        out.setdefault(snap, {})[table] = (added, removed)
    return out


def list_versions(lake: Lake, limit: int | None = 20) -> list[Version]:
    """The latest `limit` versions (all when None), newest first, with who wrote them and rows per table."""
    with lake.reader() as con:
        snaps = con.execute(f"""
            SELECT snapshot_id, snapshot_time, author, commit_message, commit_extra_info, changes
            FROM lake.snapshots() ORDER BY snapshot_id DESC {f'LIMIT {int(limit)}' if limit else ''}""").fetchall()
        if not snaps:
            return []
        counts = row_changes(con, snaps[-1][0], snaps[0][0])
    out = []
    for snap, when, author, message, extra, changes in snaps:
        info = _json(extra)
        per_table = counts.get(snap, {})
        schema = "; ".join(f"{k.replace('_', ' ')} {', '.join(str(x) for x in v)}"
                           for k, v in (changes or {}).items()
                           if k.startswith(("schemas_", "tables_created", "tables_dropped", "tables_altered",
                                            "views_")))
        out.append(Version(snap, when, info.get("run_id"), info.get("asset"), message, author,
                           {t: a for t, (a, _) in per_table.items() if a},
                           {t: r for t, (_, r) in per_table.items() if r}, schema))
    return out


def _json(text: str | None) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


@dataclass
class Change:
    table: str
    change: str  # added | removed | changed
    key: str
    report_id: str | None
    sentence: str | None
    detail: str

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def diff(lake: Lake, a: int, b: int, table: str | None = None) -> list[Change]:
    """What changed from version `a` to version `b` (either order), table by table, from the change feed.

    For each row touched between the two versions, its state at `a` is its first pre-image in the feed and
    its state at `b` its last post-image; rows rewritten with the same content (a re-extraction that found
    the same claim) cancel out. Rows are matched by the table's key (KEYS) to tell "changed" from
    "added" + "removed".
    """
    if a > b:
        flip = {"added": "removed", "removed": "added", "changed": "changed", "withdrawn": "changed"}
        return [Change(c.table, flip[c.change], c.key, c.report_id, c.sentence, _flip_detail(c))
                for c in diff(lake, b, a, table)]
    with lake.reader() as con:
        check_version(con, a)
        check_version(con, b)
        tables = lake_tables(con)
        if table is not None:
            if table not in tables:
                raise VersionError(f"no table {table!r}: the tables are {', '.join(tables)}")
            tables = [table]
        if a == b:
            return []
        out: list[Change] = []
        for t in tables:
            out.extend(_diff_table(con, t, a, b))
    return out


def _diff_table(con: duckdb.DuckDBPyConnection, table: str, a: int, b: int) -> list[Change]:
    feed = f"lake.table_changes('{table}', {a + 1}, {b})"
    step = "CASE WHEN change_type IN ('delete', 'update_preimage') THEN 0 ELSE 1 END"  # pre before post
    # a row's state at a: its first feed entry, when that is a pre-image; at b: its last, when a post-image
    before = _records(con, f"""
        SELECT * EXCLUDE (snapshot_id, change_type, rowid, rn) FROM (
            SELECT *, row_number() OVER (PARTITION BY rowid ORDER BY snapshot_id, {step}) AS rn FROM {feed})
        WHERE rn = 1 AND change_type IN {_DELETED}""")
    after = _records(con, f"""
        SELECT * EXCLUDE (snapshot_id, change_type, rowid, rn) FROM (
            SELECT *, row_number() OVER (PARTITION BY rowid ORDER BY snapshot_id DESC, {step} DESC) AS rn FROM {feed})
        WHERE rn = 1 AND change_type IN {_INSERTED}""")
    cols = list(after[0] if after else before[0] if before else [])
    key = [k for k in KEYS.get(table, ()) if k in cols] or [c for c in cols if c not in VOLATILE]

    def rows(records: list[dict]) -> dict[tuple, dict]:
        return {tuple(_hashable(r.get(k)) for k in key): r for r in records}

    old, new = rows(before), rows(after)
    # a report replaced by a changed file: the old and new rows share the path (ids are content hashes)
    old_paths = {r.get("path"): r.get("report_id") for r in before} if table == "reports" else {}
    out = []
    for k in sorted(set(old) | set(new), key=str):
        o, n = old.get(k), new.get(k)
        row = n or o
        label = ":".join("" if v is None else str(v) for v in k) if len(key) < 4 else table
        if o is None:
            change, detail = "added", _summary(table, n)
            if n.get("path") in old_paths and old_paths[n.get("path")] != n.get("report_id"):
                detail = f"replaces {old_paths[n.get('path')]} (its file changed); {detail}"
        elif n is None:
            change, detail = "removed", _summary(table, o)
        else:
            diffs = [f"{c}: {_short(o.get(c))} → {_short(n.get(c))}" for c in n
                     if c not in VOLATILE and c in o and o.get(c) != n.get(c)]
            if not diffs:
                continue
            change, detail = "changed", "; ".join(diffs)
            if table == "reports" and o.get("withdrawn_at") is None and n.get("withdrawn_at") is not None:
                change = "withdrawn"  # its file was deleted: kept, out of the estimates
        out.append(Change(table, change, label, row.get("report_id"), row.get("sentence"), detail))
    return out


def _hashable(v):
    if isinstance(v, list | tuple):
        return tuple(_hashable(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((k, _hashable(x)) for k, x in v.items()))
    return v


def _records(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _short(v, n: int = 60) -> str:
    s = "NULL" if v is None else str(v)
    return s if len(s) <= n else s[: n - 1] + "…"


def _summary(table: str, row: dict) -> str:
    if table == "claims":
        fig = row.get("value_low") if row.get("value_high") in (None, row.get("value_low")) else \
            f"{row.get('value_low')}-{row.get('value_high')}"
        return f"{row.get('outcome')} {fig} {row.get('party')}"
    skip = VOLATILE | set(KEYS.get(table, ())) | {"text", "raw", "sentence", "row_json"}
    return ", ".join(f"{c}={_short(v, 30)}" for c, v in row.items() if c not in skip and v is not None)[:200]


def _flip_detail(c: Change) -> str:
    if c.change != "changed":
        return c.detail
    parts = []
    for p in c.detail.split("; "):
        name, _, rest = p.partition(": ")
        old, _, new = rest.partition(" → ")
        parts.append(f"{name}: {new} → {old}")
    return "; ".join(parts)


def rollback(lake: Lake, version: int, author: str = "toll rollback") -> int:
    """Make `version` current again, as a new version: one transaction rewrites each table that differs.

    Nothing is deleted from history, so the rollback shows in `toll versions` and can itself be undone by
    rolling back to the version before it. Returns the new version (the current one if nothing differed).
    """
    with lake.reader() as con:
        check_version(con, version)
        current = Lake.current_version(con)
        then = set(tables_at(con, version))
        changed = [t for t in lake_tables(con) if t not in then or _changed_since(con, t, version, current)]
    if not changed:
        return current
    message = f"rollback to version {version}"
    extra = json.dumps({"rollback_to": version, "rolled_back_from": current, "asset": "rollback"})
    with lake.transaction(message, author=author, extra_info=extra) as txn:
        if Lake.current_version(txn.con) != current:
            raise VersionError(f"the lake moved on to version {Lake.current_version(txn.con)} while rolling "
                               "back; run the rollback again")
        for t in changed:
            # version N's rows are read before the table's rows are deleted: in the same transaction DuckLake applies
            # the delete to a time-travel read of the files both versions share (minimal writes keep a day's file
            # and mark a few of its rows deleted), and the rollback would then insert nothing
            if t in then:
                txn.con.execute(f"CREATE OR REPLACE TEMP TABLE _rollback_rows AS "
                                f"SELECT * FROM {t} AT (VERSION => {int(version)})")
            txn.rows_removed[t] = int(txn.con.execute(f"DELETE FROM {t}").fetchone()[0])
            txn.rows_added[t] = 0
            if t in then:
                txn.rows_added[t] = int(txn.con.execute(
                    f"INSERT INTO {t} BY NAME SELECT * FROM _rollback_rows").fetchone()[0])
                txn.con.execute("DROP TABLE _rollback_rows")
    return lake.last_commit.snapshot_id


def tables_at(con: duckdb.DuckDBPyConnection, version: int) -> list[str]:
    """The current tables that already existed at `version`."""
    found = []
    for t in lake_tables(con):
        try:
            con.execute(f"DESCRIBE SELECT * FROM lake.{t} AT (VERSION => {int(version)})")
        except duckdb.Error:
            continue
        found.append(t)
    return found


def _changed_since(con: duckdb.DuckDBPyConnection, table: str, version: int, current: int) -> bool:
    if version >= current:
        return False
    return con.execute(
        f"SELECT count(*) > 0 FROM lake.table_changes('{table}', {version + 1}, {current})").fetchone()[0]


_AGE = re.compile(r"^\s*(\d+)\s*(s|m|h|d|w)\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> timedelta:
    """`90d`, `12h`, `2w`, `30m`, `45s` as a timedelta."""
    m = _AGE.match(text or "")
    if not m:
        raise VersionError(f"--older-than {text!r}: expected a number and a unit, like 90d, 12h or 2w")
    return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


@dataclass
class Expiry:
    expired: list[int]
    files_removed: int
    dry_run: bool


def expire(lake: Lake, older_than: timedelta, dry_run: bool = False) -> Expiry:
    """Expire the versions older than `older_than` (never the current one), then delete their files.

    Expired versions can no longer be read, diffed or rolled back to; that is the point: it frees space.
    """
    with lake.reader() as con:
        cutoff = con.execute("SELECT now() - ?::INTERVAL", [older_than]).fetchone()[0]
    con = lake.connect()
    try:
        rows = con.execute("SELECT * FROM ducklake_expire_snapshots('lake', dry_run => ?, older_than => ?)",
                           [dry_run, cutoff]).fetchall()
        expired = sorted(int(r[0]) for r in rows)
        files = con.execute("SELECT count(*) FROM ducklake_cleanup_old_files('lake', dry_run => ?, "
                            "cleanup_all => true)", [dry_run]).fetchone()[0]
    finally:
        con.close()
    return Expiry(expired, int(files), dry_run)
