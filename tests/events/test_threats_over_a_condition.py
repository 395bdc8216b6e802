"""A warning that any act of a kind would meet a response ("any interference in X's affairs would meet a firm
response") threatens whoever does that act: the one named as its doer ("by Y", "from Y", "Y's", "U.S.
interference") is the threat's target (warned_conditions.condition_doers); the one it would be done to or in ("in X's affairs",
"on X") is not, so with no doer named the threat has no target (warned_conditions.condition_undergoer, role_model.excluded).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _threats(code, text):
    events, actors = code(text)
    return [([actors[i].country for i in e.source], [actors[i].country for i in e.target])
            for e in events if e.type == "THREATEN"]


@pytest.mark.parametrize("text, target", [
    ("Beijing warned that any interference by Washington in Taiwan's affairs would meet a firm response.", "USA"),
    ("Moscow warned that any interference in Moldova's affairs by Romania would draw a strong response.", "ROU"),
    ("India warned that any Chinese meddling in Bhutan would meet a strong response.", "CHN"),
    ("Tehran warned that Israel's aggression against Lebanon would be met with force.", "ISR"),
])
def test_the_doer_of_the_condition_is_the_one_warned(code, text, target):
    threats = _threats(code, text)
    assert threats and all(t == [target] for _, t in threats), threats


@pytest.mark.parametrize("text, undergoer", [
    ("Beijing warned on Monday that any interference in Taiwan's affairs would meet a firm response.", "TWN"),
    ("Tehran warned that any attack on Syria would be met with force.", "SYR"),
])
def test_the_one_the_condition_would_be_done_to_is_not_warned(code, text, undergoer):
    threats = _threats(code, text)
    assert threats and all(undergoer not in t for _, t in threats), threats


def test_a_named_addressee_stays_the_one_warned(code):
    threats = _threats(code, "Ankara warned Athens that any interference in Cyprus would meet a strong response.")
    assert threats and all(t == ["GRC"] for _, t in threats), threats
