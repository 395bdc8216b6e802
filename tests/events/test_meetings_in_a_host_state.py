"""The state a meeting is held in is its target where the meeting's doer is of another state and the sentence names
no other party (events/roles/model.py `host_state`): the place where an event happens is otherwise no side. Not a
city ("talks in Geneva"), nor the doer's own state, nor a target for acts other than meetings. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from dossier.events.roles import model as role_model
from dossier.model import Entity, Event
from tests.events.conftest import names, resolver_of


@pytest.mark.parametrize("text, host", [
    ('"We are pleased," the Portuguese minister said after three rounds of talks in the Chinese capital.',
     "China"),
    ("The Kenyan foreign minister held talks in Japan on Monday.", "Japan"),
])
def test_the_state_a_meeting_is_held_in_is_its_host(code, text, host):
    events, actors = code(text)
    meeting = next(e for e in events if e.type == "CONSULT")
    assert names(meeting.target, actors) == {host}


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister held talks in Geneva on Monday.",  # a city: a venue
    "The Chinese foreign minister held talks in China on Monday.",  # the doer's own state
])
def test_no_host_from_a_city_or_the_doer_s_own_state(code, text):
    events, actors = code(text)
    meeting = next(e for e in events if e.type == "CONSULT")
    assert not meeting.target


_STATES = {"CHN": Entity(id="CHN", name="China", type="GPE", kind="government", country="CHN", cameo="CHN"),
           "PRT": Entity(id="PRT", name="Portugal's minister", type="PERSON", kind="person", country="PRT",
                         cameo="PRTGOV"),
           "city": Entity(id="city", name="Geneva", type="GPE", kind="place", country="CHE")}


@pytest.mark.parametrize("actor, side, type_, host", [
    ("CHN", "target", "CONSULT", True),
    ("CHN", "source", "CONSULT", False),  # the host is no doer
    ("CHN", "target", "ASSAULT", False),  # "an attack in China": where it happened
    ("city", "target", "CONSULT", False),  # a city is a venue
])
def test_host_state_only_for_a_meeting_s_target_in_a_state(actor, side, type_, host):
    event = Event(id="e", type=type_, source=["PRT"], target=[], location=actor)
    cand = role_model.Candidate(token=None, anchor=None, actor=actor)
    assert role_model.host_state(cand, side, event, resolver_of(_STATES)) is host
