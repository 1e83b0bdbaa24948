"""validate: Great Expectations suites over `reports` and `claims` → `quarantine`, `flags`, `disagreements`.

Every rule is a file: a suite in expectations/*.json validates a frame derived by expectations/rules/*.sql.
Critical expectations (the shape suites) quarantine the rows they fail; warning and info expectations (the
consistency suites) become flags. This module only moves frames between DuckDB, GX and the lake. GX runs on
DataFrames (its SQL datasource on DuckDB returns empty metrics).
"""

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pyarrow as pa

import expectations
from dagster_project.lake import CommitInfo, Write
from dagster_project.partitions import refresh_when_partitions_land
from dagster_project.resources import LakeResource

from . import scope as scopes
from .common import preview, run_tag

SHAPE_SUITES = ("reports", "claims")  # errors: quarantine; checks `<suite>_shape`, blocking
FLAG_SUITES = ("parts_within_total", "party_within_all", "killed_within_casualties", "dates_in_order",
               "timeline_monotone")  # warnings: flags; checks named after the suite
DISAGREEMENT_SUITE = "sources_agree"  # warnings: flags and the `disagreements` table
CHECKED_VIEW = "checked_claims"  # the claims that passed the shape suites, read by the consistency rules
RATIO_ENV, RATIO_DEFAULT = "TOLL_DISAGREEMENT_RATIO", 1.5
# A figure above this is quarantined (rule claims.figure_plausible): far above the toll of any incident, war or
# displacement on record, and below the world's population, so "8 billion killed" cannot reach an estimate.
MAX_FIGURE_ENV, MAX_FIGURE_DEFAULT = "TOLL_MAX_FIGURE", 1_000_000_000

QUARANTINE_COLUMNS = ["claim_id", "report_id", "rule", "reason", "row_json", "run_id", "quarantined_at"]
FLAG_COLUMNS = ["rule", "severity", "claim_ids", "report_ids", "figures", "message", "run_id", "flagged_at",
                "event_id", "party", "outcome", "sources"]
DISAGREEMENT_COLUMNS = ["event_id", "party", "outcome", "source_a", "figure_a", "high_a", "as_of_a", "source_b",
                        "figure_b", "high_b", "as_of_b", "ratio", "claim_ids", "report_ids", "run_id", "found_at"]
FLAG_SEVERITY = {"warning": "warn", "info": "info"}


def suite_parameters() -> dict:
    """The values suites refer to as {"$PARAMETER": name}; the one place TOLL_DISAGREEMENT_RATIO is read."""
    return {"disagreement_ratio": float(os.environ.get(RATIO_ENV) or RATIO_DEFAULT)}


def check_name(suite: str) -> str:
    return f"{suite}_shape" if suite in SHAPE_SUITES else suite


@dataclass(frozen=True)
class Failure:
    key: str  # the frame's row_key
    rule: str  # suite.rule
    severity: str  # critical | warning | info (GX's expectation severity)
    reason: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)
    order: int = field(default=0, compare=False, hash=False)  # the expectation's place in its suite


@dataclass
class SuiteOutcome:
    """What one suite found in its frame: failing rows by key and rule, and GX's own result document."""

    suite: str
    rows_checked: int
    failures: list[Failure] = field(default_factory=list)
    result: dict = field(default_factory=dict)

    def failing_keys(self, *severities: str) -> list[str]:
        return sorted({f.key for f in self.failures if not severities or f.severity in severities})

    @property
    def passed(self) -> bool:
        """Info findings are records, not failures."""
        return not self.failing_keys("critical", "warning")

    def by_rule(self) -> dict[str, int]:
        counts: dict[str, set] = {}
        for f in self.failures:
            counts.setdefault(f.rule, set()).add(f.key)
        return {rule: len(keys) for rule, keys in sorted(counts.items())}


@cache
def _batch_definition():
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    asset = context.data_sources.add_pandas("frames").add_dataframe_asset("frame")
    return asset.add_batch_definition_whole_dataframe("whole")


_COLUMN_KWARGS = ("column", "column_A", "column_B")
_OTHER_KWARGS = {"value_set", "min_value", "max_value", "strict_min", "strict_max", "or_equal", "ignore_row_if",
                 "strftime_format", "regex", "mostly", "row_condition"}


@cache
def read_columns(name: str) -> tuple[str, ...] | None:
    """The columns suite `name`'s expectations read (their columns and row conditions' columns) and row_key, or
    None (every column) when an expectation takes an argument not known here. GX copies and walks the frame it is
    given per expectation (row conditions filter a copy of every column): the claims frame without the columns no
    expectation reads (sentence, span, ...) validates 2.4 times faster, with the same results."""
    cols = ["row_key"]

    def condition_columns(cond) -> None:  # {"type": "comparison", "column": {"name": ...}, ...}, nested or not
        if isinstance(cond, dict):
            for key, value in cond.items():
                if key == "column":
                    cols.append(value["name"] if isinstance(value, dict) else value)
                else:
                    condition_columns(value)
        elif isinstance(cond, list):
            for c in cond:
                condition_columns(c)

    for e in expectations.suite_spec(name)["expectations"]:
        kwargs = e["kwargs"]
        for key, value in kwargs.items():
            if key in _COLUMN_KWARGS and isinstance(value, str):
                cols.append(value)
            elif key == "row_condition":
                if not isinstance(value, dict):
                    return None  # a condition as a string: its columns are not parsed here
                condition_columns(value)
            elif key not in _OTHER_KWARGS:
                return None
    return tuple(dict.fromkeys(cols))


