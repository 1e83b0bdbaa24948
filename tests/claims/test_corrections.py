"""Corrections keyed by span and phrase: they find their figure again after the extractor changes."""

import json

import pytest

from claims import extract
from claims.corrections import Correction, CorrectionError, apply, apply_batch, load, locate, save

TEXT = ("MOGADISHU, March 4 (Wire) - A car bomb tore through a market in Mogadishu on Monday, killing at least 23 "
        "people, police said. Hospital staff said 41 others were wounded. The attackers also seized 6 soldiers at a "
        "checkpoint, according to residents. By nightfall 12 stallholders had still not come home, their relatives "
        "said. In the evening, a local elder counted 9 bodies near the gate, which nobody confirmed.")


def rows_of(text, rid="r1"):
    """Claim rows as normalize writes them (the fields apply() reads)."""
    out = []
    for c in extract(text, published="2024-03-04", report_id=rid):
        d = c.to_dict()
        d.update(claim_id=f"{rid}:{c.claim_index}", span_start=c.span[0], span_end=c.span[1], event_id="ev-1",
                 background=False, source=c.attributed_to or "Wire", partition_date="2024-03-04")
        out.append(d)
    return out


def figure(rows, phrase, text=TEXT):
    return next(r for r in rows if text[r["span_start"]:r["span_end"]] == phrase)


def fix_of(row, text=TEXT, **fields):
    s, e = row["span_start"], row["span_end"]
    return Correction(kind="fix", report_id=row["report_id"], span=(s, e), phrase=text[s:e], fields=fields,
                      machine={k: row[k] for k in ("outcome", "party", "value_low")}, claim_id=row["claim_id"],
                      why="test", by="ana", at="2024-03-05T10:00:00+00:00")


def renumbered(rows, text=TEXT):
    """Another extractor's output for the same text: one more figure read first, so every index moves by one."""
    extra = dict(rows[0], claim_index=0, outcome="killed", value_low=1, value_high=1, span_start=0, span_end=9,
                 span=[0, 9], sentence=text[:120])
    out = [extra]
    for r in rows:
        n = dict(r, claim_index=r["claim_index"] + 1, claim_id=f"{r['report_id']}:{r['claim_index'] + 1}")
        out.append(n)
    return out


def test_a_fix_survives_renumbering_and_keeps_the_machine_value():
    rows = rows_of(TEXT)
    soldiers = figure(rows, "6 soldiers")
    assert soldiers["outcome"] == "abducted"
    fix = fix_of(soldiers, outcome="captured", party="SDF", role="guards", attributed_to="SOHR")
    moved = renumbered(rows)
    done = apply([fix], moved, TEXT)
    assert not done.unmatched
    hit = [r for r in done.rows if r["corrected"]]
    assert len(hit) == 1 and hit[0]["claim_index"] == soldiers["claim_index"] + 1
    assert done.matched[fix.id] == hit[0]["claim_id"] != soldiers["claim_id"]
    assert (hit[0]["outcome"], hit[0]["party"], hit[0]["role"], hit[0]["attributed_to"], hit[0]["source"]) == (
        "captured", "SDF", "guards", "SOHR", "SOHR")
    machine = json.loads(hit[0]["machine"])
    assert machine["outcome"] == "abducted" and machine["party"] == soldiers["party"] and machine["role"] is None
    # the other rows are untouched and say so
    rest = [r for r in done.rows if not r["corrected"]]
    assert len(rest) == len(moved) - 1 and all(r["machine"] is None and r["rejected"] is None for r in rest)


def test_a_wider_reading_of_the_figure_still_gets_the_fix():
    rows = rows_of(TEXT)
    bodies = figure(rows, "9 bodies")
    fix = Correction(kind="fix", report_id="r1", span=(bodies["span_start"], bodies["span_start"] + 1), phrase="9",
                     fields={"value_low": 8, "value_high": 8}, at="2024-03-05T10:00:00+00:00")
    done = apply([fix], renumbered(rows), TEXT)
    hit = next(r for r in done.rows if r["corrected"])
    assert TEXT[hit["span_start"]:hit["span_end"]] == "9 bodies" and hit["value_low"] == 8
    assert json.loads(hit["machine"]) == {"value_low": 9, "value_high": 9}


def test_the_same_phrase_nearest_the_old_span_wins():
    text = "In the north 5 guards were killed. In the south 5 guards were killed too, officials said."
    rows = rows_of(text)
    assert [text[r["span_start"]:r["span_end"]] for r in rows] == ["5 guards", "5 guards"]
    first, second = rows
    # the exact span is read by neither claim (the old extractor's offsets differed by a few characters): the same
    # phrase nearest the old span is the figure, not the first one in the text
    for target, shift in ((second, 3), (first, -2), (second, -4)):
        fix = Correction(kind="fix", report_id="r1", span=(target["span_start"] + shift, target["span_end"] + shift),
                         phrase="5 guards", fields={"party": "SDF"})
        assert locate(fix, rows, text) == rows.index(target)
        assert apply([fix], rows, text).matched[fix.id] == target["claim_id"]


