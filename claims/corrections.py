"""Analysts' corrections, keyed to a figure's place in the report text so that they outlive the extractor.

A claim id (report_id:claim_index) changes whenever a new extractor finds one more or one fewer figure earlier in
the text; the report's text does not (report_id is its hash). So a correction names the report, the figure's span
and the figure phrase as it was read, and `apply` finds that figure again in whatever the extractor now reads:
the same span first, else the same phrase nearest the old span, else a span overlapping it. A correction that finds
no figure is returned, to be reported; nothing is dropped silently, and nothing the machine read is lost: the
machine's values of every field a correction changed stay in the row's `machine` JSON.

Four kinds:
- fix: set some of FIELDS on the figure's claim;
- reject: keep the claim but mark it `rejected` (the aggregates leave it out), with the analyst's reason;
- add: a figure the extractor missed (report, span, fields); when the extractor later reads it itself, the add
  becomes a fix of that claim instead of a duplicate;
- event: move the whole report to another event.

Pure data and rules: no Dagster, DuckDB or fixed paths; the YAML helpers read and write the folder they are given.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import yaml

from .attribution import canonical_party, canonical_source, enemy_figure
from .model import OUTCOMES, QUALIFIERS
from .sentences import split_units

KINDS = ("fix", "reject", "add", "event")
FIELDS = ("outcome", "party", "role", "value_low", "value_high", "qualifier", "attributed_to", "as_of")
# machine values compared to break ties between claims on one span ("killed or wounded": two claims, one phrase)
_TIE_FIELDS = ("outcome", "party", "role", "value_low", "qualifier")


class CorrectionError(ValueError):
    """A correction that cannot be made as given (unknown outcome, span outside the text, ...)."""


@dataclass(frozen=True)
class Correction:
    """One analyst's fix of one figure (or of one report's event). Who, when and why travel with it."""

    kind: str
    report_id: str
    span: tuple[int, int] | None = None  # the figure phrase's [start, end) in the report text
    phrase: str | None = None  # text[span] when the correction was made
    fields: dict = field(default_factory=dict)  # fix / add: the values to set
    reason: str | None = None  # reject: why it is not a casualty figure
    event_id: str | None = None  # event: where the report belongs
    machine: dict = field(default_factory=dict)  # the claim's values when corrected (ties, and for the reader)
    claim_id: str | None = None  # the claim the analyst named (informational: ids change)
    why: str = ""
    by: str = ""
    at: str = ""  # ISO 8601 time, UTC
    id: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise CorrectionError(f"unknown correction kind {self.kind!r} (one of {', '.join(KINDS)})")
        if self.kind != "event" and (self.span is None or self.phrase is None):
            raise CorrectionError(f"a {self.kind} correction needs the figure's span and phrase")
        if self.kind == "event" and not self.event_id:
            raise CorrectionError("an event correction needs the event id")
        if self.kind == "reject" and not self.reason:
            raise CorrectionError("a reject needs a reason")
        if self.kind in ("fix", "add") and not self.fields:
            raise CorrectionError(f"a {self.kind} correction sets at least one field")
        check_fields(self.fields)
        if self.span is not None:
            object.__setattr__(self, "span", (int(self.span[0]), int(self.span[1])))
        if not self.id:
            object.__setattr__(self, "id", correction_id(self))

    @property
    def key(self) -> tuple:
        return (self.report_id, self.span, self.phrase)

    def to_dict(self) -> dict:
        """The YAML / JSON form: only what is set, span as a list."""
        d = {"id": self.id, "kind": self.kind, "report_id": self.report_id,
             "span": list(self.span) if self.span else None, "phrase": self.phrase, "claim_id": self.claim_id,
             "fields": dict(self.fields) or None, "reason": self.reason, "event_id": self.event_id,
             "machine": dict(self.machine) or None, "why": self.why or None, "by": self.by or None,
             "at": self.at or None}
        return {k: v for k, v in d.items() if v is not None}

    @classmethod
    def from_dict(cls, d: dict) -> Correction:
        span = d.get("span")
        return cls(kind=d["kind"], report_id=str(d["report_id"]), span=tuple(span) if span else None,
                   phrase=d.get("phrase"), fields=_plain(d.get("fields") or {}), reason=d.get("reason"),
                   event_id=d.get("event_id"), machine=_plain(d.get("machine") or {}), claim_id=d.get("claim_id"),
                   why=d.get("why") or "", by=d.get("by") or "", at=str(d.get("at") or ""), id=d.get("id") or "")


def _plain(d: dict) -> dict:
    """YAML reads an unquoted 2022-01-23 as a date: the ledger's fields are ISO strings."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in d.items()}


