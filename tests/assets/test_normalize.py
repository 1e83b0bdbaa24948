"""normalize's own pieces: claim rows, event linking of a batch of reports, the span check."""

import pandas as pd

from assets.normalize import link_reports, stray_spans
from claims.events import Linker


def _report(rid, text, published, url=None, outlet="Wire"):
    day = pd.Timestamp(published) if published else None
    return {"report_id": rid, "text": text, "published": day, "url": url, "outlet": outlet,
            "partition_date": (day or pd.Timestamp("2024-12-01")).date()}


def _events(reports, linker=None):
    claims, linked = link_reports(reports, linker or Linker(), "v-test")
    return claims, {r["report_id"]: r["event_id"] for r in linked}


def test_claim_rows_carry_ids_event_source_and_version():
    claims, events = _events([_report("r1", "Gunmen killed nine villagers near Kidal on Monday, officials said.",
                                      "2024-05-15", outlet="Agence France-Presse")])
    assert claims and all(r["claim_id"] == f"r1:{r['claim_index']}" for r in claims)
    assert {r["extractor_version"] for r in claims} == {"v-test"} and {r["source_hash"] for r in claims} == {"r1"}
    assert claims[0]["value_low"] == 9 and claims[0]["event_id"] == events["r1"]
    assert events["r1"].startswith("kidal-2024-05")
    assert claims[0]["source"] == "officials"


def test_reports_days_apart_about_one_place_share_an_event():
    _, ev = _events([_report("a", "Seven people were killed in a bombing in Kidal on Monday.", "2024-05-28"),
                     _report("b", "The toll of the Kidal bombing rose to 11 dead, officials said on Sunday.",
                             "2024-06-03"),
                     _report("c", "Two people were wounded in a bombing in Kidal.", "2024-09-20")])
    assert ev["a"] == ev["b"] and ev["c"] != ev["a"]


def test_a_prison_its_city_and_region_are_one_event_but_a_country_is_not():
    _, ev = _events([
        _report("a", "Militants stormed Gweiran prison; 12 guards were killed.", "2022-01-21"),
        _report("b", "In Hasakeh, 30 people were killed in clashes around the prison on Sunday.", "2022-01-24"),
        _report("c", "Across Syria, 40 people were killed this week.", "2022-01-25")])
    assert ev["a"] == ev["b"] == "ghwayran-prison-2022-01"
    assert ev["c"] != ev["a"]


def test_background_figures_are_linked_to_no_event():
    text = ("KABUL, May 3 (Reuters) - A suicide bomber killed 14 worshippers at a mosque in Kabul on Friday, police "
            "said. In 2017, a truck bomb in the city killed more than 150 people.")
    claims, ev = _events([_report("a", text, "2024-05-03")])
    by_value = {c["value_low"]: c for c in claims}
    assert by_value[14]["event_id"] == ev["a"]
    assert by_value[151]["background"] and by_value[151]["event_id"] is None


def test_a_revision_marks_its_earlier_figure():
    claims, _ = _events([_report("a", "The ministry revised the toll from the Kidal bombing down to 29 from 32.",
                                 "2024-05-03")])
    assert {c["value_low"]: c["earlier"] for c in claims} == {29: False, 32: True}


def test_those_still_held_are_marked_apart_from_those_taken():
    claims, _ = _events([_report("a", "Gunmen kidnapped 52 passengers near Kidal on Monday, police said. Two escaped on "
                                      "Tuesday and 50 remain in captivity, the police added.", "2024-05-03")])
    held = {c["value_low"]: c["still_held"] for c in claims if c["outcome"] == "abducted"}
    assert held == {52: False, 50: True}


def test_stray_spans_names_claims_whose_span_leaves_the_sentence():
    reports = pd.DataFrame({"report_id": ["r"], "text": ["Five died. Two fled."]})
    ok = {"claim_id": "r:0", "report_id": "r", "span_start": 0, "span_end": 4, "sentence": "Five died."}
    off = {"claim_id": "r:1", "report_id": "r", "span_start": 11, "span_end": 14, "sentence": "Five died."}
    assert stray_spans(reports, pd.DataFrame([ok, off])) == ["r:1"]


def test_a_headline_that_relays_a_named_sources_figure_is_credited_to_it():
    text = ("Toll from Quetta blast rises to 32\n\nQUETTA - The toll from Friday's bombing at the bus terminal in "
            "Quetta rose to 32, provincial officials said on Saturday.")
    claims, _ = _events([_report("a", text, "2022-11-19", outlet="Daily Wire")])
    assert {c["source"] for c in claims if c["value_low"] == 32} == {"officials"}


def test_a_sentence_that_recalls_an_earlier_incident_is_background():
    text = ("NIAMEY - Gunmen ambushed an army patrol near Tillaberi on Tuesday, killing 11 soldiers, the defence "
            "ministry said. The attack came a week after an ambush near Boni in Mali killed 21 soldiers.")
    claims, ev = _events([_report("a", text, "2023-08-30")])
    by_value = {c["value_low"]: c for c in claims}
    assert by_value[11]["event_id"] == ev["a"] and by_value[21]["event_id"] is None


def test_state_forces_have_one_name_and_a_belligerents_count_is_marked():
    text = ("MAIDUGURI - Militants killed 17 Nigerian soldiers in an attack on a base, security sources said. "
            "ISWAP said it had killed 50 soldiers. The military said troops killed more than 100 insurgents.")
    claims, _ = _events([_report("a", text, "2022-04-11")])
    by_value = {c["value_low"]: c for c in claims}
    assert by_value[17]["party"] == by_value[50]["party"] == "Nigerian army"
    assert by_value[50]["enemy_figure"] and not by_value[17]["enemy_figure"]


