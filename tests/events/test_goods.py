"""Goods and works offered, shown or put out (events/goods.py): "Audi will offer the car in 13 colours", "the firm
unveiled two new handsets", "the studio released the first trailer"; a release of a thing frees nobody ("released
the footage"); a thing offered for a price, what goods offer and a firm that launches with no object are no act
either ("Amazon is offering the speaker for $89", "the new router offers fast speeds", "Netflix launched in Brazil in
2011"). What a state offers (talks, a loan, a sum) and the people or holdings it releases, and a launch of strikes or
rockets, stay events."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The German carmaker will offer the new sedan in nine colours across Europe.",
    "Samsung offers a free version of its software to students in Kenya.",
    "Amazon is offering discounts on Japanese laptops this week.",
    "The Finnish firm unveiled two new handsets in London on Monday.",
    "The new tablet from Seoul was unveiled on Sunday night in Paris.",
    "Amazon is currently offering the Bose speaker for $89.",
    "Target is offering the Nintendo console at $279 through Sunday.",
    "Vodafone's new router offers fast speeds to families in Madrid.",
    "The Samsung tablet offers a bright screen and two cameras.",
    "Netflix launched in Brazil in 2011 with a small catalogue.",
    "The Kenyan startup launched in Nairobi last spring with twelve staff.",
])
def test_goods_offered_or_shown_are_no_act(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type in ("AGREE", "SUPPORT", "RETREAT", "ASSAULT", "AID")], \
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
    ("Qatar offered $500 million for the reconstruction of Gaza.", "AGREE"),
    ("Iran offers talks with the United States.", "AGREE"),
    ("Israel launched air strikes on Gaza on Tuesday.", "ASSAULT"),
    ("Hamas launched rockets at Tel Aviv overnight.", "ASSAULT"),
    ("The rebels launched an offensive against the army in Darfur.", "ASSAULT"),
])
def test_releases_of_people_and_offers_of_states_stay(code, text, kind):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == kind], [(e.type, e.cameo, e.trigger, e.source) for e in events]
