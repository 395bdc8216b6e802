"""Words and mentions that name no party to an act (data/no_party.yaml): the press, reporting verbs, places of a
region ("a tour of European capitals", "Asian markets")."""

from __future__ import annotations

from functools import cache
from pathlib import Path


from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver

_NO_PARTY = Path(__file__).parent / "data" / "no_party.yaml"
_PLACE_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_REGION_LABELS = frozenset({"NORP", "LOC"})  # a people or a region; not a body (ORG), whose markets are its own


@cache
def no_party_words() -> dict[str, frozenset[str]]:
    """data/no_party.yaml: {"press": nouns of the press, "quoting": reporting verbs whose passive subject speaks,
    "made": participles of making, "companions": participles of going with, "places": nouns of places}."""
    data = load_yaml(_NO_PARTY)
    return {key: frozenset(words) for key, words in data.items()}


@cache
def place_nouns() -> frozenset[str]:
    """data/no_party.yaml `places`: plural nouns of places and markets (lemmas)."""
    return frozenset(w.lower() for w in no_party_words()["places"])


def _place_set(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in place_nouns()


def region_places(tok: Token, resolver: Resolver) -> bool:
    """The mention, or the plural noun of places it qualifies, is a set of places of a region whose only actor is a
    demonym or a name that gives no country ("a tour of European capitals", "Asian markets", "Gulf ports"): places
    somewhere, no party to any act. A state's demonym makes them the state's and a party ("Japanese markets"), and
    a plural noun of states or people is not a place ("Arab states", "European leaders"); data/no_party.yaml
    `places`."""
    head = tok if _place_set(tok) else tok.head if tok.dep_ in _PLACE_MODIFIERS and _place_set(tok.head) else None
    if head is None or any(c.dep_ == "prep" for c in head.children if c.lower_ == "of"):
        return False  # "markets of Kenya and Uganda": the states named
    actor = resolver.one(head)
    entity = (resolver.doc._.actors or {}).get(actor) if actor else None
    return entity is not None and not entity.country and entity.type in _REGION_LABELS


def through_places(tok: Token, resolver: Resolver) -> bool:
    """The mention's actor is only that of a region's places inside its own phrase (`region_places`): "European
    capitals", and a noun that takes its actor from them ("the opening leg of a tour of European capitals": leg)."""
    actor = resolver.one(tok)
    return actor is not None and any(
        (_place_set(t) or _place_set(t.head)) and region_places(t, resolver) and resolver.one(t) == actor
        for t in tok.subtree)