def test_a_report_the_extractor_fails_on_is_caught_at_that_report(monkeypatch):
    """A bug a text triggers in the extractor costs that report its claims (a rejected row naming its file and the
    cause, its text kept), not the claims step of its whole day range. The failure is injected: no known text makes
    the extractor raise."""
    import claims
    from assets.normalize import ClaimStream

    real = claims.extract

    def extract(text, *args, **kwargs):
        if "Menaka" in text:
            raise RecursionError("maximum recursion depth exceeded\nin a rule")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(claims, "extract", extract)
    good = _report("good", "Gunmen killed nine villagers near Kidal on Monday, officials said.", "2024-05-15")
    bad = {**_report("bad", "Police said 40 people were killed in a raid on Menaka.", "2024-05-15"),
           "path": "/in/wire/raid.jsonl#3", "source": "wire"}
    stream = ClaimStream("v-test", set())
    stream.add([bad, good])
    (row,) = stream.rejected
    assert row["reason"] == ("raid.jsonl#3: the extractor failed on this report: RecursionError: maximum recursion "
                             "depth exceeded")
    assert row["raw"] == bad["text"].encode() and row["stage"] == "extract" and row["path"] == bad["path"]
    events = Linker().link_batch(stream.signatures)
    frame = stream.claims(events).to_pandas()
    assert set(frame.report_id) == {"good"} and 9 in set(frame.value_low)
    linked = {r["report_id"]: r for r in stream.linked(events)}
    assert set(linked) == {"good"} and linked["good"]["event_id"] and linked["good"]["unlinked"] is None


def test_a_report_whose_rows_cannot_be_made_is_rejected_alone(monkeypatch):
    """A failure after extraction (making one report's rows or frame) rejects that report; its batch goes on."""
    from assets import rows as normalize  # where ClaimStream makes its frames
    from assets.normalize import ClaimStream

    real = normalize.claim_frame

    def claim_frame(rows):
        if any(r["report_id"] == "bad" for r in rows):
            raise OverflowError("a value the frame cannot hold")
        return real(rows)

    monkeypatch.setattr(normalize, "claim_frame", claim_frame)
    reports = [_report("good", "Gunmen killed nine villagers near Kidal on Monday, officials said.", "2024-05-15"),
               _report("bad", "Police said 40 people were killed in a raid on Menaka.", "2024-05-15"),
               _report("fine", "Officials said a flood displaced 300 families in Mopti.", "2024-05-15")]
    stream = ClaimStream("v-test", set())
    stream.add(reports)
    assert [(r["report_id"], r["reason"]) for r in stream.rejected] == [
        ("bad", "bad: writing its claims failed: OverflowError: a value the frame cannot hold")]
    events = Linker().link_batch(stream.signatures)
    assert set(stream.claims(events).to_pandas().report_id) == {"good", "fine"}
    assert {r["report_id"] for r in stream.linked(events)} == {"good", "fine"}


def test_a_report_with_many_claims_is_written_in_slices_with_the_same_rows(monkeypatch, tmp_path):
    """A report with more claims than a slice is made into frames and Parquet parts a slice at a time: the rows
    are those of one frame, in the same order; a failure in a later slice takes back its earlier ones."""
    import duckdb

    from assets import rows as normalize  # where ClaimStream makes its frames and slices
    from assets.normalize import ClaimStream

    long_text = " ".join(f"On day {i}, officials said {i + 2} people were killed and {i + 3} wounded in Gao."
                         for i in range(6))
    reports = [_report("small", "Gunmen killed nine villagers near Kidal on Monday, officials said.", "2024-05-15"),
               _report("long", long_text, "2024-05-16"),
               _report("after", "Officials said a flood displaced 300 families in Mopti.", "2024-05-17")]

    def rows(slice_rows, folder, fail_on=None):
        monkeypatch.setattr(normalize, "SLICE_ROWS", slice_rows)
        real = normalize.claim_frame
        made = []

        def claim_frame(rows):
            made.append(len(rows))
            if fail_on is not None and len(made) == fail_on:
                raise OverflowError("a value the frame cannot hold")
            return real(rows)

        monkeypatch.setattr(normalize, "claim_frame", claim_frame)
        folder.mkdir()
        stream = ClaimStream("v-test", set(), spill=folder)
        stream.add(reports)
        events = Linker().link_batch(stream.signatures)
        frame = duckdb.sql(stream.claims_sql(events)).df()
        return stream, frame, made

    whole, one, made = rows(1000, tmp_path / "whole")
    assert made == [len(one)] and (one.report_id == "long").sum() == 12
    sliced, pieces, made = rows(5, tmp_path / "sliced")
    assert made == [1, 5, 5, 2, 1] and len(sliced.parts) == 5
    assert pieces.astype(str).values.tolist() == one.astype(str).values.tolist()
    assert [e["report_id"] for e in sliced.events] == ["small", "long", "after"]
    failed, rest, made = rows(5, tmp_path / "failed", fail_on=3)  # the long report's second slice
    assert [(r["report_id"], r["reason"]) for r in failed.rejected] == [
        ("long", "long: writing its claims failed: OverflowError: a value the frame cannot hold")]
    assert set(rest.report_id) == {"small", "after"} and len(failed.parts) == 2
    assert sorted(p.name for p in (tmp_path / "failed").glob("claims-*")) == sorted(p.name for p in failed.parts)
    assert [e["report_id"] for e in failed.events] == ["small", "after"] and "long" not in failed.signatures
