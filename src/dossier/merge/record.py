"""Assemble the merged record from per-document results.

Events are merged block by block: two reports can only be one event when they share a blocking key of the
coreference decision (`merge.coref.blocking_keys`: the type with a participant) or an article (where a report
"during the visit" borrows the visit's place and date), so the reports fall into independent blocks and the
event-merge decision (`merge.events`: `cluster_events`, `merge_cluster`, pluggable here) only ever compares
candidates from one block. The result is the same as clustering all reports at once. Merged events keep the ids they had in the previous merge when they grow (`previous`: report id
-> event id), so adding documents does not rename the events they join.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from dossier.actors import merge_entities
from dossier.actors.unknown import rename, unknown_ids
from dossier.merge import coref
from dossier.merge.events import Report, cluster_events, merge_cluster
from dossier.merge.facts import merge_facts
from dossier.merge.intervals import day
from dossier.merge.reports import Actors, actors_of, document_reports, idf, stems
from dossier.merge.stories import build_stories
from dossier.model import Conflict, Dossier, Entity, Event


def merge(results: Iterable, previous: dict[str, str] | None = None) -> Dossier:
    """One Dossier from DocResults: documents kept, entities/events/facts merged, conflicts and stories found.

    Near-duplicate documents (duplicate_of set) are kept as documents but add nothing else, so that one
    article syndicated twice does not count as two sources.
    """
    return merge_with_reports(results, previous)[0]


def merge_with_reports(results: Iterable, previous: dict[str, str] | None = None,
                       cluster: Callable = cluster_events, combine: Callable = merge_cluster,
                       renamed: dict[str, str] | None = None,
                       book: dict | None = None) -> tuple[Dossier, dict[str, list[str]]]:
    """The merged Dossier and, for each merged event, the ids of the per-document events it was made of.
    `renamed`, when given, is filled with {entity id: its id in the record} for the ids that change; `book`
    with what an incremental merge keeps (`merge.incremental`): the unknown actors' renaming ("ids"), the
    reports by document ("reports"), the documents' stems ("words") and the actors ("actors")."""
    results = list(results)
    # the same unknown actor under two labels, or by family name alone, is one id across articles
    ids = unknown_ids(r.entities for r in results if not r.document.duplicate_of)
    if renamed is not None:
        renamed.update({old: entity.id for old, entity in ids.items() if old != entity.id})
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
        mine = document_reports(result.document, result.events, words[result.document.id], weights)
        reports.extend(mine)
        facts.extend(result.facts)
        if book is not None:
            book.setdefault("reports", {})[result.document.id] = mine
    entities = merge_entities(entity_lists)
    actors = actors_of(entities)
    if book is not None:
        book.update(ids=ids, words=words, actors=actors)
    events, event_conflicts, made_of = merge_blocks(reports, actors, previous or {}, cluster, combine)
    facts, fact_conflicts = merge_facts(facts)
    by_id = {e.id: e for e in entities}
    record = Dossier(documents=documents, entities=entities, mentions=mentions, events=events, facts=facts,
                     conflicts=event_conflicts + fact_conflicts, stories=build_stories(events, by_id))
    return record, made_of


def blocks(reports: list[Report], actors: Actors) -> list[list[Report]]:
    """Reports in independent blocks, joined through the blocking keys of the coreference decision and through
    their articles. Input order is kept within a block."""
    parent: dict = {}

    def find(key):
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    roots = []
    for report in reports:
        keys = [("article", report.doc), *sorted(coref.blocking_keys(report, actors), key=repr)]
        for other in keys[1:]:
            a, b = find(keys[0]), find(other)
            if a != b:
                parent[b] = a
        roots.append(keys[0])
    grouped: dict = defaultdict(list)
    for key, report in zip(roots, reports):
        grouped[find(key)].append(report)
    return list(grouped.values())


def merge_blocks(reports: list[Report], actors: Actors, previous: dict[str, str],
                 cluster: Callable = cluster_events, combine: Callable = merge_cluster,
                 taken: set[str] | None = None) -> tuple[list[Event], list[Conflict], dict[str, list[str]]]:
    """Merge each block on its own; events that grew from an earlier merge's event keep its id. No two events
    get one id: an event whose own id is taken already (by an event that kept it, or in `taken`: the ids of
    events merged elsewhere) gets another."""
    merged: list[tuple[Event, list[Conflict], list[str]]] = []
    for block in blocks(reports, actors):
        for found in cluster(block, actors):
            event, conflicts = combine(found)
            merged.append((event, conflicts, [r.event.id for r in found.reports]))
    taken = set(taken or ())
    renamed: dict[str, str] = {}
    for event, _, ids in sorted(merged, key=lambda m: (-len(m[2]), m[0].id)):
        earlier = defaultdict(int)
        for report_id in ids:
            if report_id in previous and previous[report_id] not in taken:
                earlier[previous[report_id]] += 1
        keep = min(earlier, key=lambda i: (-earlier[i], i)) if earlier else event.id
        n = 1
        while keep in taken:  # its own id, kept by an event it was split from
            keep = "ev-" + hashlib.sha1(f"{event.id}|{n}".encode()).hexdigest()[:12]
            n += 1
        taken.add(keep)
        if keep != event.id:
            renamed[event.id] = keep
    events, conflicts, made_of = [], [], {}
    for event, found, ids in merged:
        new_id = renamed.get(event.id, event.id)
        events.append(event.model_copy(update={"id": new_id}) if new_id != event.id else event)
        conflicts += [c.model_copy(update={"about": new_id}) if new_id != c.about else c for c in found]
        made_of[new_id] = ids
    events.sort(key=lambda e: (day(e.date.start) if e.date and e.date.start else date.max, e.id))
    return events, conflicts, made_of


def _places_in_countries(entities: list[Entity]) -> dict[str, str]:
    """{place id: its country's id} for places whose country is among the actors ("Lima" -> Peru)."""
    return {k: v for k, v in actors_of(entities).country_of.items() if k != v and not v.startswith("iso:")}
