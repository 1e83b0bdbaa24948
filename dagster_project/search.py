"""Full-text search of claim sentences: DuckDB's fts extension (BM25) over an index file beside the lake.

The index lives in its own DuckDB file (`search.duckdb` in the lake folder), not in the lake: the fts extension
stores its index as tables and macros in the database it indexes, and DuckLake holds neither macros nor tables
that are not the ledger's. The file is rebuilt whole when the claims changed (fts has no incremental update),
into a new file renamed over the old one, so a reader never sees a half-built index. It records the lake version
it stands for; a build after versions that changed neither claims nor reports only moves that mark. Kept free of Dagster, like lake.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from .lake import Lake, _load_extensions, s3_secret

INDEX_FILE = "search.duckdb"
# one row per distinct sentence of a report (a sentence with three figures is one document, not three), with the
# claims it holds; claims of withdrawn reports are left out
DOCUMENTS_SQL = """
    SELECT row_number() OVER (ORDER BY c.report_id, c.sentence) AS doc_id, c.report_id,
           any_value(c.event_id) AS event_id, c.sentence, list(c.claim_id ORDER BY c.claim_index) AS claim_ids
    FROM lake.claims AS c JOIN lake.reports AS r USING (report_id)
    WHERE r.withdrawn_at IS NULL AND c.sentence IS NOT NULL
    GROUP BY c.report_id, c.sentence
"""
# The simple form (README "Searching sentences"): fts's own BM25 macro, evaluated for every sentence.
MATCH_SQL = """
    SELECT score, event_id, report_id, claim_ids, sentence
    FROM (SELECT *, fts_main_sentences.match_bm25(doc_id, ?) AS score FROM sentences)
    WHERE score IS NOT NULL
    ORDER BY score DESC, doc_id
    LIMIT ?
"""
# The same BM25 (fts's formula and defaults: k = 1.2, b = 0.75, any term), computed from the query's terms
# outward over `postings` (term, document, term frequency, document length: fts's own tables joined and counted
# once at build time, stored in term order so DuckDB reads only the row groups of the query's terms). The macro
# above scores every sentence and joins fts's tables on every query: many times slower on a million. The best
# `limit` documents are then looked up by doc_id (an ART index).
TOP_SQL = """
    WITH tokens AS (SELECT DISTINCT stem(unnest(fts_main_sentences.tokenize(?)), 'porter') AS term),
    qterms AS (SELECT termid, df FROM fts_main_sentences.dict JOIN tokens USING (term))
    SELECT p.doc_id,
           sum(log((st.num_docs - q.df + 0.5) / (q.df + 0.5) + 1)
               * (p.tf * (1.2 + 1)) / (p.tf + 1.2 * (1 - 0.75 + 0.75 * (p.len / st.avgdl)))) AS score
    FROM fts_main_sentences.postings AS p JOIN qterms AS q USING (termid)
    CROSS JOIN fts_main_sentences.stats AS st
    GROUP BY p.doc_id
    ORDER BY score DESC, p.doc_id
    LIMIT ?
"""
POSTINGS_SQL = """
    CREATE TABLE fts_main_sentences.postings AS
    SELECT t.termid, d.name AS doc_id, any_value(d.len) AS len, count(*) AS tf
    FROM fts_main_sentences.terms AS t JOIN fts_main_sentences.docs AS d USING (docid)
    GROUP BY t.termid, d.name
    ORDER BY t.termid, doc_id
"""


def index_path(lake: Lake) -> Path:
    return lake.lake_dir / INDEX_FILE


def indexed_version(path: Path) -> int | None:
    """The lake version an index file was built from, or None (no index, or not one of ours)."""
    if not path.exists():
        return None
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            return con.execute("SELECT version FROM index_meta").fetchone()[0]
    except duckdb.Error:
        return None


def _sentences_changed(lake: Lake, lo: int, hi: int) -> bool:
    """Whether claims or reports changed between versions lo and hi (DuckLake's change feed); True when that
    cannot be told (versions expired)."""
    if lo == hi:
        return False
    try:
        with lake.reader() as con:
            return any(con.execute(f"SELECT count(*) FROM lake.table_changes('{t}', {int(lo) + 1}, {int(hi)})")
                       .fetchone()[0] for t in ("claims", "reports"))
    except duckdb.Error:
        return True


def build_index(lake: Lake) -> tuple[Path, int, int, bool]:
    """(path, lake version, documents, rebuilt): the index of the latest version's claim sentences."""
    path = index_path(lake)
    with lake.reader() as src:
        version = Lake.current_version(src)
    built = indexed_version(path)
    if built is not None and built <= version and not _sentences_changed(lake, built, version):
        with duckdb.connect(str(path)) as con:  # the same sentences: only say which version it stands for
            con.execute("UPDATE index_meta SET version = ?", [version])
            return path, version, con.execute("SELECT count(*) FROM sentences").fetchone()[0], False
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        _load_extensions(con, [*lake._extensions(), "fts"])
        if lake.data_path.startswith(("s3://", "s3a://")):
            s3_secret(con)  # data files on object storage: the same credentials and endpoint as the lake's own
        con.execute(lake.attach_sql(read_only=True, version=version))
        con.execute(f"CREATE TABLE sentences AS {DOCUMENTS_SQL} ORDER BY doc_id")
        con.execute("DETACH lake")
        con.execute("PRAGMA create_fts_index('sentences', 'doc_id', 'sentence', overwrite = 1)")
        con.execute(POSTINGS_SQL)
        con.execute("CREATE UNIQUE INDEX sentences_doc_id ON sentences (doc_id)")
        con.execute("CREATE TABLE index_meta AS SELECT ? AS version", [version])
        n = con.execute("SELECT count(*) FROM sentences").fetchone()[0]
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)
    return path, version, n, True


def connect_index(lake: Lake) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the index with fts loaded (its macros need it)."""
    path = index_path(lake)
    if not path.exists():
        raise FileNotFoundError(f"no search index at {path}: materialize `claim_search` (or `toll run`) first")
    con = duckdb.connect(str(path), read_only=True)
    _load_extensions(con, ["fts"])
    return con


def search(con: duckdb.DuckDBPyConnection, query: str, limit: int = 20) -> list[tuple]:
    """The best `limit` sentences for `query`: (score, event_id, report_id, claim_ids, sentence)."""
    top = con.execute(TOP_SQL, [query, limit]).fetchall()
    if not top:
        return []
    ids = ", ".join(str(int(doc_id)) for doc_id, _ in top)  # integers: a literal list, so the index serves it
    rows = {r[0]: r[1:] for r in con.execute(
        f"SELECT doc_id, event_id, report_id, claim_ids, sentence FROM sentences WHERE doc_id IN ({ids})").fetchall()}
    return [(score, *rows[doc_id]) for doc_id, score in top]
