"""Feed sources end to end: a local HTTP server serves an RSS feed and article pages; they become reports."""

from __future__ import annotations

import json
import sys

import dagster as dg
import pytest

from dagster_project.feeds import FetchError, fetch, parse_feed, poll
from dagster_project.sources import Source, load_sources
from tests.servers import free_port, server, wait_http

ARTICLE = """<html><head><title>{title}</title></head><body>
<nav>World | Africa | Sport</nav>
<article><h1>{title}</h1>
<p>{body}</p>
<p>Residents said the attackers came at night and left before the army arrived, and aid groups said they
were sending supplies to the families who lost their homes.</p>
</article><footer>Copyright the example wire</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example wire</title><link>http://127.0.0.1:{port}/</link>
<description>test</description>
<item><title>Gunmen kill villagers near Kidal</title><link>http://127.0.0.1:{port}/a1.html</link>
<guid>a1</guid><pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate></item>
<item><title>Hostages freed in raid</title><link>http://127.0.0.1:{port}/a2.html</link>
<guid>a2</guid><pubDate>Thu, 16 May 2024 18:30:00 GMT</pubDate></item>
<item><title>Too big to fetch</title><link>http://127.0.0.1:{port}/huge.html</link>
<guid>a3</guid><pubDate>Thu, 16 May 2024 19:00:00 GMT</pubDate>
<description>Two soldiers were wounded in a blast on the road to Gao, the army said.</description></item>
</channel></rss>"""


@pytest.fixture
def site(tmp_path):
    port = free_port()
    root = tmp_path / "site"
    root.mkdir()
    (root / "feed.xml").write_text(RSS.format(port=port))
    (root / "a1.html").write_text(ARTICLE.format(
        title="Gunmen kill villagers near Kidal",
        body="Gunmen on motorcycles killed at least 12 villagers near Kidal on Monday, local officials said."))
    (root / "a2.html").write_text(ARTICLE.format(
        title="Hostages freed in raid",
        body="Soldiers freed nine hostages held by kidnappers in a forest camp on Wednesday, the police said."))
    (root / "huge.html").write_text("<p>" + "x" * 300_000 + "</p>")
    cmd = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)]
    with server(cmd) as proc:
        wait_http(f"http://127.0.0.1:{port}/feed.xml", 30, proc)
        yield port


def test_fetch_has_a_size_limit(site):
    with pytest.raises(FetchError, match="larger than the limit"):
        fetch(f"http://127.0.0.1:{site}/huge.html", timeout_s=10, max_bytes=100_000)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"http://127.0.0.1:{site}/nope.html", timeout_s=10, max_bytes=100_000)


def test_json_feed_entries():
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "1", "url": "http://x/1", "title": "One", "date_published": "2024-01-02T03:04:05Z",
         "content_text": "Four people died."}]}).encode()
    (e,) = parse_feed(body)
    assert (e.url, e.title, e.published, e.summary) == ("http://x/1", "One", "2024-01-02T03:04:05Z", "Four people died.")


def test_feed_articles_become_reports_and_claims(site, tmp_path):
    from dagster_project.lake import Lake
    from dagster_project.run import materialize_all

    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: example-wire\n    kind: feed\n"
                       f"    url: http://127.0.0.1:{site}/feed.xml\n    path: {tmp_path / 'feeds'}\n"
                       f"    max_bytes: 100000\n    timeout_s: 10\n")
    (src,) = load_sources(sources)
    result = poll(src)
    assert result.entries == 3 and len(result.new_files) == 3
    assert any("larger than the limit" in e for e in result.errors)  # huge page: the feed's summary is kept
    assert poll(src).new_files == []  # polling again saves nothing new

    lake_dir = tmp_path / "lake"
    with dg.instance_for_test() as instance:
        run = materialize_all(lake_dir=str(lake_dir), instance=instance, sources_path=str(sources))
    assert run.success
    lake = Lake(lake_dir)
    reps = lake.query("SELECT title, outlet, CAST(published AS VARCHAR) AS published, url, text FROM reports "
                      "ORDER BY published, title")
    assert reps.title.tolist() == ["Gunmen kill villagers near Kidal", "Hostages freed in raid", "Too big to fetch"]
    assert set(reps.outlet) == {"example-wire"}
    assert [str(d) for d in reps.published] == ["2024-05-14", "2024-05-16", "2024-05-16"]
    assert "World | Africa" not in reps.text[0] and "killed at least 12 villagers" in reps.text[0]
    claims = lake.query("SELECT outcome, value_low, qualifier FROM claims ORDER BY value_low")
    assert ("killed", 12, "at_least") in set(claims.itertuples(index=False, name=None))
    assert ("freed", 9, "exact") in set(claims.itertuples(index=False, name=None))
    assert ("wounded", 2, "exact") in set(claims.itertuples(index=False, name=None))


def test_feed_source_defaults_to_a_folder_under_data_feeds(tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text("sources:\n  - name: wire\n    url: http://127.0.0.1:9/feed.xml\n")
    (src,) = load_sources(f)
    assert isinstance(src, Source) and src.kind == "feed" and src.path.parts[-3:] == ("data", "feeds", "wire")
