"""validate: Great Expectations suites over `claims` → `quarantine` (errors) and `flags` (warnings).

The suites are JSON files in expectations/; rules that need grouping or joins first derive a small frame in
SQL (expectations/rules/*.sql), which a suite then validates. GX runs on DataFrames (its SQL datasource on
DuckDB returns empty metrics).
"""

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import dagster as dg
import pandas as pd

import expectations
from dagster_project.lake import Write
from dagster_project.resources import LakeResource

from .common import preview, run_tag

SHAPE_SUITE = "claims"
RULE_SUITES = ("parts_within_total",)


@dataclass
class SuiteOutcome:
    """What one suite found: failing (id, rule, reason) triples and GX's own result document."""

    suite: str
    rows_checked: int
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    result: dict = field(default_factory=dict)

    @property
    def failing_ids(self) -> list[str]:
        return sorted({f[0] for f in self.failures})


@cache
def _batch_definition():
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    asset = context.data_sources.add_pandas("frames").add_dataframe_asset("frame")
    return asset.add_batch_definition_whole_dataframe("whole")


def run_suite(name: str, frame: pd.DataFrame, id_column: str = "claim_id") -> SuiteOutcome:
    """Validate `frame` with suite `name`; every failing row is named by its id column."""
    outcome = SuiteOutcome(suite=name, rows_checked=len(frame))
    if frame.empty:
        return outcome
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    result = batch.validate(expectations.load_suite(name), result_format={
        "result_format": "COMPLETE", "unexpected_index_column_names": [id_column]})
    outcome.result = result.to_json_dict()
    for r in result.results:
        if r.success:
            continue
        meta = r.expectation_config.meta or {}
        rule = f"{name}.{meta.get('rule', r.expectation_config.type)}"
        reason = meta.get("reason", r.expectation_config.type)
        for item in r.result.get("unexpected_index_list") or []:
            outcome.failures.append((str(item[id_column]), rule, reason))
        if r.exception_info and r.exception_info.get("raised_exception"):
            raise RuntimeError(f"suite {name}: {rule} could not run: {r.exception_info.get('exception_message')}")
    return outcome


def quarantine_rows(claims: pd.DataFrame, outcome: SuiteOutcome, run_id: str, now: datetime) -> pd.DataFrame:
    by_id = claims.drop_duplicates("claim_id").set_index("claim_id", drop=False)
    rows = []
    for claim_id, rule, reason in outcome.failures:
        row = by_id.loc[claim_id].to_dict() if claim_id in by_id.index else {"claim_id": claim_id}
        rows.append(dict(claim_id=claim_id, report_id=row.get("report_id"), rule=rule, reason=reason,
                         row_json=json.dumps(row, default=str, ensure_ascii=False), run_id=run_id,
                         quarantined_at=now))
    return pd.DataFrame(rows, columns=["claim_id", "report_id", "rule", "reason", "row_json", "run_id",
                                       "quarantined_at"])


def parts_flags(frame: pd.DataFrame, outcome: SuiteOutcome, run_id: str, now: datetime) -> pd.DataFrame:
    bad = frame[frame.claim_id.isin(outcome.failing_ids)]
    rows = [dict(
        rule="parts_over_total", severity="warn", claim_ids=[r.claim_id, *list(r.part_ids)],
        report_ids=[r.report_id], figures=[int(r.total_high), int(r.parts_low)],
        message=(f"{r.outcome} parts add up to at least {int(r.parts_low)}, above the total's "
                 f"{int(r.total_high)} ({r.total_qualifier}) in report {r.report_id}"),
        run_id=run_id, flagged_at=now) for r in bad.itertuples()]
    return pd.DataFrame(rows, columns=["rule", "severity", "claim_ids", "report_ids", "figures", "message",
                                       "run_id", "flagged_at"])


def save_results(store, run_id: str, outcomes: list[SuiteOutcome]) -> Path:
    """GX validation results as JSON, one folder per run, beside the lake."""
    folder = store.lake_dir.parent / "validations" / run_id
    folder.mkdir(parents=True, exist_ok=True)
    for o in outcomes:
        (folder / f"{o.suite}.json").write_text(json.dumps(o.result, indent=1, default=str))
    return folder


@dg.multi_asset(
    specs=[
        dg.AssetSpec("quarantine", deps=["claims"], group_name="validate", kinds={"duckdb"},
                     description="Claims that break a shape rule, with the rule, the reason and the run."),
        dg.AssetSpec("flags", deps=["claims"], group_name="validate", kinds={"duckdb"},
                     description="Consistency findings (parts over total...) that analysts should see."),
    ],
    check_specs=[
        dg.AssetCheckSpec("claims_shape", asset="quarantine", blocking=True,
                          description="GX suite expectations/claims.json holds on every claim downstream reads."),
        dg.AssetCheckSpec("parts_within_total", asset="flags",
                          description="GX suite expectations/parts_within_total.json: parts fit their total."),
    ],
    code_version=expectations.fingerprint(SHAPE_SUITE, *RULE_SUITES),
    pool="lake_writer",
)
def validate(context: dg.AssetExecutionContext, lake: LakeResource):
    """Run the suites; quarantine rows that break shape rules and flag inconsistent figures."""
    store = lake.get()
    run_id, now = context.run.run_id, datetime.now(UTC)
    with store.connect() as con:
        claims = con.execute("SELECT * FROM claims ORDER BY claim_id").df()
        parts = con.execute(expectations.rule_sql("parts_within_total")).df()
    shape = run_suite(SHAPE_SUITE, claims)
    parts_outcome = run_suite("parts_within_total", parts)
    quarantined = quarantine_rows(claims, shape, run_id, now)
    flagged = parts_flags(parts, parts_outcome, run_id, now)
    snapshot = store.commit(
        [Write("quarantine", quarantined, replace_all=True),
         Write("flags", flagged, key="rule", keys=("parts_over_total",))],
        message=f"validate: {len(quarantined)} quarantined, {len(flagged)} flags", extra_info=run_tag(context),
    )
    folder = save_results(store, run_id, [shape, parts_outcome])

    # The check holds when the rows downstream reads (claims not quarantined) pass the suite.
    remaining = claims[~claims.claim_id.isin(quarantined.claim_id)]
    recheck = run_suite(SHAPE_SUITE, remaining)
    yield dg.MaterializeResult(asset_key="quarantine", metadata={
        "rows_written": len(quarantined), "snapshot_id": snapshot, "gx_results": str(folder),
        "preview": preview(quarantined[["claim_id", "rule", "reason"]]),
    })
    yield dg.MaterializeResult(asset_key="flags", metadata={
        "rows_written": len(flagged), "snapshot_id": snapshot, "preview": preview(flagged[["rule", "message"]]),
    })
    yield dg.AssetCheckResult(
        asset_key="quarantine", check_name="claims_shape", passed=not recheck.failures,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"rows_checked": len(claims), "rows_failing": len(shape.failing_ids),
                  "rows_quarantined": quarantined.claim_id.nunique(),
                  "failing_after_quarantine": len(recheck.failing_ids),
                  "sample": preview(quarantined[["claim_id", "rule", "reason"]], 5)},
    )
    yield dg.AssetCheckResult(
        asset_key="flags", check_name="parts_within_total", passed=not parts_outcome.failures,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"rows_checked": len(parts), "rows_failing": len(parts_outcome.failing_ids),
                  "sample": preview(flagged[["message"]], 5)},
    )
