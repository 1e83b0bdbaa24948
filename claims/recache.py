"""What a process builds before its first claim, kept on disk: the long regex programs and the parsed gazetteer.

re compiles in Python: the gazetteer's alias trie (~67,000 characters) and the figure pattern (~30,000) take 0.1-0.17 s
each, and a process compiled ~15 such programs before its first claim (0.87 s of its 1.4 s of start-up); libyaml
parses gazetteer.yaml in 0.17 s. compile() keeps what re's compiler hands to _sre.compile (the flags, the code list,
the groups and their names) and load_yaml() the parsed data, as marshal data in files named by a hash of the Python
build, re's format (_sre.MAGIC) and the pattern or the file's bytes, and read them back next time (~4 ms for the
trie, 5 ms for the gazetteer). The results are the same: a program is written only when the Pattern rebuilt from it
equals (==: same pattern, flags and code) what re.compile returns, data only when it reads back equal, and an edited
pattern or file has another hash. No writable folder, a damaged file or another Python: re.compile and yaml.load, as
before. TOLL_START_CACHE=0 turns the cache off (and the language model's copy, claims/language.py).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from pathlib import Path

from ._native import NATIVE_DIR

try:  # re's own compiler, as re.compile runs it
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

CACHE_DIR = NATIVE_DIR.parent / f"cache-{sys.implementation.cache_tag}"  # beside the compiled modules (git-ignored)
MIN_LENGTH = 1000  # shorter patterns compile in a few ms: not worth a file
# past this many files the folder is emptied before a new one is written: a pattern whose text changed with every
# process (built from a set in hash order) or years of edited word lists cannot fill the disk (a process uses ~30)
MAX_FILES = 400
_SALT = f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{getattr(_sre, 'CODESIZE', '')}\0".encode()


_re_compile = re.compile  # (re's own, also inside an imports() block: these patterns have files of their own)


def enabled() -> bool:
    return os.environ.get("TOLL_START_CACHE", "1") != "0"


def compile(src: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name and signature
    """re.compile(src, flags), read from the cache when it holds this pattern's program."""
    flags = int(flags)
    if _sre is None or len(src) < MIN_LENGTH or not enabled():
        return _re_compile(src, flags)
    path = _path(str(flags).encode() + b"\0" + src.encode("utf-8", "surrogatepass"))
    try:
        # (marshal.loads of the bytes: marshal.load reads a file object in small pieces, ~4x slower)
        return _sre.compile(src, *marshal.loads(path.read_bytes()))
    except Exception:  # no file yet (or a damaged one): compile, and keep the program for the next process
        pass
    pattern = _re_compile(src, flags)
    if _writable():  # (before the second compile below: a read-only install pays for one, as before)
        try:
            program = _program(src, flags)
            if _sre.compile(src, *program) == pattern:
                _write(path, marshal.dumps(program))
        except Exception:  # pragma: no cover - another re: no cache
            pass
    return pattern


