"""A reward offered to the public, or a seller's wares, is no pledge to a party (events/data/non_events.yaml "a
reward or wares offered"); an offer of a loan, of talks or of help to a party stays AGREE."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Texas police are offering a $10,000 reward for information about the shooting.",
    "The Irish broadcaster RTE offers programming for children every afternoon.",
    "The Turkish airline is offering discounts on flights to Berlin this winter.",
])
def test_a_reward_or_wares_offered_are_no_pledge(code, text):
    events, _ = code(text)
    assert "AGREE" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Japan offered Indonesia a loan of two billion dollars.",
    "China offered aid to Tonga after the eruption.",
])
def test_an_offer_to_a_party_stays(code, text):
    events, _ = code(text)
    assert "AGREE" in {e.type for e in events}, _found(events)
