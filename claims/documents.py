"""Reports as documents: bytes in, text and metadata out (front matter, HTML, JSON, datelines).

Pure: takes bytes and a name, returns documents or raises Rejected with a reason a person can act on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime

import yaml
from dateutil import parser as dateparser

from .model import report_id_for

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# JSON reports: the first present key wins.
_TEXT_KEYS = ("text", "body", "content", "content_text", "article", "description")
_TITLE_KEYS = ("title", "headline")
_OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename")
_DATE_KEYS = ("published", "date", "published_at", "date_published", "pubDate", "datetime")
_URL_KEYS = ("url", "link")


class Rejected(Exception):
    """A report that cannot be read; the message is the reason recorded in rejected_reports."""


@dataclass
class Document:
    """One report's text and what is known about it before extraction."""

    report_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # front_matter | metadata | dateline
    byte_size: int = 0
    locator: str = ""  # '' for a whole file, '#3' for line 3 of a JSONL file
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text. Binary and empty inputs are rejected; invalid UTF-8 is replaced, with a warning."""
    if not data or not data.strip():
        raise Rejected("empty file")
    head = data[:8192]
    if b"\x00" in head:
        raise Rejected("binary content (NUL bytes), not a text report")
    notes: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
        notes.append(f"invalid UTF-8 at byte {exc.start}: decoded with replacement characters")
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    bad = sample.count("\ufffd")
    if sample and (control + bad) / len(sample) > 0.10:
        raise Rejected(f"binary content ({control + bad} control or undecodable characters in the first "
                       f"{len(sample)}), not a text report")
    return text, notes


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def front_matter(text: str) -> dict:
    """The YAML block at the top of a Markdown report, or {} when there is none or it does not parse."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}
    return meta if isinstance(meta, dict) else {}


def as_iso_date(value) -> str | None:
    """A date-ish value (date, datetime, '2022-01-24', 'Jan 24, 2022') as YYYY-MM-DD, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return dateparser.parse(str(value), fuzzy=False).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{4})\b"
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?:published|updated|posted|date)\b[:\s]*)?(?:[A-Z][a-z]{2,8},?\s+)?" + r"(?P<d>" +
    _FULL_DATE.pattern.removeprefix(r"\b").removesuffix(r"\b") + r")(?:\s*[-–—,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?\s*$",
    re.I,
)


def dateline_date(text: str) -> str | None:
    """The report's own date, read from a line that is only a date ("Tue, 02/01/2022 – 19:40") or a
    date at the start of the first lines ("date 2022-01-24 ..."). Looks only at the head and tail of the
    report, where papers put it, so dates of events inside the story are not taken for publication dates.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    head, tail = lines[:6], lines[-6:]
    for line in tail + head:  # a line that is nothing but a date is the strongest sign
        m = _DATE_LINE.match(line)
        if m:
            iso = as_iso_date(m.group("d"))
            if iso:
                return iso
    for line in head:
        m = _FULL_DATE.search(line[:120])
        if m:
            iso = as_iso_date(m.group(0))
            if iso:
                return iso
    return None


def _first(obj: dict, keys) -> object | None:
    for k in keys:
        if obj.get(k) not in (None, ""):
            return obj[k]
    return None


def _text_document(text: str, data: bytes, notes: list[str]) -> Document:
    meta = front_matter(text)
    doc = Document(report_id=report_id_for(data), text=text, byte_size=len(data), warnings=notes)
    if meta:
        doc.title = _str(_first(meta, _TITLE_KEYS))
        doc.outlet = _str(_first(meta, _OUTLET_KEYS))
        doc.url = _str(_first(meta, _URL_KEYS))
        doc.published = as_iso_date(_first(meta, _DATE_KEYS))
        if doc.published:
            doc.published_from = "front_matter"
    if not doc.title:
        body = _FRONT_MATTER.sub("", text, count=1)
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        doc.title = first[:200] or None
    if not doc.published:
        doc.published = dateline_date(_FRONT_MATTER.sub("", text, count=1))
        doc.published_from = "dateline" if doc.published else None
    return doc