def run_suite(name: str, frame: pd.DataFrame, parameters: dict | None = None) -> SuiteOutcome:
    """Validate `frame` with suite `name`; every failing row is named by its `row_key`. GX sees only the columns
    the suite reads (read_columns)."""
    outcome = SuiteOutcome(suite=name, rows_checked=len(frame))
    if frame.empty:
        outcome.result = {"suite": name, "success": True, "rows_checked": 0, "results": []}
        return outcome
    wanted = read_columns(name)
    if wanted is not None and set(wanted) <= set(frame.columns):
        frame = frame[list(wanted)]
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": _numpy_dtypes(frame)})
    result = batch.validate(
        expectations.load_suite(name), expectation_parameters=parameters or suite_parameters(),
        result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["row_key"]})
    outcome.result = result.to_json_dict()
    for order, r in enumerate(result.results):
        cfg = r.expectation_config
        meta = cfg.meta or {}
        rule = f"{name}.{meta.get('rule', cfg.type)}"
        error = _raised(r.exception_info)
        if error:
            raise RuntimeError(f"suite {name}: {rule} could not run: {error}")
        if r.success:
            continue
        severity = getattr(cfg.severity, "value", cfg.severity) or "critical"
        for item in r.result.get("unexpected_index_list") or []:
            outcome.failures.append(Failure(str(item["row_key"]), rule, str(severity),
                                            meta.get("reason", cfg.type), meta, order))
    return outcome


def _numpy_dtypes(frame: pd.DataFrame) -> pd.DataFrame:
    """DuckDB gives nullable Int64 / boolean columns; GX's pandas metrics fail on pd.NA, so use NaN / None."""
    frame = frame.reset_index(drop=True)
    for col, dtype in frame.dtypes.items():
        if pd.api.types.is_extension_array_dtype(dtype):
            if pd.api.types.is_integer_dtype(dtype):
                frame[col] = frame[col].astype("float64")
            elif pd.api.types.is_bool_dtype(dtype):
                frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def _raised(info) -> str | None:
    """GX reports a metric that could not be computed either at the top of exception_info or per metric."""
    if not isinstance(info, dict):
        return None
    if info.get("raised_exception"):
        return info.get("exception_message") or "unknown error"
    return next((m for m in map(_raised, info.values()) if m), None)


def figure_ceilings(value: str | None = None) -> pd.DataFrame:
    """(outcome, ceiling) rows from TOLL_MAX_FIGURE: '500000' (every outcome) or 'killed=2000000,displaced=
    50000000' (per outcome; the others keep the default), both: '1000000,killed=200000'. Never above the default
    for the outcomes not named; a value that does not parse fails the run in one line."""
    value = os.environ.get(MAX_FIGURE_ENV, "") if value is None else value
    rows = {"*": MAX_FIGURE_DEFAULT}
    for part in filter(None, (p.strip() for p in value.split(","))):
        outcome, sep, figure = part.rpartition("=")
        try:
            ceiling = int(figure.replace("_", ""))
        except ValueError:
            raise ValueError(f"{MAX_FIGURE_ENV}: {part!r} is not a figure (expected e.g. 1000000 or "
                             "killed=1000000)") from None
        rows[outcome.strip() if sep else "*"] = ceiling
    return pd.DataFrame({"outcome": list(rows), "ceiling": pd.array(list(rows.values()), dtype="Int64")})


def rule_frame(con, name: str) -> pd.DataFrame:
    """The frame suite `name` validates, derived by its rule SQL on an open DuckDB connection."""
    return next(rule_frames(con, name))


PIECE_TABLE = "_rule_frame"


def rule_frames(con, name: str, rows: int | None = None) -> Iterator[pd.DataFrame]:
    """The frame suite `name` validates, whole (rows None) or in pieces of about `rows` rows, in the frame's
    order. The rows of one row_key stay in one piece (the claims suite wants claim_id unique), and every other
    expectation reads one row, so validating the pieces one by one finds what validating the whole frame does.
    The frame is made once, as a temp table in DuckDB (which spills it to disk when memory is short), and read a
    piece at a time: only a piece is ever a pandas frame."""
    if name == "claims":
        con.register("figure_ceilings", figure_ceilings())
    sql = expectations.rule_sql(name)
    if rows is None:
        frame = con.execute(sql).df()
        yield claim_figures(con, frame) if name == "claims" else frame
        return
    con.execute(f"CREATE OR REPLACE TEMP TABLE {PIECE_TABLE} AS {sql}")
    try:
        n = con.execute(f"SELECT count(*) FROM {PIECE_TABLE}").fetchone()[0]
        texts: dict[str, str] = {}  # the text of the last report of the previous piece: its claims may go on
        start = 0
        while start < n:
            end = min(n, start + max(1, rows))
            if end < n:  # on to the first row of another row_key (the rows are in row_key order)
                end = con.execute(
                    f"SELECT coalesce(min(rowid), ?) FROM {PIECE_TABLE} WHERE rowid >= ? AND row_key IS DISTINCT "
                    f"FROM (SELECT row_key FROM {PIECE_TABLE} WHERE rowid = ?)", [n, end, end - 1]).fetchone()[0]
            frame = con.execute(f"SELECT * FROM {PIECE_TABLE} WHERE rowid >= ? AND rowid < ? ORDER BY rowid",
                                [start, end]).df()
            yield claim_figures(con, frame, texts) if name == "claims" else frame
            start = end
    finally:
        con.execute(f"DROP TABLE IF EXISTS {PIECE_TABLE}")


