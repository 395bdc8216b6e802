"""WARC and ARC archives: each `response` record with an HTML body becomes a Document via the HTML reader.

Broken archives (truncated records, gzip members that do not match records, WARC/0.17) give IngestErrors
for what cannot be read; the records read before the damage are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from dossier.ingest.document import IngestError
from dossier.ingest.html import decode_html, read_html
from dossier.model import Document

HTML_TYPES = ("text/html", "application/xhtml+xml")


def target_uri(record) -> str | None:
    """The record's target URI without the angle brackets some writers put around it."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return uri.strip().strip("<>").strip() if uri else None


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = (record.http_headers.get_statuscode() or "") if record.format != "arc" else "200"
    if status and not status.startswith("2"):
        return False  # redirects and errors carry a stub page, not the article
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return any(kind in content_type for kind in HTML_TYPES)


def _charset(record) -> str | None:
    """The charset the HTTP Content-Type header names, if any."""
    content_type = record.http_headers.get_header("Content-Type") or ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read_warc(path: str, stream: BinaryIO) -> Iterator[Document | IngestError]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            number += 1
            if not _is_html_response(record):
                continue
            source = target_uri(record) or f"{path}#{number}"
            try:
                body = record.content_stream().read()
            except Exception as exc:  # a damaged body (bad chunking, bad gzip) spoils only this record
                yield IngestError(source, f"the record body could not be read ({type(exc).__name__}: {exc}).")
                continue
            if not body.strip():
                yield IngestError(source, "the HTML response is empty.")
                continue
            html = decode_html(body, declared=_charset(record))
            if html is None:
                yield IngestError(source, "the HTML response is binary, not text.")
                continue
            yield read_html(source, html, url=source if "://" in source else None)
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib and EOF errors on broken archives
        yield IngestError(f"{path}#{number + 1}",
                          f"the archive could not be read past record {number} ({type(exc).__name__}: {exc}).")
