"""What `toll sql` lets through: one SELECT, with no function that reaches past the lake.

DuckDB's own switch (`enable_external_access = false`, set by `Lake.connect(sandbox=True)`) closes its file
system, but not everything: the SQLite extension opens files with SQLite's own I/O, so `ATTACH ... (TYPE sqlite)`,
`sqlite_scan` and `sqlite_query` reach any SQLite file (the catalog included, in write mode) with external access
off. So a query is checked before it runs, too: exactly one statement, of type SELECT (no ATTACH, COPY, INSTALL,
LOAD, SET, CALL, PRAGMA, ...), and none of the functions below anywhere in its syntax tree (DuckDB's own
`json_serialize_sql` gives the tree: no hand-written SQL parser).
"""

from __future__ import annotations

import json

import duckdb

# Functions that open files or databases outside DuckDB's file system, or run a string as SQL (so its contents
# could not be checked): refused whatever their arguments.
REFUSED_PREFIXES = ("sqlite_", "postgres_", "mysql_")
REFUSED_FUNCTIONS = frozenset({"query", "query_table"})
# DuckLake's functions that only read (`lake.snapshots()`, `ducklake_table_info('lake')`, ...); the others
# (merge_adjacent_files, expire_snapshots, set_option, add_data_files, ...) change the lake and are refused.
DUCKLAKE_READERS = frozenset({
    "snapshots", "current_snapshot", "last_committed_snapshot", "table_info", "table_changes",
    "table_insertions", "table_deletions", "list_files", "options", "settings", "scan",
})
DUCKLAKE_WRITERS = frozenset({
    "merge_adjacent_files", "expire_snapshots", "cleanup_old_files", "delete_orphaned_files", "set_option",
    "set_commit_message", "flush_inlined_data", "add_data_files", "rewrite_data_files", "commit",
})


class RefusedQuery(ValueError):
    """A query `toll sql` will not run; the message is one line that says why."""


def check_query(sql: str) -> str:
    """The one SELECT statement in `sql`, or RefusedQuery. Parse errors surface as duckdb.ParserException."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise RefusedQuery("no statement given")
    if len(statements) > 1:
        raise RefusedQuery(f"one statement per call ({len(statements)} given); run them one at a time")
    stmt = statements[0]
    if stmt.type != duckdb.StatementType.SELECT:
        kind = stmt.type.name if hasattr(stmt.type, "name") else str(stmt.type)
        kind = "INSTALL/LOAD" if kind == "LOAD" else kind  # DuckDB gives INSTALL the type LOAD
        raise RefusedQuery(f"{kind} statements are refused: toll sql only reads (SELECT ...); "
                           "to write a result to a file use --export FILE")
    for name in _functions(stmt.query):
        why = _refused(name)
        if why:
            raise RefusedQuery(why)
    return stmt.query


def _refused(name: str) -> str | None:
    base = name.removeprefix("ducklake_")
    if name in REFUSED_FUNCTIONS:
        return f"{name}() is refused: it runs SQL from a string; write the query itself"
    if name.startswith(REFUSED_PREFIXES):
        return f"{name}() is refused: toll sql reads the lake's tables only"
    if base in DUCKLAKE_WRITERS or (name.startswith("ducklake_") and base not in DUCKLAKE_READERS):
        return f"{name}() is refused: it changes the lake, which only runs do"
    return None


def _functions(sql: str) -> set[str]:
    """Every function name (scalar, aggregate, table) in the syntax tree of one SELECT, lower case."""
    con = duckdb.connect()
    try:
        tree = json.loads(con.execute("SELECT json_serialize_sql(?)", [sql]).fetchone()[0])
    finally:
        con.close()
    if tree.get("error"):
        # extract_statements said SELECT, but the serializer cannot represent it: refuse rather than run unseen
        raise RefusedQuery(f"cannot check this query: {str(tree.get('error_message', '')).splitlines()[0]}")
    names: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            name = node.get("function_name")
            if isinstance(name, str):
                names.add(name.lower())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return names
