"""Filtered reads of the merged record: by actor and counterpart (a country stands for its officials, bodies and
firms, as in the HTTP API), type, status, time window, outlet and the reports' text."""

from __future__ import annotations

from datetime import date

from dossier.merge.intervals import interval
from dossier.model import DateValue, Entity, Event, Fact
from dossier.store.database import Store
from dossier.store import search  # one reading of the filters, the HTTP API's too


def _in_window(value: DateValue | None, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    span = interval(value)
    if span is None:
        return False
    return (start is None or span[1] >= start) and (end is None or span[0] <= end)


def events(store: Store, actor: str | None = None, type: str | None = None, status: str | None = None,
           start: date | None = None, end: date | None = None, cameo: str | None = None,
           counterpart: str | None = None, outlet: str | None = None, text: str | None = None,
           min_prominence: float | None = None) -> list[Event]:
    """Events that match, oldest first (undated last). `counterpart` with `actor`: only events between the two,
    either way round; `outlet`: reported by an outlet whose name contains it; `text`: a report's sentence
    contains it; `min_prominence`: one of its story's main acts at least this much (Event.prominence). The conditions are the HTTP API's (`search.event_where`), the window read as `interval` does."""
    where = search.event_where(store, search.Filters.of(actor, counterpart, type=type, status=status,
                                                          outlet=outlet, text=text, min_prominence=min_prominence))
    if where is None:
        return []
    if cameo:
        where.add("starts_with(cameo, ?)", cameo)
    found = [e for e in store.rows("events", where.sql, where.params) if _in_window(e.date, start, end)]
    return sorted(found, key=lambda e: (interval(e.date) or (date.max, date.max))[0])


def facts(store: Store, actor: str | None = None, start: date | None = None, end: date | None = None,
          counterpart: str | None = None, outlet: str | None = None, text: str | None = None) -> list[Fact]:
    """Figures whose subjects hold the actor (and the counterpart), in the window, reported by the outlet, with
    the text in a sentence."""
    where = search.fact_where(store, search.Filters.of(actor, counterpart, outlet=outlet, text=text))
    if where is None:
        return []
    return [f for f in store.rows("facts", where.sql, where.params) if _in_window(f.time, start, end)]


def entities(store: Store, unknown: bool = False) -> list[Entity]:
    return store.rows("entities", "NOT known" if unknown else "", order="known DESC, name")


def mention_counts(store: Store) -> dict[str, int]:
    return dict(store.con.execute("SELECT entity, count(*) FROM mentions GROUP BY entity").fetchall())
