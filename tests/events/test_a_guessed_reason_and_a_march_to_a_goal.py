"""Two figures of a writer's that tell no act: a guessed reason for a party's act ("the likeliest reason the
villagers refuse to leave is fear": data/non_events.yaml "an act a guessed reason is given for") and a march towards
what is no place ("the miner marches towards its output target": "a march towards a goal"). The act told in its own
clause, and a march towards a place, stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Diplomats believe the most probable reason Uganda is refusing to sign the accord is the cost of the pipeline.",
    "The likeliest reason Kenya rejected the offer was its cost, officials said.",
    "One possible reason why Uganda rejected the offer is the cost of the pipeline, analysts said.",
])
def test_an_act_a_guessed_reason_is_given_for_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("REJECT", "AGREE")], [(e.type, e.trigger) for e in events]


def test_the_act_told_in_its_own_clause_stays(code):
    events, _ = code("Uganda rejected the Kenyan offer on Monday, and the likely reason is the cost of the pipeline.")
    assert [e for e in events if e.type == "REJECT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Australian miner is marching towards its long-awaited output upgrade later this year.",
    "Kenya's biggest miner is marching toward a record output this year.",
    "The Chinese carmaker is marching towards its goal of selling a million cars in Europe.",
])
def test_a_march_towards_a_goal_is_no_protest(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Thousands of Chilean students marched towards the presidential palace on Tuesday.",
    "Kenyan opposition supporters marched toward the parliament on Monday.",
])
def test_a_march_towards_a_place_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]
