"""Goods and works offered, shown or put out (events/goods.py): "Audi will offer the car in 13 colours", "the firm
unveiled two new handsets", "the studio released the first trailer"; a release of a thing frees nobody ("released
the footage"). What a state offers (talks, a loan) and the people or holdings it releases stay events."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The German carmaker will offer the new sedan in nine colours across Europe.",
    "Samsung offers a free version of its software to students in Kenya.",
    "Amazon is offering discounts on Japanese laptops this week.",
    "The Finnish firm unveiled two new handsets in London on Monday.",
    "The new tablet from Seoul was unveiled on Sunday night in Paris.",
])
def test_goods_offered_or_shown_are_no_act(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type in ("AGREE", "SUPPORT", "RETREAT")], \
        [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The Polish studio released the first trailer for its new game.",
    "Federal prosecutors in Ohio released the body camera footage on Friday.",
    "The senator released a letter from his doctor in March.",
    "The White House released the transcript of the call with the Ukrainian president.",
])
def test_a_release_of_a_thing_frees_nobody(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("Iran released the British tanker and its crew on Friday.", "RETREAT"),
    ("The rebels released the hostages in Mali on Sunday.", "RETREAT"),
    ("Colombia freed 40 prisoners from the rebel group on Monday.", "RETREAT"),
    ("Kenyan officials ordered the release of the detained Ugandan fishermen.", "RETREAT"),
    ("Ecuador released the detained fishermen on Sunday.", "RETREAT"),
    ("Japan offered Vietnam a loan of $2 billion for the new port.", "AGREE"),
    ("Norway offered to host talks between the two sides.", "AGREE"),
])
def test_releases_of_people_and_offers_of_states_stay(code, text, kind):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == kind], [(e.type, e.cameo, e.trigger, e.source) for e in events]
