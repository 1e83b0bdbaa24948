"""The report site in a real browser (Debian's headless Chromium), from disk and from a local HTTP server, and the
chart on the event_estimates asset's page of a `dagster dev` the test starts. Screenshots go to test-output/site/."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dagster_project.site import build_site
from tests.servers import (
    ROOT,
    browse,
    chromium_binary,
    dagster_dev,
    free_port,
    graphql,
    server,
    wait_http,
    wait_until,
)

pytestmark = pytest.mark.e2e

SHOTS = ROOT / "test-output" / "site"


def _need_chromium():
    if chromium_binary() is None:
        pytest.skip("chromium is not installed here (.ci/run installs Debian's chromium): browser tests skipped")


class Dom(HTMLParser):
    """Elements of a dumped DOM with their attributes and their text (of the elements this test reads)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": "", "within": {id(o) for o in self._open}}
        self.elements.append(el)
        if tag not in ("img", "input", "br", "meta", "link"):
            self._open.append(el)

    def handle_endtag(self, tag):
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i]["tag"] == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        for el in self._open:
            el["text"] += data

    def find(self, tag=None, **attrs) -> list[dict]:
        """Elements by tag and attributes (class_ for class, data_x for data-x; True: present with any value)."""
        want = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
        return [e for e in self.elements if (tag is None or e["tag"] == tag)
                and all((k in e["attrs"]) if v is True else e["attrs"].get(k) == v for k, v in want.items())]


def _toll_sql(lake_dir: Path, sql: str) -> list[dict]:
    out = subprocess.run([str(Path(sys.executable).with_name("toll")), "sql", sql, "--format", "json"],
                         capture_output=True, text=True, check=True, env={**_env(), "TOLL_LAKE_DIR": str(lake_dir)})
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def _env() -> dict:
    import os

    return dict(os.environ)


@pytest.fixture(scope="module")
def site(sample_ledger, tmp_path_factory):
    lake, _result, _instance = sample_ledger
    out = tmp_path_factory.mktemp("site")
    built = build_site(lake, out)
    assert built.events >= 1 and (out / "index.html").exists()
    return lake, out


@pytest.fixture(scope="module")
def http(site):
    """python's http.server on the site, in its own process group, stopped at the end."""
    _lake, out = site
    port = free_port()
    with server([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(out)],
                log=out.parent / "http.log") as proc:
        wait_http(f"http://127.0.0.1:{port}/index.html", 30, proc)
        yield f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("where", ["disk", "http"])
def test_event_page_in_a_browser(site, http, where):
    _need_chromium()
    lake, out = site
    base = out.as_uri() if where == "disk" else http
    SHOTS.mkdir(parents=True, exist_ok=True)
    events = lake.query("SELECT event_id FROM events ORDER BY n_claims DESC").event_id.tolist()
    texts = dict(lake.query("SELECT report_id, text FROM reports").itertuples(index=False))
    spans = {r.claim_id: (r.report_id, r.span_start, r.span_end) for r in lake.query(
        "SELECT claim_id, report_id, span_start, span_end FROM claims").itertuples()}
    for n, event_id in enumerate(events):
        shot = SHOTS / f"event-{where}.png" if n == 0 else None
        dom = Dom(browse(f"{base}/events/{event_id}.html", screenshot=shot, wait_ms=5000))

        # the estimate numbers are those `toll sql` returns for the event
        want = {(r["party"], r["outcome"]): (r["low"], r["best"], r["high"]) for r in _toll_sql(
            lake.lake_dir, f"SELECT party, outcome, low, best, high FROM event_estimates WHERE event_id = '{event_id}'")}
        rows = {}
        for tr in dom.find("tr", data_party=True):
            cells = {c["attrs"]["class"].split()[-1]: c["text"].replace(",", "").strip()
                     for c in dom.elements if c["tag"] == "td" and id(tr) in c["within"]
                     and "n" in c["attrs"].get("class", "").split()}
            rows[(tr["attrs"]["data-party"], tr["attrs"]["data-outcome"])] = tuple(
                int(cells[k]) if cells[k] else None for k in ("low", "best", "high"))
        assert rows == want, f"{event_id}: the page's estimates differ from toll sql"

        # each claim's highlight is exactly its span of its report's text
        marks = dom.find("mark", class_="figure")
        n_claims = lake.query(f"SELECT count(*) AS n FROM claims WHERE event_id = '{event_id}'").n[0]
        assert len(marks) == n_claims > 0
        for m in marks:
            report_id, start, end = spans[m["attrs"]["data-claim"]]
            assert (m["attrs"]["data-report"], int(m["attrs"]["data-start"]), int(m["attrs"]["data-end"])) == (
                report_id, start, end)
            assert m["text"] == texts[report_id][start:end], m["attrs"]["data-claim"]

        # the chart is there, loaded by the browser with a width, and its files are not empty
        img = dom.find("img", id="chart")
        assert img and int(img[0]["attrs"].get("data-loaded-width") or 0) > 100, "chart image not loaded"
        assert (out / "charts" / f"{event_id}.png").stat().st_size > 5_000
        assert (out / "charts" / f"{event_id}.svg").read_text().lstrip().startswith("<svg")
        if shot is not None:
            assert shot.stat().st_size > 10_000


