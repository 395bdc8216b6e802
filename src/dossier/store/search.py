"""Filtered, paged reads of the merged record in SQL, for the HTTP API: events, facts, conflicts, stories,
documents and entities by actor, actor pair, type, status, period, outlet and free text; events counted per
period and type (the timeline) and per pair of actors (the network).

Dates are compared as calendar intervals, as `merge.intervals.interval` reads them: '2024-06' is the whole
month, a day with no end may run a week. Everything is done by DuckDB, so a page costs the same on a store of
a hundred events or of a hundred thousand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel

from dossier.merge.intervals import OPEN_END
from dossier.store.database import Store

BUCKETS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class Filters:
    """What the user asked for; actors are names, aliases or ids, resolved by `actor_ids`."""

    actor: str | None = None
    pair: tuple[str, str] | None = None
    type: str | None = None
    status: str | None = None
    start: date | None = None
    end: date | None = None
    outlet: str | None = None
    text: str | None = None
    min_prominence: float | None = None  # events only: one of the story's main acts at least this much

    @classmethod
    def of(cls, actor: str | None = None, counterpart: str | None = None, **rest) -> Filters:
        """Filters for an actor and an optional counterpart: events between the two, either way round (a
        counterpart given alone is the actor)."""
        if counterpart and not actor:
            actor, counterpart = counterpart, None
        return cls(actor=None if counterpart else actor, pair=(actor, counterpart) if counterpart else None, **rest)

    def arguments(self) -> dict:
        """These filters as the keyword arguments of `queries.events` (and `selection.select`)."""
        actor, counterpart = self.pair or (self.actor, None)
        return {"actor": actor, "counterpart": counterpart, "type": self.type, "status": self.status,
                "start": self.start, "end": self.end, "outlet": self.outlet, "text": self.text,
                "min_prominence": self.min_prominence}


@dataclass
class Page:
    items: list[BaseModel]
    total: int
    limit: int
    offset: int


@dataclass
class _Where:
    parts: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, sql: str, *params) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return " AND ".join(self.parts) or "true"


def _first_day(value_sql: str) -> str:
    return (f"try_cast(CASE length({value_sql}) WHEN 4 THEN {value_sql} || '-01-01' "
            f"WHEN 7 THEN {value_sql} || '-01' ELSE {value_sql} END AS DATE)")


def _last_day(value_sql: str) -> str:
    return (f"(CASE length({value_sql}) WHEN 4 THEN try_cast({value_sql} || '-12-31' AS DATE) "
            f"WHEN 7 THEN last_day(try_cast({value_sql} || '-01' AS DATE)) ELSE try_cast({value_sql} AS DATE) END)")


def first_day(column: str) -> str:
    """SQL for the first day a DateValue column may mean (NULL when it has none)."""
    return _first_day(f"json_extract_string({column}, '$.start')")


def last_day(column: str) -> str:
    """SQL for the last day a DateValue column may mean; a day with no end runs OPEN_END days."""
    start, end = f"json_extract_string({column}, '$.start')", f"json_extract_string({column}, '$.end')"
    return (f"(CASE WHEN {end} IS NULL AND length({start}) = 10 THEN {_first_day(start)} + {OPEN_END.days} "
            f"ELSE greatest({_last_day(f'coalesce({end}, {start})')}, {_last_day(start)}) END)")


def stated_last_day(column: str) -> str:
    """SQL for the last day a DateValue column states: its end's, else its start's (a day with no end is that day)."""
    start, end = f"json_extract_string({column}, '$.start')", f"json_extract_string({column}, '$.end')"
    return _last_day(f"coalesce({end}, {start})")


def actor_ids(store: Store, text: str) -> list[str]:
    """The entity with this id; else those whose name or an alias is this text (any case); else those whose
    name or an alias contains it. A country stands for every actor of that country too (its government, its
    officials, companies and places), as CAMEO codes them: 'Peru' finds what Peru's president did; so does its
    ISO 3166 code, 'PER', where the store has no entity for the state itself."""
    con = store.con
    of_country = [r[0] for r in con.execute("SELECT id FROM entities WHERE country = $1 ORDER BY id", [text]).fetchall()
                  ] if re.fullmatch(r"[A-Z]{3}", text) else []  # a country's code: its actors, a state entity or none
    tests = ["id = $1", "lower(name) = lower($1) OR list_contains(list_transform(aliases, lambda a: lower(a)), lower($1))"]
    if not of_country:  # 'USA' is no part of 'Jerusalem'
        tests.append("contains(lower(name), lower($1)) OR "
                     "len(list_filter(aliases, lambda a: contains(lower(a), lower($1)))) > 0")
    ids: list[str] = []
    for test in tests:
        ids = [r[0] for r in con.execute(f"SELECT id FROM entities WHERE {test} ORDER BY id", [text]).fetchall()]
        if ids:
            break
    ids += of_country
    if not ids:
        return []
    members = con.execute("SELECT e.id FROM entities e JOIN entities c ON e.country = c.country WHERE "
                          "list_contains($1::VARCHAR[], c.id) AND c.type = 'GPE' AND c.kind = 'government' "
                          "AND c.country IS NOT NULL", [ids]).fetchall()
    return sorted(set(ids) | {r[0] for r in members})


def _has_any(column: str) -> str:
    """SQL: the list column holds one of the ids given as a parameter. (DuckDB's list_has_any with a list
    parameter is several times slower than this on a large table.)"""
    return f"len(list_filter({column}, lambda a: list_contains(?::VARCHAR[], a))) > 0"


def _evidence_filters(where: _Where, filters: Filters) -> None:
    if filters.outlet:
        where.add("id IN (SELECT r.id FROM (SELECT id, unnest(json_extract_string(evidence, '$[*].doc')) AS doc "
                  "FROM events) r JOIN documents d ON d.id = r.doc WHERE contains(lower(d.outlet), lower(?)))",
                  filters.outlet)
    if filters.text:
        where.add("len(list_filter(json_extract_string(evidence, '$[*].text'), "
                  "lambda s: contains(lower(s), lower(?)))) > 0", filters.text)


def _window(where: _Where, column: str, filters: Filters) -> None:
    if filters.start:
        where.add(f"{last_day(column)} >= ?", filters.start)
    if filters.end:
        where.add(f"{first_day(column)} <= ?", filters.end)


def event_where(store: Store, filters: Filters) -> _Where | None:
    """The SQL condition on events for filters; None when an actor named matches no entity (nothing can match)."""
    where = _Where()
    if filters.actor:
        ids = actor_ids(store, filters.actor)
        if not ids:
            return None
        where.add(_has_any("list_concat(source, target)"), ids)
    if filters.pair:
        a, b = (actor_ids(store, x) for x in filters.pair)
        if not a or not b:
            return None
        where.add(f"(({_has_any('source')} AND {_has_any('target')}) OR ({_has_any('source')} AND {_has_any('target')}))",
                  a, b, b, a)
    if filters.type:
        where.add("type = ?", filters.type.upper())
    if filters.status:
        where.add("status = ?", filters.status)
    if filters.min_prominence is not None:
        where.add("prominence >= ?", filters.min_prominence)
    _window(where, "date", filters)
    _evidence_filters(where, filters)
    return where


def fact_where(store: Store, filters: Filters) -> _Where | None:
    """The SQL condition on facts: actors among the subjects, time, outlet, text (a figure has no type or status)."""
    where = _Where()
    for text in [filters.actor, *(filters.pair or ())]:
        if text:
            ids = actor_ids(store, text)
            if not ids:
                return None
            where.add(_has_any("subject"), ids)
    _window(where, "time", filters)
    _evidence_filters(where, filters)
    return where


def _page(store: Store, table: str, where: _Where | None, order: str, limit: int, offset: int) -> Page:
    """One page of a table's rows that match, and how many match in all, the condition evaluated once."""
    if where is None:
        return Page([], 0, limit, offset)
    found = store.con.execute(f"SELECT id, count(*) OVER () FROM {table} WHERE {where.sql} ORDER BY {order} "
                              f"LIMIT ? OFFSET ?", [*where.params, limit, offset]).fetchall()
    if not found:
        total = store.con.execute(f"SELECT count(*) FROM {table} WHERE {where.sql}", where.params).fetchone()[0]
        return Page([], total, limit, offset)
    return Page(by_ids(store, table, [r[0] for r in found]), found[0][1], limit, offset)


