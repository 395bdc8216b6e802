"""A door's idiom: the act named inside it ("closed the door to membership talks", "not shut the door on talks") is
neither held nor made (events/data/non_events.yaml "the act inside a door's idiom"), and a door not shut ("is not
shutting the door on a deal") is no refusal and no act, nor is its telling ("a door not shut";
Coder._tells_a_silenced_clause). Talks held stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Turkey has closed the door to membership talks with the EU.",
    "Argentina said it had not shut the door on talks with Britain.",
    "Argentina said it had shut the door on talks with Britain.",
])
def test_talks_inside_a_door_idiom_are_not_held(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events, status=True)


def test_a_door_not_shut_is_no_refusal(code):
    events, _ = code('"Britain is not shutting the door on a deal," the prime minister said.')
    assert not events, found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Turkey held membership talks with the EU in Brussels.",
    "Argentina said it was ready for talks with Britain.",
])
def test_talks_held_or_offered_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT"], found_acts(events, status=True)
