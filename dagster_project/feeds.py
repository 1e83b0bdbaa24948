"""Feed sources: fetch an RSS/Atom or JSON Feed and keep each new article as a file in the source's folder.

The file (JSON: title, published, url, outlet and the article's raw HTML) is the raw record: ingest reads
it like any other report, trafilatura turns the HTML into text, and re-running a day never needs the
network again.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from .sources import Source

USER_AGENT = "toll-ledger/0.1 (+casualty report ingest)"


class FetchError(Exception):
    """A feed or article could not be fetched; the message names the URL and why."""


def fetch(url: str, timeout_s: float, max_bytes: int, client: httpx.Client | None = None) -> bytes:
    """GET with a timeout and a size limit (streamed, so an endless body is cut, not buffered)."""
    own = client is None
    client = client or httpx.Client(follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        with client.stream("GET", url, timeout=timeout_s) as resp:
            if resp.status_code >= 400:
                raise FetchError(f"{url}: HTTP {resp.status_code}")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: larger than the limit of {max_bytes} bytes")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
    finally:
        if own:
            client.close()


@dataclass
class Entry:
    url: str | None
    title: str | None
    published: str | None
    summary: str | None
    uid: str


def parse_feed(body: bytes) -> list[Entry]:
    """Entries of an RSS/Atom feed (feedparser) or a JSON Feed (its own small format)."""
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        doc = json.loads(body)
        return [Entry(url=i.get("url") or i.get("external_url"), title=i.get("title"),
                      published=i.get("date_published") or i.get("date_modified"),
                      summary=i.get("content_text") or i.get("content_html") or i.get("summary"),
                      uid=str(i.get("id") or i.get("url"))) for i in doc.get("items", [])]
    import feedparser

    parsed = feedparser.parse(body)
    out = []
    for e in parsed.entries:
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = (datetime.fromtimestamp(calendar.timegm(stamp), UTC).date().isoformat() if stamp else None)
        content = (e.get("content") or [{}])[0].get("value") if e.get("content") else None
        out.append(Entry(url=e.get("link"), title=e.get("title"), published=published,
                         summary=content or e.get("summary"), uid=str(e.get("id") or e.get("link"))))
    return out


@dataclass
class PollResult:
    source: str
    entries: int = 0
    new_files: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def poll(source: Source, client: httpx.Client | None = None) -> PollResult:
    """Fetch a feed and save the articles not saved before (one JSON file per entry, named by its id)."""
    result = PollResult(source.name)
    assert source.url and source.path is not None
    source.path.mkdir(parents=True, exist_ok=True)
    try:
        entries = parse_feed(fetch(source.url, source.timeout_s, source.max_bytes, client))
    except (FetchError, ValueError) as exc:
        result.errors.append(str(exc))
        return result
    result.entries = len(entries)
    for e in entries:
        target = source.path / f"{hashlib.sha256(e.uid.encode()).hexdigest()[:16]}.json"
        if target.exists():
            continue
        record = {"title": e.title, "published": e.published, "url": e.url, "outlet": source.name}
        html = None
        if e.url:
            try:
                html = fetch(e.url, source.timeout_s, source.max_bytes, client).decode("utf-8", "replace")
            except FetchError as exc:
                result.errors.append(f"{exc} (kept the feed's own summary)")
        if html:
            record["html"] = html
        elif e.summary:
            record["html" if "<" in e.summary else "text"] = e.summary
        else:
            result.errors.append(f"{e.url or e.uid}: no article and no summary")
            continue
        target.write_text(json.dumps(record, ensure_ascii=False))
        result.new_files.append(target)
    return result
