"""Obligation: "has to", "have to", "will have to", "needs to" leave the act owed, not done nor planned (status
hypothetical, as with "must"); a present obligation a speaker lays on a named party ("X said Y has to go") is a
demand of Y, as "must" is; an obligation foretold ("Y will have to go, X said"), one lifted ("does not have to") and
one met in the past ("had to withdraw") are none."""

from __future__ import annotations

import pytest

from dossier.events.status import clause_modals, obliged
from tests.events.conftest import names


def _demands(events):
    return [e for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Bolivia has to withdraw its troops from the border.",
    "The Ruiz cabinet will have to resign.",
    "Paraguay needs to release the detained fishermen.",
    "The two governments have to sign the water treaty by March.",
    "Paraguay is required to release the detained fishermen.",
    "Paraguay will be obliged to release the detained fishermen.",
])
def test_an_owed_act_is_not_done(code, rules_only, text):
    events, _ = code(text)
    assert events and all(e.status == "hypothetical" for e in events), [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Bolivia had to withdraw its troops from the border last week.",
    "Paraguay released the detained fishermen on Monday.",
    "Paraguay was required to release the detained fishermen in May.",
])
def test_an_obligation_met_or_none_leaves_the_act_done(code, rules_only, text):
    events, _ = code(text)
    assert events and all(e.status == "occurred" for e in events), [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Ecuador has to free the prisoners, the Colombian president said.",
    "The Colombian president said Ecuador needs to free the prisoners.",
    "The Colombian president said Ecuador must free the prisoners.",
])
def test_a_present_obligation_laid_on_a_party_is_a_demand_of_it(code, rules_only, text):
    events, actors = code(text)
    (demand,) = _demands(events)
    assert names(demand.target, actors) == {"Ecuador"} and demand.status == "occurred"
    assert not [e for e in events if e.type != "REQUEST"]  # the freeing is what is asked, not an act of its own


@pytest.mark.parametrize("text", [
    "Ecuador will have to free the prisoners, a Colombian analyst said.",
    "Ecuador does not have to free the prisoners, the Colombian president said.",
    "The Colombian president said Ecuador had to free the prisoners.",
    "The Colombian president said Ecuador has a plan to free the prisoners.",
    "The Colombian president said Ecuador is required to free the prisoners.",
])
def test_a_forecast_a_lifted_or_a_past_obligation_asks_nobody(code, rules_only, text):
    events, actors = code(text)
    assert not any("Ecuador" in names(e.target, actors) for e in _demands(events))


@pytest.mark.parametrize("text, expected", [
    ("Chile said Peru has to pay.", {"must"}),
    ("Chile said Peru needs to pay.", {"must"}),
    ("Chile said Peru will have to pay.", {"will"}),
    ("Chile said Peru had to pay.", set()),
    ("Chile said Peru does not have to pay.", {"does"}),
    ("Chile said Peru should pay.", {"should"}),
])
def test_the_modals_of_a_reported_clause(nlp, text, expected):
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    (clause,) = [c for c in said.children if c.dep_ == "ccomp"]
    assert clause_modals(clause) == expected


def test_a_noun_of_need_is_no_obligation(nlp):
    doc = nlp("Peru has a need to borrow.")
    assert not any(obliged(t) for t in doc)


def test_an_obligation_lifted_is_no_refusal(code, rules_only):
    events, _ = code("Bolivia will not have to withdraw its troops from the border.")
    assert not [e for e in events if e.type == "REJECT"]
    events, _ = code("Bolivia will not withdraw its troops from the border.")  # its own "will not": a refusal
    assert [e for e in events if e.type == "REJECT" and e.status == "occurred"]


def test_an_obligation_agreed_on_is_an_agreement(code, rules_only):
    events, _ = code("Bolivia and Chile agreed that the two states have to share the river's water.")
    assert [e for e in events if e.type == "AGREE"]
    events, _ = code("Bolivia and Chile agreed that trade between them had grown.")  # a remark: no course agreed
    assert not [e for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Smith said the longer Acme waits, the longer they have to show investors a better outlook.",
    "Chile said Peru has three weeks to pay.",
    "Chile said Peru needs more time to pay.",
])
def test_time_or_a_thing_had_is_no_obligation(nlp, text):
    doc = nlp(text)
    assert not any(obliged(t) for t in doc)


def test_an_adverb_may_stand_in_an_obligation(nlp):
    doc = nlp("Chile said Peru has first to pay the debt.")
    assert any(obliged(t) for t in doc)
