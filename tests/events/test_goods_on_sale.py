"""Goods on sale and firms that start up (events/goods.py): a thing offered for a price ("Amazon is offering the
speaker for $89"), what goods offer ("the new router offers fast speeds"), a firm that launches with no object
("Netflix launched in Brazil in 2011"). None is an act of one actor on another; a state's offer of a sum, a loan or
talks, and a launch of weapons or attacks, stay events."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Amazon is currently offering the Bose speaker for $89.",
    "Target is offering the Nintendo console at $279 through Sunday.",
    "Vodafone's new router offers fast speeds to families in Madrid.",
    "The Samsung tablet offers a bright screen and two cameras.",
    "Netflix launched in Brazil in 2011 with a small catalogue.",
    "The Kenyan startup launched in Nairobi last spring with twelve staff.",
])
def test_goods_on_sale_and_firms_that_start_up_are_no_act(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type in ("AGREE", "ASSAULT", "AID")], \
        [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("Japan offered Vietnam a loan of $2 billion for the new port.", "AGREE"),
    ("Qatar offered $500 million for the reconstruction of Gaza.", "AGREE"),
    ("Iran offers talks with the United States.", "AGREE"),
    ("Israel launched air strikes on Gaza on Tuesday.", "ASSAULT"),
    ("Hamas launched rockets at Tel Aviv overnight.", "ASSAULT"),
    ("The rebels launched an offensive against the army in Darfur.", "ASSAULT"),
])
def test_offers_of_states_and_launches_of_attacks_stay(code, text, kind):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == kind], [(e.type, e.cameo, e.trigger, e.source) for e in events]
