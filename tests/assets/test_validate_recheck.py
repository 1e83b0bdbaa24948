"""The shape suites' recheck (the suite again on the rows downstream reads) made without Great Expectations when
nothing failed: the same outcome as running the suite on those rows."""

from __future__ import annotations

from assets import validate as v
from tests.assets.test_validate import NOW, RUN, Ledger, shape_ledger

TEXT = "Officials said 17 bodies were found and at least 38 people were killed."


def clean_ledger() -> Ledger:
    led = Ledger()
    for i in range(6):
        led.report(f"r{i}", TEXT)
        led.claim(f"r{i}", "17 bodies", 17, attributed_to="officials", as_of="2024-05-15")
        led.claim(f"r{i}", "at least 38 people", 38, None, qualifier="at_least")
    led.report("no-claims", "Nothing was counted.")  # a report no claim reads: the reports suite is checked again
    return led


def test_shape_suites_read_one_row_at_a_time():
    assert all(v.row_wise(s) for s in v.SHAPE_SUITES)


def test_a_recheck_of_rows_of_a_clean_frame_is_what_the_suite_finds_on_them(monkeypatch):
    con = clean_ledger().connect()
    for suite in v.SHAPE_SUITES:
        frame = v.rule_frame(con, suite)
        whole = v.run_suite(suite, frame)
        assert not whole.failures, suite
        part = frame.iloc[1:4]
        ran = v.run_suite(suite, part)
        calls = []
        monkeypatch.setattr(v, "run_suite", lambda *a, _c=calls, _r=ran, **k: _c.append(a) or _r)
        made = v.recheck(suite, part, whole)
        monkeypatch.undo()
        assert calls == [], "no GX call when no row of the whole failed"
        assert (made.rows_checked, made.failures, made.passed, made.failing_keys()) == (
            ran.rows_checked, ran.failures, ran.passed, ran.failing_keys()), suite


def test_a_recheck_after_failures_runs_the_suite_and_the_evaluation_is_unchanged():
    con = shape_ledger().connect()
    ev = v.evaluate(con, RUN, NOW, suites=())
    claims = v.rule_frame(con, "claims")
    whole = v.run_suite("claims", claims)
    assert whole.failures
    kept = claims[claims.claim_id.notna() & ~claims.row_key.isin(ev.quarantine.claim_id)]
    ran = v.run_suite("claims", kept)
    made = v.recheck("claims", kept, whole)
    assert made.failures == ran.failures and made.passed == ran.passed and made.rows_checked == ran.rows_checked
    assert made.result.get("results") is not None  # GX's own result: the suite ran
    assert ev.rechecks["claims"].passed and ev.rechecks["reports"].passed


def test_evaluation_with_rechecks_made_is_the_one_with_rechecks_run(monkeypatch):
    """The whole evaluation of a clean ledger (a report without claims: its suite is checked again on the reports
    downstream reads): the same quarantine, flags and checks whether the rechecks are made or run by GX."""
    con = clean_ledger().connect()
    made = v.evaluate(con, RUN, NOW)
    assert "recheck" in made.rechecks["reports"].result  # made, not run
    monkeypatch.setattr(v, "row_wise", lambda name: False)
    ran = v.evaluate(con, RUN, NOW)
    for table in ("quarantine", "flags", "disagreements"):
        assert getattr(made, table).astype(str).values.tolist() == getattr(ran, table).astype(str).values.tolist()
    for suite, outcome in ran.rechecks.items():
        got = made.rechecks[suite]
        assert (got.rows_checked, got.failures, got.passed) == (outcome.rows_checked, outcome.failures,
                                                                outcome.passed), suite
