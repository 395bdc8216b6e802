"""A building besieged or surrounded ("laid siege to a university", "surrounded the statehouse", "X University was
besieged by police") is where the act is done, never its target: the target is the people the sentence says are in
it ("pinning students inside", "while lawmakers were still inside", "protesters trying to flee"), not the city it
stands in; else the state of a named building's country where the story names that state, else none
(data/no_party.yaml `sieges`, `buildings`, `inside`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.events.actors import Resolver
from dossier.events.roles.context import state_of
from dossier.events.roles.no_party import no_party_words
from dossier.model import Event

_OBJECTS = frozenset({"dobj", "obj"})
_CLAUSES = frozenset({"acl", "relcl"})


def _siege(trigger: Token) -> bool:
    sieges = no_party_words()["sieges"]
    return trigger.lemma_.lower() in sieges or any(c.dep_ in _OBJECTS and c.lemma_.lower() in sieges
                                                   for c in trigger.children)


def _building(doc: Doc, ident: str) -> bool:
    """A name no dictionary knows that names a building ("X University", "University of X")."""
    entity = (doc._.actors or {}).get(ident)
    if entity is None or entity.known or not ident.startswith("unk:"):
        return False
    words = entity.name.lower().split()
    buildings = no_party_words()["buildings"]
    return bool(words) and (words[-1] in buildings or (len(words) > 2 and words[0] in buildings and words[1] == "of"))


def _put_inside(tok: Token) -> bool:
    """The mention's verb or clause puts it in the place: a word of `inside` on its verb, on itself, as that verb,
    or as the verb of a clause on it or of that clause's infinitive ("students trying to flee")."""
    inside = no_party_words()["inside"]
    clauses = [c for c in tok.children if c.dep_ in _CLAUSES]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
    words = [tok.head, *tok.head.children, *tok.children, *clauses]
    return any(w.lower_ in inside or w.lemma_.lower() in inside for w in words if w.i != tok.i)


def _people_inside(trigger: Token, event: Event, resolver: Resolver, buildings: set[str]) -> list[str]:
    found = []
    for tok in trigger.sent:
        actor = resolver.one(tok) if tok.pos_ in ("NOUN", "PROPN", "PRON") else None
        entity = (resolver.doc._.actors or {}).get(actor or "")
        if entity is None or actor in buildings or actor in event.source or entity.kind == "place":
            continue
        if _put_inside(tok) and actor not in found:
            found.append(actor)
    return found


def held_inside(doc: Doc, events: list[Event], trigger_of, resolver: Resolver) -> None:
    """Set, in place, the target of each siege (`sieges`) whose target is empty, a building, or a city or region
    ("a college outside Lagos"): the people inside, else, for a building, the state of its country, else none; a
    place alone with nobody inside, or any other target, is left as it is."""
    actors = doc._.actors or {}
    for event in events:
        buildings = {i for i in event.target if _building(doc, i)}
        places = {i for i in event.target if i in actors and actors[i].kind == "place"}
        if len(buildings | places) < len(event.target):
            continue
        trigger = trigger_of(doc, event) if event.evidence else None
        if trigger is None or not _siege(trigger):
            continue
        people = _people_inside(trigger, event, resolver, buildings | places)
        if not people and buildings:
            countries = {actors[i].country for i in buildings}
            state = state_of(doc, countries.pop()) if len(countries) == 1 and None not in countries else None
            people = [state] if state and state not in event.source else []
        if people or buildings:
            event.target = people
