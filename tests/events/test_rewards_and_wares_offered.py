"""A reward offered to the public, or a seller's wares, is no pledge to a party (events/data/non_events.yaml "a
reward or wares offered"), and buyers' demand met is no concession ("a market's demand met"); an offer of a loan, of
talks or of help to a party stays AGREE, and a party's demands met stay a concession."""

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


@pytest.mark.parametrize("text", [
    "Japanese and British banks have been adding to their stocks of gilts to meet demand from investors.",
    "Saudi Aramco raised output to satisfy demand from Asian refiners, Riyadh said.",
])
def test_demand_from_buyers_met_is_no_concession(code, text):
    events, _ = code(text)
    assert "CONCEDE" not in {e.type for e in events}, _found(events)


def test_demands_of_a_party_met_stay_a_concession(code):
    events, _ = code("The Kenyan government met the demands of the striking doctors on Friday.")
    assert "CONCEDE" in {e.type for e in events}, _found(events)