def by_ids(store: Store, table: str, ids: list[str]) -> list[BaseModel]:
    """Items of a table by id, in the order of ids."""
    if not ids:
        return []
    found = {item.id: item for item in store.rows(table, "id IN (SELECT unnest(?::VARCHAR[]))", [ids])}
    return [found[i] for i in ids if i in found]


def events(store: Store, filters: Filters, limit: int = 50, offset: int = 0, newest_first: bool = False,
           most_prominent: bool = False) -> Page:
    """Events that match, by date (oldest or newest first; undated ones last), or with `most_prominent` the
    story's main acts first (by prominence, then date)."""
    order = f"{first_day('date')} {'DESC' if newest_first else 'ASC'} NULLS LAST, id"
    if most_prominent:
        order = "prominence DESC NULLS LAST, " + order
    return _page(store, "events", event_where(store, filters), order, limit, offset)


def facts(store: Store, filters: Filters, limit: int = 50, offset: int = 0) -> Page:
    return _page(store, "facts", fact_where(store, filters), f"{first_day('time')} NULLS LAST, id", limit, offset)


def stories(store: Store, filters: Filters, limit: int = 50, offset: int = 0) -> Page:
    where = event_where(store, filters)
    if where is not None and where.parts:
        where = _Where([f"id IN (SELECT s.id FROM (SELECT id, unnest(events) AS event FROM stories) s "
                        f"WHERE s.event IN (SELECT id FROM events WHERE {where.sql}))"], where.params)
    return _page(store, "stories", where, "id", limit, offset)


