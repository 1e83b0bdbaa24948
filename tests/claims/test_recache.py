"""The on-disk caches of compiled regex programs and of the language model give what re.compile and py3langid give."""

from __future__ import annotations

import re

import pytest

from claims import context as X
from claims import recache
from claims.gazetteer import gazetteer

_LONG = r"(?<!\w)(?P<w>" + "|".join(f"word{i}(?:s|es)?" for i in range(300)) + r")(?!\w)"


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(recache, "CACHE_DIR", tmp_path / "regex")
    monkeypatch.delenv("TOLL_START_CACHE", raising=False)
    return tmp_path / "regex"


def test_a_long_pattern_is_read_back_the_same(cache_dir, monkeypatch):
    first = recache.compile(_LONG, re.IGNORECASE)
    assert first == re.compile(_LONG, re.IGNORECASE)
    assert len(list(cache_dir.iterdir())) == 1
    with monkeypatch.context() as m:
        m.setattr(recache.re, "compile", None)  # a second compile would fail: the program comes from the file
        again = recache.compile(_LONG, re.IGNORECASE)
    assert again == re.compile(_LONG, re.IGNORECASE)
    assert again.groupindex == {"w": 1} and again.groups == 1
    assert again.search("x Word17es y").span("w") == (2, 10)


def test_flags_and_patterns_have_their_own_files(cache_dir):
    recache.compile(_LONG)
    recache.compile(_LONG, re.IGNORECASE)
    recache.compile(_LONG + "x")
    assert len(list(cache_dir.iterdir())) == 3


def test_short_patterns_damaged_files_and_the_switch(cache_dir, monkeypatch):
    assert recache.compile(r"\bkilled\b") == re.compile(r"\bkilled\b") and not cache_dir.exists()
    recache.compile(_LONG)
    (f,) = cache_dir.iterdir()
    f.write_bytes(b"\x00not a program")
    assert recache.compile(_LONG) == re.compile(_LONG)  # compiled again, and the file written anew
    assert recache.compile(_LONG) == re.compile(_LONG)
    monkeypatch.setenv("TOLL_START_CACHE", "0")
    recache.compile(_LONG + "y")
    assert len(list(cache_dir.iterdir())) == 1


def test_the_folder_is_emptied_past_its_limit(cache_dir, monkeypatch):
    monkeypatch.setattr(recache, "MAX_FILES", 3)
    for k in range(5):
        recache.compile(_LONG + "z" * k)
    assert len(list(cache_dir.iterdir())) <= 3


def test_the_extractor_patterns_are_re_compile_patterns():
    """The scans the extractor compiled through the cache (or read from it) are the patterns re.compile gives."""
    g = gazetteer()
    for pat in (g._ci_scan_ascii.pattern, g._ci_scan_ascii._ascii, g._cs_re_ascii, X._FIGURE_LC, X._FIGURE_SCAN._ascii):
        assert pat == re.compile(pat.pattern, pat.flags)


def test_the_language_model_copy_reads_as_py3langid_reads_its_model(tmp_path, monkeypatch):
    """The uncompressed copy of py3langid's model (claims/language.py) holds what py3langid's own loader reads."""
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from claims import _native
    from claims import language as G

    monkeypatch.setattr(_native, "NATIVE_DIR", tmp_path / "native" / "claims-x")
    want = modelio.load_model(MODEL_DIR / MODEL_FILE)
    assert G._same_model(G._model(MODEL_DIR / MODEL_FILE), want)  # read from the model, and the copy written
    (copy,) = (tmp_path / "native").glob("py3langid-*.npz")
    assert G._same_model(G._model(MODEL_DIR / MODEL_FILE), want)  # read from the copy
    assert G._same_model(G._read_model(copy, modelio), want)
    assert not G._same_model(want[:5] + ([0],), want)