def correction_id(c: Correction) -> str:
    raw = json.dumps([c.kind, c.report_id, c.span, c.phrase, c.fields, c.reason, c.event_id, c.at], default=str,
                     sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def check_fields(fields: dict) -> None:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise CorrectionError(f"cannot correct {', '.join(sorted(unknown))}: fields are {', '.join(FIELDS)}")
    if fields.get("outcome") is not None and fields["outcome"] not in OUTCOMES:
        raise CorrectionError(f"outcome {fields['outcome']!r} is not one of {', '.join(OUTCOMES)}")
    if fields.get("qualifier") is not None and fields["qualifier"] not in QUALIFIERS:
        raise CorrectionError(f"qualifier {fields['qualifier']!r} is not one of {', '.join(QUALIFIERS)}")
    for k in ("value_low", "value_high"):
        if fields.get(k) is not None and (not isinstance(fields[k], int) or fields[k] < 0):
            raise CorrectionError(f"{k} must be a whole number >= 0, not {fields[k]!r}")
    if fields.get("as_of") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(fields["as_of"])):
        raise CorrectionError(f"as_of must be YYYY-MM-DD, not {fields['as_of']!r}")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- finding a figure again ------------------------------------------------------------------------------------

def _span(row: dict) -> tuple[int, int]:
    if row.get("span_start") is not None:
        return int(row["span_start"]), int(row["span_end"])
    return int(row["span"][0]), int(row["span"][1])


