"""Assemble the merged record from per-document results."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.actors import merge_entities
from dossier.actors.unknown import rename, unknown_ids
from dossier.merge.events import Report, merge_events
from dossier.merge.facts import merge_facts
from dossier.merge.intervals import day
from dossier.merge.stories import build_stories
from dossier.model import Dossier, Entity


def merge(results: Iterable) -> Dossier:
    """One Dossier from DocResults: documents kept, entities/events/facts merged, conflicts and stories found.

    Near-duplicate documents (duplicate_of set) are kept as documents but add nothing else, so that one
    article syndicated twice does not count as two sources.
    """
    results = list(results)
    # the same unknown actor under two labels, or by family name alone, is one id across articles
    ids = unknown_ids(r.entities for r in results if not r.document.duplicate_of)
    documents, entity_lists, mentions, reports, facts = [], [], [], [], []
    for result in results:
        documents.append(result.document)
        if result.document.duplicate_of:
            continue
        result = rename(result, ids)
        entity_lists.append(result.entities)
        mentions.extend(result.mentions)
        published = day(result.document.published)
        reports.extend(Report(event, published) for event in result.events)
        facts.extend(result.facts)
    entities = merge_entities(entity_lists)
    events, event_conflicts = merge_events(reports, _places_in_countries(entities))
    facts, fact_conflicts = merge_facts(facts)
    by_id = {e.id: e for e in entities}
    return Dossier(documents=documents, entities=entities, mentions=mentions, events=events, facts=facts,
                   conflicts=event_conflicts + fact_conflicts, stories=build_stories(events, by_id))


def _places_in_countries(entities: list[Entity]) -> dict[str, str]:
    """{place id: its country's id} for places whose country is among the actors ("Lima" -> Peru)."""
    countries = {e.country: e.id for e in entities if e.kind == "government" and e.type == "GPE" and e.country}
    return {e.id: countries[e.country] for e in entities
            if e.kind == "place" and e.country in countries and e.id != countries[e.country]}
