"""Walk files and folders, pick a reader by extension, decode the bytes, and turn every failure into an IngestError."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from dossier.ingest.document import IngestError
from dossier.ingest.feeds import read_feed
from dossier.ingest.html import decode_html, read_html
from dossier.ingest.jsonl import read_json, read_jsonl
from dossier.ingest.text import read_text
from dossier.ingest.warc import read_warc
from dossier.model import Document

TEXT = (".txt",)
HTML = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL = (".jsonl", ".jsonl.gz", ".ndjson")
JSON = (".json", ".json.gz")
WARC = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEEDS = (".rss", ".atom", ".xml", ".rss.gz", ".atom.gz", ".xml.gz")
KNOWN = TEXT + HTML + JSONL + JSON + WARC + FEEDS


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("warc", WARC), ("html", HTML), ("jsonl", JSONL), ("json", JSON), ("feed", FEEDS),
                           ("text", TEXT)):
        if name.endswith(suffixes):
            return kind
    return None


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each path, and every file under each folder (recursively, sorted; hidden files skipped)."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in rel):
                    yield child
        else:
            yield path


def _decode_text(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), else None: plain text in another encoding is not guessed."""
    if b"\x00" in data[:4096]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def read_file(path: Path) -> Iterator[Document | IngestError]:
    """Every Document (or IngestError) in one file; never raises."""
    source = str(path)
    kind = kind_of(path)
    if kind is None:
        yield IngestError(source, f"the file type '{''.join(path.suffixes) or path.name}' is not one dossier reads.")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"the file could not be read ({exc.strerror or exc}).")
        return
    if kind != "warc" and path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield IngestError(source, f"the file is not valid gzip ({exc}).")
            return
    if not data.strip():
        yield IngestError(source, "the file is empty.")
        return
    try:
        yield from _read(kind, source, data)
    except Exception as exc:  # a reader's bug must not stop the other files
        yield IngestError(source, f"the file could not be read ({type(exc).__name__}: {exc}).")


def _read(kind: str, source: str, data: bytes) -> Iterator[Document | IngestError]:
    if kind == "warc":
        yield from read_warc(source, io.BytesIO(data))
    elif kind == "feed":
        yield from read_feed(source, data)
    elif kind == "html":
        if b"\x00" in data[:4096]:
            yield IngestError(source, "the file is binary, not HTML.")
        else:
            yield read_html(source, decode_html(data))
    else:
        text = _decode_text(data)
        if text is None:
            yield IngestError(source, "the file is binary or not UTF-8 text.")
        elif kind == "text":
            yield read_text(source, text)
        elif kind == "jsonl":
            yield from read_jsonl(source, text)
        else:
            yield from read_json(source, text)
