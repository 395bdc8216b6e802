"""Acts of people at large are no acts between parties (events/relevance.py `people_at_large`, data/relevance.yaml
people_at_large): on a page, an act whose every side is a group of civilians (a CAMEO code of no sector but CVL:
"residents", "people", "a nurse from Kenya") and which is done to such people or to no one is left out ("her parents
met to plan a concert", "the people back home help those still stranded"). An act of force, a demand or a complaint
with no target, and any act with a state, a body or a named person on a side stay; a single sentence (PLV's) keeps it
too. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.relevance import people_at_large
from dossier.model import Document, Entity, Event
from dossier.pipeline import process

PAGE = ('Hundreds of travellers are still waiting for a way home from the coast. The airport has been closed since '
    'March. Residents who already made it back are helping the people still stranded with money for tickets. '
    'Her mother, a nurse from Kenya, and her father, a teacher from Ghana, met in Leeds last week to plan a charity concert. The '
    'embassy said on Tuesday it would charter two more flights next week. Families of the stranded demanded '
    'faster help.')
ACTORS = {
    "res": Entity(id="res", name="civilians", type="NORP", kind="group", cameo="---CVL", known=True),
    "ken": Entity(id="ken", name="civilians (KEN)", type="NORP", kind="group", cameo="KENCVL", country="KEN"),
    "gha": Entity(id="gha", name="civilians (GHA)", type="NORP", kind="group", cameo="GHACVL", country="GHA"),
    "state": Entity(id="state", name="Ghana", type="GPE", kind="government", cameo="GHA", country="GHA", known=True),
    "nurse": Entity(id="nurse", name="Ama Boateng", type="PERSON", kind="person", country="GHA"),
    "rebels": Entity(id="rebels", name="rebels", type="NORP", kind="group", cameo="---REB", known=True),
}


def _code(nlp, text):
    result = next(process([Document(id="t", source="t", text=text, published="2020-05-01")], nlp=nlp))
    return result.events


@pytest.mark.parametrize("kind, source, target", [
    ("CONSULT", ["ken"], ["gha"]),   # two people of two states met
    ("AID", ["res"], ["res"]),       # people helping people
    ("COOPERATE", ["res"], []),      # people sharing their costs
])
def test_acts_of_people_at_large_upon_people_or_no_one(kind, source, target):
    assert people_at_large(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


@pytest.mark.parametrize("kind, source, target", [
    ("REQUEST", ["res"], []),        # a demand with no target may aim at a state
    ("ACCUSE", ["ken"], []),
    ("ASSAULT", ["res"], ["gha"]),   # force stays
    ("PROTEST", ["res"], []),
    ("CONSULT", ["res"], ["state"]),  # a state on a side
    ("AID", ["res"], ["nurse"]),      # a named person
    ("CONSULT", ["res"], ["rebels"]),  # an armed group
    ("CONCEDE", [], ["res"]),         # no doer named: perhaps a state's act
])
def test_force_aimed_demands_and_parties_keep_the_act(kind, source, target):
    assert not people_at_large(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


def test_a_page_leaves_out_the_meeting_of_two_people_and_one_sentence_keeps_it(nlp):
    assert not [e for e in _code(nlp, PAGE) if e.trigger == "met"]
    sentence = "Her mother, a nurse from Kenya, and her father, a teacher from Ghana, met in Leeds last week to plan a charity concert."
    assert [e for e in _code(nlp, sentence) if e.trigger == "met"]
