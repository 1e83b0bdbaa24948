"""Reports as documents: bytes in, text and metadata out (front matter, HTML, JSON, datelines).

Pure: takes bytes and a name, returns documents or raises Rejected with a reason a person can act on.
Nothing else escapes `read_documents`: any other failure on one input is turned into Rejected, so one bad file
never stops a scan or a run. What is read but doubtful becomes a warning (a `Note`, with a kind) on the document.
"""

from __future__ import annotations

import codecs
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


class Note(str):
    """A warning about a report that was read: the one-line message, and its kind (a `report_warnings.kind`)."""

    kind: str

    def __new__(cls, kind: str, message: str):
        note = super().__new__(cls, message)
        note.kind = kind
        return note


def valid_text(value: str, notes: list[str] | None = None, what: str = "text") -> str:
    """A string DuckDB accepts: lone surrogates (JSON's "\\ud800", which abort DuckDB) replaced with U+FFFD, and
    NUL characters removed; each with a warning."""
    if not value.isascii() or "\x00" in value:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # surrogatepass keeps valid pairs as pairs through UTF-16; lone halves become U+FFFD
            value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            if notes is not None:
                notes.append(Note("invalid_characters", f"{what}: lone UTF-16 surrogates replaced with U+FFFD"))
        if "\x00" in value:
            value = value.replace("\x00", "")
            if notes is not None:
                notes.append(Note("invalid_characters", f"{what}: NUL characters removed"))
    return value


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
    published_text: str | None = None  # the stated date when it is not a whole date ("2021", "spring 2021")
    byte_size: int = 0
    locator: str = ""  # '' for a whole file, '#3' for line 3 of a JSONL file
    warnings: list[str] = field(default_factory=list)


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# The 8-bit encodings tried, in order of preference, when the bytes are not UTF-8 (charset-normalizer picks one)
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251", "koi8_r"]


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when every other byte of the head is NUL (text in the Latin range), else None."""
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM or not), UTF-16/32 with a BOM, UTF-16 without one; other 8-bit text is
    detected with charset-normalizer (Windows-1252, Latin-1, ...) before anything is replaced. Binary and empty
    inputs are rejected; every guess or replacement is a warning."""
    if not data or not data.strip():
        raise Rejected("empty file (no bytes or only whitespace)")
    notes: list[str] = []
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        encoding = _utf16_without_bom(data[:8192])
        if encoding:
            notes.append(Note("encoding", f"no byte order mark: decoded as {encoding.upper()} (every other byte NUL)"))
    if encoding:
        bom = next((b for b, e in _BOMS if e == encoding and data.startswith(b)), b"")
        text = data[len(bom):].decode(encoding, errors="replace")
        if "\ufffd" in text:
            notes.append(Note("replacement_characters",
                              f"invalid {encoding.upper()}: decoded with replacement characters"))
    else:
        nul = data.count(b"\x00")
        if nul > max(2, len(data) // 1000):
            raise Rejected(f"binary content ({nul} NUL bytes), not a text report")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _legacy(data, exc, notes)
        if nul:
            text = text.replace("\x00", "")
            notes.append(Note("invalid_characters", f"{nul} NUL bytes removed"))
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise Rejected("empty file (no text after decoding)")
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    bad = sample.count("\ufffd")
    if sample and (control + bad) / len(sample) > 0.10:
        raise Rejected(f"binary content ({control + bad} control or undecodable characters in the first "
                       f"{len(sample)}), not a text report")
    return text, notes


def _legacy(data: bytes, exc: UnicodeDecodeError, notes: list[str]) -> str:
    """Text that is not UTF-8: an 8-bit encoding charset-normalizer finds, else UTF-8 with replacement."""
    from charset_normalizer import from_bytes  # imported here: only non-UTF-8 input needs it

    best = from_bytes(data[:200_000], cp_isolation=LEGACY_ENCODINGS).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None:
            notes.append(Note("encoding", f"not UTF-8 (invalid byte at {exc.start}): decoded as {best.encoding} "
                                          "(detected by charset-normalizer)"))
            return text
    notes.append(Note("replacement_characters",
                      f"invalid UTF-8 at byte {exc.start}: decoded with replacement characters"))
    return data.decode("utf-8", errors="replace")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def front_matter(text: str) -> dict:
    """The YAML block at the top of a Markdown report, or {} when there is none or it does not parse."""
    return read_front_matter(text)[0]


class _TextDates(yaml.SafeLoader):
    """YAML without implicit timestamps: a date stays the text it was, so an impossible one (2022-02-30, an hour
    of 25) is one field's warning (stated_date), not an exception that loses the whole block."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


class _FastTextDates(getattr(yaml, "CSafeLoader", _TextDates)):
    """_TextDates on libyaml's parser (when PyYAML has it): the same values, ~12x faster, which matters as every
    report's front matter is parsed twice per run (the scan for its day, then ingest). Its error messages are
    worded a little differently, so a block it refuses is parsed again by _TextDates for the warning."""


_FastTextDates.yaml_implicit_resolvers = _TextDates.yaml_implicit_resolvers


def read_front_matter(text: str) -> tuple[dict, list[str]]:
    """The front matter and the warnings about it: a block that is not valid YAML (an impossible date such as
    2022-02-30 included) or not a mapping is ignored, with a warning, never dropped silently."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, []
    try:
        try:
            meta = yaml.load(m.group(1), Loader=_FastTextDates)  # noqa: S506 - a SafeLoader
        except Exception:  # noqa: BLE001 - the same block again, for _TextDates's own error (or value)
            meta = yaml.load(m.group(1), Loader=_TextDates)  # noqa: S506 - a SafeLoader
    except Exception as exc:  # noqa: BLE001 - YAMLError, or ValueError from an impossible date, RecursionError...
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return {}, [Note("front_matter", f"front matter ignored: not valid YAML ({first[:160]})")]
    if meta is None:
        return {}, []
    if not isinstance(meta, dict):
        return {}, [Note("front_matter", f"front matter ignored: a YAML {type(meta).__name__}, not a mapping")]
    return meta, []


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
    except Exception:  # noqa: BLE001 - ParserError, OverflowError, and whatever else dateutil raises on junk
        return None


_YEAR_ONLY = re.compile(r"\s*\d{4}\s*")
_D1, _D2 = datetime(2000, 1, 1), datetime(2001, 2, 2)  # two defaults: a part the text lacks shows as a difference


def stated_date(value, what: str, notes: list[str]) -> tuple[str | None, str | None]:
    """A report's stated publication date as (YYYY-MM-DD or None, the text as stated when it is not a whole date).

    Nothing is made up: a year alone ("2021") or a month and year stay as stated (published NULL) instead of
    gaining today's day and month, and a value that is no date is kept as text; each with a warning."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        notes.append(Note("wrong_type", f"{what} is {_json_type(value)}, not a date: ignored"))
        return None, _as_text(value)[:200]
    text = str(value).strip()[:200]
    if _YEAR_ONLY.fullmatch(text):
        notes.append(Note("partial_date", f"{what} {text!r} is a year alone: kept as published_text, no day made up"))
        return None, text
    try:
        a, b = dateparser.parse(text, default=_D1), dateparser.parse(text, default=_D2)
    except Exception:  # noqa: BLE001 - see as_iso_date
        notes.append(Note("bad_date", f"{what} {text!r} is not a date: kept as published_text"))
        return None, text
    if a.date() != b.date():
        notes.append(Note("partial_date", f"{what} {text!r} is not a whole date: kept as published_text"))
        return None, text
    return a.date().isoformat(), None


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
    meta, fm_notes = read_front_matter(text)
    doc = Document(report_id=report_id_for(data), text=text, byte_size=len(data), warnings=notes + fm_notes)
    if meta:
        _metadata(doc, meta, "front matter")
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


def _only_links(body: str, html: str) -> bool:
    """Whether every line trafilatura kept is a link's text or a separator: a navigation page, not an article
    (with favor_recall it keeps menus when a page has nothing else)."""
    from lxml import html as lxml_html  # trafilatura's own parser

    try:
        root = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - unparsable markup: trafilatura found text, keep it
        return False
    links = {" ".join(a.text_content().split()) for a in root.iter("a")}
    lines = [" ".join(ln.split()) for ln in body.splitlines()]
    return all(ln in links or not any(ch.isalnum() for ch in ln) for ln in lines)


def _html_document(text: str, data: bytes, notes: list[str]) -> Document:
    import trafilatura

    body = _html_text(text)
    if not body or not body.strip():
        raise Rejected("HTML page has no article text")
    if _only_links(body, text):
        raise Rejected("HTML page has no article text: only navigation (every line is the text of a link)")
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
    if isinstance(obj.get("fetch_error"), str):  # a feed article that could not be fetched (dagster_project/feeds)
        raise Rejected(obj["fetch_error"])
    fetched = obj.get("fetch_warnings")
    notes = notes + [Note("feed", str(w)) for w in (fetched if isinstance(fetched, list) else [])]
    body = _first(obj, _TEXT_KEYS)
    if body is None and isinstance(obj.get("html"), str):  # a saved web page (feed articles)
        body = _html_text(obj["html"])
    if body is not None and not isinstance(body, str):
        key = next(k for k in _TEXT_KEYS if obj.get(k) not in (None, ""))
        raise Rejected(f"{where}: field {key!r} is {_json_type(body)}, not text")
    if not isinstance(body, str) or not body.strip():
        raise Rejected(f"{where}: no text in any of the fields {', '.join(_TEXT_KEYS)} or html")
    doc = Document(report_id=report_id_for(raw), text=body, byte_size=len(raw), warnings=list(notes))
    _metadata(doc, obj, where)
    doc.published_from = "metadata" if doc.published else None
    if not doc.published:
        doc.published = dateline_date(body)
        doc.published_from = "dateline" if doc.published else None
    return doc


def _str(v) -> str | None:
    return None if v is None else str(v).strip() or None


def _json_type(v) -> str:
    """'an array', 'a number'...: what a JSON or YAML value is, for warnings."""
    return {dict: "a mapping", list: "an array", tuple: "an array", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(v), f"a {type(v).__name__}")


def _as_text(v) -> str:
    """A metadata value as text: lists and mappings as JSON, never as a Python repr."""
    if isinstance(v, list | dict | tuple):
        return json.dumps(v, ensure_ascii=False, default=str, sort_keys=True)
    return str(v)


def _meta_str(obj: dict, keys, field_name: str, where: str, notes: list[str]) -> str | None:
    """A text field of the metadata; a list, mapping, number or boolean is stored as JSON text, with a warning."""
    v = _first(obj, keys)
    if v is None:
        return None
    if not isinstance(v, str):
        notes.append(Note("wrong_type", f"{where}: {field_name} is {_json_type(v)}, not text: stored as "
                                        f"{'JSON text' if isinstance(v, list | dict | tuple) else 'text'}"))
    return _str(_as_text(v))


def _metadata(doc: Document, obj: dict, where: str) -> None:
    """Title, outlet, url and stated date from front matter or a JSON object."""
    doc.title = _meta_str(obj, _TITLE_KEYS, "title", where, doc.warnings)
    doc.outlet = _meta_str(obj, _OUTLET_KEYS, "outlet", where, doc.warnings)
    doc.url = _meta_str(obj, _URL_KEYS, "url", where, doc.warnings)
    doc.published, doc.published_text = stated_date(_first(obj, _DATE_KEYS), f"{where}: published date",
                                                    doc.warnings)


def _finish(doc: Document) -> Document:
    """Every string made valid for DuckDB, with warnings (text first: its warning names it)."""
    doc.text = valid_text(doc.text, doc.warnings, "text")
    for name in ("title", "outlet", "url", "published_text"):
        v = getattr(doc, name)
        if v is not None:
            setattr(doc, name, valid_text(v, doc.warnings, name) or None)
    return doc


# JSON numbers past Python's 4,300-digit limit for int(str) would raise: such a number is kept as its text
def _parse_int(s: str):
    return int(s) if len(s) <= 4000 else s


def _loads(text: str):
    """json.loads that rejects, not raises: invalid JSON, nesting past Python's recursion limit, huge numbers."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise Rejected(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise Rejected("invalid JSON: nested too deeply to read") from None


def read_documents(data: bytes, name: str) -> tuple[list[Document], list[tuple[str, str, bytes]]]:
    """Parse one file's bytes into documents.

    Returns (documents, rejected) where rejected holds (locator, reason, raw bytes) for the parts of a
    multi-report file (JSONL lines) that could not be read. A whole file that cannot be read raises Rejected,
    and so does any other failure while reading it (it is that file's failure, not the run's).
    """
    try:
        docs, rejected = _read_documents(data, name)
        return [_finish(d) for d in docs], rejected
    except Rejected:
        raise
    except RecursionError:
        raise Rejected("nested too deeply to read") from None
    except Exception as exc:  # noqa: BLE001 - the boundary: one file's failure must not stop the run
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        raise Rejected(f"could not be read: {type(exc).__name__}: {first}") from None


def _read_documents(data: bytes, name: str) -> tuple[list[Document], list[tuple[str, str, bytes]]]:
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    if suffix not in SUFFIXES:
        raise Rejected(f"unsupported file type {suffix!r} (expected one of {', '.join(sorted(SUFFIXES - {''}))})")
    text, notes = decode(data)
    if suffix in HTML_SUFFIXES:
        return [_html_document(text, data, notes)], []
    if suffix in JSON_SUFFIXES:
        obj = _loads(text)
        items = obj if isinstance(obj, list) else [obj]
        docs, rejected = [], []
        for i, item in enumerate(items):
            raw = data if len(items) == 1 else _dumps(item)
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
            raw = line.encode("utf-8", "surrogatepass")
            try:
                obj = _loads(line)
                d = _json_document(obj, raw, notes, f"line {lineno}")
                d.locator = f"#{lineno}"
                docs.append(d)
            except Rejected as exc:
                reason = str(exc)
                rejected.append((f"#{lineno}", reason if reason.startswith("line") else f"line {lineno}: {reason}",
                                 raw))
        return docs, rejected
    return [_text_document(text, data, notes)], []


def _dumps(item) -> bytes:
    """One item of a JSON list as bytes of its own (its id and raw bytes): strings with lone surrogates kept."""
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")


def read_text_file(data: bytes, name: str) -> Document:
    """The single document of a file, for `toll extract` (JSONL and JSON lists: the first one)."""
    docs, rejected = read_documents(data, name)
    if not docs:
        raise Rejected(rejected[0][1] if rejected else "no report in file")
    return docs[0]
