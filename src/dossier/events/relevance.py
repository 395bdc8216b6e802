"""Events about political actors: an event none of whose sides the actors stage can place is left out.

A side is placed when it comes from an actor dictionary (`Entity.known`, generic agents such as "police" among
them), has a country, is of a political kind (data/relevance.yaml: a government body, a party, an international
organisation) or is tagged as a group of people (a nationality, a religious or political group). An event with no
placed side (a startup "offers shops the best of both", "I visited the jungle planet first") tells nothing of relations
between states, their people or their firms that the store could count.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.data_files import load_word_lists
from dossier.model import Entity, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATA = Path(__file__).parent / "data" / "relevance.yaml"


@lru_cache(maxsize=1)
def political_kinds() -> frozenset[str]:
    """The kinds of actor that place an event with no country known (data/relevance.yaml)."""
    return load_word_lists(DATA).get("political_kinds", frozenset())


@lru_cache(maxsize=1)
def group_labels() -> frozenset[str]:
    """The tagger's labels of groups that place an actor with no country known ("African", "Kurdish"), in lower
    case (data/relevance.yaml)."""
    return load_word_lists(DATA).get("group_labels", frozenset())


def placed(actor: Entity | None, kinds: frozenset[str] | None = None) -> bool:
    """The actor is known to a dictionary, has a country, is of a political kind or is named as a group."""
    if actor is None:
        return False
    kinds = political_kinds() if kinds is None else kinds
    return bool(actor.known or actor.country or actor.kind in kinds or (actor.type or "").lower() in group_labels())


def is_placed(event: Event, actors: dict[str, Entity]) -> bool:
    """One side of the event (source or target) is a placed actor."""
    kinds = political_kinds()
    return any(placed(actors.get(a), kinds) for a in (*event.source, *event.target))


def placed_events(events: list[Event], actors: dict[str, Entity], doc: Doc | None = None) -> list[Event]:
    """The events with a placed side, in their order; given the Doc, also those whose sentence names a place or a
    nationality (`place_labels`: "a court in Lyon found him guilty", "the Nigerian Army mobilised")."""
    labels = place_labels() if doc is not None else frozenset()
    spans = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in labels] if labels else []
    return [e for e in events if is_placed(e, actors) or (spans and _names_a_place(e, spans))]


@lru_cache(maxsize=1)
def place_labels() -> frozenset[str]:
    """The tagger's labels of the names that place an event by its sentence (data/relevance.yaml)."""
    return frozenset(label.upper() for label in load_word_lists(DATA).get("place_labels", frozenset()))


def _names_a_place(event: Event, spans: list[tuple[int, int]]) -> bool:
    """A sentence of the event's evidence holds one of the spans (character offsets in the document)."""
    return any(ev.start is not None and ev.end is not None and ev.start <= a and b <= ev.end
               for ev in event.evidence for a, b in spans)
