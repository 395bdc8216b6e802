"""The listings of the command line: for each kind of item, its table columns, its table rows and its rows for
TSV, CSV and JSON (the model's fields, with entity names beside their ids)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel

from dossier.export.names import with_names
from dossier.export.writers import flat_items
from dossier.merge.intervals import interval
from dossier.model import Conflict, Document, Event, Fact, Story
from dossier.terminal.labels import figure, names_of, short_date, short_id, short_interval, who
from dossier.terminal.table import Column


@dataclass
class Context:
    """What a listing looks up beside its items: entity names, documents, and events and facts by id."""

    names: dict[str, str] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)

    def outlet(self, doc: str) -> str:
        d = self.documents.get(doc)
        return (d.outlet or d.source.rsplit("/", 1)[-1]) if d else doc


@dataclass
class Listing:
    """Rows of one kind of item, ready for a table (rows) and for TSV, CSV and JSON (items)."""

    table: str
    columns: list[Column]
    rows: list[dict]
    items: list
    detail: str | None = None
    flat_rows: list[dict] | None = None  # rows for TSV and CSV where an item holds what one cell cannot (a dict)

    def records(self, names: dict[str, str]) -> list[dict]:
        """The items as JSON objects, entity names beside their ids."""
        return [with_names(i.model_dump(mode="json", exclude={"text"} if isinstance(i, Document) else None),
                           self.table, names) if isinstance(i, BaseModel) else dict(i) for i in self.items]

    def flat(self, names: dict[str, str]) -> list[dict]:
        """Rows for TSV and CSV: the columns of the CSV export."""
        if self.flat_rows is not None:
            return self.flat_rows
        if self.items and isinstance(self.items[0], BaseModel):
            return flat_items(self.items, self.table, names)
        return [dict(i) for i in self.items]


_STATUS = {"hypothetical": "hypoth."}


def events(items: list[Event], ctx: Context) -> Listing:
    """Events: short id, date, type and mode, source → target, status, number of documents (src), prominence in
    the story (prom)."""
    columns = [Column("id", "id", most=15, style="dim"), Column("date", "date", most=16, least=13, flex=1),
               Column("event", "event", most=24, least=11, flex=2), Column("who", "who", most=70, least=12, flex=5),
               Column("status", "status", most=8, least=4), Column("src", "src", most=3, least=1, right=True),
               Column("prom", "prom", most=4, least=3, right=True)]
    rows = [{"id": short_id(e.id), "date": short_date(e.date), "event": f"{e.type} {e.mode or ''}".strip(),
             "who": who(e.source, e.target, ctx.names), "status": _STATUS.get(e.status or "", e.status or ""),
             "src": len({v.doc for v in e.evidence}),
             "prom": f"{e.prominence:.2f}"[1:] if e.prominence is not None and e.prominence < 1 else
             ("1" if e.prominence is not None else ""),
             "sentence": e.evidence[0].text if e.evidence else ""} for e in items]
    return Listing("events", columns, rows, items, detail="sentence")


def entities(items, ctx: Context) -> Listing:
    columns = [Column("id", "id", most=36, least=10, flex=2, style="dim"), Column("name", "name", most=36, least=10, flex=3),
               Column("kind", "kind", most=10, least=4), Column("country", "country", most=7),
               Column("cameo", "cameo", most=9, least=5), Column("mentions", "mentions", most=8, right=True),
               Column("aliases", "aliases", most=60, least=0, flex=1)]
    rows = [{"id": e.id, "name": e.name, "kind": e.kind or e.type, "country": e.country or "", "cameo": e.cameo or "",
             "mentions": ctx.mentions.get(e.id, 0), "aliases": e.aliases} for e in items]
    return Listing("entities", columns, rows, items)


def facts(items: list[Fact], ctx: Context) -> Listing:
    columns = [Column("id", "id", most=15, style="dim"), Column("figure", "figure", most=22, least=8),
               Column("measure", "measure", most=30, least=6, flex=2), Column("subject", "subject", most=40, least=6, flex=2),
               Column("time", "time", most=16, least=4)]
    rows = [{"id": short_id(f.id), "figure": figure(f.value, f.unit, f.qualifier), "measure": f.measure or "",
             "subject": names_of(f.subject, ctx.names), "time": short_date(f.time),
             "sentence": f.evidence[0].text if f.evidence else ""} for f in items]
    return Listing("facts", columns, rows, items, detail="sentence")


def conflicts(items: list[Conflict], ctx: Context) -> Listing:
    columns = [Column("about", "about", most=15, style="dim"), Column("what", "what", most=40, least=8, flex=2),
               Column("field", "field", most=10, least=4), Column("values (outlet)", "values", most=100, least=12, flex=3)]
    rows = [{"about": short_id(c.about), "what": _about(c.about, ctx), "field": c.field,
             "values": " | ".join(f"{short_interval(v.value)} ({ctx.outlet(v.doc)})" for v in c.values)} for c in items]
    return Listing("conflicts", columns, rows, items)


def documents(items: list[Document], ctx: Context) -> Listing:
    columns = [Column("id", "id", most=16, style="dim"), Column("published", "published", most=11, least=4),
               Column("outlet", "outlet", most=24, least=6, flex=1), Column("title", "title", most=80, least=10, flex=3),
               Column("source", "source", most=40, least=0, flex=1)]
    rows = [{"id": short_id(d.id), "published": (d.published or "") + ("~" if d.published_inferred else ""),
             "outlet": d.outlet or "", "title": d.title or "", "source": d.source.rsplit("/", 1)[-1]} for d in items]
    return Listing("documents", columns, rows, items)


def stories(items: list[Story], ctx: Context) -> Listing:
    columns = [Column("id", "id", most=15, style="dim"), Column("period", "period", most=24, least=7),
               Column("events", "events", most=6, right=True), Column("title", "title", most=80, least=10, flex=1)]
    rows = [{"id": short_id(s.id), "period": _period(s, ctx), "events": len(s.events), "title": s.title} for s in items]
    return Listing("stories", columns, rows, items)


def errors(items: list[dict], ctx: Context) -> Listing:
    columns = [Column("source", "source", most=60, least=10, flex=1), Column("reason", "reason", most=100, least=10, flex=2)]
    return Listing("errors", columns, list(items), items)


def dyads(items: list[dict], ctx: Context) -> Listing:
    """Pairs of countries: who acts on whom, how often, how many planned, the Goldstein sum, cooperation and conflict
    (each as verbal+material events), the commonest types."""
    columns = [Column("source", "source", most=30, least=6, flex=1), Column("target", "target", most=30, least=6, flex=1),
               *([Column("period", "period", most=10, least=10), Column("by report", "by_report", most=9, right=True)]
                 if items and "period" in items[0] else []),
               Column("events", "events", most=7, right=True), Column("planned", "planned", most=7, right=True),
               Column("goldstein", "goldstein", most=9, right=True), Column("coop v+m", "coop", most=9, right=True),
               Column("conflict v+m", "conflict", most=12, right=True),
               Column("types", "types", most=60, least=0, flex=2)]
    rows = [{"source": d["source_name"], "target": d["target_name"], "period": d.get("period") or "undated",
             "by_report": d.get("by_report"), "events": d["events"], "planned": d["planned"],
             "goldstein": f"{d['goldstein']:+.1f}", "coop": f"{d['verbal_cooperation']}+{d['material_cooperation']}",
             "conflict": f"{d['verbal_conflict']}+{d['material_conflict']}", "types": _types(d["types"])}
            for d in items]
    flat = [{**{k: v for k, v in d.items() if k != "types"}, "types": _types(d["types"], None)} for d in items]
    return Listing("dyads", columns, rows, items, flat_rows=flat)


def _types(types: dict[str, int], most: int | None = 3) -> str:
    """'CONSULT 7, AGREE 4, …': the commonest types first (all of them with most=None)."""
    shown = list(types.items())[:most]
    return ", ".join(f"{t} {n}" for t, n in shown) + (", …" if most and len(types) > most else "")


def _about(item_id: str, ctx: Context) -> str:
    if item_id in ctx.events:
        e = ctx.events[item_id]
        return f"{e.type} {e.mode or ''}: {who(e.source, e.target, ctx.names)}"
    if item_id in ctx.facts:
        f = ctx.facts[item_id]
        return f"{f.measure or 'figure'}: {names_of(f.subject, ctx.names)}"
    return item_id


def _period(story: Story, ctx: Context) -> str:
    spans = [interval(ctx.events[i].date) for i in story.events if i in ctx.events]
    spans = [s for s in spans if s]
    if not spans:
        return ""
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    return short_interval(f"{first}/{last}") if first != last else str(first)


NOUNS = {"events": ("event", "events"), "entities": ("entity", "entities"), "facts": ("fact", "facts"),
         "conflicts": ("disagreement", "disagreements"), "documents": ("document", "documents"),
         "stories": ("story", "stories"), "errors": ("file not read", "files not read"),
         "dyads": ("pair of countries", "pairs of countries")}


def count(n: int, table: str) -> str:
    """'1 story', '3 stories'."""
    one, many = NOUNS.get(table, ("row", "rows"))
    return f"{n} {one if n == 1 else many}"


LISTINGS: dict[str, Callable[..., Listing]] = {
    "events": events, "entities": entities, "facts": facts, "conflicts": conflicts,
    "documents": documents, "stories": stories, "errors": errors, "dyads": dyads,
}


def context(store, table: str, items: list) -> Context:
    """The look-ups a listing of these items needs, read from the store."""
    from dossier.store.items import documents as documents_by_id
    from dossier.store.search import by_ids, names

    ctx = Context()
    if table == "events":
        ctx.names = names(store, {i for e in items for i in (*e.source, *e.target, e.location, e.attribution) if i})
    elif table == "facts":
        ctx.names = names(store, {i for f in items for i in f.subject})
    elif table == "conflicts":
        about = sorted({c.about for c in items})
        ctx.events = {e.id: e for e in by_ids(store, "events", about)}
        ctx.facts = {f.id: f for f in by_ids(store, "facts", about)}
        ctx.names = names(store, {i for e in ctx.events.values() for i in (*e.source, *e.target)}
                          | {i for f in ctx.facts.values() for i in f.subject})
        ctx.documents = documents_by_id(store, {v.doc for c in items for v in c.values})
    elif table == "entities":
        from dossier.store.queries import mention_counts

        ctx.mentions = mention_counts(store)
    elif table == "stories":
        ctx.events = {e.id: e for e in by_ids(store, "events", sorted({i for s in items for i in s.events}))}
    return ctx