def test_yaml_data_is_read_back_the_same(cache_dir, tmp_path, monkeypatch):
    import yaml

    from claims.gazetteer import GAZETTEER_PATH

    want = yaml.load(GAZETTEER_PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert recache.load_yaml(GAZETTEER_PATH) == want
    with monkeypatch.context() as m:
        m.setattr(yaml, "load", None)  # a second parse would fail: the data comes from the file
        assert recache.load_yaml(GAZETTEER_PATH) == want
    dated = tmp_path / "dated.yaml"
    dated.write_text("when: 2024-01-02\nn: [1, 2.5, true, null]\n")
    before = set(cache_dir.iterdir())
    assert recache.load_yaml(dated) == {"when": __import__("datetime").date(2024, 1, 2), "n": [1, 2.5, True, None]}
    assert set(cache_dir.iterdir()) == before  # a date has no marshal form: parsed every time
    dated.write_text("n: [1, 2.5, true, null]\n")
    assert recache.load_yaml(dated) == {"n": [1, 2.5, True, None]} == recache.load_yaml(dated)


def test_the_import_bundle_gives_what_re_compile_gives(cache_dir, monkeypatch):
    """Inside recache.imports() (the package's import) re.compile reads programs from one file: the same Patterns
    as re.compile's, the file written by a block that missed one and read by the next; outside the block, and with
    TOLL_START_CACHE=0, re.compile is re.compile's own."""
    srcs = [(r"\bkilled\b", 0), (r"(?P<n>\d+)\s+(?:dead|wounded)", re.IGNORECASE), (_LONG, 0), (r"[^\W\d_]+", re.U)]
    plain = re.compile
    with recache.imports():
        assert re.compile is not plain
        first = [re.compile(s, f) for s, f in srcs]
    assert re.compile is plain
    assert first == [plain(s, f) for s, f in srcs]
    (bundle,) = cache_dir.iterdir()
    with recache.imports() as block:
        block._compile = None  # a compile would fail: every program comes from the file
        again = [re.compile(s, f) for s, f in srcs]
        assert recache.memo("k", lambda: [1, "a"]) == [1, "a"]
    assert again == first and [p.groupindex for p in again] == [p.groupindex for p in first]
    assert again[1].search("x 12 Dead").group("n") == "12"
    with recache.imports() as block:
        block._compile = None
        assert recache.memo("k", lambda: None) == [1, "a"]  # kept by the block that made it
        assert re.compile(r"\bkilled\b") == plain(r"\bkilled\b")
    bundle.write_bytes(b"\x00damaged")
    with recache.imports():
        assert re.compile(r"\bwounded\b") == plain(r"\bwounded\b")  # compiled, and the file written anew
    monkeypatch.setenv("TOLL_START_CACHE", "0")
    with recache.imports():
        assert re.compile is plain


def test_memos_and_tries_outside_the_import(cache_dir, monkeypatch):
    """recache.memo keeps a value in a file of its own; trie_regex of a long list reads its pattern from there, the
    same string as built."""
    from claims import retrie

    words = [f"alias {i}" for i in range(300)] + ["al-qaida", "the u.n."]
    built = retrie._trie_regex(words, " ")
    assert retrie.trie_regex(words, space=" ") == built
    assert len(list(cache_dir.iterdir())) == 1
    with monkeypatch.context() as m:
        m.setattr(retrie, "_trie_regex", None)  # a second build would fail: the pattern comes from the file
        assert retrie.trie_regex(iter(words), space=" ") == built
    assert retrie.trie_regex(words[:3]) == retrie._trie_regex(words[:3], r"\s+")  # a short list: built
    assert retrie.trie_regex(words, space=r"\s+") == retrie._trie_regex(words, r"\s+")  # its own key
    monkeypatch.setenv("TOLL_START_CACHE", "0")
    assert recache.memo("x", lambda: 5) == 5 and recache.memo("x", lambda: 6) == 6


def test_end_words_from_the_bundle_are_final_words():
    """EndWords of a pattern (read from the import bundle in a process that imported claims from it) are final_words."""
    from claims import figures as F
    from claims import lexicon as L
    from claims import retrie

    for ew, pat in ((L._PRE_END, L.PRE_LC), (L._NUMBER_OF_END, L.NUMBER_OF_LC), (F._NOT_DONE_END, F._NOT_DONE),
                    (F._DEAD_INCL_END, F._DEAD_INCL), (F._TOOK_END, L.TOOK_RE)):
        assert ew.words == tuple(sorted(retrie._final_words_or_any(pat.pattern)))


def test_the_import_compiles_the_same_patterns_in_every_process():
    """The patterns the package compiles at import do not depend on the process (no alternation in a set's hash
    order), so the import bundle is read, not written again, by every process."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import hashlib, claims, claims.recache as r; "
            "print(hashlib.sha256(repr(sorted(r.imports.last.used)).encode()).hexdigest(), len(r.imports.last.used))")
    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in __import__("os").environ.items() if k != "TOLL_START_CACHE"}
    outs = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                           env={**env, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1 and int(outs.pop().split()[1]) > 200
