"""Property tests: the document reader, front matter and dates never raise anything but Rejected, whatever the
input, and what they return is valid for DuckDB (no lone surrogates, no NUL). `make test` runs a sample;
`make fuzz` runs TOLL_FUZZ_EXAMPLES (10,000) cases of each."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.documents import Rejected, as_iso_date, read_documents, read_front_matter, stated_date

EXAMPLES = int(os.environ.get("TOLL_FUZZ_EXAMPLES") or 150)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES < 1000,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
NAMES = st.sampled_from(["r.md", "r.txt", "r.html", "r.json", "r.jsonl", "r", "r.pdf"])

# pieces a hostile report is made of: front matter fences, dates good and bad, JSON, BOMs, surrogates, NULs
PIECES = st.sampled_from([
    "---\n", "title: ", "published: ", "2022-02-30", "2021", "25:00", "[a, b]", "{x: 1}", "\n", "\r\n",
    '{"text": "', '"}', "[", "]", "\\ud800", "\\udc00", "\x00", "\ufeff", "<html><body><p>", "</p></body></html>",
    "<a href='/x'>Home</a>", "Nine people were killed", "March 2021", "9" * 50, ": ", "- ", "&", "*a", "!!timestamp ",
])


def _valid(s: str | None) -> bool:
    if s is None:
        return True
    s.encode("utf-8")  # raises on a lone surrogate
    return "\x00" not in s


def _check(data: bytes, name: str) -> None:
    try:
        docs, rejected = read_documents(data, name)
    except Rejected as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    for d in docs:
        assert all(_valid(v) for v in (d.text, d.title, d.outlet, d.url, d.published_text))
        assert d.published is None or as_iso_date(d.published) == d.published
        assert all(getattr(w, "kind", None) for w in d.warnings)
    for _locator, reason, raw in rejected:
        assert isinstance(raw, bytes) and reason


@FUZZ
@given(st.binary(max_size=2000), NAMES)
def test_any_bytes(data, name):
    _check(data, name)


@FUZZ
@given(st.lists(PIECES | st.text(max_size=20), max_size=40), NAMES,
       st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "utf-8-sig"]))
def test_assembled_reports(pieces, name, encoding):
    text = "".join(pieces)
    _check(text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf-8") else "replace"), name)


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["text", "title", "published", "date", "url", "outlet", "html", "x"]),
                        inner, max_size=5), max_leaves=20))
def test_any_json(obj):
    raw = json.dumps(obj, allow_nan=True).encode()
    _check(raw, "r.json")
    _check(raw.replace(b"\n", b" ") + b"\n" + raw.replace(b"\n", b" "), "r.jsonl")


@FUZZ
@given(st.text(max_size=300))
def test_front_matter(body):
    meta, notes = read_front_matter("---\n" + body + "\n---\nText.")
    assert isinstance(meta, dict) and all(getattr(n, "kind", None) for n in notes)


@FUZZ
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.none(),
                 st.lists(st.text(max_size=5), max_size=3), st.dates(), st.datetimes(),
                 st.from_regex(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?", fullmatch=True)))
def test_dates(value):
    notes: list[str] = []
    iso, text = stated_date(value, "published", notes)
    assert iso is None or as_iso_date(iso) == iso
    assert iso is None or text is None
    assert as_iso_date(value) is None or isinstance(as_iso_date(value), str)
