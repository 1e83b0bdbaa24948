"""`dagster dev` for real: a report dropped into the inbox reaches event_estimates with nothing clicked (and its
chart shows on the asset's page in the UI, rendered by a real browser), and a backfill of a date range launched
through GraphQL runs as one run."""

from __future__ import annotations

import time

import pytest

from dagster_project.lake import Lake
from tests.servers import (
    ROOT,
    browse,
    chromium_binary,
    dagster_dev,
    free_port,
    graphql,
    runs_tagged,
    wait_http,
    wait_until,
)

SHOTS = ROOT / "test-output" / "dagster"

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
    est = lake.query("SELECT * FROM event_estimates WHERE outcome = 'killed' AND party = 'civilians' AND low = 17")
    return len(est) == 1


def _backfills(port: int) -> list[str]:
    data = graphql(port, "{ partitionBackfillsOrError { ... on PartitionBackfills { results { id } } } }")
    return [b["id"] for b in data["partitionBackfillsOrError"]["results"]]


def _finished(port: int, backfill_id: str) -> str | None:
    status = graphql(port, BACKFILL_STATUS, {"id": backfill_id})["partitionBackfillOrError"]["status"]
    return status if status.startswith(("COMPLETED", "FAILED", "CANCELED")) else None


@pytest.fixture(scope="module")
def site_folder(tmp_path_factory):
    """The site folder `toll ui` serves (what the runs' TOLL_SITE_URL points at), and its port."""
    return tmp_path_factory.mktemp("site"), free_port()


@pytest.fixture(scope="module")
def dev(tmp_path_factory, site_folder):
    """`dagster dev` started as `make ui` starts it: `toll ui`, which also serves the site folder."""
    folder, site_port = site_folder
    with dagster_dev(tmp_path_factory.mktemp("dagster-dev"), site=folder, site_port=site_port) as running:
        (folder / "ok.txt").write_text("ok")
        wait_http(f"http://127.0.0.1:{site_port}/ok.txt", 30)
        yield running


@pytest.fixture(scope="module")
def site_server(dev, site_folder):
    folder, site_port = site_folder
    return folder, f"http://127.0.0.1:{site_port}"


MATERIALIZATIONS = """query { assetOrError(assetKey: {path: ["event_estimates"]}) { ... on Asset {
  assetMaterializations(limit: 1) { metadataEntries { label ... on MarkdownMetadataEntry { mdStr } } } } } }"""

# every <img> of the page that the browser has loaded, with its source and natural size
IMAGES = "[...document.images].filter(i => i.complete && i.naturalWidth > 0).map(i => [i.src, i.naturalWidth, i.naturalHeight])"


def _chart_on_the_asset_page(port: int, site: tuple):
    """The latest event_estimates materialization carries the chart of the event it changed; on the asset's
    page the UI shows it in place (a short Markdown image served from the site), and the embedded copy behind
    "[Show Markdown]" opens and renders too. Both checked in the browser: the image loaded, with a size."""
    from tests.e2e.cdp import chromium

    folder, url = site

    def entries():
        found = graphql(port, MATERIALIZATIONS)["assetOrError"]["assetMaterializations"]
        got = {e["label"]: e.get("mdStr") for e in found[0]["metadataEntries"]} if found else {}
        return got if url in (got.get("chart") or "") else None

    md = wait_until(entries, 240, "event_estimates to be materialized with its chart", every=2)
    assert len(md["chart"]) < 1000, "the UI folds Markdown of 1,000 characters or more behind a button"
    assert "data:image/jpeg;base64," in md["chart_embedded"]
    svgs = list((folder / "charts" / "ui").glob("*.svg"))
    assert any(f"/charts/ui/{p.name}" in md["chart"] for p in svgs)

    with chromium() as page:
        page.goto(f"http://127.0.0.1:{port}/assets/event_estimates")
        loaded = page.wait(f"{IMAGES}.filter(i => i[0].startsWith({url!r} + '/charts/ui/') && i[1] > 200)", 90,
                           "the chart to render in place on the asset page")
        page.eval("[...document.querySelectorAll('button')].filter(b => b.textContent.trim() === 'Skip')"
                  ".forEach(b => b.click())")  # the UI's first-visit newsletter dialog, over the page
        src, width, height = loaded[0]
        assert (folder / src.removeprefix(url + "/")).read_text().lstrip().startswith("<svg")
        assert width > 200 and height > 100
        page.eval(f"[...document.images].find(i => i.src === {src!r}).scrollIntoView({{block: 'center'}})")
        page.screenshot(SHOTS / "event-estimates-chart.png")
        # the embedded copy: open its "[Show Markdown]" in the chart_embedded row
        clicked = page.eval("""(() => { const row = [...document.querySelectorAll('tr')].find(
            r => r.cells.length > 1 && r.cells[0].textContent.trim() === 'chart_embedded');
            const b = row && [...row.querySelectorAll('*')].reverse().find(
                e => e.textContent.trim() === '[Show Markdown]');
            if (!b) return false; b.click(); return true; })()""")
        assert clicked, "no [Show Markdown] for chart_embedded on the asset page"
        embedded = page.wait(f"{IMAGES}.filter(i => i[0].startsWith('data:image/jpeg') && i[1] > 100)", 30,
                             "the embedded chart to render in its dialog")
        assert embedded[0][2] > 50
        page.screenshot(SHOTS / "event-estimates-chart-embedded.png")
    assert (SHOTS / "event-estimates-chart.png").stat().st_size > 10_000


