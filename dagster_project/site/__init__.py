"""The report site and the charts: pages and pictures built from the ledger's tables (`toll report`)."""

import os
from pathlib import Path

from .build import BuildResult, build_site


def default_out() -> Path:
    """data/site (git-ignored), or TOLL_SITE_DIR."""
    from dagster_project.lake import PROJECT_ROOT

    return Path(os.environ.get("TOLL_SITE_DIR") or PROJECT_ROOT / "data" / "site")


__all__ = ["BuildResult", "build_site", "default_out"]
