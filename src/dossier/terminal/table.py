"""Compact tables for the terminal: one line per row, columns fitted to the width, long cells cut with '…'.

rich's Table wraps a cell over many lines when the terminal is narrow; a listing reads better with one line
per row and the full text one command away (`dossier show ID`, `--format tsv|json`). An optional second,
indented line per row carries a longer text, such as the sentence an event was read from.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text

from dossier.terminal.sanitize import clean

GAP = 2


@dataclass(frozen=True)
class Column:
    """A column: its header, the row key it shows and its widths. Columns with flex > 0 share the space the
    others leave, by weight, each at least `least` (0: the column may be left out)."""

    header: str
    key: str
    most: int = 40
    least: int = 4
    flex: int = 0
    right: bool = False
    style: str = ""


def widths(columns: list[Column], rows: list[dict], width: int) -> list[int]:
    """Column widths that fit the rows into width characters, gaps included, when that is possible: fixed
    columns keep their natural width (up to `most`), flexible ones share the rest by weight."""
    sizes = [min(c.most, max([cell_len(c.header)] + [cell_len(_cell(r.get(c.key))) for r in rows])) for c in columns]
    flexible = {i for i, c in enumerate(columns) if c.flex}
    space = width - GAP * (len(columns) - 1) - sum(s for i, s in enumerate(sizes) if i not in flexible)
    given: dict[int, int] = {}
    while flexible - set(given):
        left = sorted(flexible - set(given))
        room = space - sum(given.values())
        weight = sum(columns[i].flex for i in left)
        fair = {i: room * columns[i].flex / weight for i in left}
        settled = {i: sizes[i] for i in left if sizes[i] <= fair[i]} or \
                  {i: columns[i].least for i in left if columns[i].least >= fair[i]}
        if not settled:  # each gets its share; the rounding goes to the last
            settled = {i: int(fair[i]) for i in left}
            settled[left[-1]] += room - sum(settled.values())
        given.update(settled)
    for i, size in given.items():
        sizes[i] = max(0, size)
    excess = sum(sizes) + GAP * (len(columns) - 1) - width
    for i in sorted(range(len(columns)), key=lambda i: -sizes[i]):  # still too wide: the widest ones give way
        if excess <= 0:
            break
        cut = max(0, min(excess, sizes[i] - columns[i].least))
        sizes[i] -= cut
        excess -= cut + (GAP if cut and sizes[i] == 0 else 0)
    return sizes


def render(columns: list[Column], rows: list[dict], width: int, detail: str | None = None) -> list[Text]:
    """The header line and one line per row (two when row[detail] holds a text), each at most width cells."""
    sizes = widths(columns, rows, width)
    lines = [_line([c.header for c in columns], columns, sizes, header=True)]
    for row in rows:
        lines.append(_line([_cell(row.get(c.key)) for c in columns], columns, sizes))
        if detail and row.get(detail):
            extra = Text("  " + _cell(row[detail]), style="dim", no_wrap=True, overflow="ellipsis")
            extra.truncate(width, overflow="ellipsis")
            lines.append(extra)
    return lines


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return clean(value, one_line=True)


def _line(cells: list[str], columns: list[Column], sizes: list[int], header: bool = False) -> Text:
    line = Text(no_wrap=True, overflow="ellipsis")
    shown = [(text, column, size) for text, column, size in zip(cells, columns, sizes) if size > 0]
    for i, (text, column, size) in enumerate(shown):
        part = Text(text, style="bold" if header else column.style)
        part.truncate(size, overflow="ellipsis")
        last = i == len(shown) - 1
        if column.right:
            part.pad_left(size - part.cell_len)
        elif not last:
            part.pad_right(size - part.cell_len)
        line.append_text(part)
        if not last:
            line.append(" " * GAP)
    return line
