"""Full-text search of claim sentences: DuckDB's fts extension (BM25) over an index file beside the lake.

The index lives in its own DuckDB file (`search.duckdb` in the lake folder), not in the lake: the fts extension
stores its index as tables and macros in the database it indexes, and DuckLake holds neither macros nor tables
that are not the ledger's. The file is rebuilt whole when the claims changed (fts has no incremental update),
into a new file renamed over the old one, so a reader never sees a half-built index. It records the lake version
it stands for; a build after versions that changed neither claims nor reports only moves that mark. Kept free of Dagster, like lake.py.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import duckdb

from .lake import _UNLIMITED, Lake, _load_extensions, database_config, out_of_memory, s3_secret

log = logging.getLogger("toll.search")

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
# `limit` documents are then looked up by doc_id (an ART index). This reads every posting of the query's terms:
# what `search` does for rare words, and when pruning cannot settle the top k.
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
# Each posting also holds its BM25 term score (`impact`: the index is rebuilt whole when the sentences change, so
# the collection's statistics are fixed) and its rank within its term by impact, stored in that order: a term's
# best postings are its first rows.
POSTINGS_SQL = """
    CREATE TABLE fts_main_sentences.postings AS
    WITH p AS (SELECT t.termid, d.name AS doc_id, any_value(d.len) AS len, count(*) AS tf
               FROM fts_main_sentences.terms AS t JOIN fts_main_sentences.docs AS d USING (docid)
               GROUP BY t.termid, d.name),
    scored AS (SELECT p.*, log((st.num_docs - q.df + 0.5) / (q.df + 0.5) + 1)
                           * (p.tf * (1.2 + 1)) / (p.tf + 1.2 * (1 - 0.75 + 0.75 * (p.len / st.avgdl))) AS impact
               FROM p JOIN fts_main_sentences.dict AS q USING (termid) CROSS JOIN fts_main_sentences.stats AS st)
    SELECT *, row_number() OVER (PARTITION BY termid ORDER BY impact DESC, doc_id) AS rank
    FROM scored
    ORDER BY termid, rank
"""
INDEX_FORMAT = 2  # postings with impact and rank; an index of another format is rebuilt
QUERY_TERMS_SQL = """
    SELECT termid, df FROM fts_main_sentences.dict
    WHERE term IN (SELECT stem(unnest(fts_main_sentences.tokenize(?)), 'porter'))
"""
# Scores are ordered rounded to 10 decimals, then by doc_id: two sums of the same term scores in another order can
# differ in the last bit, and equal sentences must come in one order whichever way they were summed.
SCORE_ORDER = "round(score, 10) DESC, doc_id"
# Every posting of the query's terms (doc_id, impact), summed per document by `_sum_per_document`
POSTINGS_OF_SQL = "SELECT doc_id, impact FROM fts_main_sentences.postings WHERE termid IN ({ids})"
# One pruning round (see top_documents): each term's best $n postings; per document seen, the sum of the impacts
# read (lb), and that plus the last impact read of each term it was not seen in (ub: no unread posting is higher);
# theta, the k-th best lb; the documents that could still reach theta, and the most an unseen one could score.
HEADS_SQL = """
    WITH heads AS (SELECT termid, doc_id, impact, rank FROM fts_main_sentences.postings
                   WHERE termid IN ({ids}) AND rank <= $n),
    cuts AS (SELECT termid, CASE WHEN max(rank) = $n THEN min(impact) ELSE 0 END AS cut FROM heads GROUP BY termid),
    docs AS (SELECT doc_id, sum(impact) AS lb, list(termid) AS seen FROM heads GROUP BY doc_id),
    bounded AS (SELECT doc_id, lb, len(seen) = $terms AS whole,
                       lb + (SELECT coalesce(sum(cut), 0) FROM cuts WHERE NOT list_contains(seen, termid)) AS ub
                FROM docs),
    theta AS (SELECT CASE WHEN count(*) = $k THEN min(lb) END AS theta
              FROM (SELECT lb FROM bounded ORDER BY lb DESC LIMIT $k))
    SELECT doc_id, lb, whole, (SELECT theta FROM theta) AS theta, (SELECT sum(cut) FROM cuts) AS unseen
    FROM bounded WHERE ub >= (SELECT theta FROM theta)
"""
EXACT_SQL = """
    SELECT doc_id, sum(impact) AS score FROM fts_main_sentences.postings
    WHERE termid IN ({ids}) AND doc_id IN (SELECT unnest(?)) GROUP BY doc_id
