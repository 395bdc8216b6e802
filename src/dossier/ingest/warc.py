"""WARC and ARC archives: each `response` record with an HTML body becomes a Document via the HTML reader.

Broken archives (truncated records, gzip members that do not match records, WARC/0.17) give IngestErrors
for what cannot be read; the records read before the damage are kept.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import redirect_stderr
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

    logging.getLogger("warcio").setLevel(logging.ERROR)  # its warnings about odd headers are not the user's
    number = pages = 0
    noise = io.StringIO()  # warcio writes its complaints straight to stderr; they are summed up below
    try:
        records = ArchiveIterator(stream, arc2warc=True)
        while True:
            with redirect_stderr(noise):
                record = next(records, None)
                if record is None:
                    break
                number += 1
                if not _is_html_response(record):
                    continue
                pages += 1
                source = target_uri(record) or f"{path}#{number}"
                try:
                    body, problem = record.content_stream().read(), None
                except Exception as exc:  # a damaged body (bad chunking, bad gzip) spoils only this record
                    body, problem = b"", f"the record body could not be read ({type(exc).__name__}: {exc})."
                charset = _charset(record)
            if problem:
                yield IngestError(source, problem)
            elif not body.strip():
                yield IngestError(source, "the HTML response is empty.")
            else:
                html = decode_html(body, declared=charset)
                if html is None:
                    yield IngestError(source, "the HTML response is binary, not text.")
                else:
                    yield read_html(source, html, url=source if "://" in source else None)
    except Exception as exc:  # warcio raises ArchiveLoadFailed, zlib and EOF errors on broken archives
        yield IngestError(f"{path}#{number + 1}",
                          f"the archive could not be read past record {number} ({type(exc).__name__}: {exc}).")
        return
    if noise.getvalue().strip():
        first = " ".join(noise.getvalue().split())[:160]
        yield IngestError(path, f"some records are damaged, what could be read was read ({first}).")
    if number == 0:
        yield IngestError(path, "no archive records were found (the file is empty or cut short in its first record).")
    elif pages == 0:
        yield IngestError(path, f"none of the archive's {number} record(s) is an HTML page.")
