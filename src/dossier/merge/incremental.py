"""Add new documents to a merged record without rebuilding it: only the events, entities, facts and stories they
touch are merged again and rewritten.

- **Events.** The new reports meet, in SQL, the stored reports that share a blocking key with them and whose
  dated windows can meet (`store.increments.candidates`); the coreference decision (`merge.coref.probability`
  over reports anchored in their articles) says which of those they join. The events of the joined reports, with
  every article of their reports and every event of those articles (what a full merge would put in one block),
  are merged again with the new reports by `merge.record.merge_blocks`, and the reports they take in are the
  next round's frontier, until nothing more joins. They keep their ids as in a full merge (`previous`).
- **Entities** the new documents name are folded again from every document that names them; **facts** of the
  figures (measure and unit) the new documents give are grouped again from every report of those figures;
  **stories** are chained again over all events (a light projection of the events table).
- **Unknown actors' renaming** (`actors.unknown.decide`) is decided again only for the names the new documents may
  change (`_deciding`: each name they give, with every spelling of it, and a family name alone that ends a full
  person name they give, with the full names it may join); the rest is as the last merge stored it.
- **What a full merge would change elsewhere** is checked first: when a new document changes the renaming of an
  unknown actor that older documents name, or what the record knows of an older actor (its country, a vague
  id), or when the new documents are many, the merge is a full one.

One difference from a full merge: an event no new report joins is not decided again, although the idf of
the collection (how alike two articles are) moved a little with the new documents, so a pair of older reports
near the threshold could fall the other way in a full merge. The conflicts between merged figures list their
figures in one canonical order in both (`merge.facts.fact_conflicts`), so they name the same figure.
`tests/merge/test_incremental.py` checks that adding documents in steps gives the record a full merge gives on
the same store.
"""

from __future__ import annotations

import json
import logging
import math
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from pydantic import TypeAdapter

from dossier.actors import merge_entities
from dossier.actors.unknown import decide, group_key, rename, rename_facts
from dossier.merge import coref, within
from dossier.merge.events import cluster_events, merge_cluster
from dossier.merge.facts import _precision, about, fact_conflicts, fact_id, figure_groups, merged_fact
from dossier.merge.intervals import day, interval
from dossier.merge.record import merge_blocks
from dossier.merge.reports import Actors, Report, actors_of, document_reports, stems
from dossier.merge.stories import build_stories
from dossier.model import Entity, Event, Fact
from dossier.store import increments
from dossier.store.database import crash_point

log = logging.getLogger(__name__)
MAX_SHARE = 0.25  # new documents beyond this share of the merged ones: a full merge costs less
MAX_TOUCHED = 0.5  # touched articles beyond this share of the merged ones: a full merge costs less
_EVENTS = TypeAdapter(list[Event])  # a stored result's events, read alone (`increments.article_events`)


class _Light(NamedTuple):
    """A stored entity as `merge.reports.actors_of` reads it: one tuple a row, not an object with a dict."""

    id: str
    name: str
    type: str
    kind: str | None
    country: str | None
    known: bool


class _Renamed(NamedTuple):
    """An unknown actor's id as the last merge renamed it (`actors.unknown.rename` reads these fields)."""

    id: str
    name: str
    type: str
    known: bool = False


class _Dated(NamedTuple):
    start: str | None
    end: str | None


class _Chained(NamedTuple):
    """An event as `merge.stories.build_stories` reads it."""

    id: str
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: _Dated | None


class _Side(NamedTuple):
    """An entity as `merge.stories` names a story's sides by it."""

    id: str
    name: str
    kind: str | None
    country: str | None
    cameo: str | None


class _Figure(NamedTuple):
    """A stored reported figure as `merge.facts.figure_groups` groups it (`increments.fact_figures`): its evidence
    stays in the store until its group is merged again (`row`: where `increments.fact_items_at` reads it)."""

    id: str
    subject: list[str]
    measure: str | None
    value: float
    unit: str
    time: _Dated | None
    qualifier: str | None
    text: str | None
    row: int


class _FullMerge(Exception):
    """The new documents change what older ones mean: merge everything again."""


@dataclass
class _Part:
    """Some of a document's results, to rename with `actors.unknown.rename`."""

    document: object = None
    entities: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    timexes: list = field(default_factory=list)
    events: list = field(default_factory=list)
    facts: list = field(default_factory=list)


