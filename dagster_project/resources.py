"""Resources, configured in one place: the lake and the report sources."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import yaml

from .lake import PROJECT_ROOT, Lake


class LakeResource(dg.ConfigurableResource):
    """The ledger's DuckLake. Empty settings fall back to TOLL_LAKE_DIR / TOLL_LAKE_CATALOG / data/lake."""

    lake_dir: str = ""
    catalog: str = ""
    data_path: str = ""

    def get(self) -> Lake:
        return Lake(self.lake_dir or None, self.catalog or None, self.data_path or None)


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    path: Path | None = None
    glob: str = "**/*"
    url: str | None = None


def sources_file() -> Path:
    return Path(os.environ.get("TOLL_SOURCES") or PROJECT_ROOT / "data" / "sources.yaml")


def load_sources(path: Path | None = None) -> list[Source]:
    """The sources listed in data/sources.yaml (folders relative to the project root)."""
    path = path or sources_file()
    spec = yaml.safe_load(path.read_text()) if path.exists() else None
    entries = (spec or {}).get("sources") or [
        {"name": "reports", "kind": "folder", "path": "data/reports"},
        {"name": "inbox", "kind": "folder", "path": "data/inbox"},
    ]
    out = []
    for e in entries:
        p = e.get("path")
        if p is not None:
            p = Path(p) if Path(p).is_absolute() else PROJECT_ROOT / p
        out.append(Source(name=e["name"], kind=e.get("kind", "folder"), path=p,
                          glob=e.get("glob", "**/*"), url=e.get("url")))
    return out


class SourcesResource(dg.ConfigurableResource):
    """Where reports come from: a sources file, or one folder given directly (tests, `toll run --reports`)."""

    sources_path: str = ""
    folder: str = ""

    def sources(self) -> list[Source]:
        if self.folder:
            return [Source(name=Path(self.folder).name, kind="folder", path=Path(self.folder))]
        return load_sources(Path(self.sources_path) if self.sources_path else None)

    def files(self) -> list[tuple[Source, Path]]:
        """Every readable file of every folder source, in a stable order (hidden files skipped)."""
        found = []
        for src in self.sources():
            if src.kind != "folder" or src.path is None or not src.path.is_dir():
                continue
            for f in sorted(src.path.glob(src.glob)):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(src.path).parts):
                    found.append((src, f))
        return found


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def resources(lake_dir: str = "", folder: str = "") -> dict:
    """The resources every asset, sensor and CLI run uses, configured here and nowhere else."""
    return {"lake": LakeResource(lake_dir=lake_dir), "sources": SourcesResource(folder=folder)}
