"""A consultation of people of no public office (or of nobody named) with the police or the courts, and else with
places or private people alone ("she phoned police", "staff notified the police department", "police said they were
called to a bakery"), is a service asked or a private encounter, no act between parties on a page
(events/relevance.py `call_on_the_police`; round 82, pagenoise82). The police's own acts, and a political actor's
meeting with the police, stay. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.relevance import call_on_the_police
from dossier.model import Entity, Event
from tests.events.conftest import found_acts

ACTORS = {
    "woman": Entity(id="woman", name="Ada Finch", type="PERSON", kind="person"),
    "shop": Entity(id="shop", name="Elm Bakery", type="ORG", kind="company", cameo="GBRBUS"),
    "police": Entity(id="police", name="police (country unknown)", type="ORG", kind="government", cameo="---COP",
                     known=True),
    "dept": Entity(id="dept", name="Leeds Police Department", type="ORG", kind="government", country="GBR",
                   cameo="GBRGOV"),
    "party": Entity(id="party", name="Labour Party", type="ORG", kind="party", country="GBR", cameo="GBRPTY",
                    known=True),
    "mayor": Entity(id="mayor", name="Tom Reeve", type="PERSON", kind="person", country="GBR", cameo="GBRGOV"),
}


@pytest.mark.parametrize("kind, source, target", [
    ("CONSULT", ["woman"], ["police"]),          # phoned police
    ("CONSULT", ["shop"], ["dept"]),             # notified the police department
    ("CONSULT", [], ["police", "shop"]),         # officers were called to the shop
    ("REQUEST", [], ["police"]),                 # "were called to", read as a request by nobody
])
def test_a_call_on_the_police_is_no_act(kind, source, target):
    assert call_on_the_police(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


@pytest.mark.parametrize("kind, source, target", [
    ("CONSULT", ["party"], ["police"]),          # a party meets the police
    ("CONSULT", ["police"], ["woman"]),          # the police's own act
    ("CONSULT", ["woman"], ["police", "mayor"]), # an official met too
    ("REQUEST", ["woman"], ["police"]),          # a demand made of the police by someone named
    ("CONSULT", ["woman"], ["shop"]),            # no police at all
])
def test_the_police_s_acts_and_political_meetings_stay(kind, source, target):
    assert not call_on_the_police(Event(id="t:e1", type=kind, source=source, target=target), ACTORS)


VAN = ("A woman was killed on Friday when a van struck her on Elm Street in Bristol. Police said they were called to "
       "a bakery on Elm Street, where the van had stopped. The driver, 52, was arrested at the scene. She later "
       "phoned police to say she had been driving. He was charged with dangerous driving. The woman's family asked "
       "for privacy.")


def test_calls_to_the_police_go_and_the_arrest_stays(code):
    events, _ = code(VAN)
    assert not [e for e in events if e.type in ("CONSULT", "REQUEST")], found_acts(events)
    assert [e for e in events if e.type == "COERCE"], found_acts(events)
