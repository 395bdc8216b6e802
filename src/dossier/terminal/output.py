"""Printing: the one way text reaches standard output, as a compact table, TSV, CSV or JSON.

A table goes to a terminal, TSV to a pipe, unless --format says otherwise. Table cells, TSV and CSV fields
pass through `sanitize.clean`; JSON keeps the data as it is, with the characters a terminal would act on
written as \\u escapes.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable

from rich.console import Console, RenderableType
from rich.text import Text

from dossier.export.writers import csv_safe
from dossier.terminal.listings import Listing
from dossier.terminal.sanitize import clean
from dossier.terminal.table import render

FORMATS = ("table", "tsv", "json", "csv")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def choose(fmt: str | None, as_json: bool = False) -> str:
    """The format asked for; else JSON for --json; else a table on a terminal and TSV in a pipe."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"{fmt!r}: choose one of {', '.join(FORMATS)}")
        return fmt
    if as_json:
        return "json"
    return "table" if sys.stdout.isatty() else "tsv"


def emit(listing: Listing, fmt: str, names: dict[str, str], title: str | None = None, detail: bool = False) -> None:
    """Print a listing in a format; detail adds each row's sentence under it in a table."""
    if fmt == "json":
        write(as_json(listing.records(names)))
    elif fmt in ("tsv", "csv"):
        write(delimited(listing.flat(names), fmt, listing.table))
    else:
        lines = render(listing.columns, listing.rows, terminal().width, listing.detail if detail else None)
        show(lines)
        if title:
            show([Text(clean(title), style="dim")])


def as_json(data) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def delimited(rows: list[dict], fmt: str, table: str) -> str:
    """Rows as TSV (one line per row: tabs and newlines in values become spaces) or CSV (quoted as needed)."""
    fields = list(dict.fromkeys(k for r in rows for k in r)) or [table]
    if fmt == "tsv":
        lines = ["\t".join(fields)]
        lines += ["\t".join(_field(r.get(k)) for k in fields) for r in rows]
        return "\n".join(lines)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: csv_safe(clean(v)) if isinstance(v, str) else v for k, v in row.items()})
    return buffer.getvalue().rstrip("\n")


def _field(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return clean(value, one_line=True)


def write(text: str) -> None:
    """Plain text to standard output (no markup, no wrapping), cleaned of what a terminal would act on."""
    sys.stdout.write(clean(text) + "\n")
    sys.stdout.flush()


def terminal() -> Console:
    """A console on standard output as it is now (its width read from the terminal or COLUMNS)."""
    return Console(highlight=False)


def show(items: Iterable[RenderableType]) -> None:
    """rich renderables built from cleaned text (tables, cards) to the terminal, cropped to its width."""
    console = terminal()
    for item in items:
        console.print(item, crop=True)


def emit_rows(names: list[str], rows: list[tuple], fmt: str) -> None:
    """Rows of a SQL query in a format; a table gives every column an equal share of the width."""
    from dossier.terminal.table import Column

    records = [dict(zip(names, (_plain(v) for v in row))) for row in rows]
    if fmt == "json":
        write(as_json(records))
    elif fmt in ("tsv", "csv"):
        write(delimited(records, fmt, "result") if names else "")
    elif names:
        columns = [Column(n, n, most=60, least=3, flex=1) for n in names]
        show(render(columns, records, terminal().width))
        show([Text(f"{len(rows)} row(s)", style="dim")])


def _plain(value):
    """A DuckDB value as JSON can hold it: dates and other objects as text, lists and dicts as they are."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)
