"""A picture shot ("the clip, shot by a broadcaster"), a product that "hits" a country ("the new streaming service is
hitting Kenya") and a thing killed off ("kill off its unit") are no attacks (data/non_events.yaml "a picture shot",
"a product that reaches a place", "a thing killed off"). People shot, places hit by troops or by a state's
services, and rebels killed off stay attacks. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The clip, shot by a Kenyan broadcaster in Nairobi, shows the minister arriving at the summit.",
    "A Ugandan crew shot the footage in Kampala last week.",
    "The video was shot by a Ugandan journalist in Gulu.",
    "Acme's new streaming service is hitting Kenya this week, the firm announced.",
    "Acme is not the first streaming service to hit Uganda.",
    "The firm would love to kill off its Ugandan unit entirely if it could.",
])
def test_no_attack(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Soldiers shot two protesters in Kampala on Monday.",
    "Ugandan troops shot a Kenyan cameraman near the border.",
    "Ugandan rebels hit a Kenyan border post on Monday.",
    "The Kenyan security services hit rebel camps in Somalia on Monday.",
    "Ugandan troops killed off the last rebels near the Kenyan border.",
])
def test_attacks_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT"]
