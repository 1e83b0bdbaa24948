"""Compiled copies of the claims modules: the same Python source built with Cython, for 2-8% faster extraction.

Pure Python stays the reference. `make setup` builds the copies into .native/ (git-ignored) when Cython and a C
compiler are there; `import claims` uses them only when they were built from exactly the sources beside this file
(a SHA-256 of them is written last by the build), so an edited module is never shadowed by a stale build.
TOLL_NATIVE=0 turns them off. Build: python -c 'import claims._native as n; n.build()'
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

# the modules an extraction spends its time in (model.py, a dataclass and a hash, stays Python)
MODULES = ("retrie", "dates", "lexicon", "senses", "numbers", "sentences", "gazetteer", "context", "handoff", "figures",
           "tables", "asof", "parts", "speakers", "party", "extractor", "language")
_SRC = Path(__file__).resolve().parent
NATIVE_DIR = _SRC.parent / ".native" / f"claims-{sys.implementation.cache_tag}"
_STAMP = "SOURCES.sha256"
active = False  # True once the compiled copies are on the package path


def source_digest() -> str:
    h = hashlib.sha256()
    for name in (*MODULES, "_native"):  # this file too: its build options shape the copies
        h.update(name.encode() + b"\0" + (_SRC / f"{name}.py").read_bytes() + b"\0")
    return h.hexdigest()


def use_native(package_path: list[str]) -> bool:
    """Put the compiled copies first on the claims package path, if they match the sources."""
    global active
    if os.environ.get("TOLL_NATIVE", "1") == "0":
        return False
    try:
        if (NATIVE_DIR / _STAMP).read_text().strip() != source_digest():
            return False
    except OSError:
        return False
    package_path.insert(0, str(NATIVE_DIR))
    active = True
    return True


def build() -> int:
    """Compile MODULES into NATIVE_DIR; 0 on success, 1 (and the reason) when Cython or a compiler is missing."""
    try:
        from Cython.Build import cythonize
        from setuptools import Distribution
        from setuptools.command.build_ext import build_ext
    except ImportError as e:
        print(f"claims: no compiled modules ({e}); extraction runs as pure Python", file=sys.stderr)
        return 1
    import shutil
    import sysconfig
    import tempfile

    digest = source_digest()
    if (NATIVE_DIR / _STAMP).is_file() and (NATIVE_DIR / _STAMP).read_text().strip() == digest:
        return 0
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if shutil.which(cc) is None or not headers.is_file():
        print(f"claims: no C compiler ({cc}) or no {headers}; extraction runs as pure Python", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        # cythonize from a copy laid out as the package, so module names are claims.<name>
        pkg = Path(tmp) / "claims"
        pkg.mkdir()
        (pkg / "__init__.py").write_text("")
        for name in MODULES:
            shutil.copy(_SRC / f"{name}.py", pkg / f"{name}.py")
        exts = cythonize([str(pkg / f"{name}.py") for name in MODULES], quiet=True, nthreads=os.cpu_count() or 1,
                         compiler_directives={"language_level": 3, "binding": False, "annotation_typing": False})
        for ext in exts:
            ext.extra_compile_args = ["-O2", "-g0", "-w"]  # generated C: its warnings are Cython's, not ours
        dist = Distribution({"ext_modules": exts})
        cmd = build_ext(dist)
        cmd.build_lib = str(Path(tmp) / "lib")
        cmd.build_temp = str(Path(tmp) / "tmp")
        cmd.parallel = os.cpu_count() or 1
        cmd.ensure_finalized()
        try:
            cmd.run()
        except Exception as e:  # no compiler or no Python headers: pure Python it is
            print(f"claims: compiling failed ({e}); extraction runs as pure Python", file=sys.stderr)
            return 1
        shutil.rmtree(NATIVE_DIR, ignore_errors=True)
        NATIVE_DIR.mkdir(parents=True)
        for so in (Path(tmp) / "lib" / "claims").iterdir():
            shutil.copy(so, NATIVE_DIR / so.name)
    (NATIVE_DIR / _STAMP).write_text(digest + "\n")
    return 0

