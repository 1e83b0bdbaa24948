"""Claims into rows: a report's claims as `claims` and `report_events` rows, frames, Parquet parts, gathered
batch by batch (ClaimStream). Apart from normalize.py, like reading.py, so that the claims step's pool processes
import claims, pandas and pyarrow, not Dagster: each worker reads its reports AND makes their rows and Parquet
parts, and hands back only what the linker and the commit need (signatures, report_events rows, part paths)."""

import dataclasses
import os
import re
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claims.attribution import canonical_party, canonical_source, enemy_figure
from claims.corrections import apply_batch
from claims.events import LINK_WINDOW, Signature, recalls_other, unlinked_reason

from .reading import _day, _read_chunk, failure

CLAIM_COLUMNS = ["claim_id", "report_id", "claim_index", "event_id", "place", "sentence", "span", "span_start",
                 "span_end", "outcome", "party", "party_text", "role", "value_low", "value_high", "qualifier",
                 "attributed_to", "as_of", "part_of", "background", "published", "partition_date",
                 "source_hash", "extractor_version", "source", "enemy_figure", "earlier",
                 "corrected", "machine", "rejected", "corrections", "value_text", "still_held",
                 "revised_down"]
REPORT_EVENT_COLUMNS = ["report_id", "event_id", "kind", "place", "facility", "town", "region", "country",
                        "incident_date", "dated_from", "actors", "places", "unlinked", "partition_date", "yearless_days",
                        "fresh"]


INT64_MAX = 2**63 - 1
PENDING = "(pending link)"  # event_id of a claim row until the run's reports are linked (no event id has spaces)
SLICE_ROWS = 10_000  # claim rows made into one frame and one Parquet part (a report with more: in slices)
_LOCATOR = re.compile(r"#\d+$")


def file_of(path: str) -> str:
    """The file a report row came from: its path without a JSONL line or JSON item locator ('#3')."""
    return _LOCATOR.sub("", path)


def rejection_reason(where: str, why: str) -> str:
    """A rejected report's reason: its file's name (and line or item) and the cause, on one line."""
    return " ".join(f"{os.path.basename(file_of(where))}{where[len(file_of(where)):]}: {why}".split())


def claim_rows(report: dict, found: list, event_id: str | None, sig: Signature, version: str) -> list[dict]:
    """The claims of one report as table rows: the contract's fields plus ids, event, source and version. Background
    figures (about another or a wider incident) are linked to no event."""
    return next(claim_row_slices(report, found, event_id, sig, version))


def claim_row_slices(report: dict, found: list, event_id: str | None, sig: Signature, version: str,
                     size: int | None = None) -> Iterator[list[dict]]:
    """claim_rows, `size` rows at a time (all at once when None): a very large report's rows are never all
    Python dicts at once."""
    outlet = canonical_source(report.get("outlet"))
    recap_after = sig.date + LINK_WINDOW if sig.lookback and sig.date else None
    # a figure the report states in its own voice (a headline) that a named source gives in the same report is
    # that source's figure, relayed
    named = {(c.outcome, c.party, c.value_low, c.value_high): c.attributed_to for c in found if c.attributed_to}
    rows = []
    for c in found:
        d = c.to_dict()
        background = bool(c.extra.get("background", False)) or recalls_other(c.sentence)
        said_by = c.attributed_to or named.get((c.outcome, c.party, c.value_low, c.value_high))
        source = canonical_party(canonical_source(said_by)) or outlet
        d["party"] = canonical_party(c.party)
        if recap_after and c.as_of and c.as_of > recap_after.isoformat():
            d["as_of"] = None  # a look-back's recap of the toll: the incident's figure, not of the day it is told
        d.update(
            claim_id=f"{c.report_id}:{c.claim_index}", event_id=None if background else event_id, place=sig.place,
            span_start=c.span[0], span_end=c.span[1], background=background,
            published=report["published"], partition_date=report["partition_date"],
            source_hash=report["report_id"], extractor_version=version, source=source,
            enemy_figure=enemy_figure(source, d["party"]), earlier=bool(c.extra.get("earlier", False)),
            still_held=bool(c.extra.get("state", False)) and c.outcome in ("abducted", "escaped", "wounded"),  # at large, in hospital
            revised_down=bool(c.extra.get("revised_down", False)),
        )
        rows.append(d)
        if size and len(rows) >= size:
            yield rows
            rows = []
    if rows or not size:
        yield rows


