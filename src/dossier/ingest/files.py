"""Walk files and folders, pick a reader by extension, decode the bytes, and turn every failure into an IngestError."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from dossier.ingest.compressed import gunzip
from dossier.ingest.decode import decode_bytes
from dossier.ingest.document import IngestError
from dossier.ingest.feeds import read_feed
from dossier.ingest.html import decode_html, read_html
from dossier.ingest.jsonl import DEFAULT_FIELDS, Fields, read_json, read_jsonl
from dossier.ingest.table import read_table
from dossier.ingest.text import read_text
from dossier.ingest.warc import read_warc
from dossier.model import Document

TEXT = (".txt", ".txt.gz")
HTML = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
JSON = (".json", ".json.gz")
WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEEDS = (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")
URLS = (".urls",)
CSV = (".csv", ".csv.gz")
TSV = (".tsv", ".tsv.gz")
KNOWN = TEXT + HTML + JSONL + JSON + WARC + FEEDS + CSV + TSV + URLS
MAX_FILE_BYTES = int(os.environ.get("DOSSIER_MAX_FILE_BYTES", 1 << 30))  # read whole into memory: 1 GiB at most


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("warc", WARC), ("html", HTML), ("jsonl", JSONL), ("json", JSON), ("feed", FEEDS),
                           ("text", TEXT), ("csv", CSV), ("tsv", TSV), ("urls", URLS)):
        if name.endswith(suffixes):
            return kind
    return "gz" if name.endswith(".gz") else None


def sniff(data: bytes) -> str:
    """The kind of a bare .gz file's content, from its first bytes."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return "feed"
    if head.startswith(b"<"):
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path, and everything but folders under each folder (recursively, sorted; hidden names skipped;
    links to folders not followed), so that what cannot be read (a pipe, a broken link) is reported by name."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if not any(part.startswith(".") for part in rel) and (not child.is_dir() or child.is_symlink()):
                    yield child
        else:
            yield path


def read_file(path: Path, fields: Fields = DEFAULT_FIELDS) -> Iterator[Document | IngestError]:
    """Every Document (or IngestError) in one file; never raises."""
    source = str(path)
    try:
        if not path.is_file():
            yield IngestError(source, "it is a link to nothing." if path.is_symlink() and not path.exists() else
                              "it is a link to a folder; links to folders are not followed." if path.is_dir() else
                              "it is not a regular file.")
            return
    except OSError as exc:
        yield IngestError(source, f"the file could not be read ({exc.strerror or exc}).")
        return
    kind = kind_of(path)
    if kind is None:
        yield IngestError(source, f"the file type '{''.join(path.suffixes) or path.name}' is not one dossier reads.")
        return
    try:
        size = path.stat().st_size
        if kind == "warc":  # archives can be large: warcio streams them
            with path.open("rb") as stream:
                yield from _guarded(source, read_warc(source, stream))
            return
        if size > MAX_FILE_BYTES:
            yield IngestError(source, f"the file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} dossier reads "
                              "at once (DOSSIER_MAX_FILE_BYTES).")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"the file could not be read ({exc.strerror or exc}).")
        return
    problem = None
    if path.name.lower().endswith(".gz"):
        data, problem = gunzip(data, MAX_FILE_BYTES)
        if problem:  # what came before the damage is still read
            yield IngestError(source, problem)
        if kind == "gz":
            kind = sniff(data)
    if not data.strip():
        if problem is None:
            yield IngestError(source, "the file is empty.")
        return
    yield from _guarded(source, _read(kind, source, data, fields))


def _guarded(source: str, items: Iterator[Document | IngestError]) -> Iterator[Document | IngestError]:
    try:
        yield from items
    except Exception as exc:  # a reader's bug must not stop the other files
        yield IngestError(source, f"the file could not be read ({type(exc).__name__}: {exc}).")


def _read(kind: str, source: str, data: bytes, fields: Fields = DEFAULT_FIELDS) -> Iterator[Document | IngestError]:
    if kind == "warc":
        yield from read_warc(source, io.BytesIO(data))
    elif kind == "feed":
        yield from read_feed(source, data)
    elif kind == "html":
        html = decode_html(data)
        if html is None:
            yield IngestError(source, "the file is binary, not HTML.")
        else:
            yield read_html(source, html)
    else:
        text = decode_bytes(data)
        if text is None:
            yield IngestError(source, "the file is binary, not text.")
        elif kind == "text":
            yield read_text(source, text)
        elif kind == "jsonl":
            yield from read_jsonl(source, text, fields)
        elif kind == "urls":
            from dossier.ingest.fetch import read_urls

            yield from read_urls(source, text)
        elif kind in ("csv", "tsv"):
            yield from read_table(source, text, fields, tab=kind == "tsv")
        else:
            yield from read_json(source, text, fields)
