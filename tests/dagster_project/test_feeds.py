"""Feed sources end to end: a local HTTP server (a real one, in its own process group on 127.0.0.1) serves an RSS
feed and article pages; they become reports. The same server plays a hostile site: links to another host, redirects
to another host, a body that trickles for ever and one that is too big; each is refused with the URL and reason."""

from __future__ import annotations

import json
import sys
import time

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
<item><title>Moved within the site</title><link>http://127.0.0.1:{port}/moved/a4</link>
<guid>a4</guid><pubDate>Fri, 17 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Sent elsewhere</title><link>http://127.0.0.1:{port}/away/a5</link>
<guid>a5</guid><pubDate>Fri, 17 May 2024 09:00:00 GMT</pubDate></item>
<item><title>Linked off the site</title><link>http://localhost:{port}/a1.html</link>
<guid>a6</guid><pubDate>Fri, 17 May 2024 10:00:00 GMT</pubDate>
<description>Three fishermen were missing after a boat capsized off the coast, the navy said.</description></item>
<item><title>Never ends</title><link>http://127.0.0.1:{port}/slow</link>
<guid>a7</guid><pubDate>Fri, 17 May 2024 11:00:00 GMT</pubDate>
<description>Four guards were wounded when gunmen attacked a checkpoint, the police said.</description></item>
</channel></rss>"""

# The site: files from a folder, plus what a hostile or broken site does. Run as its own process (tests/servers).
SERVER = """
import http.server, sys, time

