"""Report sources (data/sources.yaml): folders and feeds, and the scan that finds new report files.

Free of Dagster so the sensor, `toll run` and tests share one scan.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from claims.documents import Rejected, read_documents

from .lake import PROJECT_ROOT


@dataclass(frozen=True)
class Source:
    """A named place reports come from. A feed's fetched articles are kept as files in its folder."""

    name: str
    kind: str = "folder"  # folder | feed
    path: Path | None = None
    glob: str = "**/*"
    url: str | None = None
    timeout_s: float = 20.0
    max_bytes: int = 5_000_000
    hosts: tuple[str, ...] = ()  # a feed's article links are fetched only on its own host and these


def sources_file() -> Path:
    return Path(os.environ.get("TOLL_SOURCES") or PROJECT_ROOT / "data" / "sources.yaml")


def _resolve(p: str | None, default: Path) -> Path:
    if not p:
        return default
    return Path(p) if Path(p).is_absolute() else PROJECT_ROOT / p


def load_sources(path: Path | None = None) -> list[Source]:
    """The sources listed in the sources file; relative paths are relative to the project root."""
    path = path or sources_file()
    spec = yaml.safe_load(path.read_text()) if path.exists() else None
    entries = (spec or {}).get("sources") or [
        {"name": "reports", "kind": "folder", "path": "data/reports"},
        {"name": "inbox", "kind": "folder", "path": "data/inbox"},
    ]
    out = []
    for e in entries:
        kind = e.get("kind", "feed" if e.get("url") else "folder")
        default = PROJECT_ROOT / "data" / ("feeds" if kind == "feed" else "sources") / e["name"]
        out.append(Source(
            name=e["name"], kind=kind, path=_resolve(e.get("path"), default), glob=e.get("glob", "**/*"),
            url=e.get("url"), timeout_s=float(e.get("timeout_s", 20.0)), max_bytes=int(e.get("max_bytes", 5_000_000)),
            hosts=tuple(str(h) for h in (e.get("hosts") or ())),
        ))
    return out


def source_files(sources: list[Source]) -> list[tuple[Source, Path]]:
    """Every entry of every source folder that is not a folder, in a stable order (hidden files and folders
    skipped). Symlinks, FIFOs, devices and sockets are listed too: `read_source` refuses them with a reason, so
    they are rejected where a person sees them instead of skipped without a word."""
    found = []
    for src in sources:
        if src.path is None or not src.path.is_dir():
            continue
        # the default: one walk of the folder, the same entries in the same order as its glob
        files = _every_file(src.path) if src.glob == "**/*" else _globbed(src.path, src.glob)
        found.extend((src, f) for f in files)
    return found


def _globbed(folder: Path, pattern: str) -> list[Path]:
    """The files a source's glob lists: nothing hidden, no folders, no folder linked inside the source."""
    root = len(str(folder).rstrip("/")) + 1
    found = []
    # string and lstat checks, not relative_to / is_dir / is_symlink: 1.7 -> ~1 s of a sensor tick's CPU
    # over 95,000 files
    for f in sorted(folder.glob(pattern), key=lambda x: x.parts):  # Path's own order, compared faster
        if any(part.startswith(".") for part in str(f)[root:].split("/")):
            continue
        try:
            mode = os.lstat(f).st_mode
            if stat.S_ISDIR(mode):
                continue
            if stat.S_ISLNK(mode) and f.is_dir() and _inside(f, folder):
                continue  # a folder linked inside the source: glob lists its files
        except OSError:
            pass  # listed: read_source says what is wrong with it
        found.append(f)
    return found


