"""Pages fetched from a list of URLs (a `.urls` file: one URL a line, `#` for comments), politely.

requests with urllib3's retries (exponential backoff on connection errors, 429 and 5xx, honouring
Retry-After), requests-cache on disk (a page is fetched once; DOSSIER_FETCH_CACHE), a time-out, a user agent
that says what it is (DOSSIER_USER_AGENT), robots.txt honoured, and at most one request to a host every
DOSSIER_FETCH_INTERVAL seconds (1 by default; cached pages do not count). Each page then goes to the HTML or
feed reader as a file would.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from dossier.ingest.document import IngestError
from dossier.model import Document

USER_AGENT = "dossier/0.1 (news analysis for a sourced record; fetches each page once)"


@dataclass
class FetchSettings:
    cache: Path = field(default_factory=lambda: Path(os.environ.get(
        "DOSSIER_FETCH_CACHE", Path.home() / ".cache" / "dossier" / "pages")))
    interval: float = field(default_factory=lambda: float(os.environ.get("DOSSIER_FETCH_INTERVAL", 1.0)))
    timeout: float = field(default_factory=lambda: float(os.environ.get("DOSSIER_FETCH_TIMEOUT", 15.0)))
    retries: int = 3
    backoff: float = 0.5          # seconds; doubled at each retry
    user_agent: str = field(default_factory=lambda: os.environ.get("DOSSIER_USER_AGENT", USER_AGENT))
    max_bytes: int = 10 << 20


class Fetcher:
    """One session for the whole build, so that the per-host pace and the robots.txt rules hold across files."""

    def __init__(self, settings: FetchSettings | None = None):
        import requests_cache
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        self.settings = settings or FetchSettings()
        self.session = requests_cache.CachedSession(str(self.settings.cache), backend="filesystem",
                                                    allowable_codes=(200, 404), stale_if_error=True)
        retry = Retry(total=self.settings.retries, backoff_factor=self.settings.backoff,
                      status_forcelist=(429, 500, 502, 503, 504), allowed_methods=("GET",),
                      respect_retry_after_header=True, raise_on_status=False)
        for scheme in ("http://", "https://"):
            self.session.mount(scheme, HTTPAdapter(max_retries=retry))
        self.session.headers["User-Agent"] = self.settings.user_agent
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self.requests = 0  # made over the network (not from the cache)

    def get(self, url: str):
        """The response for `url` (from the cache when there), or raise requests' exception."""
        cached = self.session.cache.contains(url=url)
        if not cached:
            self._pace(urlsplit(url).netloc)
        response = self.session.get(url, timeout=self.settings.timeout)
        if not getattr(response, "from_cache", False):
            self.requests += 1
        return response

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            rules = None
            try:
                response = self.get(f"{parts.scheme}://{host}/robots.txt")
                if response.status_code == 200:
                    rules = RobotFileParser()
                    rules.parse(response.text.splitlines())
            except Exception:  # noqa: BLE001 - no robots.txt to be had: nothing forbidden
                rules = None
            self._robots[host] = rules
        rules = self._robots[host]
        return rules is None or rules.can_fetch(self.settings.user_agent, url)

    def _pace(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.settings.interval - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last[host] = time.monotonic()


@lru_cache(maxsize=1)
def fetcher() -> Fetcher:
    return Fetcher()


def read_urls(path: str, text: str, client: Fetcher | None = None) -> Iterator[Document | IngestError]:
    """Every page listed in a .urls file, read as HTML (or as a feed when it is one)."""
    from dossier.ingest.feeds import read_feed
    from dossier.ingest.html import decode_html, read_html

    client = client or fetcher()
    for number, line in enumerate(text.splitlines(), start=1):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            yield IngestError(f"{path}:{number}", f"'{url[:80]}' is not an http(s) URL.")
            continue
        if not client.allowed(url):
            yield IngestError(url, "the site's robots.txt asks not to fetch this page.")
            continue
        try:
            response = client.get(url)
        except Exception as exc:  # noqa: BLE001 - requests raises many kinds; each is one page's failure
            yield IngestError(url, f"the page could not be fetched ({type(exc).__name__}: {str(exc)[:160]}).")
            continue
        if response.status_code != 200:
            yield IngestError(url, f"the server answered {response.status_code} {response.reason or ''}".rstrip()
                              + f" after {client.settings.retries + 1} tries at most.")
            continue
        body = response.content[: client.settings.max_bytes + 1]
        if len(body) > client.settings.max_bytes:
            yield IngestError(url, f"the page is larger than {client.settings.max_bytes:,} bytes.")
            continue
        kind = (response.headers.get("Content-Type") or "").lower()
        if "xml" in kind or "rss" in kind or "atom" in kind:
            yield from read_feed(url, body)
        elif "html" in kind or not kind:
            html = decode_html(body, declared=response.encoding if "charset" in kind else None)
            yield read_html(url, html, url=url) if html else IngestError(url, "the page is binary, not HTML.")
        else:
            yield IngestError(url, f"the page is {kind.split(';')[0]}, not HTML.")
