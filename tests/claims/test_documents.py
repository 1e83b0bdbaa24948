"""Reports as documents: decoding, front matter, datelines, HTML, JSON and JSONL."""

from __future__ import annotations

import json

import pytest

from claims.documents import Rejected, dateline_date, decode, front_matter, read_documents


def test_empty_and_binary_are_rejected():
    with pytest.raises(Rejected, match="empty"):
        decode(b"  \n\t")
    with pytest.raises(Rejected, match="binary"):
        decode(b"GIF89a\x00\x01\x02")


def test_text_that_is_not_utf8_is_detected_with_a_warning():
    text, notes = decode(b"Dozens fled the town of Kidal." + b"\xff\xfe tail")
    assert "\ufffd" not in text and text.startswith("Dozens fled") and notes and "not UTF-8" in notes[0]
    assert notes[0].kind == "encoding"


def test_front_matter_gives_title_outlet_and_date():
    raw = b"---\ntitle: Clashes near the dam\noutlet: Example Wire\npublished: 2023-05-04\n---\nBody text.\n"
    (doc,), rejected = read_documents(raw, "a.md")
    assert not rejected
    assert (doc.title, doc.outlet, doc.published, doc.published_from) == (
        "Clashes near the dam", "Example Wire", "2023-05-04", "front_matter")
    assert doc.text == raw.decode()
    assert front_matter("no block here") == {}


@pytest.mark.parametrize("text, expected", [
    ("Storm hits coast\nPosted: March 3, 2021 10:15\n\nBody.", "2021-03-03"),
    ("GOMA, 12 June 2024 - Fighting resumed.", "2024-06-12"),
    ("Headline\n\nBody of the story.\n\nFri, 07/14/2023 - 08:30", "2023-07-14"),
    ("Headline\n\nNo date anywhere in this one, only the year 2019 in passing.", None),
])
def test_dateline_dates(text, expected):
    assert dateline_date(text) == expected


def test_html_becomes_text_with_metadata():
    html = (b"<html><head><title>Raid on a market</title><meta property='article:published_time' "
            b"content='2022-08-09T10:00:00Z'></head><body><nav>Home | World</nav><article><h1>Raid on a "
            b"market</h1><p>Gunmen killed at least nine traders at a market on Tuesday, local officials said. "
            b"Residents said the attackers arrived on motorcycles shortly after dawn and stayed for an hour."
            b"</p><p>Another fourteen people were wounded and taken to the district hospital.</p></article>"
            b"</body></html>")
    (doc,), _ = read_documents(html, "raid.html")
    assert "killed at least nine traders" in doc.text and "Home | World" not in doc.text
    assert doc.published == "2022-08-09"


def test_json_and_jsonl_reports():
    one = json.dumps({"headline": "Flood", "body": "Two people drowned.", "date": "2020-02-02"}).encode()
    (doc,), _ = read_documents(one, "r.json")
    assert (doc.title, doc.text, doc.published) == ("Flood", "Two people drowned.", "2020-02-02")
    lines = b'{"text": "First report."}\nnot json\n{"title": "no text"}\n{"text": "Second report."}\n'
    docs, rejected = read_documents(lines, "feed.jsonl")
    assert [d.text for d in docs] == ["First report.", "Second report."]
    assert [d.locator for d in docs] == ["#1", "#4"]
    assert [r[0] for r in rejected] == ["#2", "#3"]
    assert "invalid JSON" in rejected[0][1] and "no text" in rejected[1][1]


def test_unsupported_type_is_rejected_with_its_suffix():
    with pytest.raises(Rejected, match="unsupported file type '.pdf'"):
        read_documents(b"%PDF-1.4", "x.pdf")
