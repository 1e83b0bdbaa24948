"""Feed sources: fetch an RSS/Atom or JSON Feed and keep each new article as a file in the source's folder.

The file (JSON: title, published, url, outlet and the article's raw HTML) is the raw record: ingest reads
it like any other report, trafilatura turns the HTML into text, and re-running a day never needs the
network again.

A feed is a boundary, like a source folder: only the listed feed URL and article links on the feed's own host (or
on the hosts the source lists) are fetched, over http(s) only; each fetch is cut at the source's size and time
limits (the time limit bounds the whole fetch, so a server that trickles bytes cannot hold a run); a redirect to
another host is refused. A feed that fails as a whole is said in `PollResult.failed` (the `feed_articles` asset
keeps it as a `report_warnings` row of kind `feed_failed`). An article that is refused or fails keeps the feed's own summary with a warning naming
the URL and why (a `report_warnings` row), or, without a summary, is saved as a failed record that ingest rejects
with that reason (a `rejected_reports` row); a failed record is fetched again at the next poll.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from .sources import Source

USER_AGENT = "toll-ledger/0.1 (+casualty report ingest)"


class FetchError(Exception):
    """A feed or article could not be fetched; the message names the URL and why."""


MAX_REDIRECTS = 5


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def fetch(url: str, timeout_s: float, max_bytes: int, client: httpx.Client | None = None) -> bytes:
    """GET over http(s) with a time limit on the whole fetch and a size limit (streamed, so an endless or
    trickling body is cut, not buffered); redirects are followed by hand, on the same host only."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"{url}: refused: only http and https URLs are fetched")
    own = client is None
    client = client or httpx.Client(headers={"User-Agent": USER_AGENT})
    deadline = time.monotonic() + timeout_s

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{url}: took longer than the limit of {timeout_s:g} s")
        return remaining

    try:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            with client.stream("GET", current, timeout=left(), follow_redirects=False) as resp:
                if resp.is_redirect:
                    target = urljoin(current, resp.headers.get("location", ""))
                    if urlsplit(target).scheme not in ("http", "https") or host_of(target) != host_of(url):
                        raise FetchError(f"{url}: refused: redirected to another host ({target})")
                    current = target
                    continue
                if resp.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {resp.status_code}")
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"{url}: larger than the limit of {max_bytes} bytes ({declared} declared)")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"{url}: larger than the limit of {max_bytes} bytes")
                    chunks.append(chunk)
                    left()
                return b"".join(chunks)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException:
        raise FetchError(f"{url}: took longer than the limit of {timeout_s:g} s") from None
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
    if parsed.get("bozo") and not parsed.entries:  # not well-formed and nothing read: say so, not "0 entries"
        raise ValueError(f"unreadable as RSS or Atom ({parsed.get('bozo_exception')})")
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
    failed: str = ""  # the feed as a whole could not be fetched or read: why (its URL first)


def _failed_before(target: Path) -> bool:
    """Whether a saved record is a failed fetch (fetched again at each poll until it succeeds)."""
    try:
        return "fetch_error" in json.loads(target.read_text())
    except (OSError, ValueError):
        return False


def poll(source: Source, client: httpx.Client | None = None) -> PollResult:
    """Fetch a feed and save the articles not saved before (one JSON file per entry, named by its id). Only the
    feed's own host and the source's listed `hosts` are fetched; what is refused or fails is said, by URL."""
    result = PollResult(source.name)
    assert source.url and source.path is not None
    source.path.mkdir(parents=True, exist_ok=True)
    try:
        body = fetch(source.url, source.timeout_s, source.max_bytes, client)
    except FetchError as exc:
        result.failed = str(exc)
        result.errors.append(result.failed)
        return result
    try:
        entries = parse_feed(body)
    except Exception as exc:  # noqa: BLE001 - whatever the server sent (deep JSON, items of the wrong type...)
        result.failed = f"{source.url}: not a feed: {type(exc).__name__}: {str(exc)[:200]}"
        result.errors.append(result.failed)
        return result
    result.entries = len(entries)
    allowed = {host_of(source.url), *(h.lower() for h in source.hosts)}
    for e in entries:
        target = source.path / f"{hashlib.sha256(e.uid.encode()).hexdigest()[:16]}.json"
        if target.exists() and not _failed_before(target):
            continue
        record = {"title": e.title, "published": e.published, "url": e.url, "outlet": source.name}
        html, problem = None, None
        if e.url and host_of(e.url) not in allowed:
            problem = (f"{e.url}: refused: not on the feed's host or a listed host ({', '.join(sorted(allowed))}); "
                       "list it under the source's hosts to fetch it")
        elif e.url:
            try:
                html = fetch(e.url, source.timeout_s, source.max_bytes, client).decode("utf-8", "replace")
            except FetchError as exc:
                problem = str(exc)
        if html:
            record["html"] = html
        elif e.summary:
            record["html" if "<" in e.summary else "text"] = e.summary
            if problem:
                record["fetch_warnings"] = [f"article not fetched, the feed's summary kept: {problem}"]
                result.errors.append(f"{problem} (kept the feed's own summary)")
        else:
            record["fetch_error"] = f"feed article not fetched and the feed has no summary: {problem or e.uid}"
            result.errors.append(record["fetch_error"])
        target.write_text(json.dumps(record, ensure_ascii=False))
        result.new_files.append(target)
    return result
