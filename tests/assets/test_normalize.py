"""normalize's own pieces: claim rows, event linking across reports, the span check."""

import pandas as pd

from assets.normalize import claim_rows, stray_spans
from claims.events import EventLinker


def _report(rid, text, published):
    return {"report_id": rid, "text": text, "published": pd.Timestamp(published),
            "partition_date": pd.Timestamp(published).date()}


def test_claim_rows_carry_ids_event_and_version():
    text = "Gunmen killed nine villagers near Kidal on Monday, officials said."
    rows = claim_rows(_report("r1", text, "2024-05-15"), EventLinker(), "v-test")
    assert rows and all(r["claim_id"] == f"r1:{r['claim_index']}" for r in rows)
    assert {r["extractor_version"] for r in rows} == {"v-test"} and {r["source_hash"] for r in rows} == {"r1"}
    assert rows[0]["value_low"] == 9 and rows[0]["event_id"].startswith("kidal-2024-05")


def test_reports_days_apart_about_one_place_share_an_event():
    linker = EventLinker()
    a = claim_rows(_report("a", "Seven people were killed in Kidal on Monday.", "2024-05-28"), linker, "v")
    b = claim_rows(_report("b", "The toll in Kidal rose to 11 dead, officials said on Sunday.", "2024-06-03"), linker, "v")
    c = claim_rows(_report("c", "Two people were wounded in Kidal.", "2024-09-20"), linker, "v")
    assert a[0]["event_id"] == b[0]["event_id"] == "kidal-2024-05"
    assert c[0]["event_id"] != a[0]["event_id"]


def test_stray_spans_names_claims_whose_span_leaves_the_sentence():
    reports = pd.DataFrame({"report_id": ["r"], "text": ["Five died. Two fled."]})
    ok = {"claim_id": "r:0", "report_id": "r", "span_start": 0, "span_end": 4, "sentence": "Five died."}
    off = {"claim_id": "r:1", "report_id": "r", "span_start": 11, "span_end": 14, "sentence": "Five died."}
    assert stray_spans(reports, pd.DataFrame([ok, off])) == ["r:1"]


def test_a_prison_and_its_city_are_one_event_but_a_country_is_not():
    linker = EventLinker()
    jail = claim_rows(_report("a", "Militants stormed Gweiran prison; 12 guards were killed.", "2022-01-21"), linker, "v")
    city = claim_rows(_report("b", "In Hasakeh, 30 people were killed in clashes on Sunday.", "2022-01-24"), linker, "v")
    land = claim_rows(_report("c", "Across Syria, 40 people were killed this week.", "2022-01-25"), linker, "v")
    assert jail[0]["event_id"] == city[0]["event_id"] == "ghwayran-prison-2022-01"
    assert land[0]["event_id"] != jail[0]["event_id"]
