"""A wish about a show or a season, or about people at large, asks no party to act (data/non_events.yaml "a wish
about a show or about people at large"): "does not want the tour to end", "wants the world to read more poetry"
are no requests (the converted dictionary lists "want" among the verbs of demanding). A wish of an act of one who
can act ("wants Peru to withdraw", "wants the party to end its boycott") stays the wisher's request."""

from __future__ import annotations

import pytest


def _types(events) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The French president wants the world to read more poetry.",
    "The Kenyan foreign minister wants everyone to think harder about where their timber comes from.",
    "Maria Lopez does not want the festival to end, she told reporters.",
    "Japan wants the public to accept the new pension plan.",
    "The actor would like his fans to watch the film in cinemas.",
])
def test_a_wish_about_a_show_or_people_at_large_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], _types(events)


@pytest.mark.parametrize("text", [
    "Chile wants Peru to withdraw its troops from the border.",
    "Mexico wants the party to end its boycott of the vote.",
])
def test_a_wish_of_a_party_able_to_act_stays_a_request(code, text):
    # must-not: the one wished to act is a state or a party
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], _types(events)
