"""A programme, a walkout or a school joined, and an organisation a person joins by its name, take in a member: no
meeting with anyone (patterns/none.yaml, the converted dictionary's bare "join", CONSULT 040). A person who joins a
person keeps that reading. Sentences written for these tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Three more shipyards joined the Danish frigate programme this spring.",
    "Hundreds of dockers joined the walkout in Gdansk on Tuesday.",
    "Mr. Halloran joined the Ruritanian Broadcasting Corporation in 1971 as a junior editor.",
    "New recruits keep joining local chapters of the Latvian veterans' league across the country.",
])
def test_a_body_joined_as_a_member_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


def test_a_person_joined_by_a_person_stays_a_meeting(code):
    events, _ = code("The Danish prime minister joined the Swedish king at the ceremony in Lund.")
    assert [e for e in events if e.type == "CONSULT"], found_acts(events)
