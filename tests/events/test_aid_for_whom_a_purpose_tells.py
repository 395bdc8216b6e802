"""A gift, a loan or aid whose recipient is told only by a purpose infinitive of helping ("granted $50 million to
help Kenya rebuild its ports"): the one helped is the target (roles.receiving.helped, data/receiving.yaml
`helping`); a purpose of another verb, or a help that names no one, gives no target, and a recipient the act names
itself stays the target. Sentences written for these tests; read with the rules alone (the role model may read a
sentence's other names)."""

from __future__ import annotations

import pytest


def _aid(code, text):
    events, actors = code(text)
    return [([actors[i].country for i in e.source], [actors[i].country for i in e.target])
            for e in events if e.type == "AID"]


@pytest.mark.parametrize("text, source, target", [
    ("Japan granted $50 million to help Kenya rebuild its ports.", "JPN", "KEN"),
    ("Germany will provide 30 million marks in aid to help Sudan feed refugees.", "DEU", "SDN"),
    ("Canada announced it would lend 80 million dollars to help Ghana pay for imports.", "CAN", "GHA"),
    ("Sweden gave 40 million crowns to assist Vietnam.", "SWE", "VNM"),
    ("Japan announced a loan of 50 million dollars to help Kenya rebuild its ports.", "JPN", "KEN"),
])
def test_the_one_helped_is_the_target(code, rules_only, text, source, target):
    assert _aid(code, text) == [([source], [target])]


@pytest.mark.parametrize("text", [
    "Japan provided $5 million to buy Kenyan tea.",  # a purpose of buying: the tea is no recipient
    "Italy gave 10 million dollars to help pay for the new dam.",  # the help names no one
])
def test_no_target_from_a_purpose_that_names_no_one_helped(code, rules_only, text):
    aid = _aid(code, text)
    assert aid and all(t == [] for _, t in aid), aid


@pytest.mark.parametrize("text, source, target", [
    ("Britain gave Uganda 5 million pounds to help Kenya build a road.", "GBR", "UGA"),
    ("Sweden lent 40 million crowns to Laos to help Vietnam.", "SWE", "LAO"),
])
def test_a_recipient_the_act_names_stays_the_target(code, rules_only, text, source, target):
    # the money goes to the one the act names; the one it is meant to help is not added
    assert _aid(code, text) == [([source], [target])]
