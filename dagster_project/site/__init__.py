"""The report site and the charts: pages and pictures built from the ledger's tables (`toll report`)."""

from .build import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]