def key_text(key: tuple) -> str:
    return "\x1f".join(map(str, key))


def window(report: Report) -> tuple[date | None, date | None]:
    """The days a dated report's event can lie in (`coref.possible`), the report as anchored in its article
    (`within.anchor`: a date borrowed from its article's visit counts, as the decision reads it); (None, None)
    for an undated one."""
    if report.event.date and interval(report.event.date):
        span = coref.possible(report)
        if span:
            return span
    return None, None


def key_rows(doc_id: str, reports: list[Report], actors: Actors) -> list[tuple]:
    """(report id, doc id, key, lo, hi, published) rows of `store.increments.merge_keys` for one document's
    reports (its plain reports: the windows are those of the reports anchored in the article)."""
    rows = []
    for plain, report in zip(reports, within.anchor(reports, actors)):
        lo, hi = window(report)
        for key in sorted(coref.blocking_keys(plain, actors), key=repr):
            rows.append((report.event.id, doc_id, key_text(key), lo, hi, report.published))
    return rows


def weights_of(df: dict[str, int], n: int) -> dict[str, float]:
    """The idf `merge.reports.idf` gives a collection of n documents with these document frequencies."""
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}


def merge_new(store, share: float = MAX_SHARE, reach: float = MAX_TOUCHED, cluster: Callable = cluster_events,
              combine: Callable = merge_cluster) -> bool:
    """Merge the stored documents the record does not include yet into it; False when a full merge is needed
    instead (nothing written then): when the new documents are more than `share` of the merged ones, or touch
    more than `reach` of them, or change what older documents mean."""
    con = store.con
    if not increments.ready(con):
        return False
    new_ids = increments.new_documents(con)
    merged = con.execute("SELECT count(*) FROM merge_docs").fetchall()[0][0]
    if len(new_ids) > share * merged:
        return False
    for bounded in (True, False):
        try:
            with (nullcontext() if bounded else store.unbounded()), store.transaction():
                _merge(store, new_ids, merged, reach, cluster, combine)
            return True
        except _FullMerge as why:
            log.info("a full merge instead: %s", why)
            return False
        except Exception as exc:  # noqa: BLE001 - whatever went wrong, a full merge still gives the record
            short = _out_of_memory(exc)
            if short is not None and bounded:
                log.warning(_SHORT_OF_MEMORY, _limit(store), _where(short), str(short).splitlines()[0])
                continue
            log.warning("the incremental merge failed (%s: %s); merging in full", type(exc).__name__, exc)
            return False
    return False


_SHORT_OF_MEMORY = ("the incremental merge ran out of DuckDB's memory limit (%s; DOSSIER_STORE_MEMORY) in %s: %s; "
                    "it is done again, incrementally, under DuckDB's own limit (a full merge would hold the whole "
                    "record); a larger DOSSIER_STORE_MEMORY avoids doing it twice (docs/scale.md, round 83)")


