"""The report site in a real browser (Debian's headless Chromium), from disk and from a local HTTP server.
Screenshots go to test-output/site/. (The chart on the asset's page in the Dagster UI: test_dagster_dev.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dagster_project.site import build_site
from tests.servers import (
    ROOT,
    browse,
    chromium_binary,
    free_port,
    server,
    wait_http,
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
        dom = Dom(browse(f"{base}/events/{event_id}.html", screenshot=shot, wait_ms=5000, size="1400,1500"))

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

        # the chart is drawn by the browser from the page's rows and is not empty: a width, one panel per outcome
        # and party of the event's estimates, every source of its figures in the legend, lines drawn
        chart = dom.find("div", id="chart")
        assert chart and not chart[0]["attrs"].get("data-error"), "chart not drawn"
        assert float(chart[0]["attrs"].get("data-drawn-width") or 0) > 100, "chart drawn empty"
        texts = {e["text"].strip() for e in dom.find("text") if id(chart[0]) in e["within"]}
        panels = {f"{r.outcome} · {r.party}" for r in lake.query(
            f"SELECT DISTINCT outcome, party FROM estimate_timeline WHERE event_id = '{event_id}'").itertuples()}
        sources = set(lake.query(f"SELECT DISTINCT source FROM source_timeline WHERE event_id = '{event_id}' "
                                 "AND as_of IS NOT NULL AND value_low IS NOT NULL").source)
        assert panels and panels <= texts, f"{event_id}: panels missing: {panels - texts}"
        assert sources <= texts, f"{event_id}: sources missing from the legend: {sources - texts}"
        assert "latest estimate per party" in texts
        lines = [e for e in dom.find("path") if id(chart[0]) in e["within"] and len(e["attrs"].get("d") or "") > 8]
        assert len(lines) >= len(panels)
        # its PNG and SVG, exported by vl-convert for the events a build changed
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


PLACES = [("gao", "Gao", "attack", 4), ("menaka", "Menaka", "ambush", 1), ("mopti", "Mopti", "attack", 9),
          ("kidal", "Kidal", "siege", 2), ("goma", "Goma", "shelling", 6)]


def test_index_sorts_and_filters_as_the_analyst_types(tmp_path):
    """Five events: clicking a header sorts (again: the other way), typing in the box hides what does not match
    (every word must match), all in the browser from disk."""
    _need_chromium()
    from datetime import date

    import pandas as pd

    from dagster_project.lake import Lake, Write
    from tests.e2e.cdp import chromium

    lake = Lake(tmp_path / "lake")
    lake.commit([Write("events", pd.DataFrame([
        {"event_id": f"{slug}-2024-05", "name": f"{name}, {kind}", "kind": kind, "place": name, "country": "Mali",
         "start_date": date(2024, 5, 1 + i), "n_reports": n, "n_sources": 1} for i, (slug, name, kind, n)
        in enumerate(PLACES)]), replace_all=True)])
    out = tmp_path / "site"
    build_site(lake, out, charts=False)
    order = "[...document.querySelectorAll('#events tbody tr')].filter(r => !r.hidden).map(r => r.dataset.event)"
    with chromium(1200, 800) as page:
        page.goto((out / "index.html").as_uri())
        page.wait("document.getElementById('shown').textContent === '5 of 5 shown'", 30, "the index and its script")
        page.eval("[...document.querySelectorAll('#events th')].find(t => t.textContent === 'reports').click()")
        by_reports = sorted(PLACES, key=lambda p: p[3])
        assert page.eval(order) == [f"{p[0]}-2024-05" for p in by_reports]
        page.eval("[...document.querySelectorAll('#events th')].find(t => t.textContent === 'reports').click()")
        assert page.eval(order) == [f"{p[0]}-2024-05" for p in reversed(by_reports)]
        page.eval("[...document.querySelectorAll('#events th')].find(t => t.textContent === 'place').click()")
        assert page.eval(order) == [f"{p[0]}-2024-05" for p in sorted(PLACES, key=lambda p: p[1])]

        def type_in(words: str):
            page.eval(f"(() => {{ const f = document.getElementById('filter'); f.value = {words!r}; "
                      "f.dispatchEvent(new Event('input')); })()")
            return page.eval(order), page.eval("document.getElementById('shown').textContent")

        assert type_in("attack") == (["gao-2024-05", "mopti-2024-05"], "2 of 5 shown")
        assert type_in("attack mopti") == (["mopti-2024-05"], "1 of 5 shown")
        assert type_in("nowhere") == ([], "0 of 5 shown")
        assert type_in("")[1] == "5 of 5 shown"
        type_in("siege")
        page.screenshot(SHOTS / "index-filtered.png")