def claim_figures(con, frame: pd.DataFrame, keep: dict[str, str] | None = None) -> pd.DataFrame:
    """Add figure_text (text[span], NULL when the span is not inside the text) and figure_in_sentence to the claims
    frame, reading each report's text once: time linear in the texts, memory one text at a time. `keep` (for a
    frame read in pieces) holds the text of the last report of the previous piece on entry, of this one on exit:
    a report whose claims run on into the next piece is read once."""
    figure: list = [None] * len(frame)
    at = {}
    for i, (rid, a, b) in enumerate(zip(frame.report_id, frame.span_start, frame.span_end, strict=True)):
        at.setdefault(rid, []).append((i, a, b))
    last = frame.report_id.iloc[-1] if len(frame) else None
    held = {rid: text for rid, text in (keep or {}).items() if rid in at}

    def texts():
        yield from held.items()
        wanted = [r for r in at if isinstance(r, str) and r not in held]
        if not wanted:
            return
        # a report id twice (a duplicate report, quarantined) gives its first text: grouping in DuckDB (any_value)
        # held each text twice more
        seen = set(held)
        cur = con.execute("SELECT report_id, text FROM reports WHERE report_id IN (SELECT UNNEST(?))", [wanted])
        while row := cur.fetchone():
            if row[0] not in seen:
                seen.add(row[0])
                yield row

    if keep is not None:
        keep.clear()
    for rid, text in texts():
        if keep is not None and rid == last:
            keep[rid] = text
        for i, a, b in at.get(rid, ()):
            if pd.notna(a) and pd.notna(b) and 0 <= a < b <= len(text):
                figure[i] = text[int(a):int(b)]
    frame["figure_text"] = pd.Series(figure, index=frame.index, dtype=object)
    frame["figure_in_sentence"] = pd.Series(
        [None if f is None or not isinstance(s, str) else f in s for f, s in zip(figure, frame.sentence, strict=True)],
        index=frame.index, dtype=object)
    return frame


def _plain(v):
    """A frame cell as a plain Python value (DuckDB hands back floats for nullable integers, arrays for lists)."""
    if hasattr(v, "tolist"):
        v = v.tolist()
    if not isinstance(v, list | dict | str) and pd.isna(v):
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _row(frame_row: pd.Series) -> dict:
    return {k: _plain(v) for k, v in frame_row.items()}


def quarantine_rows(claims: pd.DataFrame, outcomes: dict[str, SuiteOutcome], run_id: str,
                    now: datetime) -> pd.DataFrame:
    """One row per (claim, rule) broken: a claim failing the claims suite, or every claim of a failing report."""
    by_key = claims.drop_duplicates("row_key").set_index("row_key", drop=False)
    rows, seen = [], set()

    def add(key: str, failure: Failure):
        if (key, failure.rule) in seen:
            return
        seen.add((key, failure.rule))
        row = _row(by_key.loc[key]) if key in by_key.index else {"claim_id": key}
        row.pop("row_key", None)
        rows.append(dict(claim_id=key, report_id=row.get("report_id"), rule=failure.rule, reason=failure.reason,
                         row_json=json.dumps(row, default=str, ensure_ascii=False), run_id=run_id,
                         quarantined_at=now))

    for failure in outcomes["claims"].failures:
        add(failure.key, failure)
    for failure in outcomes["reports"].failures:
        for key in claims.loc[claims.report_id == failure.key, "row_key"]:
            add(key, failure)
    frame = pd.DataFrame(rows, columns=QUARANTINE_COLUMNS)
    return frame.sort_values(["claim_id", "rule"], ignore_index=True)


def use_checked_claims(con, quarantined: pd.DataFrame) -> None:
    """Define the `checked_claims` view (expectations/rules/checked_claims.sql) on this run's quarantine."""
    con.register("quarantined", pd.DataFrame({"claim_id": quarantined.claim_id.astype(str)}))
    con.execute(f"CREATE OR REPLACE TEMP VIEW {CHECKED_VIEW} AS {expectations.view_sql(CHECKED_VIEW)}")


def _rows_by_key(frame: pd.DataFrame, keys: list[str]) -> dict[str, dict] | None:
    """The rows of `keys` (row_key values) as plain dicts (`_row`), made at once from the frame's records: a
    pandas row at a time (`.loc`, `iterrows`) was most of validation's time with ~40,000 flags and ~30,000
    disagreements at 10,000 reports. None when a key names several rows (then `.loc` gives a frame)."""
    wanted = set(keys)
    sub = frame[frame.row_key.isin(wanted)]
    if sub.row_key.duplicated().any():
        return None
    return {str(rec["row_key"]): {k: _plain(v) for k, v in rec.items()} for rec in sub.to_dict("records")}


