"""Small helpers every stage uses to report what it wrote."""

from __future__ import annotations

import json

import dagster as dg


def preview(frame, limit: int = 10) -> dg.MetadataValue:
    """The first rows of a frame as a Markdown table for the Dagster UI."""
    if frame is None or len(frame) == 0:
        return dg.MetadataValue.md("_no rows_")
    head = frame.head(limit).copy()
    for col in head.columns:
        head[col] = head[col].map(lambda v: _cell(v))
    return dg.MetadataValue.md(head.to_markdown(index=False))


def _cell(v) -> str:
    if isinstance(v, (list, tuple, dict)):
        v = json.dumps(v, default=str)
    s = "" if v is None else str(v)
    s = s.replace("|", "\\|").replace("\n", " ")
    return s if len(s) <= 80 else s[:77] + "..."


def run_tag(context) -> str:
    """What a lake snapshot records about who wrote it."""
    return json.dumps({"run_id": context.run.run_id, "asset": context.assets_def.key.to_user_string()
                       if len(context.assets_def.keys) == 1 else
                       ",".join(k.to_user_string() for k in context.assets_def.keys)})
