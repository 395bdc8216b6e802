"""A refusal vowed is the refusal planned (threaten.yaml `vowed_as_act`, lexicon `planning_verbs`), as one announced
is, not a promise (AGREE 030); a cooperative act vowed stays the promise, a conflict act vowed the threat. A veto
vowed or announced is a threat (round 70, veto70: test_vetoes_held_out.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, cameo", [
    ("Chancellor Kohl has promised to oppose the plan at the summit in Venice.", "oppose", "120"),
])
def test_a_refusal_vowed_is_the_refusal_planned(code, text, word, cameo):
    events, _ = code(text)
    assert [(e.type, e.cameo, e.status) for e in events if e.type in ("AGREE", "REJECT")] == \
        [("REJECT", cameo, "planned")], [(e.type, e.cameo, e.trigger, e.status) for e in events]


def test_a_refusal_announced_stays_planned(code):
    events, _ = code("Chancellor Kohl said he would reject any cut in farm spending.")
    assert [(e.type, e.status) for e in events] == [("REJECT", "planned")], [(e.type, e.trigger) for e in events]


def test_cooperation_vowed_stays_a_promise(code):
    events, _ = code("The president vowed to cooperate with parliament on the budget.")
    assert [(e.type, e.cameo) for e in events] == [("AGREE", "030")], [(e.type, e.trigger) for e in events]


def test_a_fight_vowed_stays_a_threat(code):
    events, _ = code("Iran vowed to fight on until victory.")
    assert [e.type for e in events] == ["THREATEN"], [(e.type, e.trigger) for e in events]