def flag_rows(frame: pd.DataFrame, outcome: SuiteOutcome, run_id: str, now: datetime,
              order: bool = False) -> pd.DataFrame:
    """One flag per failing row and rule, worded by the expectation's message template; `order` adds the
    column `order`, the expectation's place in its suite."""
    failing = [f for f in outcome.failures if f.severity in FLAG_SEVERITY]
    by_key = _rows_by_key(frame, [f.key for f in failing])
    if by_key is None:
        indexed = frame.set_index("row_key", drop=False)
        by_key = {f.key: _row(indexed.loc[f.key]) for f in failing}
    rows = []
    for f in failing:
        row = by_key[f.key]
        rows.append(dict(
            rule=f.rule.split(".", 1)[1], severity=FLAG_SEVERITY[f.severity], claim_ids=row["claim_ids"],
            report_ids=row["report_ids"], figures=[row.get(c) for c in f.meta.get("figures", [])],
            message=f.meta.get("message", f.reason).format_map(row), run_id=run_id, flagged_at=now,
            event_id=row.get("event_id"), party=row.get("party"), outcome=row.get("outcome"),
            sources=row.get("sources"), **({"order": f.order} if order else {})))
    return pd.DataFrame(rows, columns=[*FLAG_COLUMNS, "order"] if order else FLAG_COLUMNS)


def disagreement_rows(frame: pd.DataFrame, outcome: SuiteOutcome, run_id: str, now: datetime) -> pd.DataFrame:
    keys = outcome.failing_keys("warning")
    rows = [{**{c: _plain(rec[c]) if c in rec else None for c in DISAGREEMENT_COLUMNS}, "run_id": run_id,
             "found_at": now} for rec in frame[frame.row_key.isin(keys)].to_dict("records")]
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)


def flag_rules() -> tuple[str, ...]:
    """Every rule validate writes flags for: a run replaces all of them, fired or not."""
    return tuple(r for s in (*FLAG_SUITES, DISAGREEMENT_SUITE) for r in expectations.rules(s))


@dataclass
class Evaluation:
    frames: dict[str, pd.DataFrame]
    outcomes: dict[str, SuiteOutcome]
    rechecks: dict[str, SuiteOutcome]
    quarantine: pd.DataFrame
    flags: pd.DataFrame
    disagreements: pd.DataFrame


def evaluate(con, run_id: str, now: datetime, suites: tuple[str, ...] | None = None,
             parameters: dict | None = None, rows: int | None = None) -> Evaluation:
    """Run the shape suites, quarantine, then the consistency suites on what is left (`con` holds `claims` and
    `reports`). `suites` limits the consistency suites run (tests). `rows`: each suite validates its frame that
    many rows at a time (rule_frames), with the same findings, and the Evaluation keeps no frames; None: whole
    frames, kept in `frames`."""
    keep = rows is None
    frames: dict[str, pd.DataFrame] = {}
    reports = rule_frame(con, "reports")  # one row per report, without its text
    outcomes = {"reports": run_suite("reports", reports, parameters)}
    claim_outcomes, claim_rechecks, quarantines, kept_reports = [], [], [], set()
    for claims in rule_frames(con, "claims", rows):
        outcome = run_suite("claims", claims, parameters)
        quarantined = quarantine_rows(claims, {"claims": outcome, "reports": outcomes["reports"]}, run_id, now)
        # The shape checks hold when the rows downstream reads (claims not quarantined, and their reports) pass.
        kept = claims[claims.claim_id.notna() & ~claims.row_key.isin(quarantined.claim_id)]
        claim_rechecks.append(recheck("claims", kept, outcome, parameters) if len(kept) < len(claims) else outcome)
        claim_outcomes.append(outcome)
        quarantines.append(quarantined)
        kept_reports.update(kept.report_id)
        if keep:
            frames["claims"] = claims
        del claims, kept
    if keep:
        frames["reports"] = reports
    outcomes["claims"] = _pieced("claims", claim_outcomes)
    quarantined = _concat(quarantines, QUARANTINE_COLUMNS).sort_values(["claim_id", "rule"], ignore_index=True)
    kept_reports = reports[reports.report_id.isin(kept_reports)]
    rechecks = {
        "claims": _pieced("claims", claim_rechecks),
        "reports": recheck("reports", kept_reports, outcomes["reports"], parameters)
        if len(kept_reports) < len(reports) or not outcomes["reports"].passed else outcomes["reports"],
    }

    use_checked_claims(con, quarantined)
    flags, disagreements = [], []
    for s in suites if suites is not None else (*FLAG_SUITES, DISAGREEMENT_SUITE):
        pieces, found = [], []
        for frame in rule_frames(con, s, rows):
            pieces.append(run_suite(s, frame, parameters))
            found.append(flag_rows(frame, pieces[-1], run_id, now, order=True))
            if s == DISAGREEMENT_SUITE:
                disagreements.append(disagreement_rows(frame, pieces[-1], run_id, now))
            if keep:
                frames[s] = frame
        outcomes[s] = _pieced(s, pieces)
        # as one pass over the whole frame gives them: by expectation, then in the frame's order
        found = _concat(found, [*FLAG_COLUMNS, "order"])
        flags.append(found.sort_values("order", kind="stable", ignore_index=True).drop(columns="order"))
    flag_frame = _concat(flags, FLAG_COLUMNS)
    dis_frame = _concat(disagreements, DISAGREEMENT_COLUMNS)
    return Evaluation(frames, outcomes, rechecks, quarantined, flag_frame, dis_frame)


