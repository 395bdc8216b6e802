"""Across documents: one Entity per id, aliases and roles united, the dictionary's values preferred; an actor no
dictionary knows takes the country most of the documents that give one give it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from dossier.model import Entity

_FILL = ("country", "cameo", "kind", "wikidata", "lat", "lon")


def merge_entities(lists: Iterable[list[Entity]]) -> list[Entity]:
    """Unite the entities of many documents by id; known (dictionary) entries first, then by name.

    The dictionary's values win; for an actor no dictionary knows, each document's reading of its country is one
    vote (a story about one state lends its country to the names it leaves without one, so one story's guess must not
    override the others': Julian Assange Australian in two articles, Ecuadorian in one about his asylum): the country
    most documents give, with its CAMEO code, the first given on a tie; the other fields fill from the first document
    that gives them."""
    merged: dict[str, Entity] = {}
    votes: dict[str, Counter] = {}
    codes: dict[tuple[str, str], str | None] = {}
    for entities in lists:
        for entity in entities:
            if not entity.known and entity.country:
                votes.setdefault(entity.id, Counter())[entity.country] += 1
                codes.setdefault((entity.id, entity.country), entity.cameo)
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
    for ident, counts in votes.items():
        have = merged[ident]
        if have.known or len(counts) < 2:
            continue
        country = counts.most_common(1)[0][0]  # Counter keeps first-given order among equal counts
        if country != have.country:
            have.country, have.cameo = country, codes[(ident, country)]
    return sorted(merged.values(), key=lambda e: (not e.known, e.name.lower()))