def test_report_page_highlights_every_claim(site, http):
    _need_chromium()
    lake, _out = site
    texts = dict(lake.query("SELECT report_id, text FROM reports").itertuples(index=False))
    claims = lake.query("SELECT report_id, claim_id, span_start, span_end FROM claims")
    report_id = claims.report_id.value_counts().index[0]
    dom = Dom(browse(f"{http}/reports/{report_id}.html", screenshot=SHOTS / "report.png", wait_ms=3000))
    marked = set()
    for m in dom.find("mark", class_="figure"):
        start, end = int(m["attrs"]["data-start"]), int(m["attrs"]["data-end"])
        assert m["text"] == texts[report_id][start:end]
        marked |= set(m["attrs"]["data-claims"].split())
    assert marked == set(claims[claims.report_id == report_id].claim_id)


def test_index_filter_hides_rows_that_do_not_match(site, http):
    _need_chromium()
    lake, _out = site
    events = lake.query("SELECT event_id, place FROM events")
    place = events.place[0]
    shown = Dom(browse(f"{http}/index.html?q={place.split()[0]}", wait_ms=3000,
                       screenshot=SHOTS / "index.png"))
    rows = shown.find("tr", data_event=True)
    assert len(rows) == len(events)
    match = [r for r in rows if "hidden" not in r["attrs"]]
    assert [r["attrs"]["data-event"] for r in match if place.split()[0].lower() in r["text"].lower()]
    hidden = Dom(browse(f"{http}/index.html?q=no-such-place-anywhere", wait_ms=3000))
    assert all("hidden" in r["attrs"] for r in hidden.find("tr", data_event=True))
    assert f"0 of {len(events)} shown" in hidden.find(id="shown")[0]["text"]


REPORT = """---
title: Night attack on a village near Menaka
published: 2024-05-14
---
Gunmen on motorcycles killed 17 villagers near Menaka on Monday night, local officials said.
"""

MATERIALIZATION = """query { assetOrError(assetKey: {path: ["event_estimates"]}) { ... on Asset {
  assetMaterializations(limit: 1) { metadataEntries { label ... on MarkdownMetadataEntry { mdStr } } } } } }"""


def test_dagster_ui_shows_the_chart_on_the_asset_page(tmp_path):
    _need_chromium()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with dagster_dev(tmp_path) as (port, inbox, _lake):
        (inbox / "menaka.md").write_text(REPORT)

        def chart_md():
            found = graphql(port, MATERIALIZATION)["assetOrError"]["assetMaterializations"]
            entries = {e["label"]: e.get("mdStr") for e in found[0]["metadataEntries"]} if found else {}
            return entries.get("chart") if "data:image" in (entries.get("chart") or "") else None

        started = time.monotonic()
        md = wait_until(chart_md, 400, "event_estimates to be materialized with a chart", every=3)
        print(f"report dropped to chart in metadata: {time.monotonic() - started:.0f} s")
        assert "![" in md and "data:image/jpeg;base64," in md
        shot = SHOTS / "dagster-event-estimates.png"
        page = browse(f"http://127.0.0.1:{port}/assets/event_estimates", screenshot=shot, wait_ms=20000,
                      size="1400,1600")
        assert shot.stat().st_size > 10_000
        # the asset page lists the chart entry; the UI folds long Markdown (an inline image is) behind a
        # "[Show Markdown]" button, unless a view renders it in place
        assert ">chart<" in page and "chart_events" in page, "the chart entry is not on the asset page"
        events_view = browse(f"http://127.0.0.1:{port}/assets/event_estimates?view=events", wait_ms=20000,
                             screenshot=SHOTS / "dagster-event-estimates-events.png", size="1400,1600")
        images = [e for dom in (Dom(page), Dom(events_view)) for e in dom.find("img")
                  if e["attrs"].get("src", "").startswith("data:image/jpeg;base64,")]
        if images:
            assert len(images[0]["attrs"]["src"]) > 5_000
        else:
            assert "Show Markdown" in page, "the chart is neither shown nor behind the UI's Markdown button"