"""
PRUNE_ABOVE = 20_000  # below this many postings for the query's terms together, all are summed (a few ms)
FIRST_POSTINGS = 500  # postings per term the pruning round reads (a round that cannot settle costs ~5 ms)
RESOLVE_AT_MOST = 5_000  # documents seen in some of the heads only, whose missing impacts it may look up


def index_path(lake: Lake) -> Path:
    return lake.lake_dir / INDEX_FILE


def indexed_version(path: Path) -> int | None:
    """The lake version an index file was built from, or None (no index, or not one of ours)."""
    if not path.exists():
        return None
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            version, fmt = con.execute("SELECT version, format FROM index_meta").fetchone()
            return version if fmt == INDEX_FORMAT else None
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
    try:
        n = _write_index(lake, tmp, version)
    except duckdb.Error as exc:
        if not out_of_memory(exc) or _UNLIMITED.get():
            raise
        # DuckDB's memory limit bounds what it keeps; an index that cannot be built within it is built without it
        log.warning("the search index needed more memory than DuckDB's limit (%s); building it again without the "
                    "limit", database_config().get("memory_limit"))
        unlimited = _UNLIMITED.set(True)
        try:
            n = _write_index(lake, tmp, version)
        finally:
            _UNLIMITED.reset(unlimited)
    os.replace(tmp, path)
    return path, version, n, True


def _write_index(lake: Lake, tmp: Path, version: int) -> int:
    """Write the index of the lake's `version` to the file `tmp` (made anew), under the lake's DuckDB memory
    limit (database_config; the file's own .tmp folder takes what goes beyond it: an index of 1.27 million
    sentences took ~1.5 GB without one); the number of sentences."""
    tmp.unlink(missing_ok=True)
    limit = {k: v for k, v in database_config().items() if k == "memory_limit"}
    con = duckdb.connect(str(tmp), config=limit)
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
        con.execute("CREATE TABLE index_meta AS SELECT ? AS version, ? AS format", [version, INDEX_FORMAT])
        n = con.execute("SELECT count(*) FROM sentences").fetchone()[0]
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return n


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
    top = top_documents(con, query, limit)[0]
    if not top:
        return []
    ids = ", ".join(str(int(doc_id)) for doc_id, _ in top)  # integers: a literal list, so the index serves it
    rows = {r[0]: r[1:] for r in con.execute(
        f"SELECT doc_id, event_id, report_id, claim_ids, sentence FROM sentences WHERE doc_id IN ({ids})").fetchall()}
    return [(score, *rows[doc_id]) for doc_id, score in top]


def top_documents(con: duckdb.DuckDBPyConnection, query: str, limit: int,
                  first: int = FIRST_POSTINGS, prune_above: int = PRUNE_ABOVE) -> tuple[list[tuple], str]:
    """The best `limit` (doc_id, BM25 score) for `query`, best first, exactly as every posting of its terms gives
    them, and how they were found: "pruned" (the best `first` postings of each term settled it) or "all
    postings".

    Common words have hundreds of thousands of postings each: summing them (`_sum_per_document`) reads them all.
    Pruning, after Fagin's threshold algorithm over
    impact-ordered postings (and its no-random-access variant for the documents seen): read each term's `first`
    best postings. An unseen document scores at most the sum of each term's last impact read; a document seen
    for some terms at most what was read plus those terms' last impacts for the others. Once the k-th best
    sum read (theta) is above the first bound, only the documents whose bound reaches theta can be in the top k:
    they are scored exactly (the impacts not read are looked up) and the best k kept. When the round cannot
    settle it (words whose postings have nearly equal impacts, like the bench's synthetic sentences: there it
    would need ~20% of each list), every posting is summed. Written here because fts has no top-k query and DuckDB no WAND; the tests compare the answer with
    every posting's and with fts's own match_bm25."""
    terms = con.execute(QUERY_TERMS_SQL, [query]).fetchall()
    if not terms:
        return [], "no term"
    if not _has_impacts(con):
        return con.execute(TOP_SQL, [query, limit]).fetchall(), "all postings (an index without impacts)"
    ids = ", ".join(str(int(t)) for t, _ in terms)  # integers from the index: a literal list, for the zone maps
    if sum(df for _, df in terms) > prune_above and max(df for _, df in terms) > first:
        rows = con.execute(HEADS_SQL.format(ids=ids), {"n": first, "terms": len(terms), "k": limit}).fetchall()
        partial = [d for d, _, whole, _, _ in rows if not whole]
        if rows and rows[0][3] is not None and rows[0][4] < rows[0][3] and len(partial) <= RESOLVE_AT_MOST:
            scores = {d: lb for d, lb, whole, _, _ in rows if whole}
            if partial:
                scores.update(con.execute(EXACT_SQL.format(ids=ids), [partial]).fetchall())
            top = sorted(scores.items(), key=lambda x: (-round(x[1], 10), x[0]))[:limit]
            return top, f"pruned: {first} postings a term, {len(partial)} documents looked up"
    return _sum_per_document(con.execute(POSTINGS_OF_SQL.format(ids=ids)).fetchnumpy(), limit), "all postings"


def _sum_per_document(postings: dict, limit: int) -> list[tuple[int, float]]:
    """The best `limit` (doc_id, sum of impacts) of these postings, ordered as SCORE_ORDER. With numpy, not SQL:
    doc ids are dense integers, so one array indexed by them sums the postings (bincount) and a partial sort
    finds the top k, where DuckDB's GROUP BY builds a hash table of every document (~3 times the CPU for three
    common words on a million sentences)."""
    import numpy as np

    docs, impacts = np.asarray(postings["doc_id"], dtype=np.int64), np.asarray(postings["impact"], dtype=float)
    if not len(docs):
        return []
    scores = np.bincount(docs, weights=impacts)
    found = np.flatnonzero(scores)  # the documents holding a term (partitioning the zeros too is ~40 times slower)
    values = scores[found]
    k = min(limit, len(found))
    if k == 0:
        return []
    kth = np.round(values[np.argpartition(values, -k)[-k:]], 10).min()
    near = np.flatnonzero(values >= kth - 1e-9)  # every document level with the k-th, or above
    keep = near[np.round(values[near], 10) >= kth]
    order = np.lexsort((found[keep], -np.round(values[keep], 10)))[:k]
    return [(int(found[keep[i]]), float(values[keep[i]])) for i in order]


def _has_impacts(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the index's postings carry impacts (an index built before they did is searched exhaustively)."""
    return bool(con.execute("SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'fts_main_sentences' "
                            "AND table_name = 'postings' AND column_name = 'impact'").fetchone()[0])
