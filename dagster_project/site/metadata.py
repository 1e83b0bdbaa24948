"""The chart an aggregate asset shows in the Dagster UI: the events its materialization changed, drawn by vl-convert.

Dagster's UI (1.13, `MetadataEntry.tsx`) renders a Markdown entry in place on the asset's page only when it is
shorter than 1,000 characters; a longer one, as any inline data: image is, sits behind a "[Show Markdown]" button.
Its Markdown allows http(s) and data: image sources. So:
- with TOLL_SITE_URL (where the site folder is served), the SVGs go to the site's charts/ui/ (one file per drawing,
  named by its content, so an old materialization keeps showing its own) and the entry is a short Markdown of
  links to them: shown in place;
- the same charts as small inline JPEGs are always there too (`chart_embedded`, or `chart` without a site URL):
  they need no server and stay in the event log, one click away.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import duckdb

MAX_EVENTS = 3  # the event log keeps every materialization's metadata: a few small images, not one per event
# JPEG, not PNG, for the UI: at this scale the chart is ~35 KB as JPEG against ~83 KB as PNG (vl-convert writes
# unpalettised RGBA PNGs), and the event log keeps every materialization's copy
SCALE, QUALITY = 0.6, 75


def _per_event(con, events: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """event_id → (digest of its estimate rows, latest as_of), of every event or of `events` alone."""
    only, params = ("WHERE event_id IN (SELECT UNNEST(?))", [events]) if events is not None else ("", [])
    rows = con.execute(f"SELECT * EXCLUDE (event_id), event_id FROM event_estimates {only} "
                       "ORDER BY event_id, outcome, party", params).fetchall()
    acc: dict[str, list] = {}
    for r in rows:
        acc.setdefault(r[-1], []).append(r[:-1])
    return {ev: (hashlib.sha256(json.dumps(rs, default=str).encode()).hexdigest(),
                 max((str(v) for v in (r[6] for r in rs) if v is not None), default=""))
            for ev, rs in acc.items()}


def changed_events(lake, before: int | None, limit: int = MAX_EVENTS, among: set[str] | None = None) -> list[str]:
    """The events whose estimates differ from version `before` (all of them when there was none), the most
    recent (latest as_of) first, at most `limit`. `among`: the only events whose rows the commit since `before`
    can have changed (an incremental run's scope); the others are not read (reading and hashing every event's
    rows twice was ~7 s of a new report into 100,000)."""
    events = sorted(e for e in among if e is not None) if among is not None else None
    with lake.reader() as con:
        now = _per_event(con, events)
    old: dict = {}
    if before is not None:
        try:
            with lake.reader(version=before) as con:
                old = _per_event(con, events)
        except duckdb.Error:  # the table did not exist yet at that version
            old = {}
    changed = [ev for ev, (digest, _) in now.items() if old.get(ev, (None,))[0] != digest]
    return sorted(changed, key=lambda ev: (now[ev][1], ev), reverse=True)[:limit]


def draw(lake, event_ids: list[str]) -> list[tuple[str, str]]:
    """(event_id, SVG) of each event that has anything to draw."""
    from .build import load_event_rows
    from .charts import event_spec, to_svg

    if not event_ids:
        return []
    with lake.reader() as con:
        rows = load_event_rows(con, event_ids)
    out = []
    for ev in event_ids:
        spec = event_spec(rows["estimate_timeline"].get(ev, []), rows["source_timeline"].get(ev, []),
                          rows["estimates"].get(ev, []))
        if spec is not None:
            out.append((ev, to_svg(spec)))
    return out


def embedded_markdown(charts: list[tuple[str, str]]) -> str | None:
    """Markdown with one inline JPEG per event (long: the UI shows it behind its "[Show Markdown]" button)."""
    from .charts import jpeg_data_uri, svg_to_jpeg

    parts = [f"**{ev}**\n\n![toll over time, {ev}]({jpeg_data_uri(svg_to_jpeg(svg, scale=SCALE, quality=QUALITY))})"
             for ev, svg in charts]
    return "\n\n".join(parts) or None


MD_INLINE_LIMIT = 1000  # Dagster's UI renders Markdown metadata in place below this many characters


def linked_markdown(charts: list[tuple[str, str]], site_dir: Path, site_url: str) -> str | None:
    """Write each SVG into the site folder and return short Markdown that shows them from `site_url`."""
    from .build import page_name

    folder = Path(site_dir) / "charts" / "ui"
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[str] = []
    for ev, svg in charts:
        name = f"{page_name(ev)}-{hashlib.sha256(svg.encode()).hexdigest()[:12]}.svg"
        if not (folder / name).exists():
            (folder / name).write_text(svg)
        part = f"**{ev}** ([page]({site_url.rstrip('/')}/events/{page_name(ev)}.html))\n\n" \
               f"![toll over time, {ev}]({site_url.rstrip('/')}/charts/ui/{name})"
        if len("\n\n".join([*parts, part])) >= MD_INLINE_LIMIT:
            break
        parts.append(part)
    return "\n\n".join(parts) or None


def chart_entries(lake, event_ids: list[str]) -> dict[str, str]:
    """The Markdown metadata entries of the events' charts: {"chart": ..., "chart_embedded": ...} with
    TOLL_SITE_URL set (the first shown in place), {"chart": ...} (inline JPEGs) without; {} when nothing to draw."""
    from . import default_out

    charts = draw(lake, event_ids)
    if not charts:
        return {}
    embedded = embedded_markdown(charts)
    site_url = os.environ.get("TOLL_SITE_URL", "").strip()
    if not site_url:
        return {"chart": embedded}
    linked = linked_markdown(charts, default_out(), site_url)
    return {"chart": linked, "chart_embedded": embedded} if linked else {"chart": embedded}
