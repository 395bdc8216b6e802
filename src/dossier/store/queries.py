"""Filtered reads of the merged record: by actor (a country stands for its officials, bodies and firms, as in the
HTTP API), type, status and time window."""

from __future__ import annotations

from datetime import date

from dossier.merge.intervals import interval
from dossier.model import DateValue, Entity, Event, Fact
from dossier.store.database import Store
from dossier.store.search import actor_ids  # one reading of an actor filter, the HTTP API's too


def _in_window(value: DateValue | None, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    span = interval(value)
    if span is None:
        return False
    return (start is None or span[1] >= start) and (end is None or span[0] <= end)


def events(store: Store, actor: str | None = None, type: str | None = None, status: str | None = None,
           start: date | None = None, end: date | None = None, cameo: str | None = None) -> list[Event]:
    where, params = [], []
    if actor:
        ids = actor_ids(store, actor)
        if not ids:
            return []
        where.append("(list_has_any(source, ?::VARCHAR[]) OR list_has_any(target, ?::VARCHAR[]))")
        params += [ids, ids]
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if status:
        where.append("status = ?")
        params.append(status)
    if cameo:
        where.append("starts_with(cameo, ?)")
        params.append(cameo)
    found = store.rows("events", " AND ".join(where), params)
    found = [e for e in found if _in_window(e.date, start, end)]
    return sorted(found, key=lambda e: (interval(e.date) or (date.max, date.max))[0])


def facts(store: Store, actor: str | None = None, start: date | None = None, end: date | None = None) -> list[Fact]:
    where, params = "", []
    if actor:
        ids = actor_ids(store, actor)
        if not ids:
            return []
        where, params = "list_has_any(subject, ?::VARCHAR[])", [ids]
    return [f for f in store.rows("facts", where, params) if _in_window(f.time, start, end)]


def entities(store: Store, unknown: bool = False) -> list[Entity]:
    return store.rows("entities", "NOT known" if unknown else "", order="known DESC, name")


def mention_counts(store: Store) -> dict[str, int]:
    return dict(store.con.execute("SELECT entity, count(*) FROM mentions GROUP BY entity").fetchall())
