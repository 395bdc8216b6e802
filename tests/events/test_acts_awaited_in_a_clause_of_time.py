"""A clause of time ("when", "once", "after", "as soon as"; data/negation.yaml `waiting_marks`) told in the present on
a verb with "will" or another modal tells an act still to come: planned under "will" ("will resign as soon as the
assembly passes the levy"), hypothetical under another modal or a "will not" ("would retaliate once Uganda
attacks"). Told in the past, or on a verb with no modal, the clause's act keeps its status."""

from __future__ import annotations

import pytest

from dossier.events.clauses import not_yet_done


@pytest.mark.parametrize("text, word, status", [
    ("The premier will resign as soon as the assembly passes the new levy.", "passes", "planned"),
    ("Kenya will sign the pact once Uganda withdraws its troops from the border.", "withdraws", "planned"),
    ("The cabinet will have to resign after the ruling party pushes the bills through.", "pushes", "planned"),
    ("The minister will fly to Lome after visiting Accra.", "visiting", "planned"),
    ("Kenya would retaliate once Uganda attacks its ships.", "attacks", "hypothetical"),
    ("Kenya will not sign the pact once Uganda withdraws its troops.", "withdraws", "hypothetical"),
    ("Kenya will send an envoy when Uganda has released the prisoners.", "released", "planned"),
])
def test_an_act_in_a_clause_of_time_waits_on_the_modal_verb(nlp, text, word, status):
    verb = next(t for t in nlp(text) if t.text == word)
    assert not_yet_done(verb, "occurred") == status


@pytest.mark.parametrize("text, word", [
    ("Kenya signed the pact after Uganda withdrew its troops.", "withdrew"),
    ("Kenya met Uganda's envoy when the talks resumed last week.", "resumed"),
    ("The envoy meets the minister whenever he visits Nairobi.", "visits"),
    ("Kenya will sign the pact, which Uganda signed when it withdrew its troops.", "withdrew"),
])
def test_an_act_told_in_the_past_or_under_no_modal_keeps_its_status(nlp, text, word):
    verb = next(t for t in nlp(text) if t.text == word)
    assert not_yet_done(verb, "occurred") == "occurred"


def test_the_act_in_the_clause_is_coded_as_planned(code, rules_only):
    events, _ = code("Kenya will sign the pact once Uganda withdraws its troops from the border.", "1987-03-20")
    assert [e.status for e in events if e.type == "RETREAT"] == ["planned"], [(e.type, e.trigger) for e in events]