def _out_of_memory(exc: BaseException):
    """The DuckDB out-of-memory error that raised `exc` or that it was raised while handling, if any."""
    import duckdb

    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, duckdb.OutOfMemoryException):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def _where(exc: BaseException) -> str:
    """The innermost function of the package the error came from ('increments.index_documents')."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/dossier/" in f.filename.replace("\\", "/")]
    return f"{frames[-1].filename.rsplit('/', 1)[-1].removesuffix('.py')}.{frames[-1].name}" if frames else "?"


def _limit(store) -> str:
    return store.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]


def _doc_order(document) -> tuple:
    return (document.published is None, document.published or "", document.source)


def _merge(store, new_ids: list[str], merged: int, reach: float, cluster: Callable, combine: Callable) -> None:
    con = store.con
    fresh = set(new_ids)
    new = [r for r in store.extractions(for_merge=True, ids=new_ids) if not r.document.duplicate_of]

    increments.index_documents(con, new_ids)
    # the unknown actors' renaming, decided again for the names the new documents may change (the rest is as
    # the last merge left it); older documents whose actors it renames otherwise now are merged again, as if new
    before = increments.renames(con)
    deciding = _deciding(increments.unknown_slugs(con, new_ids))
    decided = decide(*increments.unknown_votes(con, sorted(deciding))) if deciding else {}
    ids = {old: _Renamed(i, name, kind) for old, (i, name, kind) in before.items()
           if _slug(old) not in deciding} | decided
    now = {old: (e.id, e.name, e.type) for old, e in ids.items()}
    # an id renamed otherwise now is one renamed before or now; what matters is whether older documents name it
    named = increments.naming_unknown(con, sorted(i for i in before.keys() | decided.keys() if _slug(i) in deciding
                                                  and before.get(i) != now.get(i)))
    changed = {i for d, i in named if d not in fresh}
    redo = sorted({d for d, i in named if i in changed} - fresh)
    if len(redo) > reach * merged:
        raise _FullMerge(f"the renaming of unknown actors changes in {len(redo)} older documents")
    results = [rename(r, ids) for r in new]
    new_docs = [r.document.id for r in new]
    del new  # renamed copies from here on: each step lets go of what the next does not read (the peak is one step's)
    again = [rename(r, ids) for r in store.extractions(for_merge=True, ids=redo) if not r.document.duplicate_of] \
        if redo else []

    # entities the new documents name (and those renamed), folded again from every document that names them
    touched = {e.id for r in results + again for e in r.entities} | {before[i][0] if i in before else i
                                                                     for i in changed}
    while True:  # closed: every id a touched one is renamed to is touched, so that its row is folded whole
        raw = touched | {old for old, e in ids.items() if e.id in touched}
        grown = touched | {ids[i].id if i in ids else i for i in raw}
        if grown == touched:
            break
        touched = grown
    entities = merge_entities([rename(_Part(entities=_entity_items(con, sorted(raw))), ids).entities])
    light = list(map(_Light._make, con.execute("SELECT id, name, type, kind, country, known FROM entities").fetchall()))
    actors_before = actors_of(light)
    actors = actors_of([e for e in light if e.id not in touched] + entities)
    kept = {e.id for e in entities} | {e.id for e in light if e.id not in touched}
    moved = _moved([e.id for e in light if e.id in kept], actors_before, actors)
    if moved:  # older reports naming them meet other candidates now: merged again, as if new
        named = sorted(moved | {old for old, e in ids.items() if e.id in moved})
        more = sorted(set(increments.naming(con, named)) - fresh - set(redo))
        if len(redo) + len(more) > reach * merged:
            raise _FullMerge(f"what the record knows of {len(moved)} actors changes in {len(more)} older documents")
        again += [rename(r, ids) for r in store.extractions(for_merge=True, ids=more) if not r.document.duplicate_of] \
            if more else []
        redo = sorted(set(redo) | set(more))

    del light, actors_before
    _merge_events(store, results, again, actors, ids, fresh, redo, merged, reach, cluster, combine)
    del actors

    # facts of the figures the new documents give
    facts = [f for r in results + again for f in r.facts]
    del results, again
    _merge_facts(store, facts, ids, before, fresh)
    del facts
    crash_point("merge")

    # entities, mentions, stories, bookkeeping
    _delete(con, "entities", "id", sorted(touched))
    store._insert("entities", entities)
    crash_point("merge")
    _delete(con, "mentions", "doc", redo)
    store._copy_mentions(con, {old: e.id for old, e in ids.items() if old != e.id}, docs=new_docs + redo,
                         replace=False)
    _rebuild_stories(store)
    crash_point("merge")
    increments.append(con, "merge_docs", {"doc_id": (new_ids, "string")})
    increments.write_renames(con, now)
    store.finish_merge_state(con)


def _entity_items(con, ids: list[str]) -> list[Entity]:
    """The stored entities with these ids, of every document naming them (`increments.entity_items`), each distinct
    item parsed once and its model given again for each document that gives the same item: a much-named actor is
    mostly stored alike (at 47,765 documents, the 141,310 items of the 2,571 actors 1,000 new stories name hold
    10,667 distinct texts; their models took some 200 MB). Neither `rename` nor `merge_entities` changes the
    models it is given (they copy what they change), so a model given many times folds as its copies would."""
    parsed: dict[str, Entity] = {}
    return [parsed.get(j) or parsed.setdefault(j, Entity.model_validate_json(j))
            for _, j in increments.entity_items(con, ids)]


def _merge_events(store, results: list, again: list, actors: Actors, ids: dict, fresh: set[str], redo: list[str],
                  merged: int, reach: float, cluster: Callable, combine: Callable) -> None:
    """Merge the events the new reports join (and those of the documents merged again) with them, round by round,
    and replace them; what it reads (the touched articles' reports) is let go on return."""
    con = store.con
    # the new reports, with the idf of the collection they join
    words = {r.document.id: stems(r.document.text) for r in results}
    df = increments.add_stems(con, words.values())
    n = con.execute("SELECT count(*) FROM merge_docs m JOIN documents d ON d.id = m.doc_id "
                    "WHERE d.duplicate_of IS NULL").fetchall()[0][0] + len(results)
    weights = weights_of(df, n)
    del df
    plain: dict[str, list[Report]] = {}
    anchored: dict[str, Report] = {}
    documents: dict[str, tuple] = {}  # each loaded document's place in document order (`_doc_order`), not the
    # document with its text: some 2.7 kB a document, of the ~3,000 a merge into 19,402 documents loads

    def take(result, bag, found=None) -> None:
        reports = document_reports(result.document, result.events, bag, weights, found)
        plain[result.document.id] = reports
        documents[result.document.id] = _doc_order(result.document)
        anchored.update({r.event.id: r for r in within.anchor(reports, actors)})

    for result in results:
        take(result, words[result.document.id])
    for result in again:
        take(result, None)
    _delete(con, "merge_keys", "doc_id", redo)
    increments.add_keys(con, [row for r in results + again
                              for row in key_rows(r.document.id, plain[r.document.id], actors)])
    increments.append(con, "merge_bags", increments.bag_columns((r.document.id, plain[r.document.id])
                                                                for r in results))

    def load(doc_ids) -> None:
        """The reports of stored candidate articles: of each only its events and what the reports compare of the
        document (`increments.article_events`: its bags, not its text), not its entities and facts, which this
        step does not read."""
        need = sorted(set(doc_ids) - set(plain))
        for article, words, found, events in increments.article_events(con, need):
            events = _EVENTS.validate_json(events)
            if events and words is None:
                raise _FullMerge(f"a stored article's bags are not kept ({article.id})")
            take(rename(_Part(document=article, events=events), ids), words, found)

    # the events the new reports join, round by round
    model = coref.load_model()
    touched_docs: set[str] = increments.article_closure(con, set(redo))
    load(touched_docs)
    frontier = [r.event.id for d in plain for r in plain[d]]
    while frontier:
        pairs = increments.candidates(con, frontier, sorted(fresh | touched_docs), coref.NEAR_DAYS)
        load(d for _, _, d in pairs)
        linked = set()
        for f, c, d in pairs:
            if d in linked:
                continue
            a, b = anchored.get(f), anchored.get(c)
            if a is None or b is None:
                raise _FullMerge(f"a stored report is not in the stored results ({f if a is None else c})")
            if _order(a, documents) > _order(b, documents):
                a, b = b, a
            if coref.probability(a, b, actors, model) >= model.threshold:
                linked.add(d)
        grown = increments.article_closure(con, linked) - touched_docs
        touched_docs |= grown
        if len(touched_docs) > reach * merged:
            raise _FullMerge(f"the new documents touch {len(touched_docs)} of {merged} articles")
        load(grown)
        frontier = [r.event.id for d in grown for r in plain[d]]
    _let_go(plain, anchored, actors, touched_docs | {r.document.id for r in results})

    # merge the touched events again with the new reports, and replace them
    previous = increments.reports_of(con, sorted(touched_docs))
    order = sorted(touched_docs | {r.document.id for r in results}, key=documents.__getitem__)
    reports = [r for d in order for r in plain[d]]
    old_events = sorted(set(previous.values()))
    others = {r[0] for r in con.execute("SELECT id FROM events WHERE NOT list_contains(?, id)", [old_events]).fetchall()}
    events, conflicts, made_of = merge_blocks(reports, actors, previous, cluster, combine, taken=others)
    _delete(con, "events", "id", old_events)
    _delete(con, "conflicts", "about", old_events)
    _delete(con, "event_reports", "event_id", old_events)
    store._insert("events", events)
    store._insert("conflicts", conflicts)
    pairs = [(e, r) for e, members in made_of.items() for r in members]
    increments.append(con, "event_reports", {"event_id": ([p[0] for p in pairs], "string"),
                                             "report_id": ([p[1] for p in pairs], "string")})
    crash_point("merge")


def _let_go(plain: dict, anchored: dict, actors: Actors, kept: set[str]) -> None:
    """Let go, before the touched events are merged again, of what only the rounds of decisions read: the reports
    of the articles met as candidates and joined by none (most of those loaded), every report as anchored in its
    article, and the sides `merge.coref` remembered of their events (`Actors.sides`, which held them; read again
    as before where `merge_blocks` asks). `merge_blocks` reads the plain reports of the touched articles and of
    the new ones; its working memory then takes the place they held."""
    for doc in set(plain) - kept:
        del plain[doc]
    anchored.clear()
    actors.sides.clear()


def _slug(ident: str) -> str:
    return ident.split(":", 2)[2]


def _deciding(slugs: list[tuple[str, bool, bool, bool]]) -> set[str]:
    """The unknown actors' slugs to decide again (`actors.unknown.decide`), from `increments.unknown_slugs`: those
    of each name the new documents give (the slugs that spell it as one, and the name a slug leaves when a new
    document first calls it a person), the family name alone that ends a full name among them, and whatever
    decides those: every spelling of each name, and the full person names a family name alone may join."""
    person = {s: p for s, p, _, _ in slugs}
    groups: dict[str, list[str]] = defaultdict(list)
    for s, p in person.items():
        groups[group_key(s, p)].append(s)
    ending: dict[str, list[str]] = defaultdict(list)
    for s in person:
        if "-" in s:
            ending[s.rsplit("-", 1)[1]].append(s)
    start = [m for s, p, was, new in slugs if new
             for m in (*groups[group_key(s, p)], *(groups[group_key(s, was)] if was != p else ()))]
    todo = start + [w for s in start if "-" in s and person.get(w := s.rsplit("-", 1)[1])]
    deciding: set[str] = set()
    while todo:
        s = todo.pop()
        if s not in deciding:
            deciding.add(s)
            todo += groups[group_key(s, person[s])] + (ending[s] if "-" not in s and person[s] else [])
    return deciding


def _moved(old_ids: list[str], before: Actors, after: Actors) -> set[str]:
    """Older ids of which the record knows something else now (a place now in a country the record has an
    actor for, an id now vague or no longer, a person or body whose country the record now has an actor for):
    the reports that name them are compared otherwise."""
    return {i for i in old_ids if before.country_of.get(i) != after.country_of.get(i)
            or (i in before.vague) != (i in after.vague) or before.nation.get(i) != after.nation.get(i)}


def _order(report: Report, documents: dict[str, tuple]) -> tuple:
    return documents.get(report.doc) or (True, "", report.doc), report.event.id


def _delete(con, table: str, column: str, values: list[str]) -> None:
    if values:
        con.execute(f'DELETE FROM {table} WHERE list_contains(?, "{column}")', [values])


def _figure(fact: Fact) -> str:
    return f"{fact.measure.lower()}\x1f{fact.unit}"


def _merge_facts(store, mine: list[Fact], ids: dict, before: dict, fresh: set[str]) -> None:
    """Group again the reports of the figures (measure and unit) the new (or renamed) reports give and replace the
    merged figures that differ from the stored ones (a group of the same reports, none of them new or renamed, is
    the stored figure of that id); then the conflicts of what those figures are about, over every merged figure
    about the same."""
    con = store.con
    figures = sorted({_figure(f) for f in mine if f.measure})
    raw, docs = [], []  # every stored report of these figures, as light tuples (the models of half a 50,000-story
    for row, doc, i, s, m, v, u, t, a, b, q, x in increments.fact_figures(con, figures):  # store: some 200 MB)
        raw.append(_Figure(i, s or [], m, float(v), u, _Dated(a, b) if t else None, q, x, row))
        docs.append(doc)
    stored = _rename_figures(raw, ids)
    earlier = _rename_figures(raw, {k: _Renamed(*v) for k, v in before.items()})
    position = {d: i for i, d in enumerate(dict.fromkeys(docs))}
    changed = {f.id for f in mine} | {f.id for f, e, d in zip(stored, earlier, docs) if d in fresh or f is not e}
    del raw, earlier
    now = figure_groups(stored)
    del stored
    had = {i for (i,) in con.execute("SELECT id FROM facts WHERE list_contains(?, lower(measure) || chr(31) || unit)",
                                      [figures]).fetchall()}
    ids_now = [fact_id(g) for g in now]
    made = [g for i, g in zip(ids_now, now) if i not in had or any(f.id in changed for f in g)]
    gone = store.rows("facts", "list_contains(?, id)", [sorted(had - set(ids_now))])
    order = {id(f): n for n, f in enumerate(f for g in now for f in g)}
    made += [[f] for f in mine if not f.measure]
    made.sort(key=lambda g: (_precision(g[0]), order.get(id(g[0]), len(order))))
    del now
    # the groups merged again, read whole (with their evidence) and renamed as the light ones were
    whole = {row: Fact.model_validate_json(j) for row, j in
             increments.fact_items_at(con, sorted({f.row for g in made for f in g if isinstance(f, _Figure)}))}
    merged = [merged_fact([rename_facts([whole[f.row]], ids)[0] if isinstance(f, _Figure) else f for f in g])
              for g in made]
    del made, whole
    _delete(con, "facts", "id", sorted({f.id for f in gone} | {f.id for f in merged}))
    store._insert("facts", merged)
    keys = {k for f in gone + merged if (k := about(f)) is not None}
    if not keys:
        return
    # read only figures that can be about one of these (a time given, a subject among theirs), then check
    subjects = sorted({s for k in keys for s in k[1]})
    where = "list_contains(?, lower(measure) || chr(31) || unit) AND time IS NOT NULL AND list_has_any(subject, ?)"
    related = [f for f in store.rows("facts", where, [figures, subjects]) if about(f) in keys]
    _delete(con, "conflicts", "about", sorted({f.id for f in gone} | {f.id for f in related}))
    store._insert("conflicts", fact_conflicts(related, position))


def _rename_figures(figures: list[_Figure], ids: dict) -> list[_Figure]:
    """`actors.unknown.rename_facts` of light figures: a figure none of whose subjects is renamed (nor repeated) is
    kept as it is (the same object, as there: `_merge_facts` tells the renamed ones by that)."""
    if not ids:
        return figures
    out = []
    for fact in figures:
        if any(s in ids for s in fact.subject) or len(set(fact.subject)) != len(fact.subject):
            fact = fact._replace(subject=list(dict.fromkeys(ids[s].id if s in ids else s for s in fact.subject)))
        out.append(fact)
    return out


_CHAINED = "len(source) > 0 AND len(target) > 0 AND date->>'start' IS NOT NULL"  # an event that can be chained


def _rebuild_stories(store) -> None:
    """Stories chained again over the events that can be chained (dated, with both sides: `build_stories` passes
    over the rest), read as the few fields the chaining needs (tuples, not models), and only the entities it reads:
    those of the events' first sides, of the sides' countries, and each such country's own (`stories._side_name`),
    in the table's order."""
    con = store.con
    events = [_Chained(i, t, m, s, g, None if d is None else _dated(json.loads(d)))
              for i, t, m, s, g, d in con.execute(f"SELECT id, type, mode, source, target, date FROM events "
                                                  f"WHERE {_CHAINED}").fetchall()]
    events.sort(key=lambda e: (day(e.date.start) if e.date and e.date.start else date.max, e.id))
    rows = con.execute(f"""
        WITH sides AS (SELECT source[1] AS id FROM events WHERE {_CHAINED}
                       UNION SELECT target[1] FROM events WHERE {_CHAINED}),
             countries AS (SELECT DISTINCT country FROM entities SEMI JOIN sides USING (id) WHERE country IS NOT NULL)
        SELECT id, name, kind, country, cameo, known FROM entities
        WHERE id IN (SELECT id FROM sides) OR id IN (SELECT country FROM countries)
           OR (kind IN ('government', 'place') AND country = cameo AND country IN (SELECT country FROM countries))
        ORDER BY rowid""").fetchall()
    rows.sort(key=lambda r: (not r[5], r[1].lower()))  # the order of `actors.merge_entities`, which names the sides
    entities = {r[0]: _Side(*r[:5]) for r in rows}
    del rows
    con.execute("DELETE FROM stories")
    store._insert("stories", build_stories(events, entities))


def _dated(value: dict | None) -> _Dated | None:
    return None if value is None else _Dated(value.get("start"), value.get("end"))
