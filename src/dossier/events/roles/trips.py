"""Where a trip named by a noun goes, read from a state's or a region's adjective on it ("his Asian tour", "Shultz's
Soviet visit"): the adjective names the places toured, not the one who tours, where the trip is told with its
traveller and without another destination."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver
from dossier.events.roles.doers import prep_objects, subject_tokens

# Labels of an adjective that names a state or a region ("Soviet", "American", "Asian", "European").
_PLACE_ADJECTIVE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Prepositions after which a trip noun names where it goes ("a visit to X", "a tour of X", "a trip in X").
_DESTINATION_PREPS = ("to", "of", "in", "for")
# Prepositions by which a clause tells a trip its subject makes ("X returned from a European trip", "X said during
# his Asian tour", "X is on an Asian tour").
_FRAME_PREPS = frozenset({"from", "on", "during", "after", "before", "at", "since"})


def _framing_subjects(noun: Token) -> list[Token]:
    """The subject of the verb a trip noun is the object of a framing preposition of ("X returned from a trip")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _FRAME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return subject_tokens(prep.head)


def travellers(noun: Token, agents: list[Token], gov: Token | None, resolver: Resolver) -> list[Token]:
    """The words that name who makes the trip other than an adjective on it: a possessor ("his", "Shultz's"), the
    agent ("by X"), the subject of the light verb that has the trip ("X began a tour") or of the verb the trip frames
    ("X returned from a trip")."""
    named = [c for c in noun.children if c.dep_ == "poss" and resolver.many(c)] + agents
    named += subject_tokens(gov) if gov is not None else []
    named += _framing_subjects(noun)
    return [t for t in named if resolver.many(t)]


def destination_adjectives(noun: Token, modifiers: list[Token], agents: list[Token], gov: Token | None,
                           resolver: Resolver) -> list[Token]:
    """The adjectives among a trip noun's `modifiers` that tell where it goes: a state's or a region's adjective
    ("his Asian tour", "Shultz's Soviet visit", "X returned from a European trip": Asia, the Soviet Union, Europe)
    where the trip names no destination of its own and its traveller is named otherwise (`travellers`). Without a
    traveller ("the Soviet visit was a success") or with a destination ("the Soviet visit to Washington") the
    adjective is the one who goes, and stays the doer."""
    adjectives = [c for c in modifiers if c.dep_ == "amod"
                  and all(resolver.label(i) in _PLACE_ADJECTIVE_LABELS for i in resolver.many(c))]
    if not adjectives or any(resolver.many(t) for t in prep_objects(noun, _DESTINATION_PREPS)):
        return []
    return adjectives if travellers(noun, agents, gov, resolver) else []