class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        port = self.server.server_address[1]
        moves = {"/moved/a4": "/a4.html", "/away/a5": f"http://localhost:{port}/a2.html",
                 "/feed-away.xml": f"http://localhost:{port}/feed.xml", "/loop": "/loop"}
        if self.path in moves:
            self.send_response(302)
            self.send_header("Location", moves[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":  # a body that never ends, one byte at a time: only a limit on the whole stops it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        else:
            super().do_GET()

http.server.ThreadingHTTPServer.daemon_threads = True
root, port = sys.argv[1], int(sys.argv[2])
handler = lambda *a, **k: Handler(*a, directory=root, **k)
http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
"""


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
    (root / "a4.html").write_text(ARTICLE.format(
        title="Moved within the site",
        body="Police said six people were killed when a truck hit a minibus on the road to Menaka on Thursday."))
    (root / "huge.html").write_text("<p>" + "x" * 300_000 + "</p>")
    script = tmp_path / "site_server.py"
    script.write_text(SERVER)
    cmd = [sys.executable, str(script), str(root), str(port)]
    with server(cmd) as proc:
        wait_http(f"http://127.0.0.1:{port}/feed.xml", 30, proc)
        yield port


def test_fetch_has_a_size_limit(site):
    with pytest.raises(FetchError, match="larger than the limit"):
        fetch(f"http://127.0.0.1:{site}/huge.html", timeout_s=10, max_bytes=100_000)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(f"http://127.0.0.1:{site}/nope.html", timeout_s=10, max_bytes=100_000)


def test_fetch_refuses_other_hosts_other_schemes_and_slow_bodies(site):
    base = f"http://127.0.0.1:{site}"
    # a redirect on the same host is followed
    assert b"six people" in fetch(f"{base}/moved/a4", timeout_s=10, max_bytes=100_000)
    with pytest.raises(FetchError, match=rf"^{base}/away/a5: refused: redirected to another host "
                                         rf"\(http://localhost:{site}/a2.html\)"):
        fetch(f"{base}/away/a5", timeout_s=10, max_bytes=100_000)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{base}/loop", timeout_s=10, max_bytes=100_000)
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd", timeout_s=10, max_bytes=100_000)
    t0 = time.monotonic()
    with pytest.raises(FetchError, match=rf"^{base}/slow: took longer than the limit of 1.5 s"):
        fetch(f"{base}/slow", timeout_s=1.5, max_bytes=100_000)
    assert time.monotonic() - t0 < 10  # the limit holds for the whole fetch, not for each byte


def test_a_feed_redirected_to_another_host_is_refused(site, tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: moved-wire\n    url: http://127.0.0.1:{site}/feed-away.xml\n"
                       f"    path: {tmp_path / 'feeds'}\n")
    (src,) = load_sources(sources)
    result = poll(src)
    assert result.entries == 0 and result.new_files == []
    assert result.errors == [f"http://127.0.0.1:{site}/feed-away.xml: refused: redirected to another host "
                             f"(http://localhost:{site}/feed.xml)"]


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
                       f"    max_bytes: 100000\n    timeout_s: 3\n")
    (src,) = load_sources(sources)
    result = poll(src)
    assert result.entries == 7 and len(result.new_files) == 7
    assert any("larger than the limit" in e for e in result.errors)  # huge page: the feed's summary is kept
    again = poll(src)  # polling again saves nothing new, but fetches the failed article again
    assert [json.loads(f.read_text())["url"] for f in again.new_files] == [f"http://127.0.0.1:{site}/away/a5"]

    lake_dir = tmp_path / "lake"
    with dg.instance_for_test() as instance:
        run = materialize_all(lake_dir=str(lake_dir), instance=instance, sources_path=str(sources))
    assert run.success
    lake = Lake(lake_dir)
    reps = lake.query("SELECT title, outlet, CAST(published AS VARCHAR) AS published, url, text FROM reports "
                      "ORDER BY published, title")
    assert reps.title.tolist() == ["Gunmen kill villagers near Kidal", "Hostages freed in raid", "Too big to fetch",
                                   "Linked off the site", "Moved within the site", "Never ends"]
    assert set(reps.outlet) == {"example-wire"}
    assert [str(d) for d in reps.published] == ["2024-05-14", "2024-05-16", "2024-05-16"] + ["2024-05-17"] * 3
    # refused or failed articles: the feed's summary with a warning naming the URL, else rejected with the reason
    warned = dict(lake.query("SELECT r.title, w.message FROM report_warnings w JOIN reports r USING (report_id) "
                             "WHERE w.kind = 'feed'").itertuples(index=False, name=None))
    base = f"http://127.0.0.1:{site}"
    assert set(warned) == {"Too big to fetch", "Linked off the site", "Never ends"}
    assert f"{base}/huge.html: larger than the limit of 100000 bytes" in warned["Too big to fetch"]
    assert f"http://localhost:{site}/a1.html: refused: not on the feed's host" in warned["Linked off the site"]
    assert f"{base}/slow: took longer than the limit of 3 s" in warned["Never ends"]
    (reason,) = lake.query("SELECT reason FROM rejected_reports").reason
    assert (f"feed article not fetched and the feed has no summary: {base}/away/a5: refused: redirected to another "
            f"host (http://localhost:{site}/a2.html)") in reason
    assert "World | Africa" not in reps.text[0] and "killed at least 12 villagers" in reps.text[0]
    claims = lake.query("SELECT outcome, value_low, qualifier FROM claims ORDER BY value_low")
    assert ("killed", 12, "at_least") in set(claims.itertuples(index=False, name=None))
    assert ("freed", 9, "exact") in set(claims.itertuples(index=False, name=None))
    assert ("wounded", 2, "exact") in set(claims.itertuples(index=False, name=None))
    assert ("killed", 6, "exact") in set(claims.itertuples(index=False, name=None))  # redirected on its own host


def test_a_listed_host_is_fetched(site, tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: wire\n    url: http://127.0.0.1:{site}/feed.xml\n"
                       f"    path: {tmp_path / 'feeds'}\n    hosts: [localhost]\n    timeout_s: 1\n")
    (src,) = load_sources(sources)
    result = poll(src)
    records = {json.loads(f.read_text())["title"]: json.loads(f.read_text()) for f in result.new_files}
    off = records["Linked off the site"]
    assert "html" in off and "fetch_warnings" not in off and "killed at least 12 villagers" in off["html"]
    assert "fetch_error" in records["Sent elsewhere"]  # a redirect is judged by the URL the feed listed


def test_feed_source_defaults_to_a_folder_under_data_feeds(tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text("sources:\n  - name: wire\n    url: http://127.0.0.1:9/feed.xml\n")
    (src,) = load_sources(f)
    assert isinstance(src, Source) and src.kind == "feed" and src.path.parts[-3:] == ("data", "feeds", "wire")


@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"items": 5}', b'{"items": [1, 2]}', b"\x00\xff garbage"])
def test_a_body_that_is_no_feed_is_an_error_not_a_crash(site, tmp_path, body):
    (src,) = load_sources(_one_feed(tmp_path, f"http://127.0.0.1:{site}/bad-feed.json"))
    (tmp_path / "site" / "bad-feed.json").write_bytes(body)
    result = poll(src)
    assert result.new_files == [] and len(result.errors) == 1
    assert result.errors[0].startswith(f"http://127.0.0.1:{site}/bad-feed.json: not a feed")


def _one_feed(tmp_path, url: str):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - name: wire\n    url: {url}\n    path: {tmp_path / 'feeds'}\n")
    return sources


def test_a_feed_that_fails_as_a_whole_is_a_warning_row_and_a_summary_line(site, tmp_path):
    """Unreachable, redirected to another host, over its size limit: each feed that fails as a whole is a
    report_warnings row (kind feed_failed, path its URL, the reason) and a line in the run summary. An ingest of
    the same day keeps them; the next poll replaces them with the feeds that fail then."""
    from assets.ingest import feed_articles
    from dagster_project.lake import Lake
    from dagster_project.resources import resources
    from dagster_project.run import materialize_all, summary

    base, dead = f"http://127.0.0.1:{site}", f"http://127.0.0.1:{free_port()}/feed.xml"
    feeds = {"gone-wire": (dead, 3, 100_000), "moved-wire": (f"{base}/feed-away.xml", 3, 100_000),
             "big-wire": (f"{base}/huge.html", 3, 1_000)}

    def poll_feeds(names) -> dg.ExecuteInProcessResult:
        sources = tmp_path / "sources.yaml"
        sources.write_text("sources:\n" + "".join(
            f"  - {{name: {n}, kind: feed, url: '{feeds[n][0]}', timeout_s: {feeds[n][1]}, max_bytes: {feeds[n][2]}, "
            f"path: '{tmp_path / 'feeds' / n}'}}\n" for n in names))
        with dg.instance_for_test() as instance:
            return dg.materialize([feed_articles], instance=instance,
                                  resources=resources(lake_dir=str(tmp_path / "lake"), sources_path=str(sources)))

    assert poll_feeds(feeds).success
    lake = Lake(tmp_path / "lake")

    def failed() -> dict[str, str]:
        rows = lake.query("SELECT path, source, message FROM report_warnings WHERE kind = 'feed_failed'")
        return {p: (s, m) for p, s, m in rows.itertuples(index=False, name=None)}

    found = failed()
    assert set(found) == {url for url, _, _ in feeds.values()}
    assert found[dead][0] == "gone-wire" and found[dead][1].startswith(f"{dead}: ConnectError")
    assert found[f"{base}/feed-away.xml"][1].startswith(
        f"{base}/feed-away.xml: refused: redirected to another host (http://localhost:{site}/feed.xml)")
    assert found[f"{base}/huge.html"][1].startswith(f"{base}/huge.html: larger than the limit of 1000 bytes")

    # a run of today's reports (an undated one falls on today, the day the feed failures are kept on) keeps them
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "undated.txt").write_text("Police said four people were killed in a fire at a fuel depot.")
    with dg.instance_for_test() as instance:
        assert materialize_all(lake_dir=str(lake.lake_dir), folder=str(folder), instance=instance).success
    assert failed() == found
    said = summary(lake).splitlines()
    assert f"feed failed at its last poll: {found[dead][1]}" in said
    assert sum(line.startswith("feed failed at its last poll: ") for line in said) == 3

    assert poll_feeds(["gone-wire"]).success  # the others are fixed (here: no longer listed)
    assert set(failed()) == {dead}