def _html_text(html: str) -> str | None:
    """An article's text from its page, boilerplate removed (trafilatura)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    return trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)


def _html_document(text: str, data: bytes, notes: list[str]) -> Document:
    import trafilatura

    body = _html_text(text)
    if not body or not body.strip():
        raise Rejected("HTML page has no article text")
    meta = trafilatura.extract_metadata(text)
    doc = Document(report_id=report_id_for(data), text=body, byte_size=len(data), warnings=notes)
    if meta is not None:
        doc.title, doc.outlet, doc.url = meta.title, meta.sitename, meta.url
        doc.published = as_iso_date(meta.date)
        doc.published_from = "metadata" if doc.published else None
    if not doc.published:
        doc.published = dateline_date(body)
        doc.published_from = "dateline" if doc.published else None
    if not doc.title:
        doc.title = next((ln.strip()[:200] for ln in body.splitlines() if ln.strip()), None)
    return doc


def _json_document(obj, raw: bytes, notes: list[str], where: str) -> Document:
    if not isinstance(obj, dict):
        raise Rejected(f"{where}: expected a JSON object with a text field, got {type(obj).__name__}")
    body = _first(obj, _TEXT_KEYS)
    if body is None and isinstance(obj.get("html"), str):  # a saved web page (feed articles)
        body = _html_text(obj["html"])
    if not isinstance(body, str) or not body.strip():
        raise Rejected(f"{where}: no text in any of the fields {', '.join(_TEXT_KEYS)} or html")
    doc = Document(report_id=report_id_for(raw), text=body, byte_size=len(raw), warnings=list(notes))
    doc.title = _str(_first(obj, _TITLE_KEYS))
    doc.outlet = _str(_first(obj, _OUTLET_KEYS))
    doc.url = _str(_first(obj, _URL_KEYS))
    doc.published = as_iso_date(_first(obj, _DATE_KEYS))
    doc.published_from = "metadata" if doc.published else None
    if not doc.published:
        doc.published = dateline_date(body)
        doc.published_from = "dateline" if doc.published else None
    return doc


def _str(v) -> str | None:
    return None if v is None else str(v).strip() or None


def read_documents(data: bytes, name: str) -> tuple[list[Document], list[tuple[str, str, bytes]]]:
    """Parse one file's bytes into documents.

    Returns (documents, rejected) where rejected holds (locator, reason, raw bytes) for the parts of a
    multi-report file (JSONL lines) that could not be read. A whole file that cannot be read raises Rejected.
    """
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if suffix not in SUFFIXES:
        raise Rejected(f"unsupported file type {suffix!r} (expected one of {', '.join(sorted(SUFFIXES - {''}))})")
    text, notes = decode(data)
    if suffix in HTML_SUFFIXES:
        return [_html_document(text, data, notes)], []
    if suffix in JSON_SUFFIXES:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise Rejected(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
        items = obj if isinstance(obj, list) else [obj]
        docs, rejected = [], []
        for i, item in enumerate(items):
            raw = data if len(items) == 1 else json.dumps(item, sort_keys=True, ensure_ascii=False).encode()
            try:
                d = _json_document(item, raw, notes, f"item {i}")
                d.locator = "" if len(items) == 1 else f"#{i}"
                docs.append(d)
            except Rejected as exc:
                rejected.append(("" if len(items) == 1 else f"#{i}", str(exc), raw))
        if not docs and len(items) == 1:
            raise Rejected(rejected[0][1])
        return docs, rejected
    if suffix in JSONL_SUFFIXES:
        docs, rejected = [], []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            raw = line.encode()
            try:
                obj = json.loads(line)
                d = _json_document(obj, raw, notes, f"line {lineno}")
                d.locator = f"#{lineno}"
                docs.append(d)
            except json.JSONDecodeError as exc:
                rejected.append((f"#{lineno}", f"line {lineno}: invalid JSON: {exc.msg}", raw))
            except Rejected as exc:
                rejected.append((f"#{lineno}", str(exc), raw))
        return docs, rejected
    return [_text_document(text, data, notes)], []


def read_text_file(data: bytes, name: str) -> Document:
    """The single document of a file, for `toll extract` (JSONL and JSON lists: the first one)."""
    docs, rejected = read_documents(data, name)
    if not docs:
        raise Rejected(rejected[0][1] if rejected else "no report in file")
    return docs[0]
