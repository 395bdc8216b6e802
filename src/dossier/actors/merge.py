"""Across documents: one Entity per id, aliases and roles united, the dictionary's values preferred."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.model import Entity

_FILL = ("country", "cameo", "kind", "wikidata", "lat", "lon")


def merge_entities(lists: Iterable[list[Entity]]) -> list[Entity]:
    """Unite the entities of many documents by id; known (dictionary) entries first, then by name."""
    merged: dict[str, Entity] = {}
    for entities in lists:
        for entity in entities:
            have = merged.get(entity.id)
            if have is None:
                merged[entity.id] = entity.model_copy(deep=True)
                continue
            if entity.known and not have.known:
                have, entity = entity.model_copy(deep=True), have
                merged[have.id] = have
            have.aliases = [a for a in dict.fromkeys(have.aliases + [entity.name] + entity.aliases) if a != have.name]
            have.roles += [r for r in entity.roles if r not in have.roles]
            for name in _FILL:
                if getattr(have, name) is None and getattr(entity, name) is not None:
                    setattr(have, name, getattr(entity, name))
    return sorted(merged.values(), key=lambda e: (not e.known, e.name.lower()))
