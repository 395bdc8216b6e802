"""JSON Lines (and JSON) articles: one object per line with id, url, title, outlet/source, published/date, text."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dossier.ingest.dates import iso_date, parse_date
from dossier.ingest.document import IngestError, document_from_text
from dossier.ingest.outlets import load_outlets
from dossier.model import Document

TEXT_FIELDS = ("text", "body", "content", "articleBody")
DATE_FIELDS = ("published", "date", "published_at", "datePublished", "pubdate")
OUTLET_FIELDS = ("outlet", "source", "publisher", "sitename")


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _outlet(record: dict) -> str | None:
    outlets = load_outlets()
    named = _first(record, OUTLET_FIELDS)
    url = _first(record, ("url", "link"))
    return (outlets.from_name(named) if named else None) or outlets.from_url(url) or named


def read_record(source: str, record: object) -> Document | IngestError:
    """One article object; the text field is required, every other field optional."""
    if not isinstance(record, dict):
        return IngestError(source, f"the record is a JSON {type(record).__name__}, not an object.")
    text = _first(record, TEXT_FIELDS)
    if not text:
        return IngestError(source, "the record has no text (none of the fields " + ", ".join(TEXT_FIELDS) + ").")
    date_text = _first(record, DATE_FIELDS)
    published = iso_date(date_text) or parse_date(date_text)
    return document_from_text(source, text, title=_first(record, ("title", "headline")), outlet=_outlet(record),
                              published=published, header=False)


def _record_source(path: str, record: object, line: int) -> str:
    ident = record.get("id") if isinstance(record, dict) else None
    return f"{path}#{ident}" if isinstance(ident, (str, int)) and str(ident).strip() else f"{path}#{line}"


def read_jsonl(path: str, text: str) -> Iterator[Document | IngestError]:
    """One Document per line; a line that is not valid JSON gives an IngestError naming 'file:LINE'."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"{path}:{number}", f"the line is not valid JSON ({exc.msg}).")
            continue
        except RecursionError:
            yield IngestError(f"{path}:{number}", "the line nests JSON too deeply to read.")
            continue
        yield read_record(_record_source(path, record, number), record)


def read_json(path: str, text: str) -> Iterator[Document | IngestError]:
    """A .json file: one article object, a list of them, or (failing that) JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(path, text)
        return
    except RecursionError:
        yield IngestError(path, "the file nests JSON too deeply to read.")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        source = _record_source(path, record, number) if len(records) > 1 else path
        yield read_record(source, record)
