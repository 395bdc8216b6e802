"""Fetching a list of URLs politely, from a server on 127.0.0.1 that these tests start (nothing leaves the
machine): retries with backoff, a per-host pace, robots.txt, a user agent, a time-out, an on-disk cache."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dossier.ingest import IngestError, read_paths
from dossier.ingest.fetch import Fetcher, FetchSettings, read_urls

PAGE = ("<html><head><meta charset='utf-8'><title>Port deal</title></head><body><article>"
        "<p>The governments of Ghana and Togo signed a port agreement in Lome on Tuesday, officials said.</p>"
        "<p>The deal lets freight from Accra clear customs once for both countries, the ministers added.</p>"
        "</article></body></html>").encode()


class Site(BaseHTTPRequestHandler):
    hits: list = []
    flaky: dict = {}

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        Site.hits.append((self.path, time.monotonic(), self.headers.get("User-Agent")))
        if self.path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif self.path.startswith("/flaky"):
            Site.flaky[self.path] = Site.flaky.get(self.path, 0) + 1
            if Site.flaky[self.path] < 3:
                self._send(503, b"busy", "text/plain")
            else:
                self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE, "text/html")
        elif self.path.startswith(("/page", "/private")):
            self._send(200, PAGE.replace(b"Tuesday", self.path.encode()), "text/html; charset=utf-8")
        elif self.path == "/image":
            self._send(200, b"\x89PNG....", "image/png")
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, status, body, kind):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that gave up (the time-out test) is expected
        pass


@pytest.fixture
def site():
    Site.hits, Site.flaky = [], {}
    server = QuietServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _fetcher(tmp_path, **kw):
    return Fetcher(FetchSettings(cache=tmp_path / "cache", interval=kw.pop("interval", 0.3), timeout=kw.pop("timeout", 5),
                                 backoff=0.05, user_agent="dossier-test/1", **kw))


def test_pages_retries_robots_and_errors(site, tmp_path):
    urls = "\n".join([f"{site}/page1", f"{site}/flaky1", f"{site}/private/x", f"{site}/missing", f"{site}/image",
                      "ftp://example.invalid/x", "# a comment", ""])
    items = list(read_urls("list.urls", urls, _fetcher(tmp_path)))
    docs = [i for i in items if not isinstance(i, IngestError)]
    errors = {i.source: i.reason for i in items if isinstance(i, IngestError)}
    assert [d.source for d in docs] == [f"{site}/page1", f"{site}/flaky1"]
    assert docs[0].title == "Port deal" and "port agreement" in docs[0].text
    assert Site.flaky["/flaky1"] == 3  # two 503s, then the page
    assert "robots.txt" in errors[f"{site}/private/x"]
    assert "404" in errors[f"{site}/missing"] and "image/png" in errors[f"{site}/image"]
    assert "not an http(s) URL" in errors["list.urls:6"]
    assert {agent for _, _, agent in Site.hits} == {"dossier-test/1"}
    assert not any(path.startswith("/private") for path, _, _ in Site.hits)


def test_one_host_is_paced_and_the_cache_spares_the_server(site, tmp_path):
    urls = "\n".join(f"{site}/page{n}" for n in range(4))
    list(read_urls("a.urls", urls, _fetcher(tmp_path, interval=0.3)))
    times = [t for path, t, _ in Site.hits if path.startswith("/page")]
    # the server notes each hit when its thread runs, so a loaded machine can shorten one gap a little;
    # unpaced requests would come milliseconds apart
    assert len(times) == 4 and all(b - a >= 0.2 for a, b in zip(times, times[1:]))
    before = len(Site.hits)
    again = list(read_urls("a.urls", urls, _fetcher(tmp_path, interval=0.3)))
    assert len(again) == 4 and all(not isinstance(i, IngestError) for i in again)
    assert len(Site.hits) == before  # robots.txt and pages all from the cache


def test_a_slow_page_times_out_with_one_line(site, tmp_path):
    (error,) = read_urls("a.urls", f"{site}/slow", _fetcher(tmp_path, timeout=0.5, retries=0))
    assert isinstance(error, IngestError) and "could not be fetched" in error.reason and "\n" not in error.reason


def test_a_urls_file_in_a_build(site, tmp_path, monkeypatch):
    from dossier.ingest import fetch

    monkeypatch.setenv("DOSSIER_FETCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("DOSSIER_FETCH_INTERVAL", "0")
    fetch.fetcher.cache_clear()
    (tmp_path / "news.urls").write_text(f"{site}/page7\n{site}/missing\n", encoding="utf-8")
    items = list(read_paths([tmp_path / "news.urls"]))
    fetch.fetcher.cache_clear()
    assert [type(i).__name__ for i in items] == ["Document", "IngestError"]
