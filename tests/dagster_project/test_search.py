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
