"""One item by id (or by the start of its id) and what hangs on it: its documents, disagreements, stories."""

from __future__ import annotations

from pydantic import BaseModel

from dossier.model import Conflict, Document, Story
from dossier.store.database import Store
from dossier.store.search import first_day

KINDS = ("events", "facts", "stories", "entities", "documents")


def resolve(store: Store, ref: str) -> list[tuple[str, str]]:
    """(table, id) of the items whose id is ref; else of those whose id starts with ref (one when it is unique,
    several when the prefix is ambiguous, none when nothing matches)."""
    for test in ("id = ?", "starts_with(id, ?)"):
        found = [(table, row[0]) for table in KINDS
                 for row in store.con.execute(f"SELECT id FROM {table} WHERE {test} ORDER BY id LIMIT 20", [ref]).fetchall()]
        if found:
            return found
    return []


def get(store: Store, table: str, item_id: str) -> BaseModel | None:
    found = store.rows(table, "id = ?", [item_id])
    return found[0] if found else None


def documents(store: Store, ids: set[str], with_text: bool = False) -> dict[str, Document]:
    """Documents by id; without their text unless asked."""
    if not ids:
        return {}
    docs = store.rows("documents", "list_contains(?::VARCHAR[], id)", [sorted(ids)])
    return {d.id: d if with_text else d.model_copy(update={"text": ""}) for d in docs}


def conflicts_about(store: Store, item_id: str) -> list[Conflict]:
    return store.rows("conflicts", "about = ?", [item_id], order="field")


def stories_with(store: Store, event_id: str) -> list[Story]:
    return store.rows("stories", "list_contains(events, ?)", [event_id], order="id")


def events_of(store: Store, entity_id: str, limit: int = 200) -> list[BaseModel]:
    """Events in which the entity acts or is acted upon, in date order."""
    return store.rows("events", "list_contains(list_concat(source, target), ?)", [entity_id],
                      order=f"{first_day('date')} NULLS LAST, id", limit=limit)


def mention_count(store: Store, entity_id: str) -> int:
    return store.con.execute("SELECT count(*) FROM mentions WHERE entity = ?", [entity_id]).fetchone()[0]