@cache
def row_wise(name: str) -> bool:
    """Every expectation of suite `name` reads its rows one at a time (expect_column_values_*, or of a column
    pair), or asks for unique values: what passes on a frame passes on any of its rows."""
    return all(e["type"].startswith(("expect_column_values_", "expect_column_pair_values_"))
               for e in expectations.suite_spec(name)["expectations"])


def recheck(name: str, frame: pd.DataFrame, whole: SuiteOutcome, parameters: dict | None = None) -> SuiteOutcome:
    """Suite `name` on `frame`, some of the rows `whole` is the outcome of. When no row of the whole failed, none
    of a part can (the shape suites' expectations each read one row, or ask a column's values to be unique): the
    outcome is made here, without a second Great Expectations call (~0.5 s each, one per chunk of reports)."""
    if whole.failures or not row_wise(name):
        return run_suite(name, frame, parameters)
    return SuiteOutcome(suite=name, rows_checked=len(frame), result={
        "suite": name, "success": True, "rows_checked": len(frame),
        "recheck": f"not run: none of the {whole.rows_checked} rows checked failed"})


def _pieced(suite: str, pieces: list[SuiteOutcome]) -> SuiteOutcome:
    """One suite's outcomes over the pieces of its frame as one: the failures as one pass gives them (by
    expectation, then in the frame's order), GX's result as it is for one piece, else per piece."""
    if len(pieces) == 1:
        return pieces[0]
    if not pieces:
        return SuiteOutcome(suite=suite, rows_checked=0,
                            result={"suite": suite, "success": True, "rows_checked": 0, "results": []})
    rows = sum(p.rows_checked for p in pieces)
    return SuiteOutcome(
        suite=suite, rows_checked=rows,
        failures=sorted((f for p in pieces for f in p.failures), key=lambda f: f.order),
        result={"suite": suite, "success": all(p.result.get("success", True) for p in pieces),
                "rows_checked": rows, "pieces": [p.result for p in pieces]})


ROWS_ENV, ROWS_DEFAULT = "TOLL_VALIDATE_ROWS", 25_000


def piece_rows() -> int:
    """Rows per piece of a suite's frame (TOLL_VALIDATE_ROWS): what one Great Expectations call validates, so that
    memory stays flat however many claims a chunk of reports (or one very large report) has."""
    return max(1, int(os.environ.get(ROWS_ENV) or ROWS_DEFAULT))


CHUNK_ENV, CHUNK_DEFAULT = "TOLL_VALIDATE_CHUNK", 5000


def chunk_size() -> int:
    """Reports per validation chunk (TOLL_VALIDATE_CHUNK): the suites' frames are built for one chunk at a time."""
    return max(1, int(os.environ.get(CHUNK_ENV) or CHUNK_DEFAULT))


def report_chunks(con, size: int, within: set[str] | None = None) -> list[list[str]]:
    """The reports (of `within`, else all), in groups of about `size` that no event spans: the reports linked to
    one event, and the events linked to one report, transitively, are in one group. Every rule reads the claims
    of one report or of one event, so validating the groups one by one finds what validating all at once does."""
    # of `within` only, told in SQL (an incremental run's few hundred reports: not every report and claim's ids)
    only = ""
    if within is not None:
        scopes.register(con, "chunk_within", within)
        only = "AND report_id IN (SELECT id FROM chunk_within)"
    ids = sorted(r for (r,) in con.execute(
        f"SELECT report_id FROM lake.main.reports WHERE report_id IS NOT NULL {only} UNION "
        f"SELECT report_id FROM lake.main.claims WHERE report_id IS NOT NULL {only}").fetchall())
    # union-find over the reports, joined through their events
    parent = {r: r for r in ids}

    def root(r: str) -> str:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    first_of: dict[str, str] = {}
    for rid, event_id in con.execute("SELECT DISTINCT report_id, event_id FROM lake.main.claims "
                                     f"WHERE report_id IS NOT NULL AND event_id IS NOT NULL {only}").fetchall():
        if rid not in parent:
            continue
        other = first_of.setdefault(event_id, rid)
        a, b = root(rid), root(other)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for r in ids:
        groups.setdefault(root(r), []).append(r)
    chunks: list[list[str]] = [[]]
    for group in groups.values():
        if chunks[-1] and len(chunks[-1]) + len(group) > size:
            chunks.append([])
        chunks[-1].extend(group)
    return chunks


# the tables a chunk's rules read, each copied once per chunk into a temp table of the chunk's rows (that shadows
# the lake's): the rule SQL of every suite reads them, and as views over the lake each suite scanned the whole table
# again (8 scans of every claim per chunk: quadratic in the ledger over a run's chunks)
SHADOWED = ("claims", "reports")