def test_inbox_report_reaches_estimates_and_backfill_is_one_run(dev, site_server):
    port, inbox, lake_dir = dev
    dropped = time.monotonic()
    (inbox / "menaka.md").write_text(REPORT)
    runs = wait_until(lambda: [r for r in runs_tagged(port, "dagster/partition", "2024-05-14")
                               if r["status"] == "SUCCESS"], 240, "the partition run to succeed")
    assert len(runs) == 1
    wait_until(lambda: _estimate(lake_dir), 240, "event_estimates to show the report's claim")
    latency = time.monotonic() - dropped
    print(f"file drop to estimate visible: {latency:.1f} s")
    if chromium_binary() is not None:
        _chart_on_the_asset_page(port, site_server)

    # a source that brings reports across several days: the sensor starts one backfill of exactly those days
    staging = lake_dir.parent / "staging"
    staging.mkdir()
    for day, n in (("2024-03-02", 5), ("2024-03-09", 8)):
        (staging / f"{day}.md").write_text(REPORT.replace("2024-05-14", day).replace("17 traders", f"{n} traders"))
    for f in sorted(staging.iterdir()):
        f.rename(inbox / f.name)
    first = wait_until(lambda: _backfills(port), 120, "the sensor to start a backfill")
    assert len(first) == 1
    status = wait_until(lambda: _finished(port, first[0]), 300, "the sensor's backfill to finish", every=2)
    assert status == "COMPLETED_SUCCESS"
    got = Lake(lake_dir).query("SELECT CAST(published AS VARCHAR) AS d FROM reports ORDER BY d").d.tolist()
    assert got == ["2024-03-02", "2024-03-09", "2024-05-14"]

    # the partitions are the days that have reports: a day without any is refused, the three days run as one run
    def launch(days):
        params = {"assetSelection": [{"path": ["reports"]}, {"path": ["rejected_reports"]},
                                     {"path": ["report_warnings"]}, {"path": ["claims"]}],
                  "partitionNames": days}
        return graphql(port, BACKFILL, {"params": params})["launchPartitionBackfill"]

    assert launch(["2024-05-01"])["__typename"] == "PartitionKeysNotFoundError"
    launched = launch(["2024-03-02", "2024-03-09", "2024-05-14"])
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_id = launched["backfillId"]
    status = wait_until(lambda: _finished(port, backfill_id), 300, "the backfill to finish", every=2)
    assert status == "COMPLETED_SUCCESS"
    backfill_runs = runs_tagged(port, "dagster/backfill", backfill_id)
    assert len(backfill_runs) == 1 and backfill_runs[0]["status"] == "SUCCESS"
    tags = {t["key"]: t["value"] for t in backfill_runs[0]["tags"]}
    # partition order is the order days were found: 14 May first, then the two March days
    assert (tags["dagster/asset_partition_range_start"], tags["dagster/asset_partition_range_end"]) == (
        "2024-05-14", "2024-03-09")


def test_the_ui_shows_the_pipeline_in_a_real_browser(dev, tmp_path):
    """What a data engineer opens: the asset lineage, rendered by headless Chromium."""
    if chromium_binary() is None:
        pytest.skip("chromium is not installed here (.ci/run installs Debian's chromium)")
    port, _inbox, _lake = dev
    shot = tmp_path / "lineage.png"
    lineage = browse(f"http://127.0.0.1:{port}/asset-groups", screenshot=shot)
    for group in ("ingest", "normalize", "validate", "aggregate", "sources"):
        assert group in lineage, f"group {group} not on the lineage page"
    assert shot.exists() and shot.stat().st_size > 10_000
    catalog = browse(f"http://127.0.0.1:{port}/assets")
    for name in ("claims", "event_estimates"):
        assert name in catalog, f"{name} not in the asset catalog"
    jobs = browse(f"http://127.0.0.1:{port}/automation")
    assert "new_reports_sensor" in jobs and "daily_refresh" in jobs
