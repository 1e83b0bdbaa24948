"""Report sources (data/sources.yaml): folders and feeds, and the scan that finds new report files.

Free of Dagster so the sensor, `toll run` and tests share one scan.
"""

from __future__ import annotations

import hashlib
import os
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
        ))
    return out


def source_files(sources: list[Source]) -> list[tuple[Source, Path]]:
    """Every file of every source folder, in a stable order (hidden files and folders skipped)."""
    found = []
    for src in sources:
        if src.path is None or not src.path.is_dir():
            continue
        for f in sorted(src.path.glob(src.glob)):
            if f.is_file() and not any(part.startswith(".") for part in f.relative_to(src.path).parts):
                found.append((src, f))
    return found


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def partition_day(published: str | None, today: date, start: date) -> str:
    """The daily partition of a report: its publication date, else its ingestion date, kept in range."""
    day = date.fromisoformat(published) if published else today
    return min(max(day, start), today).isoformat()


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
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished or unreadable between listing and reading: the next scan retries
        d = digest(data)
        if by_source is not None:
            by_source.setdefault(src.name, []).append(d)
        if d in seen:
            continue
        try:
            docs, bad = read_documents(data, path.name)
            days = {partition_day(doc.published, today, start) for doc in docs}
            if bad:
                days.add(today.isoformat())
        except Rejected:
            days = {today.isoformat()}
        found.append(FoundFile(src.name, path, d, tuple(sorted(days)) or (today.isoformat(),)))
        seen.add(d)
    return found, True


def source_version(digests: list[str]) -> str:
    """A source's data version: the hash of its files' hashes, so the UI shows when something is new."""
    return hashlib.sha256("".join(sorted(digests)).encode()).hexdigest()[:16]
