"""Shared fixtures: a ledger built once from the sample reports (plus two bad files) in a temp folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "reports"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_ledger(tmp_path_factory):
    """Materialize every asset on the sample reports, a binary file and an empty file; return (lake, result)."""
    import dagster as dg

    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    base = tmp_path_factory.mktemp("ledger")
    reports = base / "reports"
    shutil.copytree(SAMPLES, reports)
    (reports / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (reports / "empty.md").write_bytes(b"")
    lake_dir = base / "lake"
    with dg.instance_for_test() as instance:
        result = materialize_all(lake_dir=str(lake_dir), folder=str(reports), instance=instance)
        yield Lake(lake_dir), result, instance
