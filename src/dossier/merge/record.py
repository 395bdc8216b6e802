"""Assemble the merged record from per-document results."""

from __future__ import annotations

from collections.abc import Iterable

from dossier.actors import merge_entities
from dossier.actors.unknown import rename, unknown_ids
from dossier.merge.events import merge_events
from dossier.merge.facts import merge_facts
from dossier.merge.reports import actors_of, document_reports, idf, stems
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
    words = {r.document.id: stems(r.document.text) for r in results if not r.document.duplicate_of}
    weights = idf(list(words.values()))
    for result in results:
        documents.append(result.document)
        if result.document.duplicate_of:
            continue
        result = rename(result, ids)
        entity_lists.append(result.entities)
        mentions.extend(result.mentions)
        reports.extend(document_reports(result.document, result.events, words[result.document.id], weights))
        facts.extend(result.facts)
    entities = merge_entities(entity_lists)
    events, event_conflicts = merge_events(reports, actors_of(entities))
    facts, fact_conflicts = merge_facts(facts)
    by_id = {e.id: e for e in entities}
    return Dossier(documents=documents, entities=entities, mentions=mentions, events=events, facts=facts,
                   conflicts=event_conflicts + fact_conflicts, stories=build_stories(events, by_id))


def _places_in_countries(entities: list[Entity]) -> dict[str, str]:
    """{place id: its country's id} for places whose country is among the actors ("Lima" -> Peru)."""
    return {k: v for k, v in actors_of(entities).country_of.items() if k != v and not v.startswith("iso:")}