def event_row(report: dict, event_id: str | None, sig: Signature) -> dict:
    facility, town, region, country = sig.levels
    return {"report_id": report["report_id"], "event_id": event_id, "kind": sig.kind, "place": sig.place,
            "facility": facility, "town": town, "region": region, "country": country,
            "incident_date": sig.date, "dated_from": sig.dated_from, "actors": list(sig.actors),
            "places": list(sig.places), "unlinked": unlinked_reason(sig) if event_id in (None, PENDING) else None,
            "partition_date": report["partition_date"],
            "yearless_days": [f"{m:02d}-{d:02d}" for m, d in sorted(sig.days)] or None, "fresh": sig.fresh}




def rejected_row(report: dict, why: str, now: datetime) -> dict:
    """The rejected_reports row of a report that was read but could not be extracted or turned into rows: the
    reason names its file (and line) and the cause; its bytes are the text the extractor read, as UTF-8."""
    where = report.get("path") or report["report_id"]
    raw = report["text"].encode("utf-8", "surrogatepass")
    return dict(report_id=report["report_id"], source=report.get("source"), path=where,
                reason=rejection_reason(where, why),
                raw=raw, byte_size=len(raw), partition_date=report["partition_date"], rejected_at=now,
                stage="extract")



def claim_frame(rows: list[dict]) -> pd.DataFrame:
    frame = fit_bigint(pd.DataFrame(rows, columns=CLAIM_COLUMNS))
    frame["as_of"] = pd.to_datetime(frame["as_of"]).dt.date
    return frame


def fit_bigint(frame: pd.DataFrame) -> pd.DataFrame:
    """A figure past the BIGINT range cannot be stored (casting it would fail the whole day's write): its bounds
    are stored NULL and the stated figure kept as text in `value_text`; validate quarantines the claim."""
    frame["value_text"] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    too_big = [any(isinstance(v, int) and abs(v) > INT64_MAX for v in (lo, hi))
               for lo, hi in zip(frame["value_low"], frame["value_high"], strict=True)]
    if any(too_big):
        mask = pd.Series(too_big, index=frame.index)
        frame.loc[mask, "value_text"] = [f"{lo}..{hi}" if hi is not None and hi != lo else str(lo)
                                         for lo, hi in zip(frame.loc[mask, "value_low"], frame.loc[mask, "value_high"],
                                                           strict=True)]
        for col in ("value_low", "value_high"):
            frame[col] = frame[col].astype(object)
            frame.loc[mask, col] = None
    return frame


