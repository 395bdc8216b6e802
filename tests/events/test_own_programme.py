"""A state's executive saying what its own state must do tells its programme, not a request of itself
(events/own_state.py, data/own_state.yaml); a demand of the government by a union, rebels, a foreign state or of a
legislature stays a request."""

import pytest


def _requests(events) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Prime Minister Erik Lund said Norway must cut its spending on imported fuel.",
    "President Reagan told reporters the United States should save far more energy at home.",
    "Japan's Finance Ministry said on Tuesday that the government must keep a close watch on bank lending.",
    "Indonesia should build up rice stocks worth three months of use, Indonesian Agriculture Minister Budi Santoso "
    "said.",
])
def test_an_executive_on_its_own_state_asks_nobody(code, text):
    events, _ = code(text, published="1987-03-20")  # the year Reagan held his office
    assert not _requests(events), _requests(events)


@pytest.mark.parametrize("text", [
    "The head of the Lima dockworkers' union said the government must raise wages by June.",
    "Rebel commander Pedro Alves said the Angolan government should open talks with his movement.",
    "The British trade secretary said Japan must buy more foreign goods.",
    "The finance minister said parliament must pass the budget before June.",
])
def test_a_demand_of_others_stays_a_request(code, text):
    events, _ = code(text, published="1987-03-20")
    assert _requests(events), [(e.type, e.trigger, e.source, e.target) for e in events]
