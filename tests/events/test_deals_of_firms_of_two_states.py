"""A deal, a venture or money between firms alone is their trade though the firms are of two states, and a state
named only as a side's nationality ("Japanese telecom group SoftBank") is no party beside the act
(events/relevance.py `firms_own_trade`, data/relevance.yaml `firms_deals`; `_a_sides_nationality`). A deal with a
state or its minister stays, as does a state's own money put into a firm, and two exchanges' accord (market
houses, `market_houses`: cooperation of markets, as PLV codes it). Sentences written here (round 75)."""

from __future__ import annotations

import pytest


def _seen(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("sentence", [
    "Japanese telecom group SoftBank agreed on Tuesday to inject $5 billion into WeWork, the office-sharing firm it "
    "already controls.",
    "Toyota agreed to buy a 20 percent stake in Uber for $1 billion.",
])
def test_a_deal_of_firms_of_two_states_is_their_trade(code, sentence):
    events, _ = code(sentence)
    assert not [e for e in events if e.type in ("AGREE", "COOPERATE", "AID")], _seen(events)


@pytest.mark.parametrize("sentence", [
    "Toyota signed an agreement with the Kenyan government to build a car plant near Nairobi.",
    "The Kenyan government agreed to inject $200 million into the national airline.",
    "The Nairobi Securities Exchange and the Uganda Securities Exchange agreed to share data on cross-listed shares.",
])
def test_a_deal_with_a_state_stays(code, sentence):  # must-nots
    events, _ = code(sentence)
    assert [e for e in events if e.type in ("AGREE", "COOPERATE", "AID")], _seen(events)
