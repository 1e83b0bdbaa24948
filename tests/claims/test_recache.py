"""The on-disk cache of compiled regex programs gives the Pattern re.compile gives, from a file or without one."""

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
    monkeypatch.delenv("TOLL_REGEX_CACHE", raising=False)
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
    monkeypatch.setenv("TOLL_REGEX_CACHE", "0")
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
