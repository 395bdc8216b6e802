"""RSS and Atom feeds: one Document per item (title, link as source, date, summary or content as text)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from dossier.ingest.dates import parse_date
from dossier.ingest.decode import decode_bytes
from dossier.ingest.document import IngestError, document_from_text
from dossier.ingest.outlets import load_outlets
from dossier.model import Document

_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, paragraphs on their own lines."""
    import lxml.html

    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError and others on junk; fall back to the raw string
        return fragment
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    return root.text_content()


def _item_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    # feedparser reads English RFC 822 dates only; 'Seg, 24 Set 2018 19:42:40 -0300' needs dateparser
    return parse_date(entry.get("published") or entry.get("updated"), languages=None)


def _item_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    best = max(contents, key=len) if contents else ""
    summary = entry.get("summary", "") or ""
    return html_to_text(best if len(best) >= len(summary) else summary)


def read_feed(path: str, data: bytes) -> Iterator[Document | IngestError]:
    import feedparser

    text = decode_bytes(data)
    if text is None:
        yield IngestError(path, "the file is binary, not a feed.")
        return
    # decoded here (bad bytes replaced, not the feed re-read as cp1252): handed on as UTF-8, which it now is
    parsed = feedparser.parse(_XML_ENCODING.sub(r"\1", text, count=1).encode("utf-8"))
    if not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "args", None)
        yield IngestError(path, "no feed items were found" + (f" ({reason[0]})." if reason else "."))
        return
    feed_title = parsed.feed.get("title")
    outlets = load_outlets()
    feed_outlet = outlets.from_url(parsed.feed.get("link")) or outlets.from_name(feed_title) or feed_title
    for number, entry in enumerate(parsed.entries, start=1):
        source = entry.get("link") or f"{path}#{entry.get('id') or number}"
        text = _item_text(entry)
        if not text.strip():
            yield IngestError(source, "the feed item has no summary or content.")
            continue
        outlet = outlets.from_url(entry.get("link")) or feed_outlet
        yield document_from_text(source, text, title=html_to_text(entry.get("title", "")) or None, outlet=outlet,
                                 published=_item_date(entry), header=False)