def conflicts(store: Store, filters: Filters, limit: int = 50, offset: int = 0) -> Page:
    """Disagreements about the events or figures that match filters."""
    where = _Where()
    for table, about in (("events", event_where(store, filters)), ("facts", fact_where(store, filters))):
        if about is not None:
            where.parts.append(f"about IN (SELECT id FROM {table} WHERE {about.sql})")
            where.params.extend(about.params)
    if not where.parts:
        return Page([], 0, limit, offset)
    sql = " OR ".join(where.parts)
    total = store.con.execute(f"SELECT count(*) FROM conflicts WHERE {sql}", where.params).fetchone()[0]
    items = store.rows("conflicts", sql, where.params, order="about, field", limit=limit, offset=offset) if total else []
    return Page(items, total, limit, offset)


def documents(store: Store, filters: Filters, limit: int = 50, offset: int = 0) -> Page:
    """Documents by outlet, publication date and free text (title and text); with actor, pair, type or status,
    those that report a matching event."""
    where = _Where()
    if filters.outlet:
        where.add("contains(lower(outlet), lower(?))", filters.outlet)
    if filters.start:
        where.add("try_cast(published AS DATE) >= ?", filters.start)
    if filters.end:
        where.add("try_cast(published AS DATE) <= ?", filters.end)
    if filters.text:
        where.add("(contains(lower(coalesce(title, '')), lower(?)) OR contains(lower(text), lower(?)))",
                  filters.text, filters.text)
    if filters.actor or filters.pair or filters.type or filters.status or filters.min_prominence is not None:
        ev = event_where(store, Filters(actor=filters.actor, pair=filters.pair, type=filters.type, status=filters.status,
                                        min_prominence=filters.min_prominence))
        if ev is None:
            return Page([], 0, limit, offset)
        where.add(f"id IN (SELECT unnest(json_extract_string(evidence, '$[*].doc')) FROM events WHERE {ev.sql})",
                  *ev.params)
    return _page(store, "documents", where, "published NULLS LAST, source", limit, offset)


