"""Helpers the views share: the names of the entities items refer to, and one item by id or a 404."""

from __future__ import annotations

from fastapi import HTTPException

from dossier.export.names import entity_ids
from dossier.store import Store
from dossier.store import items as found
from dossier.store.search import names


def names_for(store: Store, items: list, table: str) -> dict[str, str]:
    return names(store, set().union(*(entity_ids(i, table) for i in items)) if items else set())


SINGULAR = {"events": "event", "facts": "fact", "stories": "story", "entities": "entity", "documents": "document"}


def one(store: Store, table: str, item_id: str):
    item = found.get(store, table, item_id)
    if item is None:
        raise HTTPException(404, f"no {SINGULAR[table]} has the id {item_id!r}")
    return item
