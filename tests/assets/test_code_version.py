"""The claims' code version (assets/normalize.py extractor_code_version) changes with any extractor module or data file,
so claims written by an older extractor are marked stale in Dagster without a hand-bumped constant."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import claims
from assets.normalize import extractor_code_version

_PKG = Path(claims.__file__).parent


def _copy(tmp_path: Path) -> Path:
    pkg = tmp_path / "claims"
    pkg.mkdir()
    for p in [*_PKG.glob("*.py"), *_PKG.glob("*.yaml"), *_PKG.glob("*.tsv")]:
        shutil.copy(p, pkg / p.name)
    return pkg


def test_a_copy_of_the_package_has_the_same_version(tmp_path):
    assert extractor_code_version(_copy(tmp_path)) == extractor_code_version()
    assert extractor_code_version().startswith(claims.EXTRACTOR_VERSION + "+")


def test_editing_any_module_or_data_file_changes_the_version(tmp_path):
    pkg = _copy(tmp_path)
    before = extractor_code_version(pkg)
    files = sorted([*pkg.glob("*.py"), *pkg.glob("*.yaml"), *pkg.glob("*.tsv")])
    assert {"figures.py", "speakers.py", "extractor.py", "words.yaml", "gazetteer.yaml", "senses.yaml",
            "world_cities.tsv"} <= {
        p.name for p in files}
    for p in files:
        data = p.read_bytes()
        p.write_bytes(data + b"\n# edited\n")
        assert extractor_code_version(pkg) != before, p.name
        p.write_bytes(data)
    assert extractor_code_version(pkg) == before
    (pkg / "newstage.py").write_text("X = 1\n")  # a module added to the package counts too
    assert extractor_code_version(pkg) != before


def test_every_file_the_extractor_reads_is_in_the_package_dir():
    """The hash covers claims/*.py and claims/*.yaml: every claims module loaded by an extraction and every data file
    it names live there (a file elsewhere would escape the version)."""
    claims.extract("At least 12 soldiers were killed on Monday, the army said.", published="2024-01-01")
    loaded = [name.rpartition(".")[2] for name in sys.modules if name.startswith("claims.")]
    assert {"figures", "parts", "speakers", "party", "asof", "tables"} <= set(loaded)
    for name in loaded:
        assert (_PKG / f"{name}.py").is_file(), name
    from claims import events, gazetteer, lexicon, senses, world_cities

    for path in (lexicon.WORDS_PATH, senses.SENSES_PATH, gazetteer.GAZETTEER_PATH, events.INCIDENTS_PATH,
                 world_cities.DATA):
        assert path.parent == _PKG and path.suffix in (".yaml", ".tsv"), path


def test_the_events_merge_version_follows_every_claims_file(monkeypatch):
    """An incremental events run compares only the events it touched, which holds only while the linker's rules and
    data (gazetteer places and neighbours, incident kinds) are the ones that left the others apart: a change to any
    claims file must give a new merge version, so the next run compares every stored event."""
    from assets import aggregate

    before = aggregate.events_token()
    monkeypatch.setattr(aggregate, "extractor_code_version", lambda: "0.6.0+src.another")
    assert aggregate.events_token() != before