def entities(store: Store, text: str | None = None, kind: str | None = None, known: bool | None = None,
             limit: int = 50, offset: int = 0) -> Page:
    where = _Where()
    if text:
        where.add("(contains(lower(id), lower(?)) OR contains(lower(name), lower(?)) OR "
                  "len(list_filter(aliases, lambda a: contains(lower(a), lower(?)))) > 0)", text, text, text)
    if kind:
        where.add("kind = ?", kind)
    if known is not None:
        where.add("known = ?", known)
    return _page(store, "entities", where, "known DESC, name, id", limit, offset)


def timeline(store: Store, filters: Filters, bucket: str = "month") -> list[dict]:
    """Dated events counted per period (its first day) and type: {period, type, count, planned, goldstein}."""
    if bucket not in BUCKETS:
        raise ValueError(f"{bucket!r}: choose one of {', '.join(BUCKETS)}")
    where = event_where(store, filters)
    if where is None:
        return []
    rows = store.con.execute(
        f"SELECT CAST(date_trunc('{bucket}', d) AS DATE) AS period, type, count(*), count(*) FILTER (WHERE status = 'planned'), "
        f"coalesce(sum(goldstein), 0) FROM (SELECT *, {first_day('date')} AS d FROM events WHERE {where.sql}) "
        f"WHERE d IS NOT NULL GROUP BY ALL ORDER BY period, type", where.params).fetchall()
    return [{"period": p.isoformat(), "type": t, "count": n, "planned": planned, "goldstein": round(g, 3)}
            for p, t, n, planned, g in rows]


def network(store: Store, filters: Filters, limit: int = 100) -> dict:
    """Actors as nodes and, for each pair of a source and a target, the events between them counted by type.
    The `limit` actors in the most events are kept, with the edges among them."""
    where = event_where(store, filters)
    if where is None:
        return {"nodes": [], "edges": []}
    pairs = (f"SELECT s, t, type, count(*) AS n, coalesce(sum(goldstein), 0) AS g FROM (SELECT unnest(source) AS s, t, "
             f"type, goldstein FROM (SELECT source, unnest(target) AS t, type, goldstein FROM events WHERE {where.sql})) "
             f"WHERE s <> t GROUP BY ALL")
    rows = store.con.execute(
        f"WITH pairs AS MATERIALIZED ({pairs}), top AS (SELECT a, sum(n) AS d FROM (SELECT s AS a, n FROM pairs "
        f"UNION ALL SELECT t, n FROM pairs) GROUP BY a ORDER BY d DESC, a LIMIT {int(limit)}) "
        f"SELECT 'node', a, NULL, NULL, d, NULL FROM top UNION ALL SELECT 'edge', s, t, type, n, g FROM pairs "
        f"WHERE s IN (SELECT a FROM top) AND t IN (SELECT a FROM top)", where.params).fetchall()
    degree = {a: d for kind, a, _, _, d, _ in rows if kind == "node"}
    edges: dict[tuple[str, str], dict] = {}
    for kind, s, t, type_, n, g in rows:
        if kind == "edge":
            edge = edges.setdefault((s, t), {"source": s, "target": t, "total": 0, "goldstein": 0.0, "types": {}})
            edge["total"] += n
            edge["goldstein"] = round(edge["goldstein"] + g, 3)
            edge["types"][type_] = edge["types"].get(type_, 0) + n
    nodes = [{"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "events": int(degree[e.id])}
             for e in by_ids(store, "entities", sorted(degree))]
    nodes += [{"id": a, "name": a, "kind": None, "country": None, "events": int(d)}  # ids no entity has
              for a, d in sorted(degree.items()) if a not in {n["id"] for n in nodes}]
    return {"nodes": nodes, "edges": sorted(edges.values(), key=lambda e: (-e["total"], e["source"], e["target"]))}


def names(store: Store, ids: set[str]) -> dict[str, str]:
    """{entity id: name} for the ids that are entities."""
    if not ids:
        return {}
    return dict(store.con.execute("SELECT id, name FROM entities WHERE list_contains(?::VARCHAR[], id)",
                                  [sorted(ids)]).fetchall())

