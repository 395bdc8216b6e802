"""A thing or a step as the doer of a second verb ("news of the harvest is welcome to growers and compels importers
to …", "the plan is costly and will help the farmers …"): the conjunct takes the subject of the verb it hangs on, and
what a thing forces or a step helps is no act (non_events.yaml, "a thing's second verb"); a conjunct with its own
subject, or an actor's second verb, keeps its act. A market's recovery, rebound or upturn that aids someone is an
economic force as the doer, no aid ("economic force as the doer")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("News of the poor harvest in Peru is welcome to growers and compels importers to look for other suppliers.",
     "compels"),
    ("Higher tariffs hurt exporters and forced Taiwan to buy more wheat.", "forced"),
    ("The plan is costly and will help the farmers of Chad.", "help"),
    ("The new scheme lasts until 1995 and will help the state rail firm of Kenya.", "help"),
])
def test_a_things_second_verb_is_no_act(code, text, word):
    events, _ = code(text)
    assert not [e for e in events if word in e.trigger.split(" … ")], [(e.type, e.trigger) for e in events]


def test_a_project_that_helps_is_no_aid(code):
    events, _ = code("The project will help the farmers of Chad.")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, type_", [
    ("Tariffs rose and the army forced the villagers of Kandi to leave.", "forced", "COERCE"),
    ("The rebels took the bridge and forced the villagers to leave.", "forced", "COERCE"),
    ("Japan signed the accord and will help the farmers of Peru.", "help", "AID"),
    ("Japan is a close ally and will help the farmers of Peru.", "help", "AID"),
])
def test_an_actors_second_verb_keeps_its_act(code, text, word, type_):
    events, _ = code(text)
    assert [e.type for e in events if word in e.trigger.split(" … ")] == [type_], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Oman, aided by the recovery in world gas prices, unveiled a bigger budget for 1988 with a 4 pct rise in "
     "spending.", "aided"),
    ("Exporters in Ghana were helped by the upturn in cocoa prices, the ministry said.", "helped"),
])
def test_a_markets_recovery_as_the_doer_is_no_aid(code, text, word):
    events, _ = code(text)
    assert not [e for e in events if word in e.trigger.split(" … ")], [(e.type, e.trigger) for e in events]


def test_a_state_that_aids_keeps_its_aid(code):
    events, _ = code("Chile, aided by Brazil, announced a larger budget for next year.")
    assert [e.type for e in events if e.trigger == "aided"] == ["AID"], [(e.type, e.trigger) for e in events]
