"""The pictures of an event, with Vega-Lite (altair): the toll over time (one facet per outcome and party: each
source's figures as one line over the estimate's low..high band, so no line or band mixes parties) above a bar of
the latest estimate per party (best, with a rule from low to high).

The site draws them in the browser from the spec with the Vega bundle vl-convert exports (offline, no network) and
exports PNG and SVG files offline with vl-convert for the events a build changed (`build.EXPORT_LIMIT`, or all).

The chart is built once with named datasets; each event only swaps its rows in (`spec["datasets"]`), so altair's
schema validation runs once per process, not once per event.
"""

from __future__ import annotations

import base64
import copy
import json
import os
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

WIDTH = 230  # one facet's width in px; three facets a row
HEIGHT = 120


_TEMPLATE: list[dict] = []  # the chart's spec without its data, made once in a process (or given: seed_template)


def _template() -> dict:
    if not _TEMPLATE:
        _TEMPLATE.append(_altair_template())
    return _TEMPLATE[0]


def seed_template(template: dict) -> None:
    """A pool process of the site's build takes the build's template: importing altair to make it again was a
    second of each process's start."""
    if not _TEMPLATE:
        _TEMPLATE.append(template)


def _altair_template() -> dict:
    import altair as alt

    # a faceted layer needs one dataset: estimate rows (kind "estimate") and source rows share "timeline"
    timeline_data, latest = alt.NamedData("timeline"), alt.NamedData("latest")
    x = alt.X("day:T", title=None, axis=alt.Axis(format="%d %b %y", labelAngle=0, tickCount=4))
    est = alt.Chart().transform_filter("datum.kind == 'estimate'")
    # one facet per (outcome, party): a band is one estimate's and a line one source's figures for one party
    band = est.mark_area(opacity=0.22, color="#7f8c9a", interpolate="step-after").encode(
        x=x, y=alt.Y("low:Q", title="people"), y2="high:Q",
        tooltip=["party:N", "day:T", "low:Q", "best:Q", "high:Q"])
    best = est.mark_line(color="#4d5966", strokeDash=[4, 3], interpolate="step-after").encode(x=x, y="best:Q")
    lines = alt.Chart().transform_filter("datum.kind == 'source'").mark_line(point=True).encode(
        x=x, y="value:Q", color=alt.Color("source:N", title="source"),
        tooltip=["source:N", "party:N", "day:T", "value:Q", "value_high:Q", "qualifier:N"])
    timeline = alt.layer(band, best, lines, data=timeline_data).properties(width=WIDTH, height=HEIGHT).facet(
        facet=alt.Facet("panel:N", title="toll over time (outcome · party): sources' figures over the estimate's band"),
        columns=3).resolve_scale(y="independent")
    bar = alt.Chart().mark_bar(color="#4c78a8").encode(
        x=alt.X("best:Q", title="latest estimate (best; rule: low to high)"), y=alt.Y("party:N", title=None),
        tooltip=["party:N", "low:Q", "best:Q", "high:Q"])
    rule = alt.Chart().mark_rule(color="#222").encode(x="low:Q", x2="high:Q", y="party:N")
    bars = alt.layer(bar, rule, data=latest).properties(width=WIDTH, height=alt.Step(14)).facet(
        facet=alt.Facet("outcome:N", title="latest estimate per party"), columns=3).resolve_scale(
        x="independent", y="independent")
    return alt.vconcat(timeline, bars).configure_view(stroke=None).to_dict()


def _iso(v) -> str | None:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return None if v is None else str(v)


def _panel(r: dict) -> str:
    return f"{r['outcome']} · {r['party']}"