def test_a_correction_whose_figure_is_gone_is_reported():
    rows = rows_of(TEXT)
    wounded = figure(rows, "41 others")
    fix = fix_of(wounded, outcome="killed")
    reject = Correction(kind="reject", report_id="r1", span=(wounded["span_start"], wounded["span_end"]),
                        phrase="41 others", reason="not a casualty figure", at="2024-03-06T00:00:00+00:00")
    without = [r for r in rows if r is not wounded]
    done = apply([fix, reject], without, TEXT)
    assert {c.id for c in done.unmatched} == {fix.id, reject.id}
    assert not any(r["corrected"] for r in done.rows) and len(done.rows) == len(without)


def test_reject_marks_and_keeps_the_claim():
    rows = rows_of(TEXT)
    bodies = figure(rows, "9 bodies")
    c = Correction(kind="reject", report_id="r1", span=(bodies["span_start"], bodies["span_end"]),
                   phrase="9 bodies", reason="unconfirmed count by a bystander")
    done = apply([c], rows, TEXT)
    assert len(done.rows) == len(rows)
    hit = figure(done.rows, "9 bodies")
    assert hit["rejected"] == "unconfirmed count by a bystander" and hit["corrected"] and hit["value_low"] == 9


def test_add_inserts_a_missed_figure_and_merges_once_the_extractor_reads_it():
    rows = rows_of(TEXT)
    phrase = "12 stallholders"
    assert not any(TEXT[r["span_start"]:r["span_end"]] == phrase for r in rows)  # the extractor misses it
    s = TEXT.index(phrase)
    add = Correction(kind="add", report_id="r1", span=(s, s + len(phrase)), phrase=phrase,
                     fields={"outcome": "missing", "party": "civilians", "value_low": 12}, why="missed")
    done = apply([add], rows, TEXT)
    new = done.rows[-1]
    assert len(done.rows) == len(rows) + 1 and new["corrected"] and new["machine"] is None
    assert (new["outcome"], new["party"], new["value_low"], new["value_high"], new["qualifier"]) == (
        "missing", "civilians", 12, 12, "exact")
    assert new["claim_index"] == max(r["claim_index"] for r in rows) + 1
    assert new["event_id"] == "ev-1" and phrase in new["sentence"] and new["sentence"] in TEXT
    assert done.matched[add.id] == new["claim_id"]
    # a later extractor reads it itself (as wounded): the add corrects that claim, no duplicate
    learnt = rows + [dict(rows[0], claim_index=9, claim_id="r1:9", span_start=s, span_end=s + len(phrase),
                          outcome="wounded", value_low=12, value_high=12)]
    again = apply([add], learnt, TEXT)
    assert len(again.rows) == len(learnt)
    hit = figure(again.rows, phrase)
    assert hit["outcome"] == "missing" and json.loads(hit["machine"]) == {"outcome": "wounded",
                                                                         "party": rows[0]["party"]}


def test_an_add_whose_phrase_is_not_in_the_text_is_reported():
    add = Correction(kind="add", report_id="r1", span=(5, 20), phrase="forty fishermen",
                     fields={"outcome": "missing", "value_low": 40})
    done = apply([add], rows_of(TEXT), TEXT)
    assert done.unmatched == [add]


def test_event_override_moves_the_report_and_later_fixes_win():
    rows = rows_of(TEXT)
    events = [{"report_id": "r1", "event_id": "ev-1"}]
    move = Correction(kind="event", report_id="r1", event_id="mogadishu-market-2024-03", at="2024-03-05T00:00:00")
    soldiers = figure(rows, "6 soldiers")
    first = fix_of(soldiers, value_low=5, value_high=5)
    later = Correction(**{**first.__dict__, "fields": {"value_low": 7, "value_high": 7}, "at": "2024-03-07T00:00:00",
                          "id": ""})
    done = apply_batch([later, move, first], rows, events, {"r1": TEXT, "r2": "unrelated"})
    assert {r["event_id"] for r in done.rows} == {"mogadishu-market-2024-03"}
    assert events[0]["event_id"] == "mogadishu-market-2024-03"
    hit = figure(done.rows, "6 soldiers")
    assert hit["value_low"] == 7 and json.loads(hit["machine"])["value_low"] == 6
    assert json.loads(hit["machine"])["event_id"] == "ev-1"


def test_yaml_round_trip_and_bad_files(tmp_path):
    rows = rows_of(TEXT)
    fix = fix_of(figure(rows, "6 soldiers"), outcome="captured", as_of="2024-03-04")
    path = save(fix, tmp_path)
    assert path.parent.name == "r1" and "as_of: '2024-03-04'" in path.read_text()
    assert load(tmp_path) == [fix]
    (tmp_path / "r1" / "broken.yaml").write_text("kind: fix\nreport_id: r1\nfields: {colour: red}\n")
    with pytest.raises(CorrectionError, match="broken.yaml"):
        load(tmp_path)


@pytest.mark.parametrize("bad", [{"outcome": "exploded"}, {"value_low": -3}, {"qualifier": "lots"},
                                 {"as_of": "March"}, {"colour": "red"}])
def test_bad_fields_are_refused(bad):
    with pytest.raises(CorrectionError):
        Correction(kind="fix", report_id="r1", span=(0, 3), phrase="abc", fields=bad)