def evaluate_chunked(con, run_id: str, now: datetime, within: set[str] | None = None,
                     size: int | None = None) -> Evaluation:
    """`evaluate` over the reports of `within` (else all), a chunk of reports at a time (report_chunks), the
    results put together: the same quarantine, flags and disagreements, with memory for one chunk's frames (the
    claims suite's frame alone is ~1.7 KB a claim: 2 GB at 100,000 reports). Rows without a report_id go with
    the first chunk of a full run. The Evaluation keeps no frames."""
    chunks = report_chunks(con, size or chunk_size(), within)
    parts = []
    for i, ids in enumerate(chunks):
        scopes.register(con, "scope_reports", ids)
        # the chunk's ids as one list the scan filters by (a join on them decoded every report's text and every
        # claim's sentence first: ~0.4 s of CPU a chunk at 100,000 reports)
        where = "report_id = ANY(?)" + (" OR report_id IS NULL" if i == 0 and within is None else "")
        try:
            for t in SHADOWED:
                con.execute(f"CREATE OR REPLACE TEMP TABLE {t} AS SELECT * FROM lake.main.{t} WHERE {where}",
                            [sorted(ids)])
            ev = evaluate(con, run_id, now, rows=piece_rows())
        finally:
            for t in SHADOWED:
                con.execute(f"DROP TABLE IF EXISTS temp.main.{t}")
            scopes.unshadow(con, CHECKED_VIEW)
        ev.frames = {}
        if len(chunks) > 1:  # the rows of every chunk are held until the commit: in Arrow, not Python objects
            ev.quarantine, ev.flags, ev.disagreements = map(_columnar, (ev.quarantine, ev.flags, ev.disagreements))
        parts.append(ev)
    if len(parts) == 1:
        return parts[0]
    return Evaluation(
        frames={}, outcomes=_merged([p.outcomes for p in parts]), rechecks=_merged([p.rechecks for p in parts]),
        quarantine=_concat([p.quarantine for p in parts], QUARANTINE_COLUMNS).sort_values(
            ["claim_id", "rule"], ignore_index=True),
        flags=_concat([p.flags for p in parts], FLAG_COLUMNS),
        disagreements=_concat([p.disagreements for p in parts], DISAGREEMENT_COLUMNS))


