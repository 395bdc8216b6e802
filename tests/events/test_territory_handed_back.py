"""Territory returned or handed back to a state, or to its rule, is ceded (PLOVER RETREAT: "ceding territory";
CAMEO 0842 return property), told in the active or the passive, with the particle "back" the parser may read as an
adverb (patterns/retreat.yaml, events/matching.py)."""

from __future__ import annotations

import pytest


def _returns(events):
    return [e for e in events if e.type == "RETREAT" and e.cameo == "0842"]


@pytest.mark.parametrize("text", [
    "The disputed islands will be returned to Japan next year.",
    "The former colony would be handed back to Chinese rule in 2030.",
    "Britain returned the islands to Argentina on Monday.",
    "Japan handed back the islands to Russia on Monday.",
    "Egypt handed the border town over to Sudan on Friday.",
])
def test_territory_handed_back_is_ceded(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _returns(events), [(e.type, e.cameo, e.trigger) for e in events]


def test_the_receiver_is_the_target(code, rules_only):
    events, actors = code("Japan handed back the islands to Russia on Monday.", "2024-06-01")
    (event,) = _returns(events)
    assert [actors[i].name for i in event.target] == ["Russia"]


@pytest.mark.parametrize("text", [
    "The Peruvian president returned to Lima on Sunday.",
    "The Japanese envoy will return to Tokyo next week.",
])
def test_a_journey_home_is_no_cession(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not _returns(events), [(e.type, e.cameo, e.trigger) for e in events]