def event_spec(estimate_rows: list[dict], source_rows: list[dict], latest_rows: list[dict]) -> dict | None:
    """The Vega-Lite spec of one event's chart, or None when it has nothing to draw.

    estimate_rows: estimate_timeline rows (day, party, outcome, low, best, high); source_rows: source_timeline
    rows (as_of, source, party, outcome, value_low, value_high, qualifier); latest_rows: event_estimates rows.
    """
    est = [{"kind": "estimate", "day": _iso(r["day"]), "panel": _panel(r), "party": r["party"],
            "outcome": r["outcome"], "low": r["low"],
            "best": r["best"], "high": r["high"] if r["high"] is not None else r["best"]}
           for r in estimate_rows if r["day"] is not None and r["low"] is not None]
    src = [{"kind": "source", "day": _iso(r["as_of"]), "panel": _panel(r), "source": r["source"], "party": r["party"],
            "outcome": r["outcome"],
            "value": r["value_low"], "value_high": r["value_high"], "qualifier": r["qualifier"]}
           for r in source_rows if r["as_of"] is not None and r["value_low"] is not None]
    latest = [{"party": r["party"], "outcome": r["outcome"], "low": r["low"], "best": r["best"],
               "high": r["high"] if r["high"] is not None else r["best"]}
              for r in latest_rows if r["best"] is not None]
    if not (est or src or latest):
        return None
    # carry each estimate to the day after the event's last, so a band stays drawn after the day it last changed
    # and one first made on the last day still shows, one day wide
    last_day = max((r["day"] for r in est + src), default=None)
    if last_day is not None:
        last_day = (date.fromisoformat(last_day) + timedelta(days=1)).isoformat()
    final: dict[tuple, dict] = {}
    for r in est:
        final[(r["party"], r["outcome"])] = r
    est += [{**r, "day": last_day} for r in final.values() if r["day"] < last_day]
    spec = copy.copy(_template())  # shallow: only "datasets" is replaced
    spec["datasets"] = {"timeline": est + src, "latest": latest}
    return spec


@cache
def _vega_template() -> dict:
    """The template compiled to Vega once: Vega-Lite's compiler does not look at the rows, so each event only
    swaps its rows into the compiled spec (the same SVG, byte for byte, in ~2/3 of the time)."""
    import vl_convert as vlc

    return vlc.vegalite_to_vega({**_template(), "datasets": {"timeline": [], "latest": []}})


def to_svg(spec: dict) -> str:
    """SVG of a spec made by `event_spec`."""
    import vl_convert as vlc

    vega = dict(_vega_template())
    vega["data"] = [{**d, "values": spec["datasets"][d["name"]]} if d["name"] in spec["datasets"] else d
                    for d in vega["data"]]
    return vlc.vega_to_svg(vega)


def svg_to_png(svg: str, scale: float = 1.0) -> bytes:
    import vl_convert as vlc

    return vlc.svg_to_png(svg, scale=scale)


def svg_to_jpeg(svg: str, scale: float = 1.0, quality: int = 80) -> bytes:
    import vl_convert as vlc

    return vlc.svg_to_jpeg(svg, scale=scale, quality=quality)


def jpeg_data_uri(jpeg: bytes) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode()


def browser_template_js() -> str:
    """static/chart-template.js: the chart's Vega-Lite spec without rows, for the pages to fill in and draw."""
    return "// written by toll report: the event chart's Vega-Lite spec (altair); pages add their rows\n" \
           f"window.TOLL_CHART = {json.dumps(_template(), separators=(',', ':'))};\n"


def bundle_name() -> str:
    import vl_convert as vlc

    return f"vega-embed-{vlc.__version__}.js"


def vega_bundle() -> tuple[str, str]:
    """(file name, text) of the Vega, Vega-Lite and Vega-Embed bundle vl-convert exports, so pages draw charts
    with no network. Making it takes ~7 s, so it is kept in the user's cache, one file per vl-convert version."""
    import vl_convert as vlc

    name = bundle_name()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "toll-ledger" / name
    try:
        return name, cache.read_text()
    except OSError:
        pass
    text = vlc.javascript_bundle()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text)
        tmp.replace(cache)
    except OSError:  # a read-only home: made again next time
        pass
    return name, text