def locate(c: Correction, rows: list[dict], text: str, near: bool = False) -> int | None:
    """The index in `rows` of the claim that reads the correction's figure, or None.

    Same span and phrase first; else the same phrase nearest the old span (a changed extractor moved or
    renumbered it); else a claim whose span overlaps the old one and whose phrase holds, or is held by, the old
    phrase ("77" read as "At least 77 ISIS members"). Among equals, the one whose values match what the machine
    had read when the correction was made. `near` (an added figure) skips the same phrase elsewhere: "seven"
    said twice is two figures.
    """
    a, b = c.span
    scored = []
    for i, r in enumerate(rows):
        if r.get("added_by"):
            continue
        s, e = _span(r)
        phrase = text[s:e]
        if (s, e) == (a, b) and phrase == c.phrase:
            rank = (0, 0)
        elif phrase == c.phrase and not (near and not (s < b and a < e)):
            rank = (1, abs(s - a))
        elif s < b and a < e and (c.phrase in phrase or phrase in c.phrase):
            rank = (2, -(min(b, e) - max(a, s)))
        else:
            continue
        alike = sum(1 for f in _TIE_FIELDS if f in c.machine and r.get(f) == c.machine[f])
        scored.append((rank, -alike, i))
    return min(scored)[2] if scored else None


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence unit holding [start, end), widened to whole units when the span crosses one."""
    units = [u for u in split_units(text) if u.start < end and start < u.end]
    if not units:
        return text[start:end]
    return text[min(u.start for u in units):max(u.end for u in units)]


# --- applying ---------------------------------------------------------------------------------------------------

@dataclass
class Applied:
    """The corrected rows of one batch, what each correction touched, and the corrections that found nothing."""

    rows: list[dict]
    matched: dict[str, str] = field(default_factory=dict)  # correction id -> claim id it applied to
    unmatched: list[Correction] = field(default_factory=list)


def _set(row: dict, fields: dict, machine: dict) -> None:
    """Set corrected fields, keeping the first machine value of each; re-derive what depends on them."""
    for k, v in fields.items():
        if k == "party":
            v = canonical_party(v)
        if k not in machine and row.get(k) != v:
            machine[k] = row.get(k)
        row[k] = v
    if "attributed_to" in fields and fields["attributed_to"]:
        row["source"] = canonical_party(canonical_source(fields["attributed_to"]))
    if {"attributed_to", "party"} & set(fields):
        row["enemy_figure"] = enemy_figure(row.get("source"), row.get("party"))


def _mark(row: dict, c: Correction) -> None:
    row["corrected"] = True
    row["corrections"] = [*(row.get("corrections") or []), c.id]


def _added_row(c: Correction, rows: list[dict], text: str, base: dict, index: int) -> dict:
    """A claim row for a figure the extractor missed: the report's shared values from `base`, the analyst's
    values from the correction."""
    s, e = c.span
    f = dict(c.fields)
    low = f.get("value_low")
    row = {**base, "report_id": c.report_id, "claim_index": index, "claim_id": f"{c.report_id}:{index}",
           "sentence": sentence_at(text, s, e), "span": [s, e], "span_start": s, "span_end": e,
           "party_text": c.phrase, "outcome": None, "party": None, "role": None, "value_low": low,
           "value_high": low if f.get("qualifier", "exact") == "exact" else None, "qualifier": "exact",
           "attributed_to": None, "as_of": None, "part_of": None, "background": False, "earlier": False,
           "added_by": c.id, "machine": None, "rejected": None}
    for k, v in f.items():
        row[k] = canonical_party(v) if k == "party" else v
    row["source"] = canonical_party(canonical_source(row["attributed_to"])) or base.get("source")
    row["enemy_figure"] = enemy_figure(row["source"], row["party"])
    return row


def apply(corrections: list[Correction], rows: list[dict], text: str, base: dict | None = None) -> Applied:
    """Apply one report's corrections to its claim rows (dicts as normalize writes them; copies are returned).

    Corrections apply in time order, so a later fix of a field wins. Every row gains `corrected` (bool),
    `machine` (JSON of the machine's values of the fields corrections changed, or None), `rejected` (the reason,
    or None) and `corrections` (ids). `base` holds the values an added claim shares with its report (event_id,
    published, partition_date, source, ...); by default those of the report's first claim.
    """
    out = [dict(r, corrected=False, rejected=None, corrections=[]) for r in rows]
    machine: dict[int, dict] = {}
    done = Applied(rows=out)
    shared = ("event_id", "place", "published", "partition_date", "source_hash", "extractor_version", "source")
    first = next((r for r in rows if not r.get("background")), rows[0] if rows else {})
    base = {k: first.get(k) for k in shared} | (base or {})
    for c in sorted(corrections, key=lambda c: (c.at, c.id)):
        if c.kind == "event":
            moved = [r for r in out if not r.get("background")]
            for r in moved:
                machine.setdefault(id(r), {}).setdefault("event_id", r.get("event_id"))
                r["event_id"] = c.event_id
                _mark(r, c)
            base["event_id"] = c.event_id
            done.matched[c.id] = c.report_id
            continue
        i = locate(c, out, text, near=c.kind == "add")
        if c.kind == "add" and i is None:
            if not (0 <= c.span[0] < c.span[1] <= len(text)) or text[c.span[0]:c.span[1]] != c.phrase:
                done.unmatched.append(c)  # the text no longer holds the phrase there
                continue
            index = max((int(r["claim_index"]) for r in out), default=-1) + 1
            row = _added_row(c, out, text, base, index)
            _mark(row, c)
            out.append(row)
            done.matched[c.id] = row["claim_id"]
            continue
        if i is None:
            done.unmatched.append(c)
            continue
        row = out[i]
        if c.kind == "reject":
            row["rejected"] = c.reason
        else:  # fix, or an add the extractor has since learnt to read
            _set(row, c.fields, machine.setdefault(id(row), {}))
        _mark(row, c)
        done.matched[c.id] = row["claim_id"]
    for r in out:
        m = machine.get(id(r))
        r["machine"] = json.dumps(m, default=str, sort_keys=True) if m else r.get("machine")
        r.pop("added_by", None)
    return done


def apply_batch(corrections: list[Correction], rows: list[dict], events: list[dict],
                texts: dict[str, str]) -> Applied:
    """Apply corrections to the claim rows and report_events rows of many reports (normalize's batch). Corrections
    of reports outside the batch are not this batch's business and are not reported as unmatched."""
    by_report: dict[str, list[Correction]] = {}
    for c in corrections:
        if c.report_id in texts:
            by_report.setdefault(c.report_id, []).append(c)
    grouped: dict[str, list[dict]] = {}
    for r in rows:
        grouped.setdefault(r["report_id"], []).append(r)
    event_of = {e["report_id"]: e for e in events}
    done = Applied(rows=[])
    for rid in list(grouped) + [rid for rid in by_report if rid not in grouped]:
        base = {"event_id": event_of[rid]["event_id"]} if rid in event_of else {}
        part = apply(by_report.get(rid, []), grouped.get(rid, []), texts[rid], base)
        done.rows += part.rows
        done.matched |= part.matched
        done.unmatched += part.unmatched
        for c in by_report.get(rid, []):
            if c.kind == "event" and rid in event_of:
                event_of[rid]["event_id"] = c.event_id
    return done


# --- YAML files: one per correction, reviewed in git ---------------------------------------------------------------

def file_name(c: Correction) -> str:
    stamp = re.sub(r"[^0-9]", "", c.at)[:14] or "0"
    return f"{c.report_id}/{stamp}-{c.kind}-{c.id}.yaml"


def save(c: Correction, folder: Path) -> Path:
    path = Path(folder) / file_name(c)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(c.to_dict(), sort_keys=False, allow_unicode=True, width=100))
    return path


def load(folder: Path | str | None) -> list[Correction]:
    """Every correction in the folder (files *.yaml, any depth), oldest first. A file that is not a correction
    raises CorrectionError naming it: a typo in a reviewed file must not silently undo a fix."""
    if not folder or not Path(folder).is_dir():
        return []
    found = []
    for path in sorted(Path(folder).rglob("*.yaml")):
        try:
            d = yaml.safe_load(path.read_text())
            found.append(Correction.from_dict(d))
        except (yaml.YAMLError, KeyError, TypeError, CorrectionError) as exc:
            raise CorrectionError(f"{path}: not a correction: {exc}") from exc
    return sorted(found, key=lambda c: (c.at, c.id))


def with_time(c: Correction, by: str, why: str, at: str | None = None) -> Correction:
    """The correction stamped with who, why and when (and its id recomputed)."""
    return replace(c, by=by, why=why, at=at or now_iso(), id="")
