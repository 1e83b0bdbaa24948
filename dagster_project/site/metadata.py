"""The chart an aggregate asset shows in the Dagster UI: the events its materialization changed, drawn small and
inlined as a data: URI in Markdown (the UI's Markdown allows data: image sources)."""

from __future__ import annotations

import hashlib
import json

import duckdb

MAX_EVENTS = 3  # the event log keeps every materialization's metadata: a few small images, not one per event
# JPEG, not PNG, for the UI: at this scale the chart is ~35 KB as JPEG against ~83 KB as PNG (vl-convert writes
# unpalettised RGBA PNGs), and the event log keeps every materialization's copy
SCALE, QUALITY = 0.6, 75


def _per_event(con) -> dict[str, tuple[str, str]]:
    """event_id → (digest of its estimate rows, latest as_of)."""
    rows = con.execute("SELECT * EXCLUDE (event_id), event_id FROM event_estimates "
                       "ORDER BY event_id, outcome, party").fetchall()
    acc: dict[str, list] = {}
    for r in rows:
        acc.setdefault(r[-1], []).append(r[:-1])
    return {ev: (hashlib.sha256(json.dumps(rs, default=str).encode()).hexdigest(),
                 max((str(v) for v in (r[6] for r in rs) if v is not None), default=""))
            for ev, rs in acc.items()}


def changed_events(lake, before: int | None, limit: int = MAX_EVENTS) -> list[str]:
    """The events whose estimates differ from version `before` (all of them when there was none), the most
    recent (latest as_of) first, at most `limit`."""
    with lake.reader() as con:
        now = _per_event(con)
    old: dict = {}
    if before is not None:
        try:
            with lake.reader(version=before) as con:
                old = _per_event(con)
        except duckdb.Error:  # the table did not exist yet at that version
            old = {}
    changed = [ev for ev, (digest, _) in now.items() if old.get(ev, (None,))[0] != digest]
    return sorted(changed, key=lambda ev: (now[ev][1], ev), reverse=True)[:limit]


def chart_markdown(lake, event_ids: list[str]) -> str | None:
    """Markdown with one inline PNG per event, or None when none has anything to draw."""
    from .build import load_event_rows
    from .charts import event_spec, jpeg_data_uri, svg_to_jpeg, to_svg

    if not event_ids:
        return None
    with lake.reader() as con:
        rows = load_event_rows(con, event_ids)
    parts = []
    for ev in event_ids:
        spec = event_spec(rows["estimate_timeline"].get(ev, []), rows["source_timeline"].get(ev, []),
                          rows["estimates"].get(ev, []))
        if spec is not None:
            jpeg = svg_to_jpeg(to_svg(spec), scale=SCALE, quality=QUALITY)
            parts.append(f"**{ev}**\n\n![toll over time, {ev}]({jpeg_data_uri(jpeg)})")
    return "\n\n".join(parts) or None
