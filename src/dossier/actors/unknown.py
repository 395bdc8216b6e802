"""Across documents, actors no dictionary knows: one id for one name, whatever label each article's model gave it.

Within an article the actors stage keeps one id per name ("unk:<LABEL>:<slug>"). Across articles the statistical
model may call the same name a PERSON in one and a GPE in another, and an article may name a person only by the
family name ("Lohan") that another gives in full. `unknown_ids` says which ids are one actor; `rename` rewrites a
document's results to those ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache

from dossier.model import Entity

# When documents disagree on a name's label and the votes tie, the first of these wins.
_LABEL_ORDER = ("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP")


def _parts(ident: str) -> tuple[str, str] | None:
    """('PERSON', 'lindsay-lohan') for 'unk:PERSON:lindsay-lohan'; None for other ids."""
    bits = ident.split(":", 2)
    return (bits[1], bits[2]) if len(bits) == 3 and bits[0] == "unk" and bits[2] else None


@cache
def _variants() -> dict[str, str]:
    """Spellings of one word (`spelling_variants` in the actors' lexicon.yaml): centre -> center."""
    from dossier.actors.dictionary import load

    return load().lexicon.spelling_variants


# A build's merges on the way decide the same names again (every stored unknown name, each incremental merge): kept
# for up to 32,768 names (~290 bytes each, 9.5 MB; the 131,072 of before held 38 MB). Past that a merge's scan of
# the names misses (~1.7 against ~1 microsecond a name uncached; 0.07 s a merge at 100,000 names).
@lru_cache(maxsize=1 << 15)
def group_key(slug: str, person: bool) -> str:
    """What two spellings of one name share: variant spellings folded, a person's middle initials dropped
    ("dirk-a-kempthorne" and "dirk-kempthorne")."""
    words = [_variants().get(w, w) for w in slug.split("-")]
    if person and len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return "-".join(words)


def unknown_ids(lists: Iterable[list[Entity]]) -> dict[str, Entity]:
    """{id: the actor it is} for the unknown actors of many documents whose id changes.

    One name under several labels takes the label most documents give it; names that differ only by a variant
    spelling or a person's middle initial are one name, written as most documents write it. A one-word name that
    some document calls a person joins the one multi-word person name ending with that word, when exactly one does.
    """
    labels: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, Counter] = defaultdict(Counter)
    for entities in lists:
        for entity in entities:
            parts = None if entity.known else _parts(entity.id)
            if parts:
                labels[parts[1]][parts[0]] += 1
                names[parts[1]][entity.name] += 1
    return decide(labels, names)


def decide(labels: dict[str, Counter], names: dict[str, Counter]) -> dict[str, Entity]:
    """`unknown_ids` from the votes: {name slug: Counter of labels}, {name slug: Counter of written names}, each
    in the order the documents first give them."""
    groups: dict[str, list[str]] = defaultdict(list)
    for s in labels:
        groups[group_key(s, labels[s]["PERSON"] > 0)].append(s)
    canonical: dict[str, Entity] = {}
    for members in groups.values():
        votes = sum((labels[s] for s in members), Counter())
        label = max(votes, key=lambda lab: (votes[lab], -_rank(lab)))
        main = max(members, key=lambda s: (sum(labels[s].values()), -len(s), s))
        actor = Entity(id=f"unk:{label}:{main}", name=names[main].most_common(1)[0][0], type=label)
        canonical.update({s: actor for s in members})
    people = [s for s in labels if "-" in s and canonical[s].type == "PERSON"]
    for short in (s for s in labels if "-" not in s and labels[s]["PERSON"]):
        full = {canonical[s].id: canonical[s] for s in people if s.endswith("-" + short)}
        if len(full) == 1:
            canonical[short] = next(iter(full.values()))
    out = {}
    for s, votes in labels.items():
        for label in votes:
            ident = f"unk:{label}:{s}"
            if canonical[s].id != ident:
                out[ident] = canonical[s]
    return out


def _rank(label: str) -> int:
    return _LABEL_ORDER.index(label) if label in _LABEL_ORDER else len(_LABEL_ORDER)


def rename(result, ids: dict[str, Entity]):
    """A copy of a DocResult whose entities, mentions, events and facts use the ids `ids` gives."""
    if not ids:
        return result

    def one(ident: str | None) -> str | None:
        return ids[ident].id if ident in ids else ident

    def many(idents: list[str]) -> list[str]:
        return list(dict.fromkeys(one(i) for i in idents))

    entities = []
    known: dict[str, int] = {}  # a known actor's id -> its place in `entities`, to name it once
    for e in result.entities:
        to = ids.get(e.id)
        if to is not None and to.known:  # "the Treasury" of a US story: the known body itself (state_bodies.py)
            at = known.get(to.id, next((i for i, x in enumerate(entities) if x.id == to.id), None))
            before = entities[at] if at is not None else to
            aliases = [a for a in dict.fromkeys([*before.aliases, *e.aliases, e.name]) if a != before.name]
            e = before.model_copy(update={"aliases": aliases})
            if at is not None:
                entities[at] = e
                continue
            known[to.id] = len(entities)
        elif to is not None:
            aliases = [a for a in dict.fromkeys([*e.aliases, e.name]) if a != to.name]
            e = e.model_copy(update={"id": to.id, "name": to.name, "type": to.type, "aliases": aliases})
        elif e.id in known:  # the known actor named after an unknown one joined to it: named once
            first = entities[known[e.id]]
            aliases = [a for a in dict.fromkeys([*e.aliases, *first.aliases]) if a != e.name]
            entities[known[e.id]] = e.model_copy(update={"aliases": aliases})
            continue
        entities.append(e)
    return type(result)(
        document=result.document, entities=entities, timexes=result.timexes,
        mentions=[m.model_copy(update={"entity": one(m.entity)}) for m in result.mentions],
        events=[e.model_copy(update={"source": many(e.source), "target": many(e.target), "location": one(e.location),
                                     "attribution": one(e.attribution)}) for e in result.events],
        facts=rename_facts(result.facts, ids),
    )


def rename_facts(facts: list, ids: dict) -> list:
    """Facts whose subjects use the ids `ids` gives (`id` of each value), each named once; a fact none of whose
    subjects is renamed (nor repeated) is kept as it is rather than copied."""
    if not ids:
        return facts
    out = []
    for fact in facts:
        if any(s in ids for s in fact.subject) or len(set(fact.subject)) != len(fact.subject):
            fact = fact.model_copy(update={"subject": list(dict.fromkeys(ids[s].id if s in ids else s
                                                                         for s in fact.subject))})
        out.append(fact)
    return out