class ClaimStream:
    """The claims of a run, gathered batch by batch, their event ids filled in once every report is linked.
    With `spill`, each batch is written to a Parquet file in that folder and dropped, so memory does not grow with
    the run (the write reads the files back, in DuckDB); without, batches are kept as Arrow tables. Reports with
    corrections are held whole (text and claims) until linked: a correction may move a report to another event,
    so it applies after linking, as before."""

    def __init__(self, version: str, fixed_reports: set[str], spill: Path | None = None, seq: int = 0,
                 now: datetime | None = None):
        self.version, self.fixed_reports, self.spill = version, fixed_reports, spill
        self.signatures: dict[str, Signature] = {}
        self.tables: list[pa.Table] = []
        self.parts: list[Path] = []
        self.n_rows = 0
        self.events: list[dict | tuple] = []  # report_events rows, or (report id, day) of one `linked` makes
        self._shared: dict = {}  # _compact's one object per value
        self.held: list[tuple[dict, list, Signature]] = []
        self.stray: list[str] = []
        self.rejected: list[dict] = []  # rejected_reports rows: reports the extractor failed on
        self.n_reports = 0
        self.day_of: dict[str, date] = {}  # report id -> partition day (the check's failures per day)
        self.now = now or datetime.now(UTC)
        # the rows' order is the parts' names' order, "claims-<seq>-<a|b><n>": a batch a pool process made takes the
        # next seq (its parts "a"), the parts this stream makes itself sort after those of the seq they follow ("b")
        self.seq, self.worker = seq, False

    def take_seq(self) -> int:
        self.seq += 1
        return self.seq

    def _part_path(self) -> Path:
        return self.spill / f"claims-{self.seq:06d}-{'a' if self.worker else 'b'}{len(self.parts):06d}.parquet"

    def submit(self, reports: list[dict], pool: Executor, chunks: int) -> list[Future]:
        """Hand a batch to the pool in `chunks` pieces: each process reads its reports and makes their rows and
        Parquet parts (kept as Arrow tables without a spill folder), in order. Merge the results in the order of
        the futures (`merge`): the rows are those `add` makes in one process."""
        size = max(1, -(-len(reports) // max(1, chunks)))
        return [pool.submit(rows_of_batch, reports[i:i + size], self.version, self.fixed_reports, self.spill,
                            self.take_seq(), self.now) for i in range(0, len(reports), size)]

    def merge(self, part: "ClaimStream") -> None:
        """Take in what a pool process's stream gathered (a batch that came after everything merged so far).
        The run's process keeps every report's signature until the linker runs: they are kept compact (equal
        names, tuples and dates shared: each unpickled batch brought its own copies), and a report_events row
        still waiting for its event is kept as (report id, day) and made again from the signature by `linked`
        (the same row). 100,000 reports held ~3.9 KB each this way, ~1.4 KB now."""
        for rid, sig in part.signatures.items():
            self.signatures[rid] = self._compact(sig)
        self.tables += part.tables
        self.parts += part.parts
        self.n_rows += part.n_rows
        self.events += [(e["report_id"], e["partition_date"]) if _remade(e, part.signatures) else e
                        for e in part.events]
        self.held += part.held
        self.stray += part.stray
        self.rejected += part.rejected
        self.n_reports += part.n_reports
        self.day_of.update(part.day_of)

    def reject(self, report: dict, why: str) -> None:
        """Drop a report that failed after it was read: no claims, no link, a rejected row naming the cause."""
        self.signatures.pop(report["report_id"], None)
        self.rejected.append(rejected_row(report, why, self.now))

    def add(self, reports: list[dict], pool: Executor | None = None) -> None:
        """Read a batch of reports into claim rows, made into frames (and Parquet parts) of about SLICE_ROWS rows,
        in the reports' order. A failure on one report (extracting it, making its rows or its frame) rejects that
        report and the batch goes on. With a pool, its processes read the reports and make the rows (`submit`)."""
        if pool is not None:
            for future in self.submit(reports, pool, 4 * getattr(pool, "_max_workers", 1)):
                self.merge(future.result())
            return
        pending: list[tuple[dict, list[dict], dict]] = []  # (report, its rows, its report_events row)
        n_pending = 0
        for report, (found, sig) in zip(reports, _read_chunk(reports), strict=True):
            self.n_reports += 1
            rid = report["report_id"]
            self.day_of[rid] = _day(report["partition_date"])
            if getattr(sig, "error", ""):
                self.reject(report, sig.error)
                continue
            if rid in self.fixed_reports:
                self.signatures[rid] = sig
                self.held.append((report, found, sig))
                continue
            if len(found) > SLICE_ROWS:  # a very large report: alone, a slice of its rows at a time
                self.flush(pending)
                pending, n_pending = [], 0
                self.add_large(report, found, sig)
                continue
            try:
                rows = claim_rows(report, found, PENDING, sig, self.version)
                event = event_row(report, PENDING, sig)
            except Exception as exc:  # noqa: BLE001 - a bug one report's claims trigger is that report's
                self.reject(report, failure("making its claim rows failed", exc))
                continue
            self.signatures[rid] = sig
            pending.append((report, rows, event))
            n_pending += len(rows)
            if n_pending >= SLICE_ROWS:
                self.flush(pending)
                pending, n_pending = [], 0
        self.flush(pending)

    def flush(self, pending: list[tuple[dict, list[dict], dict]]) -> None:
        """Make the rows of some reports one frame; when that fails, find the report(s) at fault: each alone,
        the others go on."""
        texts = {report["report_id"]: report["text"] for report, _, _ in pending}
        try:
            self.add_frame(self.frame([r for _, rows, _ in pending for r in rows], texts), texts)
        except Exception:  # noqa: BLE001
            kept = []
            for report, rows, event in pending:
                rid = report["report_id"]
                try:
                    self.add_frame(self.frame(rows, {rid: texts[rid]}), {rid: texts[rid]})
                    kept.append((report, rows, event))
                except Exception as exc:  # noqa: BLE001
                    self.reject(report, failure("writing its claims failed", exc))
            pending = kept
        self.events += [event for _, _, event in pending]

    def add_large(self, report: dict, found: list, sig: Signature) -> None:
        """The rows of one report with many claims, SLICE_ROWS at a time, each slice a frame (and a Parquet part)
        dropped once kept; a failure on any slice takes back the report's earlier slices and rejects it."""
        rid, texts = report["report_id"], {report["report_id"]: report["text"]}
        marks = len(self.parts), len(self.tables), self.n_rows, len(self.stray)
        what = "making its claim rows failed"
        try:
            event = event_row(report, PENDING, sig)
            for rows in claim_row_slices(report, found, PENDING, sig, self.version, SLICE_ROWS):
                what = "writing its claims failed"
                self.add_frame(self.frame(rows, texts), texts)
                what = "making its claim rows failed"
        except Exception as exc:  # noqa: BLE001 - a bug one report's claims trigger is that report's
            for part in self.parts[marks[0]:]:
                part.unlink(missing_ok=True)
            del self.parts[marks[0]:], self.tables[marks[1]:], self.stray[marks[3]:]
            self.n_rows = marks[2]
            self.reject(report, failure(what, exc))
            return
        self.signatures[rid] = sig
        self.events.append(event)

    @staticmethod
    def frame(rows: list[dict], texts: dict[str, str]) -> pd.DataFrame:
        # with no corrections, apply_batch only adds the correction columns' defaults
        return claim_frame(apply_batch([], rows, [], texts).rows)

    def add_frame(self, frame: pd.DataFrame, texts: dict[str, str]) -> None:
        """Check a frame's spans and keep it (spilled to Parquet, or in memory); nothing is kept if this fails."""
        if frame.empty:
            return
        reports = pd.DataFrame({"report_id": list(texts), "text": list(texts.values())})
        stray = stray_spans(reports, frame)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        self.stray += stray
        self.n_rows += table.num_rows
        if self.spill is None:
            self.tables.append(table)
            return
        self.parts.append(self._part_path())
        pq.write_table(table, self.parts[-1])

    def failed_by_day(self) -> dict[date, int]:
        """Reports the extractor failed on, per partition day."""
        out: dict[date, int] = {}
        for row in self.rejected:
            day = _day(row["partition_date"])
            out[day] = out.get(day, 0) + 1
        return out

    def stray_by_day(self) -> dict[date, int]:
        """Claims failing the span check, per partition day."""
        out: dict[date, int] = {}
        for claim_id in self.stray:
            day = self.day_of.get(claim_id.rsplit(":", 1)[0])
            out[day] = out.get(day, 0) + 1
        return out

    def held_rows(self, events: dict[str, str | None]) -> tuple[list[dict], list[dict]]:
        rows, linked = [], []
        for report, found, sig in self.held:
            rows += claim_rows(report, found, events[report["report_id"]], sig, self.version)
            linked.append(event_row(report, events[report["report_id"]], sig))
        self.events += linked  # apply_batch moves these rows' event ids in place ("event" corrections)
        return rows, linked

    def held_texts(self) -> dict[str, str]:
        return {report["report_id"]: report["text"] for report, _, _ in self.held}

    def claims(self, events: dict[str, str | None]) -> pa.Table:
        """Every claim row, its pending event id replaced by its report's event."""
        if not self.tables:
            return pa.Table.from_pandas(claim_frame([]), preserve_index=False)
        out = []
        for t in self.tables:
            ids = t.column("event_id").to_pylist()
            rids = t.column("report_id").to_pylist()
            filled = pa.array([events[r] if e == PENDING else e for r, e in zip(rids, ids, strict=True)],
                              pa.string())
            out.append(t.set_column(t.schema.get_field_index("event_id"), "event_id", filled))
        return pa.concat_tables(out, promote_options="permissive")

    def claims_sql(self, events: dict[str, str | None]) -> str:
        """A SELECT of every claim row (spilled batches), its pending event id replaced by its report's event,
        in the order the rows were made."""
        from dagster_project.lake import repr_sql

        if self.spill is None:
            raise ValueError("claims_sql needs a spill folder")
        if not self.parts:
            return f"SELECT * FROM (SELECT {', '.join(f'NULL AS {c}' for c in CLAIM_COLUMNS)}) WHERE false"
        links = self.spill / "links.parquet"
        pq.write_table(pa.table({"report_id": pa.array(list(events), pa.string()),
                                 "linked_event": pa.array(list(events.values()), pa.string())}), links)
        files = ", ".join(repr_sql(str(p)) for p in self.parts)
        return f"""SELECT c.* EXCLUDE (filename, file_row_number, linked_event)
                       REPLACE (CASE WHEN c.event_id = '{PENDING}' THEN c.linked_event ELSE c.event_id END AS event_id)
                   FROM (SELECT * FROM read_parquet([{files}], union_by_name = true, filename = true,
                                                    file_row_number = true) AS b
                         LEFT JOIN read_parquet({repr_sql(str(links))}) AS l USING (report_id)) AS c
                   ORDER BY c.filename, c.file_row_number"""

    def _compact(self, sig: Signature) -> Signature:
        shared = self._shared
        return dataclasses.replace(sig, **{f: shared.setdefault(v, v) for f in _SHARED_FIELDS
                                           if (v := getattr(sig, f)) is not None})

    def linked(self, events: dict[str, str | None]) -> list[dict]:
        rows = (event_row({"report_id": e[0], "partition_date": e[1]}, PENDING, self.signatures[e[0]])
                if isinstance(e, tuple) else e for e in self.events)
        return [{**e, "event_id": (ev := events[e["report_id"]]), "unlinked": e["unlinked"] if ev is None else None}
                if e["event_id"] == PENDING else e for e in rows]


# Signature fields whose values repeat across reports (names, place chains, dates): one object each in the run
_SHARED_FIELDS = ("kind", "family", "place", "chain", "levels", "date", "dated_from", "actors", "figures", "places",
                  "months")


def _remade(row: dict, signatures: dict[str, Signature]) -> bool:
    """Whether `event_row` makes this row again from its report id, day and signature (a row waiting for its
    event, of a report whose signature is kept)."""
    rid = row["report_id"]
    return row["event_id"] == PENDING and rid in signatures and \
        event_row({"report_id": rid, "partition_date": row["partition_date"]}, PENDING, signatures[rid]) == row


def rows_of_batch(reports: list[dict], version: str, fixed_reports: set[str], spill: Path | None, seq: int,
                  now: datetime) -> ClaimStream:
    """In a pool process: a batch's claims read, made into rows and Parquet parts (`ClaimStream.add` in one
    process). The stream goes back to the run's process without the rows (they are in the parts), so the claims are
    pickled once, as Parquet, not as Python objects to the parent and then to Parquet."""
    stream = ClaimStream(version, fixed_reports, spill=spill, seq=seq, now=now)
    stream.worker = True
    stream.add(reports)
    return stream


def stray_spans(reports: pd.DataFrame, frame: pd.DataFrame) -> list[str]:
    """Claim ids whose span does not slice their report's text to a phrase inside their sentence.

    Linear in the text: the sentence is looked for only where it can hold the span (a window of twice its
    length around it), not in the whole text per claim (quadratic: 14 minutes for a 20 MB report); the whole
    text is searched only for a claim that fails the window (the sentence may be stored normalized)."""
    texts = dict(zip(reports.report_id, reports.text, strict=True))

    def ok(c) -> bool:
        text = texts.get(c.report_id)
        if text is None or not (0 <= c.span_start < c.span_end <= len(text)):
            return False
        if text[c.span_start:c.span_end] not in c.sentence:
            return False
        n = len(c.sentence)
        return text.find(c.sentence, max(0, c.span_end - n), c.span_start + n) >= 0 or c.sentence in text

    return [c.claim_id for c in frame.itertuples() if not ok(c)]
