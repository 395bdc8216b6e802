"""The police's search of a place nobody is named to own ("a police detective searched the motel room", "the officers
inspected the house") is a step of a crime inquiry, no act between parties (events/data/
non_events.yaml "a place searched by the police, owned by nobody named"; kept narrow: police doers only). A search
of a named owner's home, and an army's search of a village for rebels, stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "A police detective searched the motel room on Friday and found nothing.",
    "The officers inspected the house and left without finding the boy.",
])
def test_a_room_searched_by_the_police_is_no_event(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Police searched the home of the opposition leader on Monday.",
    "The army searched the village for rebels.",
])
def test_a_named_owners_home_or_a_village_searched_stays(code, text):
    events, _ = code(text)
    assert events, found_acts(events)