def _columnar(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its columns in Arrow arrays (pd.ArrowDtype), the same values: a chunk's flags and disagreements
    held as Python objects (a list of ids per row, a str per id) took ~1 KB a row, 1.2 million rows at 100,000
    reports. A frame Arrow cannot type (mixed values in a column) stays as it is."""
    if frame.empty:
        return frame
    try:
        return pa.Table.from_pandas(frame, preserve_index=False).to_pandas(types_mapper=pd.ArrowDtype)
    except (pa.ArrowException, TypeError, ValueError):
        return frame


def _merged(outcomes: list[dict[str, SuiteOutcome]]) -> dict[str, SuiteOutcome]:
    """Each suite's outcomes over the chunks as one: rows and failures added up, GX's results per chunk."""
    out = {}
    for suite in outcomes[0]:
        parts = [o[suite] for o in outcomes]
        out[suite] = SuiteOutcome(
            suite=suite, rows_checked=sum(p.rows_checked for p in parts),
            failures=[f for p in parts for f in p.failures],
            result={"suite": suite, "success": all(p.result.get("success", True) for p in parts),
                    "rows_checked": sum(p.rows_checked for p in parts), "chunks": [p.result for p in parts]})
    return out


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def save_results(store, run_id: str, outcomes: list[SuiteOutcome]) -> Path:
    """GX validation results as JSON, one folder per run, beside the lake."""
    folder = store.lake_dir.parent / "validations" / run_id
    folder.mkdir(parents=True, exist_ok=True)
    for o in outcomes:
        (folder / f"{o.suite}.json").write_text(json.dumps(o.result, indent=1, default=str))
    return folder


def _check(suite: str, asset: str) -> dg.AssetCheckSpec:
    shape = suite in SHAPE_SUITES
    why = expectations.suite_spec(suite)["meta"].get("why", "")
    return dg.AssetCheckSpec(check_name(suite), asset=asset, blocking=shape,
                             description=f"GX suite expectations/{suite}.json. {why}")


def stored_failures(store) -> dict[str, int]:
    """Per suite, the rows failing it as the ledger holds them after a run (quarantined claims per shape suite,
    warning flags per consistency suite): what an incremental run's checks report, since it only ran the suites
    over the rows that changed."""
    with store.connect(read_only=True) as con:  # one scan of each table (a query per suite scanned them 8 times)
        quarantined = dict(con.execute(
            "SELECT split_part(rule, '.', 1), count(DISTINCT claim_id) FROM quarantine WHERE contains(rule, '.') "
            "GROUP BY 1").fetchall())
        warned = dict(con.execute("SELECT rule, count(*) FROM flags WHERE severity = 'warn' GROUP BY rule").fetchall())
    out = {s: quarantined.get(s, 0) for s in SHAPE_SUITES}
    for s in (*FLAG_SUITES, DISAGREEMENT_SUITE):
        out[s] = sum(warned.get(r, 0) for r in set(expectations.rules(s)))
    return out


def _check_result(ev: Evaluation, suite: str, asset: str, sample: pd.DataFrame,
                  stored: dict[str, int] | None = None) -> dg.AssetCheckResult:
    outcome = ev.outcomes[suite]
    shape = suite in SHAPE_SUITES
    metadata = {"rows_checked": outcome.rows_checked,
                "rows_failing": len(outcome.failing_keys("critical", "warning")),
                "failures_by_rule": dg.MetadataValue.json(outcome.by_rule()),
                "sample": preview(sample, 5)}
    if shape:
        metadata["failing_after_quarantine"] = len(ev.rechecks[suite].failing_keys())
        passed = ev.rechecks[suite].passed
    else:
        metadata["info_findings"] = len(outcome.failing_keys("info"))
        passed = outcome.passed
    if stored is not None:  # an incremental run: the check speaks for the whole ledger, as a full run's does
        metadata["rows_failing"] = stored[suite]
        passed = passed if shape else stored[suite] == 0
    return dg.AssetCheckResult(
        asset_key=asset, check_name=check_name(suite), passed=passed, metadata=metadata,
        severity=dg.AssetCheckSeverity.ERROR if shape else dg.AssetCheckSeverity.WARN)


CODE_VERSION = expectations.fingerprint(*SHAPE_SUITES, *FLAG_SUITES, DISAGREEMENT_SUITE, views=(CHECKED_VIEW,))


def scope_token() -> str:
    """What validation results depend on besides the rows: the suites and rule SQL, and the settings they read."""
    return json.dumps([CODE_VERSION, suite_parameters(), os.environ.get(MAX_FIGURE_ENV, "")])


def touched_reports(con: duckdb.DuckDBPyConnection, lo: int, hi: int) -> set[str]:
    """The reports whose validation may differ between versions lo and hi: those whose claims or report rows
    changed, and every report with a claim in an event those touch (the consistency rules compare the claims of
    one report, or of one event across reports)."""
    reports, events = set(), set()
    for event_id, report_id in scopes.changes(con, "claims", "event_id, report_id", lo, hi):  # (as the aggregates ask)
        reports.add(report_id)
        events.add(event_id)
    reports.update(r for (r,) in scopes.changes(con, "reports", "report_id", lo, hi))
    reports.discard(None)
    events.discard(None)
    scopes.register(con, "scope_seed_reports", reports)
    scopes.register(con, "scope_seed_events", events)
    return reports | {r for (r,) in con.execute(
        """WITH ev AS (SELECT id FROM scope_seed_events UNION SELECT DISTINCT event_id FROM lake.main.claims
                       WHERE report_id IN (SELECT id FROM scope_seed_reports) AND event_id IS NOT NULL)
           SELECT DISTINCT report_id FROM lake.main.claims WHERE event_id IN (SELECT id FROM ev)""").fetchall()}


def validation_scope(context, con) -> scopes.Scope:
    """Full, or the reports to validate again (scope.reports), since the version the last run read."""
    scope = scopes.start(context, con, "quarantine", scope_token())
    if not scope.full:
        try:
            scope.reports = touched_reports(con, scope.base, scope.version)
        except duckdb.Error as exc:  # versions expired since: the change feed is gone
            scope.base, scope.reason = None, f"full (changes since the last run unreadable: {exc})"
    return scope


def evaluate_scoped(con, scope: scopes.Scope, run_id: str, now: datetime) -> Evaluation:
    """`evaluate` over the claims and reports of `scope.reports` only (the tables shadowed by views of them), in
    chunks when they are many."""
    return evaluate_chunked(con, run_id, now, within=set(scope.reports))


def nothing_to_check(scope: scopes.Scope) -> Evaluation:
    """The Evaluation of a run with no changed report: every suite checked no row (GX is not started: its fixed
    cost was most of an empty run's time). The checks then report the ledger's stored failures."""
    why = {"skipped": f"no report changed since version {scope.base}"}
    outcomes = {s: SuiteOutcome(suite=s, rows_checked=0,
                                result={"suite": s, "success": True, "rows_checked": 0, **why})
                for s in (*SHAPE_SUITES, *FLAG_SUITES, DISAGREEMENT_SUITE)}
    return Evaluation(frames={}, outcomes=outcomes, rechecks=dict(outcomes),
                      quarantine=pd.DataFrame(columns=QUARANTINE_COLUMNS), flags=pd.DataFrame(columns=FLAG_COLUMNS),
                      disagreements=pd.DataFrame(columns=DISAGREEMENT_COLUMNS))


def stored_counts(store) -> dict[str, int]:
    with store.connect(read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("quarantine", "flags", "disagreements")}


def result_writes(ev: Evaluation, scope: scopes.Scope) -> list[Write]:
    """Replace everything (a full run) or the rows about the scope's reports: every flag and disagreement names
    the reports of its claims, and a rule's claims are all in the scope when one of them is."""
    if scope.full:
        return [Write("quarantine", ev.quarantine, replace_all=True),
                Write("flags", ev.flags, key="rule", keys=flag_rules()),
                Write("disagreements", ev.disagreements, replace_all=True)]
    ids = (sorted(scope.reports),)
    return [Write("quarantine", ev.quarantine, where="report_id IN (SELECT UNNEST(?))", params=ids),
            naming_write("flags", ev.flags, ids[0]), naming_write("disagreements", ev.disagreements, ids[0])]


def naming_write(table: str, frame: pd.DataFrame, report_ids: list[str]) -> Write:
    """Replace the rows of `table` naming one of `report_ids` (`naming_reports`) with `frame`: their row ids found
    once in the commit's transaction, into a temp table the comparison with the new rows and the delete both read
    (each scanned every row's report ids: ~0.3 s a table at 100,000 reports)."""
    held = f"_naming_{table}"
    return Write(table, frame, where=f"rowid IN (SELECT id FROM {held})",
                 setup=((f"CREATE OR REPLACE TEMP TABLE {held} AS SELECT DISTINCT rowid AS id FROM (SELECT rowid, "
                         f"UNNEST(report_ids) AS report_id FROM lake.main.{table}) WHERE report_id IN (SELECT UNNEST(?))",
                         (list(report_ids),)),),
                 cleanup=((f"DROP TABLE IF EXISTS {held}", ()),))


def naming_reports(table: str) -> str:
    """The rows of `table` whose report_ids hold one of the report ids given as the parameter: as
    `list_has_any(report_ids, ?)`, which compares each row's ids with every given one (a scan of 630,000 flags for a
    few hundred reports: 2-3 s, and an incremental commit made four of them per table), by a hash join of the
    unnested ids on the rows' stable row ids (~0.1 s)."""
    return (f"rowid IN (SELECT rowid FROM (SELECT rowid, UNNEST(report_ids) AS report_id FROM lake.main.{table}) "
            "WHERE report_id IN (SELECT UNNEST(?)))")


@dg.multi_asset(
    specs=[
        dg.AssetSpec("quarantine", deps=["claims", "reports"], group_name="validate", kinds={"duckdb"},
                     automation_condition=refresh_when_partitions_land,
                     description="Claims that break a shape rule (theirs or their report's), with the rule, the "
                                 "reason and the run. They stay in `claims`; aggregates leave them out."),
        dg.AssetSpec("flags", deps=["claims", "reports"], group_name="validate", kinds={"duckdb"},
                     automation_condition=refresh_when_partitions_land,
                     description="Consistency findings (parts over total, revisions, dates out of order, "
                                 "disagreements...) that analysts should see; the claims stay."),
        dg.AssetSpec("disagreements", deps=["claims", "reports"], group_name="validate", kinds={"duckdb"},
                     automation_condition=refresh_when_partitions_land,
                     description="Latest figures of two sources for one event, party and outcome that differ by "
                                 f"more than {RATIO_ENV} (default {RATIO_DEFAULT})."),
    ],
    check_specs=[*(_check(s, "quarantine") for s in SHAPE_SUITES),
                 *(_check(s, "flags") for s in FLAG_SUITES),
                 _check(DISAGREEMENT_SUITE, "disagreements")],
    code_version=CODE_VERSION,
    pool="lake_writer",
)
def validate(context: dg.AssetExecutionContext, lake: LakeResource):
    """Run every suite; quarantine rows that break shape rules, flag inconsistent figures and disagreements."""
    store = lake.get()
    run_id, now = context.run.run_id, datetime.now(UTC)
    with store.connect() as con:
        scope = validation_scope(context, con)
        read_version = scope.version
        if not scope.full and not scope.reports:
            ev = nothing_to_check(scope)
        else:
            ev = evaluate_chunked(con, run_id, now) if scope.full else evaluate_scoped(con, scope, run_id, now)
    if scope.full or scope.reports:
        store.commit(
            result_writes(ev, scope),
            message=f"validate: {len(ev.quarantine)} quarantined, {len(ev.flags)} flags, "
                    f"{len(ev.disagreements)} disagreements", extra_info=run_tag(context),
        )
        commit = store.last_commit
    else:  # no report changed since the last run: no suite runs, nothing is written
        commit = CommitInfo(read_version, read_version, row_count=stored_counts(store))
    folder = save_results(store, run_id, list(ev.outcomes.values()))

    def versions(table: str) -> dict:
        return {**commit.metadata(table), **scope.metadata(), "read_version": read_version}

    yield dg.MaterializeResult(asset_key="quarantine", metadata={
        "rows_written": len(ev.quarantine), "claims_quarantined": ev.quarantine.claim_id.nunique(),
        **versions("quarantine"), "gx_results": str(folder),
        "preview": preview(ev.quarantine[["claim_id", "rule", "reason"]]),
    })
    yield dg.MaterializeResult(asset_key="flags", metadata={
        "rows_written": len(ev.flags), **versions("flags"),
        "by_rule": dg.MetadataValue.json(ev.flags.rule.value_counts().sort_index().to_dict()),
        "preview": preview(ev.flags[["rule", "severity", "message"]]),
    })
    yield dg.MaterializeResult(asset_key="disagreements", metadata={
        "rows_written": len(ev.disagreements), **versions("disagreements"),
        "ratio": suite_parameters()["disagreement_ratio"],
        "preview": preview(ev.disagreements[["event_id", "party", "outcome", "source_a", "figure_a", "source_b",
                                             "figure_b", "ratio"]]),
    })
    stored = None if scope.full else stored_failures(store)
    for suite in SHAPE_SUITES:
        sample = ev.quarantine[ev.quarantine.rule.str.startswith(f"{suite}.")][["claim_id", "rule", "reason"]]
        yield _check_result(ev, suite, "quarantine", sample, stored)
    for suite in FLAG_SUITES:
        sample = ev.flags[ev.flags.rule.isin(expectations.rules(suite))][["severity", "message"]]
        yield _check_result(ev, suite, "flags", sample, stored)
    sample = ev.disagreements[["event_id", "party", "outcome", "source_a", "figure_a", "source_b", "figure_b",
                               "ratio"]]
    yield _check_result(ev, DISAGREEMENT_SUITE, "disagreements", sample, stored)
