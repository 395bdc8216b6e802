"""An agreement made during a visit ("a credit, agreed during a visit here by X's minister", "the accord
was signed during a visit to Nairobi by Y"): the visitor is a party of it, and the host the other; the words read
are in data/meetings.yaml `visit_nouns` and `visit_preps`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.actors import Resolver
from dossier.events.roles.doers import modifier_doers, prep_objects

_MEETINGS = Path(__file__).parent / "data" / "meetings.yaml"
# Types of act a visit names the other party of: agreements and work done together, not a blow, nor aid (whose
# giver the visit does not tell).
VISIT_TYPES = frozenset({"AGREE", "COOPERATE"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    lists = load_word_lists(_MEETINGS)
    return lists["visit_nouns"], lists["visit_preps"]


def _visits(verb: Token) -> list[Token]:
    """The visit nouns the verb is told to be done during ("agreed during a visit", "signed on a trip")."""
    nouns, preps = _words()
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns]


def visit_parties(verb: Token, source_toks: list[Token], resolver: Resolver) -> tuple[list[Token], list[Token]]:
    """(source, target) words of an agreement whose doer and other party the sentence tells only by the visit it was
    made during: the visitor (the visit's "by" phrase or its owner) and the place visited (its "to" phrase). Where
    the verb's subject names a party, it stays the source and the visitor (or, where it is the visitor itself, the
    place visited) is the target; where the subject is a thing whose owner or name before it names a party ("the
    World Bank loan", "Kenya's loan"), that party is the source and the visitor the target; otherwise the visitor is
    the source and the place visited the target (a visit told "here" leaves it to the dateline's state:
    context._host). ([], []) where no visit with a named visitor frames the verb, or where the subject names two
    parties or more (their act's sides are its own: round 75, lead)."""
    for visit in _visits(verb):
        visitors = [t for t in prep_objects(visit, ("by",)) + [c for c in visit.children if c.dep_ == "poss"]
                    if resolver.many(t)]
        if not visitors:
            continue
        visited = [t for t in prep_objects(visit, ("to",)) if resolver.many(t)]
        sources = [t for t in source_toks if resolver.many(t)]
        if len({a for t in sources for a in resolver.many(t)}) > 1:
            return [], []  # "Peru and China signed accords during Xi's visit": the joined subject holds both sides
        if sources:
            own = {a for t in sources for a in resolver.many(t)}
            others = [t for t in visitors if not set(resolver.many(t)) & own]
            return sources, others or visited
        owners = [m for s in source_toks if s.pos_ == "NOUN"
                  for m in modifier_doers(s, resolver, ("poss", "compound"), pronouns=False)]
        if owners:
            return owners, visitors
        return visitors, visited
    return [], []
