"""`toll correct`, `toll corrections` and `toll run --day` as an analyst runs them: subprocesses on a real lake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

TOLL = str(Path(sys.executable).with_name("toll"))

MARKET = """---
title: "Car bomb hits a Mogadishu market"
outlet: Wire
published: 2024-03-05
---
MOGADISHU, March 5 (Wire) - A car bomb tore through a market in Mogadishu on Monday, killing at least 23 people, \
police said. Hospital staff said 41 others were wounded. The attackers also seized 6 soldiers at a checkpoint, \
according to residents. By nightfall 12 stallholders had still not come home, their relatives said. A local elder \
counted 9 bodies near the gate, which nobody confirmed.
"""
HOTEL = """---
title: "Gunmen attack a hotel in Kismayo"
outlet: Wire
published: 2024-03-05
---
KISMAYO, March 5 (Wire) - Gunmen killed 4 guards at a hotel in Kismayo on Tuesday, officials said.
"""
MISSED = "12 stallholders"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    base = tmp_path_factory.mktemp("corrections")
    reports = base / "reports"
    reports.mkdir()
    (reports / "market.md").write_text(MARKET)
    (reports / "hotel.md").write_text(HOTEL)
    env = {**os.environ, "TOLL_LAKE_DIR": str(base / "lake"), "DAGSTER_HOME": str(base / "dagster"),
           "TOLL_CORRECTIONS_DIR": str(base / "corrections"), "USER": "ana"}
    out = subprocess.run([TOLL, "run", "--reports", str(reports)], capture_output=True, text=True, timeout=900,
                         env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    return base, env


def toll(env, *args):
    return subprocess.run([TOLL, *args], capture_output=True, text=True, timeout=900, env=env)


def sql(env, query):
    out = toll(env, "sql", query, "--format", "json")
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def used_claims(env) -> list[str]:
    """The claims the estimates were made from."""
    return sql(env, "SELECT list(DISTINCT c) AS ids FROM event_estimates, unnest(claim_ids) AS t(c)")[0]["ids"]


def claim(env, phrase_start: str) -> dict:
    """The claim whose figure phrase starts with `phrase_start`."""
    rows = sql(env, "SELECT c.*, substr(r.text, c.span_start + 1, c.span_end - c.span_start) AS phrase "
                    "FROM claims c JOIN reports r USING (report_id)")
    return next(r for r in rows if r["phrase"].startswith(phrase_start))


@pytest.fixture(scope="module")
def corrected(ledger):
    """Four corrections and one whose figure is gone, made before one re-run of the day."""
    base, env = ledger
    before = {k: claim(env, k) for k in ("6 soldiers", "9 bodies", "4 guards", "41 others")}
    before["used"] = used_claims(env)
    fix = toll(env, "correct", before["6 soldiers"]["claim_id"], "--party", "SDF", "--role", "guards",
               "--attributed-to", "SOHR", "--outcome", "captured", "--value", "7", "--why", "the wire misread it")
    assert fix.returncode == 0, fix.stderr
    assert "toll run --day 2024-03-05" in fix.stdout
    reject = toll(env, "correct", before["9 bodies"]["claim_id"], "--reject", "not a confirmed count")
    assert reject.returncode == 0, reject.stderr
    market = before["6 soldiers"]["report_id"]
    text = sql(env, f"SELECT text FROM reports WHERE report_id = '{market}'")[0]["text"]
    s = text.index(MISSED)
    add = toll(env, "correct", "--add", market, "--span", f"{s}:{s + len(MISSED)}", "--outcome", "missing",
               "--party", "civilians", "--value", "12", "--by", "omar", "--why", "missed by the extractor")
    assert add.returncode == 0, add.stderr
    event = before["6 soldiers"]["event_id"]
    move = toll(env, "correct", before["4 guards"]["report_id"], "--event", event, "--why", "same attack wave")
    assert move.returncode == 0, move.stderr
    # a correction keyed to a figure no extractor reads (an older extractor's reading of a word that is no figure)
    gone = toll(env, "correct", before["6 soldiers"]["claim_id"], "--role", "conscripts")
    assert gone.returncode == 0
    files = sorted((base / "corrections").rglob("*.yaml"))
    path = next(f for f in files if "conscripts" in f.read_text())
    d = yaml.safe_load(path.read_text())
    m = text.index("nightfall")
    d.update(span=[m, m + len("nightfall")], phrase="nightfall")
    path.write_text(yaml.safe_dump(d))
    pending = toll(env, "corrections", "--format", "json")
    rerun = toll(env, "run", "--day", "2024-03-05")
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    return env, before, pending, rerun, d["id"]


def test_corrections_are_rows_and_yaml_files_with_who_when_why(ledger, corrected):
    base, env = ledger
    rows = sql(env, "SELECT kind, made_by, why, reason, fields, claim_id, phrase, file FROM corrections "
                    "ORDER BY made_at, kind")
    assert sorted(r["kind"] for r in rows) == ["add", "event", "fix", "fix", "reject"]
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["add"]["made_by"] == "omar" and by_kind["reject"]["made_by"] == "ana"  # --by, else $USER
    assert by_kind["reject"]["reason"] == "not a confirmed count" and by_kind["add"]["why"] == "missed by the extractor"
    assert json.loads(by_kind["add"]["fields"])["value_low"] == 12 and by_kind["add"]["phrase"] == MISSED
    for r in rows:
        assert (base / "corrections" / r["file"]).exists()
    # before the day was re-run every correction was pending, and listed
    _, _, pending, _, _ = corrected
    assert {json.loads(line)["status"] for line in pending.stdout.splitlines()} <= {"pending", "NOT FOUND"}


def test_a_fix_sets_fields_and_keeps_the_machine_values(corrected):
    env, before, _, _, _ = corrected
    old = before["6 soldiers"]
    now = claim(env, "6 soldiers")
    assert now["corrected"] is True
    assert (now["party"], now["role"], now["attributed_to"], now["outcome"], now["value_low"], now["value_high"],
            now["source"]) == ("SDF", "guards", "SOHR", "captured", 7, 7, "SOHR")
    machine = json.loads(now["machine"])
    assert machine["outcome"] == old["outcome"] == "abducted" and machine["value_low"] == 6
    assert machine["party"] == old["party"]
    untouched = claim(env, "41 others")
    assert untouched["corrected"] is False and untouched["machine"] is None


def test_reject_keeps_the_claim_but_not_in_the_estimates(corrected):
    env, before, _, _, _ = corrected
    bodies = claim(env, "9 bodies")
    assert bodies["rejected"] == "not a confirmed count" and bodies["value_low"] == 9
    assert before["9 bodies"]["claim_id"] in before["used"]  # it made a bound before
    assert bodies["claim_id"] not in used_claims(env)


def test_add_inserts_the_missed_figure_into_the_estimates(corrected):
    env, before, _, _, _ = corrected
    added = claim(env, MISSED)
    assert added["corrected"] is True and (added["outcome"], added["party"], added["value_low"]) == (
        "missing", "civilians", 12)
    assert added["event_id"] == before["6 soldiers"]["event_id"] and MISSED in added["sentence"]
    est = sql(env, f"SELECT best FROM event_estimates WHERE event_id = '{added['event_id']}' "
                   "AND outcome = 'missing' AND party = 'civilians'")
    assert est == [{"best": 12}]


def test_event_override_moves_the_report(corrected):
    env, before, _, _, _ = corrected
    target, hotel = before["6 soldiers"]["event_id"], before["4 guards"]
    assert hotel["event_id"] != target  # the linker kept them apart
    assert claim(env, "4 guards")["event_id"] == target
    assert sql(env, f"SELECT event_id FROM report_events WHERE report_id = '{hotel['report_id']}'") == [
        {"event_id": target}]
    assert sql(env, f"SELECT n_reports FROM events WHERE event_id = '{target}'") == [{"n_reports": 2}]


def test_a_correction_whose_figure_is_gone_is_reported(corrected):
    env, _, _, rerun, gone_id = corrected
    assert gone_id in rerun.stderr and "finds no figure" in rerun.stderr
    listed = toll(env, "corrections", "--format", "json")
    assert listed.returncode == 1 and "1 no longer find their figure" in listed.stderr
    status = {json.loads(line)["id"]: json.loads(line)["status"] for line in listed.stdout.splitlines()}
    assert status.pop(gone_id) == "NOT FOUND"
    assert set(status.values()) == {"applied"} and len(status) == 4


def test_bad_corrections_are_refused_in_one_line(corrected):
    env, before, _, _, _ = corrected
    for args in (["nope:1", "--party", "SDF"], [before["41 others"]["claim_id"], "--outcome", "exploded"],
                 ["--add", before["4 guards"]["report_id"], "--span", "0:99999", "--value", "3"]):
        out = toll(env, "correct", *args)
        assert out.returncode == 2 and out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
