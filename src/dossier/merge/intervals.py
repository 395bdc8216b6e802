"""Calendar intervals of DateValues, for comparing dates reported with different precision."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dossier.model import DateValue


def _first(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


OPEN_END = timedelta(days=7)  # "starts on Wednesday": an act whose end is not said may run this long


def interval(value: DateValue | None) -> tuple[date, date] | None:
    """The first and last day a DateValue may mean; None when it has no start. A start to the day with no end
    (an act said to start then) may last up to OPEN_END."""
    if value is None or not value.start:
        return None
    try:
        start = _first(value.start)
        end = _last(value.end or value.start)
    except (ValueError, TypeError):
        return None
    if value.end is None and value.start.count("-") == 2:
        end = start + OPEN_END
    return (start, end) if end >= start else (start, _last(value.start))


def overlaps(a: tuple[date, date], b: tuple[date, date], slack_days: int = 0) -> bool:
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def label(value: DateValue | None) -> str | None:
    """A short text for a date or interval: '2024-06-25/2024-06-29', '2024-06-28', '2024-11-13/..' for an act
    said to start on a day (ISO 8601's open end), or '../2024-06-04' for one told as done before a day."""
    if value is None:
        return None
    if not value.start:
        return f"../{value.end}" if value.end else None
    if value.end is None:
        return f"{value.start}/.." if value.start.count("-") == 2 else value.start
    return value.start if value.end == value.start else f"{value.start}/{value.end}"


def day(value: str | None) -> date | None:
    try:
        return _first(value) if value else None
    except (ValueError, TypeError):
        return None
