"""CSV and TSV files of articles: a header row names the columns, one article per row; the columns are mapped
as JSON records' fields are (`jsonl.Fields`: --text-field, --date-field, --title-field, --url-field)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from dossier.ingest.document import IngestError
from dossier.ingest.jsonl import DEFAULT_FIELDS, Fields, read_record
from dossier.model import Document


def _allow_long_cells() -> None:
    """The csv module refuses cells over 128 KiB by default; an article body can be longer."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def read_table(path: str, text: str, fields: Fields = DEFAULT_FIELDS, *,
               tab: bool = False) -> Iterator[Document | IngestError]:
    """One Document per row; a row that cannot be read gives an IngestError naming 'file:LINE'."""
    _allow_long_cells()
    text = text.replace("\x00", "")  # the csv module stops at NUL
    if tab:
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield IngestError(path, f"the header row cannot be read ({exc}).")
        return
    if not header:
        yield IngestError(path, "the file has no header row naming its columns.")
        return
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield IngestError(f"{path}:{reader.line_num}", f"the row cannot be read ({exc}).")
            continue
        record = {key: value for key, value in row.items() if isinstance(key, str)}
        ident = (record.get("id") or "").strip()
        yield read_record(f"{path}#{ident}" if ident else f"{path}:{reader.line_num}", record, fields)