def _every_file(folder: Path) -> list[Path]:
    """What `source_files` lists of a folder with the glob `**/*`, from one `os.scandir` walk: every entry that is
    not a folder (nor a symlink to a folder inside it), hidden ones and those of hidden folders left out, in Path's
    order. Path.glob hashed each Path it made into a set of those yielded, and the listing then lstat-ed each:
    ~1.5 s of CPU per 100,000 files, where the walk reads each entry's type from the folder. Folders are entered as
    glob enters them: not through a symlink, nor when they cannot be read. Each folder's entries are kept while its
    stat is the same (`_entries`): a run of one new report lists 182 folders, not 95,508 files again."""
    found: list[Path] = []

    def walk(path: Path) -> None:
        # Path's order is the order of the parts: a folder's entries by name, a subfolder's files in its place
        for _name, is_dir, child in _entries(path, folder):
            if is_dir:
                walk(child)
            else:
                found.append(child)

    walk(folder)
    return found


# folder -> (its stat key, its entries as `_entries` gives them): a folder's names change only by a create, unlink or
# rename in it, each of which moves its mtime and ctime (an entry's type too: a file becomes a folder by an unlink
# and a mkdir). Not kept for a folder holding a symlink (whether it leads to a folder inside the source can change
# elsewhere), nor while its mtime is within RACY_S of the listing (a change in the same clock tick leaves it as it
# was). In this process only, as _DIGESTS.
_LISTED: dict[str, tuple[tuple, list[tuple[str, bool, Path]]]] = {}


