"""A state told by another to do something is asked it, a demand (patterns/request.yaml's "tell" with an infinitive,
REQUEST 100); a demand put with "or face" a penalty is an ultimatum, a threat (threatened.ultimatum, THREATEN 131).
The press, a state's own firms or minister, or nobody in particular told something are asked nothing; "or face" a market's turn
names no penalty. Sentences written for these tests."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, teller, told", [
    ("Sweden told Chile to lift its curbs on salmon imports.", "SWE", "CHL"),
    ("The Norwegian foreign minister told Peru not to hold the disputed ballot.", "NOR", "PER"),
])
def test_a_party_told_to_act_is_asked_it(code, text, teller, told):
    events, actors = code(text)
    asked = [e for e in events if e.type == "REQUEST"]
    assert len(asked) == 1 and asked[0].cameo == "100", [(e.type, e.cameo, e.trigger) for e in events]
    assert countries(asked[0].source, actors) == {teller}
    assert countries(asked[0].target, actors) == {told}


@pytest.mark.parametrize("text", [
    "The chairman told shareholders not to sell their stock to the bidder.",
    "The minister told reporters to expect a ruling within days.",
    "The Korean ministry told Korean steel makers to trim their output.",
    "At the cabinet session the premier told his farm minister Olof Brandberg to double his efforts.",
])
def test_the_press_or_own_firms_told_are_asked_nothing(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, issuer, told", [
    ("The Swedish trade minister told Chile to settle the salmon quarrel or face a swift worsening of trade ties.",
     "SWE", "CHL"),
    ("Sweden told Chile to scrap its fish quotas by October or face tariffs.", "SWE", "CHL"),
    ("Chile must drop its new levy on timber or face Swedish retaliation, Sweden said.", "SWE", "CHL"),
])
def test_a_demand_with_or_face_a_penalty_is_a_threat(code, text, issuer, told):
    events, actors = code(text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert len(threats) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert threats[0].cameo == "131" and threats[0].status == "occurred"
    assert countries(threats[0].source, actors) == {issuer}
    assert countries(threats[0].target, actors) == {told}
    assert not [e for e in events if e.type == "REQUEST"]


def test_or_face_a_market_turn_is_no_threat(code):
    events, _ = code("Sweden told Chile to ease its budget or face a steeper slide in the peso.")
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger) for e in events]
