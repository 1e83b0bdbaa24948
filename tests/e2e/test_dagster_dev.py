"""`dagster dev` for real: a report dropped into the inbox reaches event_estimates with nothing clicked,
and a backfill of a date range launched through GraphQL runs as one run."""

from __future__ import annotations

import time

import pytest

from dagster_project.lake import Lake
from tests.servers import dagster_dev, graphql, runs_tagged, wait_until

pytestmark = pytest.mark.e2e

REPORT = """---
title: Market raid near Menaka
published: 2024-05-14
---
Gunmen on motorcycles killed 17 traders at a cattle market near Menaka on Monday, local officials said.
"""

BACKFILL = """mutation($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
  __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message } } }"""
BACKFILL_STATUS = """query($id: String!) { partitionBackfillOrError(backfillId: $id) {
  ... on PartitionBackfill { status } } }"""


def _estimate(lake_dir) -> bool:
    lake = Lake(lake_dir)
    if not lake.exists():
        return False
    est = lake.query("SELECT * FROM event_estimates WHERE outcome = 'killed' AND low = 17")
    return len(est) == 1


def _finished(port: int, backfill_id: str) -> str | None:
    status = graphql(port, BACKFILL_STATUS, {"id": backfill_id})["partitionBackfillOrError"]["status"]
    return status if status.startswith(("COMPLETED", "FAILED", "CANCELED")) else None


def test_inbox_report_reaches_estimates_and_backfill_is_one_run(tmp_path):
    with dagster_dev(tmp_path) as (port, inbox, lake_dir):
        dropped = time.monotonic()
        (inbox / "menaka.md").write_text(REPORT)
        runs = wait_until(lambda: [r for r in runs_tagged(port, "dagster/partition", "2024-05-14")
                                   if r["status"] == "SUCCESS"], 240, "the partition run to succeed")
        assert len(runs) == 1
        wait_until(lambda: _estimate(lake_dir), 240, "event_estimates to show the report's claim")
        latency = time.monotonic() - dropped
        print(f"file drop to estimate visible: {latency:.1f} s")

        days = [f"2024-05-{d:02d}" for d in range(1, 11)]
        params = {"assetSelection": [{"path": ["reports"]}, {"path": ["rejected_reports"]}, {"path": ["claims"]}],
                  "partitionNames": days}
        launched = graphql(port, BACKFILL, {"params": params})["launchPartitionBackfill"]
        assert launched["__typename"] == "LaunchBackfillSuccess", launched
        backfill_id = launched["backfillId"]
        status = wait_until(lambda: _finished(port, backfill_id), 300, "the backfill to finish", every=2)
        assert status == "COMPLETED_SUCCESS"
        backfill_runs = runs_tagged(port, "dagster/backfill", backfill_id)
        assert len(backfill_runs) == 1 and backfill_runs[0]["status"] == "SUCCESS"
        tags = {t["key"]: t["value"] for t in backfill_runs[0]["tags"]}
        assert (tags["dagster/asset_partition_range_start"], tags["dagster/asset_partition_range_end"]) == (
            "2024-05-01", "2024-05-10")
