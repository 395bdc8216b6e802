"""One Entity per id across documents: aliases united, the dictionary's values preferred."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.model import Entity


def merge_entities(lists: Iterable[list[Entity]]) -> list[Entity]:
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
            have.aliases = list(dict.fromkeys(have.aliases + [entity.name] + entity.aliases))
            if have.name in have.aliases:
                have.aliases.remove(have.name)
            for name in ("country", "cameo", "kind", "wikidata"):
                if getattr(have, name) is None and getattr(entity, name) is not None:
                    setattr(have, name, getattr(entity, name))
    return sorted(merged.values(), key=lambda e: (not e.known, e.name.lower()))