def _entries(path: Path, top: Path) -> list[tuple[str, bool, Path]]:
    """(name, whether it is a folder to walk, its Path) of the entries of one folder the walk of `top` takes, by
    name: hidden ones left out, and symlinks to folders inside `top`."""
    try:
        st = os.stat(path)
        key = (st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev, str(top))
    except OSError:
        key = None
    held = _LISTED.get(str(path))
    if key is not None and held is not None and held[0] == key:
        return held[1]
    # a child's Path made as glob makes it (no parse of the whole path again), where Python has that
    child = (lambda name: path._make_child_relpath(name)) if hasattr(path, "_make_child_relpath") \
        else (lambda name: path / name)
    try:
        with os.scandir(path) as it:
            entries = sorted(it, key=lambda e: e.name)
    except PermissionError:
        return []
    out: list[tuple[str, bool, Path]] = []
    links = False
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            out.append((name, True, child(name)))
            continue
        try:
            if entry.is_symlink():
                links = True
                if entry.is_dir() and _inside(child(name), top):
                    continue  # a folder linked inside the source: the walk lists its files
        except OSError:
            pass  # listed: read_source says what is wrong with it
        out.append((name, False, child(name)))
    if key is not None and not links and time.time_ns() - max(key[0], key[1]) >= RACY_S * 1e9:
        _LISTED[str(path)] = (key, out)
    return out


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path`, every symlink resolved, lies inside `folder` (itself resolved)."""
    try:
        return path.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):  # broken link, loop
        return False


def read_source(src: Source, path: Path) -> bytes:
    """A source file's bytes, or Rejected with the reason it is refused: a symlink that leaves the source folder
    (or is broken), a FIFO, device or socket (their type is checked before anything opens them: opening a FIFO
    blocks), a file that cannot be read (permission denied...)."""
    try:
        if path.is_symlink() and src.path is not None and not _inside(path, src.path):
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            raise Rejected(f"refused: symlink to {target}, outside the source folder {src.path}"
                           if path.exists() else f"refused: broken symlink (to {target})")
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else
                    "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a folder" if stat.S_ISDIR(mode)
                    else "not a regular file")
            raise Rejected(f"refused: {kind}, not a regular file")
        # O_NONBLOCK: should the file be swapped for a FIFO after the check, open does not block
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
        if not path.is_symlink():
            flags |= getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise Rejected("refused: not a regular file")
            return fh.read()
    except Rejected:
        raise
    except OSError as exc:
        raise Rejected(f"cannot be read: {exc.strerror or type(exc).__name__}") from None


def refused_id(path: Path) -> str:
    """The id of a file that was refused unread (no bytes to hash): a hash of its path."""
    return digest(b"refused:" + os.fsencode(path))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def partition_day(published: str | None, today: date, start: date) -> str:
    """The daily partition of a report: its publication date, else its ingestion date, kept in range."""
    day = date.fromisoformat(published) if published else today
    return min(max(day, start), today).isoformat()


# path -> (stat signature, content hash) of the regular files scanned in this process. A sensor's ticks run in one
# long-lived process (the code server), so a tick reads only files that are new or whose stat changed: 9,558
# files were read and hashed on every tick before (bench/sensor_tick.py). Not kept across processes: a new process
# reads every file once, as before.
_DIGESTS: dict[str, tuple[tuple, str]] = {}
# A file whose mtime is this close to now may still be written within the same clock tick without its stat changing
# (git's "racy" entries): it is not trusted from the cache, but read again.
RACY_S = 2.0


def _stat_signature(path: Path) -> tuple | None:
    """(size, mtime, ctime, inode, device) of a regular file that is not a symlink, else None (never cached)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev


def known_digest(path: Path) -> tuple[str | None, tuple | None]:
    """The content hash of `path` as read earlier in this process if its stat has not changed since, and its
    stat signature now (to remember the hash of a read by, should the file not change while it is read)."""
    sig = _stat_signature(path)
    entry = _DIGESTS.get(str(path))
    return (entry[1] if entry is not None and sig is not None and sig == entry[0] else None), sig


def remember_digest(path: Path, d: str, before: tuple | None) -> None:
    """Keep `d` for `path` when its stat was the same before and after the read and is not racy."""
    sig = _stat_signature(path)
    if sig is None or sig != before or time.time_ns() - max(sig[1], sig[2]) < RACY_S * 1e9:
        _DIGESTS.pop(str(path), None)
        return
    _DIGESTS[str(path)] = (sig, d)


@dataclass(frozen=True)
class FoundFile:
    source: str
    path: Path
    digest: str
    days: tuple[str, ...]  # the partitions its reports fall in (a JSONL file may span several)


def scan(files: list[tuple[Source, Path]], seen: set[str], today: date, start: date,
         budget_s: float | None = None, max_new: int | None = None,
         by_source: dict[str, list[str]] | None = None) -> tuple[list[FoundFile], bool]:
    """New or changed files (by content hash), with the partitions their reports fall in.

    Stops after `budget_s` seconds or `max_new` new files (a sensor tick must end within 60 s) and says
    whether it went through every file; `seen` grows with what was found, so the next call continues.
    `by_source`, when given, collects every file's hash per source (for the sources' data versions).
    """
    deadline = None if budget_s is None else time.monotonic() + budget_s
    found: list[FoundFile] = []
    for src, path in files:
        if (deadline is not None and time.monotonic() > deadline) or (max_new is not None and len(found) >= max_new):
            return found, False
        d, sig = known_digest(path)
        if d is not None and d in seen:  # unchanged since it was read: not read again
            if by_source is not None:
                by_source.setdefault(src.name, []).append(d)
            continue
        try:
            data = read_source(src, path)
        except Rejected as exc:
            if not path.exists() and not path.is_symlink():
                continue  # vanished between listing and reading
            # refused or unreadable: ingest records it as rejected (the digest changes with the reason)
            data, d = None, digest(b"refused:" + os.fsencode(path) + str(exc).encode())
        else:
            d = digest(data)
            remember_digest(path, d, sig)
        if by_source is not None:
            by_source.setdefault(src.name, []).append(d)
        if d in seen:
            continue
        try:
            if data is None:
                raise Rejected("refused")
            docs, bad = read_documents(data, path.name)
            days = {partition_day(doc.published, today, start) for doc in docs}
            if bad:
                days.add(today.isoformat())
        except Exception:  # noqa: BLE001 - Rejected, or anything else: one file never stops a scan
            days = {today.isoformat()}
        found.append(FoundFile(src.name, path, d, tuple(sorted(days)) or (today.isoformat(),)))
        seen.add(d)
    return found, True


def source_version(digests: list[str]) -> str:
    """A source's data version: the hash of its files' hashes, so the UI shows when something is new."""
    return hashlib.sha256("".join(sorted(digests)).encode()).hexdigest()[:16]
