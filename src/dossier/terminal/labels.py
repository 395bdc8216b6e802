"""Short labels for table cells: dates, figures, ids, actors."""

from __future__ import annotations

import re

from dossier.merge.intervals import label
from dossier.model import DateValue

_HEX_ID = re.compile(r"^((?:[a-z]{2}-)?[0-9a-f]{7})[0-9a-f]{5,}$")
_QUALIFIERS = {"about": "~", "approximately": "~", "around": "~", "nearly": "~", "almost": "<", "more than": ">",
               "over": ">", "at least": "≥", "up to": "≤", "less than": "<", "under": "<", "at most": "≤"}
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def short_id(value: str) -> str:
    """A hash id cut to its first 7 hex digits, as git shows commits ('ev-6ad52a3'); others as they are.
    `dossier show` takes any unique prefix."""
    match = _HEX_ID.match(value or "")
    return match.group(1) if match else value


def short_interval(text: str | None) -> str:
    """'2024-06-23/2024-06-28' as '2024-06-23/28', '2024-06-23/2024-07-02' as '2024-06-23/07-02' (ISO 8601
    lets an interval's end leave out what it shares with its start)."""
    if not text or "/" not in text:
        return text or ""
    start, end = text.split("/", 1)
    a, b = start.split("-"), end.split("-")
    if len(a) != len(b) or end == "..":
        return text
    shared = 0
    while shared < len(a) - 1 and a[shared] == b[shared]:
        shared += 1
    return f"{start}/{'-'.join(b[shared:])}"


def short_date(value: DateValue | None) -> str:
    return short_interval(label(value))


def figure(value: float, unit: str | None, qualifier: str | None = None) -> str:
    """'~37 bn USD', '60 percent', '> 160 count'."""
    sign = _QUALIFIERS.get((qualifier or "").lower(), f"{qualifier} " if qualifier else "")
    return f"{sign}{_number(value)} {unit or ''}".strip()


def _number(value: float) -> str:
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.3g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def names_of(ids: list[str] | str | None, names: dict[str, str]) -> str:
    if not ids:
        return ""
    ids = [ids] if isinstance(ids, str) else ids
    return ", ".join(names.get(i, i) for i in ids)


def who(source: list[str], target: list[str], names: dict[str, str]) -> str:
    """'Dina Boluarte → China'; a missing side is '?'."""
    left = names_of(source, names) or "?"
    return f"{left} → {names_of(target, names)}" if target else left
