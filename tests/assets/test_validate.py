"""The validate rules, one passing and one failing fixture each, on small hand-built ledgers.

Rules run on a plain in-memory DuckDB holding the lake's schema (fast); the asset itself runs once on a real
DuckLake in tmp_path, twice, to show the checks, the GX results and that reruns do not duplicate flags.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import duckdb
import pandas as pd
import pytest

from assets import validate as v
from dagster_project.lake import SCHEMA_SQL

RUN, NOW = "run-test", datetime(2024, 6, 1, tzinfo=UTC)
INGESTED = datetime(2024, 6, 1, 12, tzinfo=UTC)


class Ledger:
    """A tiny ledger: reports with text, claims whose spans are found in that text."""

    def __init__(self):
        self.reports: list[dict] = []
        self.claims: list[dict] = []

    def report(self, report_id: str, text: str, published: str | None = "2024-05-20", outlet: str = "AFP",
               ingested_at: datetime = INGESTED) -> Ledger:
        self.reports.append(dict(report_id=report_id, text=text, published=published, outlet=outlet,
                                 partition_date=published, ingested_at=ingested_at, path=f"{report_id}.txt"))
        return self

    def claim(self, report_id: str, phrase: str, value_low: int, value_high: int | None = "same", *,
              event_id: str = "ev-2024-05", **fields) -> str:
        """A claim whose span is `phrase` in the report's text and whose sentence is the one holding it."""
        text = next(r["text"] for r in self.reports if r["report_id"] == report_id)
        start = text.index(phrase)
        sentence = next(s for s in _sentences(text) if phrase in s)
        index = sum(c["report_id"] == report_id for c in self.claims)
        row = dict(claim_id=f"{report_id}:{index}", report_id=report_id, claim_index=index, event_id=event_id,
                   sentence=sentence, span=[start, start + len(phrase)], span_start=start,
                   span_end=start + len(phrase), outcome="killed", party="all", party_text=phrase, role=None,
                   value_low=value_low, value_high=value_low if value_high == "same" else value_high,
                   qualifier="exact", attributed_to=None, as_of="2024-05-20", part_of=None, background=False,
                   published=None)
        row.update(fields)
        self.claims.append(row)
        return row["claim_id"]

    def connect(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect()
        con.execute(SCHEMA_SQL.read_text())
        for table, rows in (("reports", self.reports), ("claims", self.claims)):
            if rows:
                con.register("_rows", pd.DataFrame(rows))
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
                con.unregister("_rows")
        return con


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(text[start:i + 1].strip())
            start = i + 1
    return out + ([text[start:].strip()] if text[start:].strip() else [])


def quarantined(ledger: Ledger) -> list[tuple[str, str]]:
    ev = v.evaluate(ledger.connect(), RUN, NOW, suites=())
    assert all(o.passed for o in ev.rechecks.values()), "downstream rows must pass after quarantine"
    return list(zip(ev.quarantine.claim_id, ev.quarantine.rule, strict=True))


def findings(ledger: Ledger, suite: str, parameters: dict | None = None) -> list[dict]:
    """The flags one consistency suite raises (on claims that all pass the shape suites)."""
    con = ledger.connect()
    v.use_checked_claims(con, pd.DataFrame({"claim_id": []}))
    frame = v.rule_frame(con, suite)
    outcome = v.run_suite(suite, frame, parameters or v.suite_parameters())
    flags = v.flag_rows(frame, outcome, RUN, NOW)
    return [{k: r[k] for k in ("rule", "severity", "claim_ids", "report_ids", "figures", "message")}
            for r in flags.to_dict("records")]


TEXT = ("KISUNGA (AFP) - At least 38 people were killed, including 20 civilians and 12 soldiers. "
        "Officials said 17 bodies were found on Wednesday.")


def base() -> Ledger:
    led = Ledger().report("r1", TEXT)
    led.claim("r1", "At least 38 people", 38, None, qualifier="at_least")
    led.claim("r1", "20 civilians", 20, party="civilians", part_of=0)
    led.claim("r1", "12 soldiers", 12, party="Congolese army", part_of=0)
    led.claim("r1", "17 bodies", 17, attributed_to="officials", as_of="2024-05-15")
    return led


# ---------------------------------------------------------------- shape: claims and reports (quarantine)
# One ledger holds every case, each in its own report, so the suites run once; each case asserts its rows.

CLAIM_CASES = {
    "valid": ({}, []),
    "outcome_unknown": ({"outcome": "injured"}, ["outcome_enum"]),
    "outcome_missing": ({"outcome": None}, ["outcome_enum"]),
    "qualifier_unknown": ({"qualifier": "roughly"}, ["qualifier_enum"]),
    "party_missing": ({"party": None}, ["party_present"]),
    "low_missing": ({"value_low": None, "value_high": None}, ["value_low_present", "qualifier_bounds_point"]),
    "low_negative": ({"value_low": -3, "value_high": -3}, ["value_low_non_negative"]),
    "low_above_high": ({"value_low": 17, "value_high": 12}, ["low_le_high", "qualifier_bounds_point"]),
    "exact_open": ({"value_high": None}, ["qualifier_bounds_point"]),
    "about_widened": ({"qualifier": "about", "value_high": 20}, ["qualifier_bounds_point"]),
    "at_least_closed": ({"qualifier": "at_least", "value_high": 30}, ["qualifier_bounds_open"]),
    "up_to_low": ({"qualifier": "up_to", "value_low": 5, "value_high": 17}, ["qualifier_bounds_up_to"]),
    "range_open": ({"qualifier": "range", "value_high": None}, ["qualifier_bounds_closed"]),
    "vague_point": ({"qualifier": "vague", "value_high": 17}, ["qualifier_bounds_range"]),
    "span_missing": ({"span_start": None, "span_end": None}, ["span_present"]),
    "span_before_text": ({"span_start": -1}, ["span_inside_text"]),
    "span_after_text": ({"span_end": 5000}, ["span_inside_text"]),
    "figure_elsewhere": ({"span_start": 0, "span_end": 7}, ["figure_in_sentence"]),
    "as_of_implausible": ({"as_of": "1066-10-14"}, ["as_of_real_date"]),
    "report_unknown": ({"report_id": "nowhere"}, ["report_known"]),
    **{f"bounds_{q}": ({"qualifier": q, "value_low": lo, "value_high": hi}, []) for q, lo, hi in [
        ("nearly", 17, 17), ("about", 17, 17), ("at_least", 17, None), ("more_than", 18, None),
        ("up_to", 0, 17), ("range", 12, 17), ("vague", 12, 99)]},
}
REPORT_CASES = {  # every claim of a failing report is quarantined under the report's rule
    "report_valid": ({}, None),
    "report_future": ({"published": "2024-06-05"}, "published_not_future"),
    "report_tomorrow_east_of_utc": ({"published": "2024-06-02"}, None),
    "report_implausible": ({"published": "1899-12-31"}, "published_real_date"),
}


def shape_ledger() -> Ledger:
    led = Ledger()
    for case, (change, _rules) in CLAIM_CASES.items():
        led.report(case, TEXT)
        led.claim(case, "17 bodies", 17, attributed_to="officials", as_of="2024-05-15")
        led.claims[-1].update(change)
    for case, (change, _rule) in REPORT_CASES.items():
        led.report(case, TEXT)
        led.reports[-1].update(change)
        led.claim(case, "At least 38 people", 38, None, qualifier="at_least")
        led.claim(case, "17 bodies", 17)
    led.report("dup_claims", TEXT)
    for phrase in ("20 civilians", "12 soldiers", "17 bodies"):
        led.claim("dup_claims", phrase, int(phrase.split()[0]))
    led.claims[-2]["claim_id"] = "dup_claims:0"
    led.claims[-1]["claim_id"] = None
    led.report("dup_report", TEXT).report("dup_report", TEXT + " Updated.")
    led.claim("dup_report", "17 bodies", 17)
    return led


@pytest.fixture(scope="module")
def shape_run():
    ev = v.evaluate(shape_ledger().connect(), RUN, NOW, suites=())
    rows = {}
    for r in ev.quarantine.itertuples():
        rows.setdefault(r.report_id, []).append((r.claim_id, r.rule))
    return ev, rows


@pytest.mark.parametrize("case", CLAIM_CASES)
def test_claim_shape_rule(shape_run, case):
    _, rows = shape_run
    expected = [(f"{case}:0", f"claims.{r}") for r in sorted(CLAIM_CASES[case][1])]
    report = "nowhere" if case == "report_unknown" else case
    assert rows.get(report, []) == expected


@pytest.mark.parametrize("case", REPORT_CASES)
def test_report_shape_rule_quarantines_its_claims(shape_run, case):
    _, rows = shape_run
    rule = REPORT_CASES[case][1]
    assert rows.get(case, []) == ([(f"{case}:{i}", f"reports.{rule}") for i in range(2)] if rule else [])


def test_duplicate_and_missing_ids_are_quarantined(shape_run):
    _, rows = shape_run
    assert rows["dup_claims"] == [("(no claim_id) dup_claims#2", "claims.claim_id_present"),
                                  ("dup_claims:0", "claims.claim_id_unique")]
    assert rows["dup_report"] == [("dup_report:0", "reports.report_id_unique")]


def test_blocking_checks_pass_on_what_downstream_reads(shape_run):
    ev, rows = shape_run
    assert not ev.outcomes["claims"].passed and not ev.outcomes["reports"].passed
    assert ev.rechecks["claims"].passed and ev.rechecks["reports"].passed
    assert ev.outcomes["claims"].rows_checked == len(CLAIM_CASES) + 2 * len(REPORT_CASES) + 4
    assert ev.outcomes["reports"].rows_checked == len(CLAIM_CASES) + len(REPORT_CASES) + 3


def test_quarantine_row_keeps_the_row_rule_reason_and_run():
    led = base()
    led.claims[3]["outcome"] = "injured"
    q = v.evaluate(led.connect(), RUN, NOW, suites=()).quarantine
    row = q.iloc[0]
    assert (row.claim_id, row.report_id, row.run_id) == ("r1:3", "r1", RUN)
    assert row.reason == "outcome is not one of the contract's outcomes"
    assert json.loads(row.row_json)["outcome"] == "injured"


# ---------------------------------------------------------------- consistency: flags

def parts_ledger(total_phrase: str, low: int, high: int | None, qualifier: str) -> Ledger:
    text = f"Officials put the toll at {total_phrase}, including 20 civilians and 15 soldiers."
    led = Ledger().report("r1", text)
    led.claim("r1", total_phrase, low, high, qualifier=qualifier)
    led.claim("r1", "20 civilians", 20, party="civilians", part_of=0)
    led.claim("r1", "15 soldiers", 15, party="Congolese army", part_of=0)
    return led


def test_parts_within_an_exact_total_pass():
    assert findings(parts_ledger("35 dead", 35, 35, "exact"), "parts_within_total") == []


def test_parts_over_an_exact_total_are_flagged():
    assert findings(parts_ledger("30 dead", 30, 30, "exact"), "parts_within_total") == [dict(
        rule="parts_over_total", severity="warn", claim_ids=["r1:0", "r1:1", "r1:2"], report_ids=["r1"],
        figures=[30, 35],
        message="killed parts (20 + 15) add up to at least 35, above the total of 30 (exact) in report r1")]


def test_parts_over_an_open_total_are_consistent_and_recorded_as_info():
    assert findings(parts_ledger("at least 30", 30, None, "at_least"), "parts_within_total") == [dict(
        rule="parts_above_open_total", severity="info", claim_ids=["r1:0", "r1:1", "r1:2"], report_ids=["r1"],
        figures=[30, 35],
        message="killed parts (20 + 15) add up to 35, more than the stated 30 (at_least): consistent with an "
                "open total, in report r1")]


def test_parts_of_another_outcome_are_not_summed():
    led = parts_ledger("30 dead", 30, 30, "exact")
    led.claims[2]["outcome"] = "wounded"
    assert findings(led, "parts_within_total") == []


def party_ledger(all_low: int, all_high: int | None, isis: int) -> Ledger:
    text = f"The attack killed {all_low} people. The army said {isis} ISIS fighters were among those killed."
    led = Ledger().report("r1", text)
    led.claim("r1", f"{all_low} people", all_low, all_high, qualifier="exact" if all_high else "at_least")
    led.claim("r1", f"{isis} ISIS fighters", isis, party="ISIS")
    return led


def test_party_within_all_passes():
    assert findings(party_ledger(30, 30, 20), "party_within_all") == []
    assert findings(party_ledger(30, None, 40), "party_within_all") == []  # an open total holds any party


def test_party_above_all_is_flagged():
    assert findings(party_ledger(30, 30, 40), "party_within_all") == [dict(
        rule="party_above_all", severity="warn", claim_ids=["r1:1", "r1:0"], report_ids=["r1"], figures=[40, 30],
        message="ISIS killed: at least 40, above the report's total of 30 for everyone (as of 2024-05-20) in "
                "report r1")]


def test_party_figure_of_another_day_or_source_is_not_compared():
    led = party_ledger(30, 30, 40)
    led.claims[1]["as_of"] = "2024-05-18"
    assert findings(led, "party_within_all") == []
    led = party_ledger(30, 30, 40)
    led.claims[1]["attributed_to"] = "Iraqi army"  # a disagreement between sources, not a contradiction
    assert findings(led, "party_within_all") == []


def casualties_ledger(killed: int) -> Ledger:
    text = f"The blast caused 50 casualties. Police said {killed} people died."
    led = Ledger().report("r1", text)
    led.claim("r1", "50 casualties", 50, outcome="wounded", party_text="casualties")
    led.claim("r1", f"{killed} people", killed)
    return led


def test_killed_within_casualties_passes():
    assert findings(casualties_ledger(12), "killed_within_casualties") == []


def test_killed_above_casualties_is_flagged():
    assert findings(casualties_ledger(60), "killed_within_casualties") == [dict(
        rule="killed_above_casualties", severity="warn", claim_ids=["r1:1", "r1:0"], report_ids=["r1"],
        figures=[60, 50], message="all killed: at least 60, above the casualties total of 50 in report r1")]


def dated_ledger(as_of: str) -> Ledger:
    led = Ledger().report("r1", TEXT, published="2024-05-20")
    led.claim("r1", "17 bodies", 17, attributed_to="officials", as_of=as_of)
    return led


def test_dates_in_order_pass():
    assert findings(dated_ledger("2024-05-15"), "dates_in_order") == []


def test_as_of_after_published_is_flagged():
    assert findings(dated_ledger("2024-05-22"), "dates_in_order") == [dict(
        rule="as_of_after_published", severity="warn", claim_ids=["r1:0"], report_ids=["r1"], figures=[17, 2],
        message="all killed 17 is dated 2024-05-22, after its report was published (2024-05-20)")]


def test_claim_before_event_start_is_flagged():
    assert findings(dated_ledger("2023-05-15"), "dates_in_order") == [dict(
        rule="before_event_start", severity="warn", claim_ids=["r1:0"], report_ids=["r1"], figures=[17, -364],
        message="all killed 17 is dated 2023-05-15, before ev-2024-05 began (2024-05-13)")]


def test_background_claims_are_out_of_date_rules():
    led = dated_ledger("2023-05-15")
    led.claims[0]["background"] = True
    assert findings(led, "dates_in_order") == []


def timeline(*figures: tuple[str, str, int], source: str = "Health Ministry") -> Ledger:
    led = Ledger()
    for i, (published, as_of, value) in enumerate(figures):
        rid = f"t{i}"
        led.report(rid, f"The ministry said {value} people were killed.", published=published, outlet="Reuters")
        led.claim(rid, f"{value} people", value, attributed_to=source, as_of=as_of)
    return led


def test_rising_timeline_passes():
    led = timeline(("2021-08-21", "2021-08-21", 12), ("2021-08-22", "2021-08-22", 21),
                   ("2021-08-23", "2021-08-23", 32))
    assert findings(led, "timeline_monotone") == []


def test_downward_revision_is_flagged_once_with_both_figures_and_reports():
    led = timeline(("2021-08-23", "2021-08-23", 32), ("2021-08-25", "2021-08-25", 29),
                   ("2021-08-26", "2021-08-26", 29))
    assert findings(led, "timeline_monotone") == [dict(
        rule="revision", severity="warn", claim_ids=["t1:0", "t0:0"], report_ids=["t1", "t0"], figures=[32, 29],
        message="revision: Health Ministry put all killed at 32 on 2021-08-23, then at 29 on 2021-08-25 "
                "(ev-2024-05)")]


def test_falls_between_different_sources_or_background_are_not_revisions():
    led = timeline(("2021-08-23", "2021-08-23", 32), ("2021-08-25", "2021-08-25", 29))
    led.claims[1]["attributed_to"] = "police"
    assert findings(led, "timeline_monotone") == []
    led = timeline(("2021-08-23", "2021-08-23", 32), ("2021-08-25", "2021-08-25", 29))
    led.claims[0]["background"] = True
    assert findings(led, "timeline_monotone") == []


def sources_ledger(a: tuple[int, int | None], b: tuple[int, int | None]) -> Ledger:
    led = Ledger().report("s1", "Residents said at least 11 civilians were killed.", outlet="AP")
    led.claim("s1", "at least 11 civilians", a[0], a[1], party="civilians", attributed_to="residents",
              qualifier="exact" if a[1] is not None else "at_least")
    led.report("s2", "The SDF said 2 civilians were killed.", outlet="AP")
    led.claim("s2", "2 civilians", b[0], b[1], party="civilians", attributed_to="SDF")
    return led


def test_sources_that_agree_within_the_ratio_pass():
    assert findings(sources_ledger((11, None), (14, 14)), "sources_agree") == []
    assert findings(sources_ledger((11, 11), (15, 15)), "sources_agree") == []  # 15 / 11 < 1.5


def test_sources_that_disagree_are_flagged_and_tabled():
    led = sources_ledger((11, None), (2, 2))
    assert findings(led, "sources_agree") == [dict(
        rule="source_disagreement", severity="warn", claim_ids=["s2:0", "s1:0"], report_ids=["s2", "s1"],
        figures=[2, 11], message="SDF gives 2 and residents gives 11 civilians killed in ev-2024-05 (ratio 5.50)")]
    ev = v.evaluate(led.connect(), RUN, NOW)
    d = ev.disagreements.to_dict("records")
    assert len(d) == 1 and (d[0]["source_a"], d[0]["figure_a"], d[0]["source_b"], d[0]["figure_b"]) == (
        "SDF", 2, "residents", 11)
    assert d[0]["ratio"] == 5.5 and d[0]["high_b"] is None and d[0]["report_ids"] == ["s2", "s1"]


def test_disagreement_ratio_comes_from_the_environment(monkeypatch):
    led = sources_ledger((11, None), (2, 2))
    monkeypatch.setenv("TOLL_DISAGREEMENT_RATIO", "6")
    assert v.suite_parameters() == {"disagreement_ratio": 6.0}
    assert findings(led, "sources_agree", v.suite_parameters()) == []
    monkeypatch.delenv("TOLL_DISAGREEMENT_RATIO")
    assert v.suite_parameters() == {"disagreement_ratio": 1.5}


def test_consistency_rules_skip_quarantined_claims():
    led = parts_ledger("30 dead", 30, 30, "exact")
    led.claims[1]["outcome"] = "injured"  # quarantined: the remaining part fits
    ev = v.evaluate(led.connect(), RUN, NOW, suites=("parts_within_total",))
    assert list(ev.quarantine.claim_id) == ["r1:1"] and ev.flags.empty


def test_validation_in_chunks_finds_what_validation_of_everything_does(tmp_path):
    """Chunks of one report each: the reports of one event stay together (the disagreement between s1 and s2,
    linked through their event, is still found), and each chunk's quarantine and flags add up to the whole's."""
    from dagster_project.lake import Lake, Write

    led = sources_ledger((11, None), (2, 2))  # two reports of one event that disagree
    text = "Officials put the toll at 30 dead, including 20 civilians and 15 soldiers."
    led.report("r1", text)
    led.claim("r1", "30 dead", 30, 30, qualifier="exact", event_id="ev-2024-06")
    led.claim("r1", "20 civilians", 20, party="civilians", part_of=0, event_id="ev-2024-06")
    led.claim("r1", "15 soldiers", 15, party="Congolese army", part_of=0, event_id="ev-2024-06")
    led.report("r2", "Gunmen killed 4 people and wounded 6 others.")
    led.claim("r2", "4 people", 4, event_id="ev-2024-07", outcome="exploded")  # quarantined: no such outcome
    led.claim("r2", "6 others", 6, event_id="ev-2024-07", outcome="injured")
    lake = Lake(tmp_path / "lake")
    lake.commit([Write(t, frame=pd.DataFrame(rows), replace_all=True)
                 for t, rows in (("reports", led.reports), ("claims", led.claims))])
    with lake.connect() as con:
        assert sorted(map(sorted, v.report_chunks(con, 1))) == [["r1"], ["r2"], ["s1", "s2"]]
        whole = v.evaluate(con, RUN, NOW)
        chunked = v.evaluate_chunked(con, RUN, NOW, size=1)

    def rows(frame: pd.DataFrame) -> list[str]:  # a missing float: NaN in Python objects, None in Arrow (both NULL)
        return sorted(json.dumps({k: None if isinstance(x, float) and x != x else x for k, x in r.items()},
                                 default=str, sort_keys=True) for r in frame.to_dict("records"))

    assert len(whole.quarantine) and len(whole.flags) and len(whole.disagreements)
    for table in ("quarantine", "flags", "disagreements"):
        assert rows(getattr(chunked, table)) == rows(getattr(whole, table)), table
    # the chunks' rows are held in Arrow arrays, and DuckDB reads the same rows from them as from Python objects
    assert any(isinstance(d, pd.ArrowDtype) for d in chunked.flags.dtypes)
    db = duckdb.connect()
    for table in ("quarantine", "flags", "disagreements"):
        db.register("a", getattr(whole, table))
        db.register("b", getattr(chunked, table))
        assert db.execute("SELECT count(*) FROM ((FROM a EXCEPT ALL FROM b) UNION ALL (FROM b EXCEPT ALL FROM a))"
                          ).fetchone()[0] == 0, table
    for suite, outcome in whole.outcomes.items():
        assert chunked.outcomes[suite].rows_checked == outcome.rows_checked, suite
        assert chunked.outcomes[suite].failing_keys() == outcome.failing_keys(), suite
        assert chunked.outcomes[suite].passed == outcome.passed, suite


def test_validation_in_pieces_of_rows_finds_what_one_pass_does():
    """Every suite's frame validated a few rows at a time (as one very large report is): the same quarantine,
    flags and disagreements, in the same order, and the same failing rows per suite, as one pass over each
    whole frame; a duplicated claim id split by no piece is still found."""
    led = shape_ledger()
    for rid, (a, b) in (("p1", ("30 dead", 30)), ("p2", ("35 dead", 35))):  # parts over and within a total
        text = f"Officials put the toll at {a}, including 20 civilians and 15 soldiers."
        led.report(rid, text)
        led.claim(rid, a, b, b, event_id=f"ev-{rid}")
        led.claim(rid, "20 civilians", 20, party="civilians", part_of=0, event_id=f"ev-{rid}")
        led.claim(rid, "15 soldiers", 15, party="Congolese army", part_of=0, event_id=f"ev-{rid}",
                  as_of="2024-05-25")  # after its report: dates_in_order
    src = sources_ledger((11, None), (2, 2))  # a disagreement between two reports of one event
    led.reports += src.reports
    led.claims += src.claims
    con = led.connect()
    whole = v.evaluate(con, RUN, NOW)
    assert len(whole.quarantine) > 20 and len(whole.flags) >= 3 and len(whole.disagreements) == 1
    assert any(r == "claims.claim_id_unique" for r in whole.quarantine.rule)
    for rows in (1, 4):
        pieced = v.evaluate(con, RUN, NOW, rows=rows)
        assert pieced.frames == {}
        for table in ("quarantine", "flags", "disagreements"):
            a, b = getattr(pieced, table), getattr(whole, table)
            assert a.astype(str).values.tolist() == b.astype(str).values.tolist(), (rows, table)
        for suite, outcome in whole.outcomes.items():
            assert pieced.outcomes[suite].rows_checked == outcome.rows_checked, (rows, suite)
            assert pieced.outcomes[suite].failures == outcome.failures, (rows, suite)
        for suite, outcome in whole.rechecks.items():
            assert pieced.rechecks[suite].failures == outcome.failures, (rows, suite)
    assert len(pieced.outcomes["claims"].result["pieces"]) > 1  # GX's results, one per piece


# ---------------------------------------------------------------- the asset, on a real DuckLake


@pytest.fixture(scope="module")
def lake_runs(tmp_path_factory):
    """A DuckLake with a few bad rows; validate materialized twice."""
    import dagster as dg

    from dagster_project.lake import Lake, Write
    from dagster_project.resources import LakeResource

    led = parts_ledger("30 dead", 30, 30, "exact")
    led.report("r2", "Police said 12 people died.", published="2024-05-21", outlet="Reuters")
    led.claim("r2", "12 people", 12, outcome="injured")
    lake_dir = tmp_path_factory.mktemp("validate") / "lake"
    lake = Lake(lake_dir)
    lake.commit([Write("reports", pd.DataFrame(led.reports)), Write("claims", pd.DataFrame(led.claims))])
    runs = []
    with dg.instance_for_test() as instance:
        for _ in range(2):
            result = dg.materialize([v.validate], resources={"lake": LakeResource(lake_dir=str(lake_dir))},
                                    instance=instance, raise_on_error=False)
            assert result.success
            runs.append((result, lake.query("SELECT * EXCLUDE (run_id, flagged_at) FROM flags ORDER BY rule")))
    return lake, runs


def test_asset_writes_quarantine_flags_and_checks(lake_runs):
    lake, runs = lake_runs
    result = runs[-1][0]
    q = lake.query("SELECT claim_id, rule, run_id FROM quarantine")
    assert list(zip(q.claim_id, q.rule, strict=True)) == [("r2:0", "claims.outcome_enum")]
    # the second run found the same rows: it wrote no version, so the rows are still those of the first run
    assert set(q.run_id) == {runs[0][0].run_id}
    checks = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(checks) == {"claims_shape", "reports_shape", *v.FLAG_SUITES, "sources_agree"}
    assert checks["claims_shape"].passed and checks["reports_shape"].passed
    assert not checks["parts_within_total"].passed
    for name, c in checks.items():
        assert {"rows_checked", "rows_failing", "sample"} <= set(c.metadata), name
    assert checks["claims_shape"].metadata["rows_failing"].value == 1
    assert checks["parts_within_total"].metadata["rows_failing"].value == 1
    assert checks["parts_within_total"].severity.value == "WARN"
    folder = lake.lake_dir.parent / "validations" / result.run_id
    assert {p.stem for p in folder.glob("*.json")} == {*v.SHAPE_SUITES, *v.FLAG_SUITES, "sources_agree"}
    # GX's own results cover the rows a run validated: all of them the first time; the second run, incremental,
    # found nothing changed and validated no row (its checks above still speak for the whole ledger)
    first = lake.lake_dir.parent / "validations" / runs[0][0].run_id
    assert json.loads((first / "claims.json").read_text())["success"] is False
    assert json.loads((folder / "claims.json").read_text())["rows_checked"] == 0


def test_rerun_gives_the_same_flags(lake_runs):
    _lake, runs = lake_runs
    (_, first), (_, second) = runs
    assert list(first.rule) == ["parts_over_total"]
    pd.testing.assert_frame_equal(first, second)


def test_suites_given_only_the_columns_they_read_find_what_the_whole_frames_give(monkeypatch):
    """run_suite hands GX only the columns a suite's expectations read (read_columns): on the shape cases (every
    claims and reports rule broken somewhere) the failures, rows checked and success are those of the whole frame."""
    con = shape_ledger().connect()
    frames = {s: v.rule_frame(con, s) for s in v.SHAPE_SUITES}
    narrow = {s: v.run_suite(s, f) for s, f in frames.items()}
    for s, f in frames.items():
        cols = v.read_columns(s)
        assert cols is not None and set(cols) < set(f.columns)  # some columns are left out
    monkeypatch.setattr(v, "read_columns", lambda name: None)
    whole = {s: v.run_suite(s, f) for s, f in frames.items()}
    for s in v.SHAPE_SUITES:
        assert narrow[s].failures == whole[s].failures and narrow[s].failures
        assert narrow[s].rows_checked == whole[s].rows_checked and narrow[s].passed == whole[s].passed
