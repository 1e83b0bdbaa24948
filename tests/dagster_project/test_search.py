"""The full-text index of claim sentences (dagster_project/search.py), built by the `claim_search` asset."""

from __future__ import annotations


def test_search_finds_sentences_by_stemmed_words(sample_ledger):
    from dagster_project.search import (
        MATCH_SQL,
        build_index,
        connect_index,
        index_path,
        indexed_version,
        search,
    )

    lake, result, _ = sample_ledger
    assert "claim_search" in {m.asset_key.to_user_string() for m in result.get_asset_materialization_events()}
    path = index_path(lake)
    assert indexed_version(path) is not None
    # the aggregates written since changed no sentence: the index is kept, marked with the latest version
    assert build_index(lake)[3] is False
    assert indexed_version(path) == lake.latest_version()
    with connect_index(lake) as con:
        hits = search(con, "prisoners", 50)
        stored = con.execute("SELECT count(*) FROM sentences").fetchone()[0]
    claims = lake.query("SELECT claim_id, sentence FROM claims")
    assert stored == len(set(zip(*[lake.query("SELECT report_id, sentence FROM claims")[c]
                                   for c in ("report_id", "sentence")], strict=True)))
    assert hits, "no sentence about prisoners"
    scores = [h[0] for h in hits]
    assert scores == sorted(scores, reverse=True)
    by_id = dict(zip(claims.claim_id, claims.sentence, strict=True))
    for _, _, _, claim_ids, sentence in hits:
        assert "prison" in sentence.lower()  # Porter stems "prisoners" to "prison"
        assert all(by_id[c] == sentence for c in claim_ids)
    # the term-first query gives fts's own BM25 macro's answer
    with connect_index(lake) as con:
        for words in ("prisoners", "killed prison attack", "SDF fighters"):
            fast = search(con, words, 10)
            slow = con.execute(MATCH_SQL, [words, 10]).fetchall()
            assert [h[1:] for h in fast] == [h[1:] for h in slow], words
            assert [round(h[0], 6) for h in fast] == [round(h[0], 6) for h in slow], words
    # a word in no sentence finds nothing
    with connect_index(lake) as con:
        assert search(con, "zeppelin", 5) == []


def test_toll_search_prints_hits(sample_ledger, monkeypatch, capsys):
    from dagster_project.cli import main

    lake, _, _ = sample_ledger
    monkeypatch.setenv("TOLL_LAKE_DIR", str(lake.lake_dir))
    assert main(["search", "killed", "--limit", "3"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert 2 <= len(out) <= 6 and "kill" in out[1].lower()



COMMON = ["killed", "civilians", "market", "soldiers", "wounded", "village"]
FILLER = ("the a of in on near after before during late early morning night town road river bridge convoy "
          "officials police residents hospital army attack said reported according witnesses local several "
          "people including children women men forces fighters group").split()


def same_ranking(hits: list[tuple], expected: list[tuple], words: str) -> None:
    """The same scores, and the same sentences at each score: sentences of equal score (the same words) may come
    in either order, their sums differing in the last bit, and only the last score's may be cut differently."""
    assert [round(h[0], 9) for h in hits] == [round(h[0], 9) for h in expected], words

    def by_score(rows):
        out: dict[float, set] = {}
        for score, *row in rows:
            out.setdefault(round(score, 9), set()).add(repr(row))
        return out

    got, want = by_score(hits), by_score(expected)
    last = round(expected[-1][0], 9) if expected else None
    assert {k: v for k, v in got.items() if k != last} == {k: v for k, v in want.items() if k != last}, words


def test_pruned_search_of_common_words_gives_the_exhaustive_top_k(tmp_path):
    """Top-k pruning (impact-ordered postings, a threshold on what unread postings can add) returns the answer of
    every posting, and fts's own match_bm25's, for queries of common words: settling early, or reading more."""
    import itertools
    import random

    import pandas as pd

    from dagster_project.lake import Lake, Write
    from dagster_project.search import MATCH_SQL, TOP_SQL, build_index, connect_index, search, top_documents

    rnd = random.Random(15)
    sentences = []
    for _ in range(1500):  # sentences of 6-30 words, one word in four a common one (some twice or more)
        words = [rnd.choice(COMMON) if rnd.random() < 0.25 else rnd.choice(FILLER) for _ in range(rnd.randint(6, 30))]
        sentences.append(" ".join(words).capitalize() + ".")
    reports = pd.DataFrame({"report_id": [f"r{i // 5}" for i in range(0, len(sentences), 5)]})
    claims = pd.DataFrame({"claim_id": [f"r{i // 5}:{i % 5}" for i in range(len(sentences))],
                           "report_id": [f"r{i // 5}" for i in range(len(sentences))],
                           "claim_index": [i % 5 for i in range(len(sentences))],
                           "event_id": [f"e{i // 20}" for i in range(len(sentences))], "sentence": sentences})
    lake = Lake(tmp_path / "lake")
    lake.commit([Write("reports", reports), Write("claims", claims)])
    build_index(lake)
    how = []
    with connect_index(lake) as con:
        for first, words in itertools.product((40, 150), ("killed civilians market", "soldiers wounded village",
                                                          "market killed", "civilians", "killed civilians soldiers")):
            for limit in (1, 5, 20):
                exhaustive = [(score, d) for d, score in con.execute(TOP_SQL, [words, limit]).fetchall()]
                pruned, found = top_documents(con, words, limit, first=first, prune_above=0)
                how.append(found)
                same_ranking([(score, d) for d, score in pruned], exhaustive, f"{words} {limit} {found}")
            same_ranking(search(con, words, 20), con.execute(MATCH_SQL, [words, 20]).fetchall(), words)
    # the round settled some without summing every posting, and left others to the sum
    assert any(h.startswith("pruned") for h in how) and any(h == "all postings" for h in how), how


def test_the_index_is_built_under_the_memory_limit_else_again_without_it(sample_ledger, tmp_path, monkeypatch,
                                                                          caplog):
    """The index's DuckDB has the lake's memory limit; an index that cannot be built within it is built again
    without one (a warning), with the same sentences."""
    import shutil

    import duckdb

    from dagster_project import lake as lakes
    from dagster_project import search as s
    from dagster_project.lake import Lake

    lake, _, _ = sample_ledger
    copy = Lake(tmp_path / "lake")
    shutil.copytree(lake.lake_dir, copy.lake_dir)
    s.index_path(copy).unlink(missing_ok=True)
    limits = []
    real = duckdb.connect

    def connect(*args, config=None, **kw):
        if args and str(args[0]).endswith(".tmp"):
            limits.append((config or {}).get("memory_limit"))
            if len(limits) == 1:  # the first build runs out of memory
                raise duckdb.OutOfMemoryException("Out of Memory Error: a test")
        return real(*args, **({"config": config} if config is not None else {}), **kw)

    monkeypatch.setenv(lakes.MEMORY_ENV, "300MB")
    monkeypatch.setattr(s.duckdb, "connect", connect)
    path, _, n, rebuilt = s.build_index(copy)
    assert rebuilt and limits == ["300MB", None] and "without the limit" in caplog.text
    monkeypatch.undo()
    with real(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM sentences").fetchone()[0] == n > 0
