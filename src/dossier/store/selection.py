"""The part of the merged record that an analyst's filters select, whole: the events and figures that match, the
documents their reports come from, the actors they name, the disagreements about them and the stories that hold
them (each story's events cut to those kept). An export of a dyad or a period so refers to nothing it leaves out.

The filters are the command line's and the HTTP API's (`queries.events`, `queries.facts`). A figure has no type,
status, CAMEO code or prominence: when one of those is asked for, the selection holds events only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dossier.export.names import entity_ids
from dossier.model import Dossier
from dossier.store import queries
from dossier.store.database import Store

TABLES = tuple(t for t in Dossier.model_fields if t != "mentions")


@dataclass(frozen=True)
class Selection:
    """The ids kept, per table (conflicts and stories follow the events and figures kept)."""

    events: list[str]
    facts: list[str]
    documents: list[str]
    entities: list[str]

    def source(self, table: str) -> tuple[str, list]:
        """SQL for the table's kept rows, as a subquery to read from in its place, and its parameters."""
        if table == "conflicts":
            return "(SELECT * FROM conflicts WHERE list_contains(?, about))", [self.events + self.facts]
        if table == "stories":
            return ("(SELECT * REPLACE (list_filter(events, lambda e: list_contains(?, e)) AS events) FROM stories "
                    "WHERE list_has_any(events, ?))", [self.events, self.events])
        return f"(SELECT * FROM {table} WHERE list_contains(?, id))", [getattr(self, table)]

    def dossier(self, store: Store) -> Dossier:
        """The kept part of the record, in the shape of the JSON export."""
        parts = {}
        for table in TABLES:
            sql, params = self.source(table)
            order = "published NULLS LAST, source" if table == "documents" else ""
            parts[table] = store.rows(table, params=params, order=order, source=sql)
        return Dossier(**parts)

    def counts(self) -> str:
        return (f"{len(self.events)} events, {len(self.facts)} figures, {len(self.entities)} actors, "
                f"{len(self.documents)} documents")


def select(store: Store, actor: str | None = None, type: str | None = None, status: str | None = None,
           start: date | None = None, end: date | None = None, cameo: str | None = None,
           counterpart: str | None = None, outlet: str | None = None, text: str | None = None,
           min_prominence: float | None = None) -> Selection:
    """What these filters (checked ones: `filters.event_filters`) keep of the store's record."""
    shared = {"actor": actor, "start": start, "end": end, "counterpart": counterpart, "outlet": outlet, "text": text}
    events = queries.events(store, type=type, status=status, cameo=cameo, min_prominence=min_prominence, **shared)
    facts = [] if type or status or cameo or min_prominence is not None else queries.facts(store, **shared)
    documents: dict[str, None] = {}
    entities: set[str] = set()
    for table, items in (("events", events), ("facts", facts)):
        for item in items:
            documents.update(dict.fromkeys(e.doc for e in item.evidence))
            entities |= entity_ids(item, table)
    known = store.con.execute("SELECT id FROM entities WHERE list_contains(?, id) ORDER BY id",
                              [sorted(entities)]).fetchall()  # an attribution given as a name is no entity
    return Selection(events=[e.id for e in events], facts=[f.id for f in facts], documents=list(documents),
                     entities=[k for (k,) in known])
