"""Resources, configured in one place: the lake and the report sources."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
from pydantic import PrivateAttr

from .lake import Lake, default_corrections_dir
from .sources import Source, load_sources, source_files


class LakeResource(dg.ConfigurableResource):
    """The ledger's DuckLake. Empty settings fall back to TOLL_LAKE_DIR / TOLL_LAKE_CATALOG / data/lake."""

    lake_dir: str = ""
    catalog: str = ""
    data_path: str = ""
    _heartbeat: object = PrivateAttr(default=None)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        """In a run, renew the run's lease on the lake_writer slot while the step that uses the lake runs
        (writer_slot.Heartbeat): a run that dies, here or on another machine, stops renewing it."""
        if context.instance is not None and context.run_id:
            from .writer_slot import Heartbeat

            self._heartbeat = Heartbeat(context.instance, context.run_id).start()

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._heartbeat is not None:
            self._heartbeat.stop()
            self._heartbeat = None

    def get(self) -> Lake:
        return Lake(self.lake_dir or None, self.catalog or None, self.data_path or None)


class CorrectionsResource(dg.ConfigurableResource):
    """Where analysts' corrections live: a folder of YAML files (TOLL_CORRECTIONS_DIR, data/corrections/)."""

    folder: str = ""

    def path(self) -> Path:
        return Path(self.folder) if self.folder else default_corrections_dir()

    def load(self) -> list:
        from claims.corrections import load

        return load(self.path())


class SourcesResource(dg.ConfigurableResource):
    """Where reports come from: the sources file (TOLL_SOURCES, data/sources.yaml), or one folder given
    directly (tests, `toll run --reports DIR`)."""

    sources_path: str = ""
    folder: str = ""

    def sources(self) -> list[Source]:
        if self.folder:
            return [Source(name=Path(self.folder).name, kind="folder", path=Path(self.folder))]
        return load_sources(Path(self.sources_path) if self.sources_path else None)

    def files(self) -> list[tuple[Source, Path]]:
        return source_files(self.sources())


def resources(lake_dir: str = "", folder: str = "", sources_path: str = "", corrections_dir: str = "") -> dict:
    """The resources every asset, sensor and CLI run uses, configured here and nowhere else."""
    return {"lake": LakeResource(lake_dir=lake_dir),
            "sources": SourcesResource(folder=folder, sources_path=sources_path),
            "corrections": CorrectionsResource(folder=corrections_dir)}
