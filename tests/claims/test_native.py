"""The compiled copies of claims/ (claims/_native.py): used only for their own sources, and they read what Python reads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import claims
from claims import _native
from claims import extractor as X

_ROOT = Path(__file__).resolve().parents[2]
_DEV = _ROOT.parent / "shared" / "corpus" / "dev" / "texts"


def test_copies_are_used_only_when_built_from_these_sources(tmp_path, monkeypatch):
    monkeypatch.setattr(_native, "NATIVE_DIR", tmp_path)
    monkeypatch.setattr(_native, "active", _native.active)
    monkeypatch.delenv("TOLL_NATIVE", raising=False)
    path: list[str] = ["claims"]
    assert not _native.use_native(path) and path == ["claims"]  # nothing built
    (tmp_path / "SOURCES.sha256").write_text("0" * 64 + "\n")
    assert not _native.use_native(path) and path == ["claims"]  # built from other sources
    (tmp_path / "SOURCES.sha256").write_text(_native.source_digest() + "\n")
    monkeypatch.setenv("TOLL_NATIVE", "0")
    assert not _native.use_native(path) and path == ["claims"]  # turned off
    monkeypatch.delenv("TOLL_NATIVE")
    assert _native.use_native(path) and path == [str(tmp_path), "claims"]


def test_the_digest_changes_with_any_module_source(tmp_path, monkeypatch):
    for name in (*_native.MODULES, "_native"):
        (tmp_path / f"{name}.py").write_bytes((Path(_native.__file__).parent / f"{name}.py").read_bytes())
    monkeypatch.setattr(_native, "_SRC", tmp_path)
    before = _native.source_digest()
    for name in (*_native.MODULES, "_native"):
        p = tmp_path / f"{name}.py"
        p.write_bytes(p.read_bytes() + b"\n")
        assert _native.source_digest() != before, name
        p.write_bytes(p.read_bytes()[:-1])
    assert _native.source_digest() == before


def test_no_compiler_means_pure_python_at_once(tmp_path, monkeypatch, capsys):
    import shutil

    monkeypatch.setattr(_native, "NATIVE_DIR", tmp_path / "native")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert _native.build() == 1
    assert "extraction runs as pure Python" in capsys.readouterr().err
    assert not (tmp_path / "native").exists()


_DUMP = """
import json, sys
from pathlib import Path
import claims, claims._native
out = {"active": claims._native.active, "claims": {}}
for p in sys.argv[1:]:
    out["claims"][p] = [c.to_dict() for c in claims.extract(Path(p).read_text(encoding="utf-8"), published="2024-01-01")]
print(json.dumps(out))
"""


def test_compiled_and_pure_python_read_the_same_claims():
    if not _native.active:
        pytest.skip("claims/ is not compiled here (make setup builds it; see .venv/native-build.log)")
    assert X.__file__.startswith(str(_native.NATIVE_DIR)), X.__file__
    paths = [str(p) for p in sorted(_DEV.glob("*.txt")) + sorted(Path(__file__).parent.glob("heldout*/texts/*.txt"))
             + sorted((_ROOT / "data" / "reports").glob("*"))]
    assert len(paths) > 40
    env = {**os.environ, "TOLL_NATIVE": "0"}
    res = subprocess.run([sys.executable, "-c", _DUMP, *paths], capture_output=True, text=True, env=env, cwd=_ROOT,
                         check=True)
    pure = json.loads(res.stdout)
    assert pure["active"] is False
    compiled = {p: [c.to_dict() for c in claims.extract(Path(p).read_text(encoding="utf-8"), published="2024-01-01")]
                for p in paths}
    assert sum(map(len, compiled.values())) > 300
    assert json.loads(json.dumps(compiled)) == pure["claims"]