class imports:
    """A `with` block (the claims package's import) in which re.compile reads the patterns' programs from one file: the
    ~300 patterns the modules compile with re.compile at import cost ~0.15 s of each process, the file ~0.01 s. Inside
    the block re.compile(src, flags) of a str pattern is _sre.compile of the program kept for (flags, src), else
    re.compile's own; at the block's end, when any pattern was missing, the file is
    rewritten with the programs this process used, each kept only when the Pattern rebuilt from it equals (==: same
    pattern, flags and code) re.compile's. `memo` keeps other data an import derives from its own source the same
    way (see retrie.EndWords). Outside the block, and with TOLL_START_CACHE=0, re.compile is re.compile."""

    _active: imports | None = None
    last: imports | None = None  # the last block (what it compiled: `used`)

    def __init__(self) -> None:
        self.path = _path(b"import bundle\0")
        self.programs: dict = {}
        self.used: dict = {}  # (flags, src) -> the Pattern returned, for the rewrite
        self.memos: dict = {}
        self.used_memos: dict = {}
        self.missed = False
        self._plain = self._compile = re.compile

    def __enter__(self) -> imports:
        if _sre is None or not enabled() or imports._active is not None:
            return self
        try:
            self.programs, self.memos = marshal.loads(self.path.read_bytes())
        except Exception:  # no file yet (or a damaged one)
            self.programs, self.memos = {}, {}
        imports._active = self
        re.compile = self.compile
        return self

    def compile(self, pattern, flags=0):  # noqa: A003 - re.compile's stand-in
        if not isinstance(pattern, str):
            return self._compile(pattern, flags)
        key = (int(flags), pattern)
        program = self.programs.get(key)
        p = None
        if program is not None:
            try:
                p = _sre.compile(pattern, *program)
            except Exception:  # pragma: no cover - a damaged entry
                p = None
        if p is None:
            p = self._compile(pattern, flags)
            self.missed = True
        self.used[key] = p
        return p

    def memo(self, key: str, make):
        """make(), kept in the file under key (which must name everything make() depends on)."""
        if imports._active is not self:
            return make()
        if key in self.memos:
            value = self.memos[key]
        else:
            value = make()
            self.missed = True
        self.used_memos[key] = value
        return value

    def __exit__(self, *exc) -> None:
        if imports._active is not self:
            return
        re.compile = self._plain
        imports._active = None
        imports.last = self
        if exc[0] is not None or not self.missed or not _writable():
            return
        try:
            # the file's entries stay (another process may import other modules inside the block) unless too many
            # have gathered (patterns edited over time): then only this process's
            programs = dict(self.programs) if len(self.programs) < 3 * len(self.used) + 500 else {}
            for (flags, src), pattern in self.used.items():
                program = self.programs.get((flags, src)) or _program(src, flags)
                if _sre.compile(src, *program) == pattern:
                    programs[(flags, src)] = program
            memos = dict(self.memos) if len(self.memos) < 3 * len(self.used_memos) + 50 else {}
            memos.update((k, v) for k, v in self.used_memos.items() if marshal.loads(marshal.dumps(v)) == v)
            _write(self.path, marshal.dumps((programs, memos)))
        except Exception:  # pragma: no cover - another re: no file
            pass


def memo(key: str, make):
    """make(), kept on disk under key (which must name everything make() depends on): in the import bundle while
    the claims package is being imported (imports.memo), else in a file of its own (for a large value: the gazetteer's
    tries). The value must read back equal from marshal, or it is made every time."""
    active = imports._active
    if active is not None:
        return active.memo(key, make)
    if _sre is None or not enabled():
        return make()
    path = _path(b"memo\0" + key.encode("utf-8", "surrogatepass"))
    try:
        return marshal.loads(path.read_bytes())
    except Exception:  # no file yet (or a damaged one): make it, and keep it for the next process
        pass
    value = make()
    if _writable():
        try:
            blob = marshal.dumps(value)
            if marshal.loads(blob) == value:
                _write(path, blob)
        except ValueError:
            pass
    return value


def load_yaml(path: Path):
    """yaml.load of the file with libyaml's safe loader, read from the cache when it holds the file's data."""
    import yaml

    raw = path.read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if not enabled():
        return yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506 - a SafeLoader
    cached = _path(f"yaml {yaml.__version__} {loader.__name__}\0".encode() + raw)
    try:
        return marshal.loads(cached.read_bytes())
    except Exception:  # no file yet (or a damaged one): parse, and keep the data for the next process
        pass
    data = yaml.load(raw.decode("utf-8"), Loader=loader)  # noqa: S506 - a SafeLoader
    if _writable():
        try:
            blob = marshal.dumps(data)
            if marshal.loads(blob) == data:  # (a date, say, has no marshal form: then no cache)
                _write(cached, blob)
        except ValueError:
            pass
    return data


def _path(key: bytes) -> Path:
    return CACHE_DIR / f"{hashlib.sha256(_SALT + key).hexdigest()[:40]}.marshal"


def _writable() -> bool:
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(CACHE_DIR, os.W_OK)


def _write(path: Path, blob: bytes) -> None:
    try:
        old = list(CACHE_DIR.iterdir())
        if len(old) >= MAX_FILES:
            for f in old:
                f.unlink(missing_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, path)  # whole or not at all: processes that start together may both write it
    except OSError:  # a full disk: no cache
        pass


def _program(src: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile after the pattern string (flags, code, groups, group names),
    as plain ints, lists and dicts."""
    p = _parser.parse(src, flags)
    code = [int(x) for x in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)
