"""re.compile for the long patterns, with the compiled program kept on disk: a process starts ~0.7 s faster.

re compiles in Python: the gazetteer's alias trie (~67,000 characters) and the figure pattern (~30,000) take 0.1-0.17 s
each, and a process compiled ~15 such programs before its first claim (0.87 s of its 1.4 s of start-up). compile()
keeps what re's compiler hands to _sre.compile (the code list, the flags, the groups and their names) in a file named
by a hash of the Python build, re's format (_sre.MAGIC) and the pattern itself, and builds the Pattern from it next
time as re does (~4 ms for the trie). The Pattern is the same: a program is written only when the one rebuilt from it
equals (==: same pattern, flags and code) what re.compile returns, and an edited pattern has another hash. No writable
folder, a damaged file or another Python: re.compile, as before. TOLL_REGEX_CACHE=0 turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys

from ._native import NATIVE_DIR

try:  # re's own compiler, as re.compile runs it
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

CACHE_DIR = NATIVE_DIR.parent / f"regex-{sys.implementation.cache_tag}"  # beside the compiled modules (git-ignored)
MIN_LENGTH = 1000  # shorter patterns compile in a few ms: not worth a file
# past this many programs the folder is emptied before a new one is written: a pattern whose text changed with every
# process (built from a set in hash order) or years of edited word lists cannot fill the disk (a process uses ~25)
MAX_FILES = 400
_SALT = f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{getattr(_sre, 'CODESIZE', '')}\0".encode()


def compile(src: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name and signature
    """re.compile(src, flags), read from the cache when it holds this pattern's program."""
    flags = int(flags)
    if _sre is None or len(src) < MIN_LENGTH or os.environ.get("TOLL_REGEX_CACHE", "1") == "0":
        return re.compile(src, flags)
    key = hashlib.sha256(_SALT + str(flags).encode() + b"\0" + src.encode("utf-8", "surrogatepass")).hexdigest()[:40]
    path = CACHE_DIR / f"{key}.marshal"
    try:
        program = marshal.loads(path.read_bytes())  # (marshal.load reads a file object in small pieces: ~4x slower)
        return _sre.compile(src, *program)
    except Exception:  # no file yet (or a damaged one): compile, and keep the program for the next process
        pass
    pattern = re.compile(src, flags)
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        if not os.access(CACHE_DIR, os.W_OK):
            return pattern  # (before the second compile below: a read-only install pays for one, as before)
        program = _program(src, flags)
        if _sre.compile(src, *program) == pattern:
            old = list(CACHE_DIR.iterdir())
            if len(old) >= MAX_FILES:
                for f in old:
                    f.unlink(missing_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                marshal.dump(program, f)
            os.replace(tmp, path)  # whole or not at all: processes that start together may both write it
    except Exception:  # a read-only install, a full disk: no cache
        pass
    return pattern


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
