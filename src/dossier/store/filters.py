"""Check the filters a user gives (actor and counterpart, event type, status, dates, outlet, text) against what exists, before querying.

A misspelt value is an error that suggests the nearest known one ("did you mean CONSULT?") instead of an
empty result; values are case-insensitive; dates may be a year or a month; a CAMEO code is accepted as a type.
The command line and any other front end (an HTTP API) call `event_filters` or the checks one by one, and
show a FilterError's message as it is.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date
from typing import get_args

from dossier.model import PLOVER_TYPES, Status
from dossier.store.database import Store

STATUSES = get_args(Status)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_CAMEO = re.compile(r"\d{2,4}")


class FilterError(ValueError):
    """A filter value that matches nothing known; the message says which and suggests the nearest."""


def _suggest(value: str, known: list[str], n: int = 3) -> str:
    close = difflib.get_close_matches(value.lower(), [k.lower() for k in known], n=n, cutoff=0.6)
    originals = {k.lower(): k for k in known}
    if not close:
        return ""
    return "; did you mean " + " or ".join(originals[c] for c in close) + "?"


def check_date(value: str | None, option: str = "--from", *, end: bool = False) -> date | None:
    """'2024-06-28', '2024-06' or '2024' as a day: the first day of the month or year, or with `end` the last."""
    if value is None:
        return None
    found = _DATE.fullmatch(value.strip())
    try:
        if not found:
            raise ValueError
        year, month, day = int(found.group(1)), found.group(2), found.group(3)
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), last if end else 1)
        return date(year, int(month), int(day))
    except ValueError:
        raise FilterError(f"{option} {value!r} is not a date like 2024-06-28, 2024-06 or 2024.") from None


def check_type(value: str | None, option: str = "--type") -> tuple[str | None, str | None]:
    """(PLOVER type, None) or (None, CAMEO code) for a type name in any case or a CAMEO event code."""
    if value is None:
        return None, None
    text = value.strip()
    if _CAMEO.fullmatch(text):
        from dossier.events import cameo

        if text in cameo.table() or (len(text) == 2 and cameo.quad_class(text)):
            return None, text
        raise FilterError(f"{option} {value!r} is not a CAMEO event code (01 to 20, or one of their sub-codes, "
                          "such as 042).")
    if text.upper() in PLOVER_TYPES:
        return text.upper(), None
    raise FilterError(f"{option} {value!r} is not a PLOVER type or CAMEO code{_suggest(text, list(PLOVER_TYPES))}"
                      f" (types: {', '.join(PLOVER_TYPES)}).")


def check_status(value: str | None, option: str = "--status") -> str | None:
    if value is None:
        return None
    if value.strip().lower() in STATUSES:
        return value.strip().lower()
    raise FilterError(f"{option} {value!r} is not a status{_suggest(value.strip(), list(STATUSES))} "
                      f"(statuses: {', '.join(STATUSES)}).")


def check_actor(store: Store, value: str | None, option: str = "--actor") -> str | None:
    """The actor text, when some entity's id, name or alias contains it; else a FilterError with the nearest."""
    if value is None:
        return None
    from dossier.store.search import actor_ids

    if actor_ids(store, value):
        return value
    names = [n for e in store.rows("entities") for n in (e.name, *e.aliases)]
    raise FilterError(f"{option} {value!r} matches no actor in the store{_suggest(value, sorted(set(names)))}"
                      " (`dossier entities` lists them).")


def check_window(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise FilterError(f"--from {start.isoformat()} is after --to {end.isoformat()}.")


def event_filters(store: Store, actor: str | None = None, type: str | None = None, status: str | None = None,
                  start: str | None = None, end: str | None = None, counterpart: str | None = None,
                  outlet: str | None = None, text: str | None = None, main: bool = False,
                  min_prominence: float | None = None) -> dict:
    """The keyword arguments of `queries.events` for these user values, each checked (FilterError if not)."""
    plover, code = check_type(type)
    return {**fact_filters(store, actor, start, end, counterpart, outlet, text), "type": plover, "cameo": code,
            "status": check_status(status), "min_prominence": check_prominence(main, min_prominence)}


def check_prominence(main: bool = False, value: float | None = None,
                     option: str = "--min-prominence") -> float | None:
    """The least prominence asked for: the value given (0 to 1), else with `main` the prominence from which an
    event is one of its story's main acts (events/data/prominence.yaml `main_at`), else None (no filter)."""
    if value is not None:
        if not 0.0 <= value <= 1.0:
            raise FilterError(f"{option} {value!r} is not a prominence between 0 and 1.")
        return float(value)
    if main:
        from dossier.events.prominence import main_at

        return main_at()
    return None


def fact_filters(store: Store, actor: str | None = None, start: str | None = None, end: str | None = None,
                 counterpart: str | None = None, outlet: str | None = None, text: str | None = None) -> dict:
    """The keyword arguments of `queries.facts` for these user values, each checked (FilterError if not)."""
    first, last = check_date(start, "--from"), check_date(end, "--to", end=True)
    check_window(first, last)
    return {"actor": check_actor(store, actor), "start": first, "end": last,
            "counterpart": check_actor(store, counterpart, "--with"), "outlet": check_text(outlet, "--outlet"),
            "text": check_text(text, "--text")}


def check_text(value: str | None, option: str) -> str | None:
    """A text to look for, stripped; an empty one is an error rather than a filter that matches everything."""
    if value is None:
        return None
    if not value.strip():
        raise FilterError(f"{option} is empty: give a word or phrase to look for.")
    return value.strip()
