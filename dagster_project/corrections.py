"""`toll correct` and `toll corrections`: analysts' corrections made against the lake, kept as YAML and as rows.

The YAML files (one per correction, under the corrections folder) are what normalize applies and what reviewers
read in git; each correction is also appended to the lake's `corrections` table, so the ledger's versions record
who changed what, when and why. Kept free of Dagster (only `rerun_day` imports it) so that the commands start fast.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claims.corrections import FIELDS, Correction, CorrectionError, load, locate, save

from .lake import Lake, Write, default_corrections_dir


@dataclass
class Figure:
    """What the lake knows of one claim: enough to key a correction to its place in the text."""

    claim_id: str
    report_id: str
    span: tuple[int, int]
    phrase: str
    partition_date: str
    machine: dict


def find_claim(lake: Lake, claim_id: str) -> Figure | None:
    with lake.reader() as con:
        row = con.execute(
            f"""SELECT c.report_id, c.span_start, c.span_end, r.text, CAST(c.partition_date AS VARCHAR),
                       {', '.join('c.' + f for f in FIELDS)}
                FROM claims c JOIN reports r USING (report_id) WHERE c.claim_id = ? LIMIT 1""", [claim_id]).fetchone()
    if row is None:
        return None
    rid, s, e, text, day, *values = row
    machine = {f: (v.isoformat() if hasattr(v, "isoformat") else v) for f, v in zip(FIELDS, values, strict=True)}
    return Figure(claim_id, rid, (s, e), text[s:e], day, machine)


def report_of(lake: Lake, report_id: str) -> tuple[str, str] | None:
    """(text, partition day) of a report."""
    with lake.reader() as con:
        row = con.execute("SELECT text, CAST(partition_date AS VARCHAR) FROM reports WHERE report_id = ?",
                          [report_id]).fetchone()
    return (row[0], row[1]) if row else None


def record(lake: Lake, c: Correction, folder: Path | None = None) -> Path:
    """Write the correction's YAML file and append its row to the `corrections` table (one lake version)."""
    import pandas as pd

    folder = Path(folder) if folder else default_corrections_dir()
    path = save(c, folder)
    row = {"correction_id": c.id, "kind": c.kind, "report_id": c.report_id,
           "span_start": c.span[0] if c.span else None, "span_end": c.span[1] if c.span else None,
           "phrase": c.phrase, "claim_id": c.claim_id, "fields": json.dumps(c.fields) if c.fields else None,
           "reason": c.reason, "event_id": c.event_id, "machine": json.dumps(c.machine) if c.machine else None,
           "why": c.why or None, "made_by": c.by, "made_at": pd.Timestamp(c.at),
           "file": str(path.relative_to(folder))}
    try:
        lake.commit([Write("corrections", pd.DataFrame([row]))],
                    message=f"correct {c.kind} {c.claim_id or c.report_id}: {c.why or c.reason or ''}".strip(),
                    author=c.by or "toll")
    except BaseException:
        path.unlink(missing_ok=True)  # the file and the row go together, or neither
        raise
    return path


def status(lake: Lake, corrections: list[Correction]) -> list[dict]:
    """Each correction and where it stands in the lake's current claims:
    applied (a claim carries it), pending (its figure is there: re-run its day) or NOT FOUND (reported)."""
    out = []
    with lake.reader() as con:
        for c in corrections:
            report = con.execute("SELECT text FROM reports WHERE report_id = ?", [c.report_id]).fetchone()
            rows = con.execute(
                """SELECT claim_id, claim_index, span_start, span_end, outcome, party, role, value_low, qualifier,
                          corrections FROM claims WHERE report_id = ? ORDER BY claim_index""",
                [c.report_id]).df().to_dict("records")
            carrier = next((r["claim_id"] for r in rows if c.id in list(r["corrections"] if r["corrections"]
                                                                        is not None else [])), None)
            if carrier:
                state, claim = "applied", carrier
            elif report is None:
                state, claim = "NOT FOUND (no such report)", None
            elif c.kind == "event":
                state, claim = "pending", None
            else:
                # a claim already marked by another correction of this figure is still this figure
                plain = [dict(r) for r in rows]
                i = locate(c, plain, report[0], near=c.kind == "add")
                found = i is not None or (c.kind == "add" and report[0][c.span[0]:c.span[1]] == c.phrase)
                state = "pending" if found else "NOT FOUND"
                claim = plain[i]["claim_id"] if i is not None else None
            change = (f"reject: {c.reason}" if c.kind == "reject" else f"event -> {c.event_id}" if c.kind == "event"
                      else ", ".join(f"{k}={v}" for k, v in c.fields.items()))
            out.append({"id": c.id, "kind": c.kind, "claim": claim or "", "report": c.report_id,
                        "phrase": c.phrase or "", "change": change, "why": c.why, "by": c.by, "at": c.at,
                        "status": state})
    return out


def rerun_day(day: str, lake_dir: str = "", corrections_dir: str = "", instance=None):
    """Re-read one day's claims (applying the corrections) and rebuild validation and the aggregates, in one run.
    The reports are not ingested again: their text is in the lake."""
    import dagster as dg

    from .definitions import all_assets
    from .partitions import add_days
    from .resources import resources
    from .run import ensure_dagster_home, limit_lake_writers, materialize_writing
    from .sensors import DOWNSTREAM_ASSETS

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    limit_lake_writers(instance)
    add_days(instance, [day])  # the partitions are the days with reports: a new instance may not know this one yet
    return materialize_writing(all_assets, instance, selection=["claims", *DOWNSTREAM_ASSETS], partition_key=day,
                               resources=resources(lake_dir=lake_dir, corrections_dir=corrections_dir))


__all__ = ["CorrectionError", "Figure", "find_claim", "load", "record", "report_of", "rerun_day", "status"]
