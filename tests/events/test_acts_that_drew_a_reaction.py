"""A noun act that is the subject of a verb of causing a reaction ("the arrest of the envoy drew protests", "the
expulsion angered London") is told as having happened, so it is coded, not dropped as talk about an act; the
reaction named with "from" its author ("drew condemnation from Egypt") is that author's act against the first act's
doer. An infinitive on a noun of decision ("Beijing's decision to expel the diplomats") is the act decided, planned,
as "Beijing decided to expel the diplomats" is; an infinitive on a plan or an attempt stays what the noun is for."""

from __future__ import annotations

import pytest


def _countries(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, ptype, source, target", [
    ("The arrest of the Japanese envoy by the Chilean police drew protests in Tokyo.", "COERCE", "CHL", "JPN"),
    ("The expulsion of the Dutch ambassador by Turkey provoked anger in The Hague.", "SANCTION", "TUR", "NLD"),
    ("Chile's criticism of the Peruvian government sparked a row.", "ACCUSE", "CHL", "PER"),
])
def test_an_act_that_drew_a_reaction_took_place(code, rules_only, text, ptype, source, target):
    events, actors = code(text, "2024-03-01")
    (event,) = [e for e in events if e.type == ptype]
    assert _countries(event.source, actors) == {source}
    assert _countries(event.target, actors) == {target}
    assert event.status == "occurred"


def test_a_reaction_from_someone_answers_the_act_s_doer(code, rules_only):
    events, actors = code("The Israeli air strike on the port triggered condemnation from Egypt.", "2024-03-01")
    (event,) = [e for e in events if e.type == "ACCUSE"]
    assert _countries(event.source, actors) == {"EGY"}
    assert _countries(event.target, actors) == {"ISR"}


@pytest.mark.parametrize("text", [
    "The criticism of the Peruvian government by Chile was unfair, the paper wrote.",  # judged, not drawing anything
    "Chile's criticism of the Peruvian government is well known.",
])
def test_a_noun_act_only_talked_about_stays_uncoded(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_decision_to_act_is_the_act_planned_by_the_one_who_decides(code, rules_only):
    events, actors = code("Beijing's decision to expel the British diplomats angered London.", "2024-03-01")
    (event,) = [e for e in events if e.type == "SANCTION"]
    assert _countries(event.source, actors) == {"CHN"}
    assert event.status == "planned"


@pytest.mark.parametrize("text", [
    "Beijing's plan to expel the British diplomats was dropped.",
    "Beijing's attempt to expel the British diplomats failed.",
])
def test_a_plan_or_an_attempt_to_act_is_not_the_act(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert not [e for e in events if e.type == "SANCTION" and e.status == "occurred"]
