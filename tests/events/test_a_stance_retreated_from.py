"""A body that retreats from a stance, a demand or a plan gives ground on a policy: CONCEDE 080, no
military retreat (patterns/concede.yaml); forces retreating from their positions stay RETREAT, and a price or a
firm's stock retreating from a high names no event (patterns/none_word_senses.yaml). Sentences written for these
tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Kenyan finance ministry retreated from its demand for a new levy on Ugandan imports.",
    "Chile's labour ministry retreated from its plan to tax Peruvian seasonal workers.",
    "Peru's justice department has now retreated from that position on the extradition.",
])
def test_a_stance_given_up_is_a_concession(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONCEDE"], found_acts(events)
    assert not [e for e in events if e.type == "RETREAT"], found_acts(events)


def test_forces_leaving_their_positions_still_retreat(code):  # must-not
    events, _ = code("The Sudanese rebels retreated from their positions near the river town.")
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)


def test_a_stock_retreating_from_a_high_is_no_event(code):
    events, _ = code("Nordmetal Corp of Sweden retreated from its morning peak of 14-1/4 in New York trading.")
    assert not [e for e in events if e.type in ("RETREAT", "CONCEDE")], found_acts(events)
