"""Date arithmetic for the time stage: shifting by months, month ends, weekdays, and DateValue builders."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from dossier.model import DateValue


def as_date(value: date | str | None) -> date | None:
    """A date from a date or an ISO 'YYYY-MM-DD[...]' string; None when absent or unreadable."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(d: date, months: int) -> date:
    """The same day `months` later (clipped to the month's end)."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(d.day, last_day(year, month + 1)))


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by n days, weeks, months or years."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "year":
        return add_months(d, 12 * n)
    raise ValueError(unit)


def weekday_near(ref: date, weekday: int, tense: str | None) -> date:
    """Past: the latest such day on or before ref; future: the first after it; None: the nearest (past on ties)."""
    back = ref - timedelta(days=(ref.weekday() - weekday) % 7)
    ahead = ref + timedelta(days=(weekday - ref.weekday()) % 7 or 7)
    if tense == "past":
        return back
    if tense == "future":
        return ahead
    return back if (ref - back) <= (ahead - ref) else ahead


def month_year(ref: date, month: int, tense: str | None) -> int:
    """The year of a month named without one: past -> on or before ref's month; future -> on or after;
    no tense -> the nearest (January read in November is next year's)."""
    if tense == "past" and month > ref.month:
        return ref.year - 1
    if tense == "future" and month < ref.month:
        return ref.year + 1
    if tense is None and abs(month - ref.month) > 6:
        return ref.year + (1 if month < ref.month else -1)  # no tense: the nearest such month
    return ref.year


def day(d: date, text: str | None = None) -> DateValue:
    iso = d.isoformat()
    return DateValue(start=iso, end=iso, precision="day", text=text)


def month(year: int, m: int, text: str | None = None) -> DateValue:
    iso = f"{year:04d}-{m:02d}"
    return DateValue(start=iso, end=iso, precision="month", text=text)


def year(y: int, text: str | None = None) -> DateValue:
    return DateValue(start=f"{y:04d}", end=f"{y:04d}", precision="year", text=text)


def days(first: date, last: date, precision: str = "vague", text: str | None = None) -> DateValue:
    return DateValue(start=first.isoformat(), end=last.isoformat(), precision=precision, text=text)


def months(y1: int, m1: int, y2: int, m2: int, precision: str = "month", text: str | None = None) -> DateValue:
    return DateValue(start=f"{y1:04d}-{m1:02d}", end=f"{y2:04d}-{m2:02d}", precision=precision, text=text)


def span(a: DateValue, b: DateValue, text: str | None = None) -> DateValue:
    """From the start of a to the end of b, at a's precision."""
    return DateValue(start=a.start, end=b.end or b.start, precision=a.precision, text=text)
