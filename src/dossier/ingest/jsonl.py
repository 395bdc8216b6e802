"""JSON Lines (and JSON) articles: one object per line with id, url, title, outlet/source, published/date, text.

Which field holds what can be given (`Fields`: --text-field, --date-field, --title-field, --url-field, dotted
for nested objects); otherwise the usual names are tried in turn.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from dossier.ingest.dates import iso_date, parse_date
from dossier.ingest.document import IngestError, document_from_text
from dossier.ingest.genre import page_genre
from dossier.ingest.header import dateline_field_day, dateline_place
from dossier.ingest.outlets import load_outlets
from dossier.model import Document

TEXT_FIELDS = ("text", "body", "content", "articleBody")
DATE_FIELDS = ("published", "date", "published_at", "datePublished", "pubdate")
OUTLET_FIELDS = ("outlet", "source", "publisher", "sitename")


TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")


@dataclass(frozen=True)
class Fields:
    """The fields of a record (JSON, JSON Lines, CSV) that hold the text, date, title and URL; None: the usual
    names. A dotted name reaches into nested objects ("article.body")."""

    text: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None

    def names(self, which: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
        given = getattr(self, which)
        return (given,) if given else defaults


DEFAULT_FIELDS = Fields()


def _value(record: dict, name: str):
    value = record
    for part in name.split(".") if name not in record else (name,):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _first(record: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = _value(record, name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name in DATE_FIELDS:
            value = str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _outlet(record: dict, fields: Fields) -> str | None:
    outlets = load_outlets()
    named = _first(record, OUTLET_FIELDS)
    url = _first(record, fields.names("url", URL_FIELDS))
    return (outlets.from_name(named) if named else None) or outlets.from_url(url) or named


def read_record(source: str, record: object, fields: Fields = DEFAULT_FIELDS) -> Document | IngestError:
    """One article object; the text field is required, every other field optional."""
    if not isinstance(record, dict):
        return IngestError(source, f"the record is a JSON {type(record).__name__}, not an object.")
    names = fields.names("text", TEXT_FIELDS)
    text = _first(record, names)
    if not text:
        if fields.text:
            return IngestError(source, f"the record has no text in its field '{fields.text}' (--text-field).")
        return IngestError(source, "the record has no text (none of the fields " + ", ".join(names) + ").")
    date_text = _first(record, fields.names("date", DATE_FIELDS))
    published = iso_date(date_text) or parse_date(date_text)
    field = _first(record, ("dateline",))  # a dateline kept apart from the text: the day it was written, its place
    published = dateline_field_day(field, published) or published
    title = _first(record, fields.names("title", TITLE_FIELDS))
    genre = page_genre("", _first(record, fields.names("url", URL_FIELDS)), title)  # its address, its title's kicker
    return document_from_text(source, text, title=title, outlet=_outlet(record, fields), published=published,
                              header=False, dateline=dateline_place(field), genre=genre)


def _record_source(path: str, record: object, line: int) -> str:
    ident = record.get("id") if isinstance(record, dict) else None
    return f"{path}#{ident}" if isinstance(ident, (str, int)) and str(ident).strip() else f"{path}#{line}"


def read_jsonl(path: str, text: str, fields: Fields = DEFAULT_FIELDS) -> Iterator[Document | IngestError]:
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
        yield read_record(_record_source(path, record, number), record, fields)


def read_json(path: str, text: str, fields: Fields = DEFAULT_FIELDS) -> Iterator[Document | IngestError]:
    """A .json file: one article object, a list of them, or (failing that) JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(path, text, fields)
        return
    except RecursionError:
        yield IngestError(path, "the file nests JSON too deeply to read.")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        source = _record_source(path, record, number) if len(records) > 1 else path
        yield read_record(source, record, fields)
