"""Whose negation a noun act takes: a negated verb that only speaks, thinks or judges of the act ("would not comment
on the talks", "did not criticise the visit") denies the speaking, not the act; a negated verb by which the act
happens denies it ("has not held talks", "the talks did not take place"), and so does "no" on the noun."""

from __future__ import annotations

import pytest


def _acts(events, ptype="CONSULT"):
    return [e for e in events if e.type == ptype]


@pytest.mark.parametrize("text, status", [
    ("The Ecuadorian foreign ministry would not comment on the talks between Peru and Chile.", "occurred"),
    ("Officials did not confirm the meeting between the Peruvian and Chilean presidents.", "occurred"),
    ("Peru did not criticise the visit of the Japanese prime minister to Chile.", "occurred"),
    ("The ministry would not discuss the upcoming visit of the Japanese prime minister to Chile.", "planned"),
])
def test_a_verb_that_only_speaks_of_the_act_does_not_deny_it(code, rules_only, text, status):
    events, _ = code(text, "2024-03-01")
    assert [e.status for e in _acts(events)] == [status]


@pytest.mark.parametrize("text", [
    "The talks between Peru and Chile did not take place.",
    "Chile has not held talks with Bolivia since 2020.",
    "There were no talks between Peru and Chile last year.",
    "The Peruvian president did not attend the summit with Chile.",
])
def test_a_verb_by_which_the_act_happens_or_no_on_the_noun_denies_it(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert [e.status for e in _acts(events)] == ["negated"]


def test_the_speaking_verb_s_own_act_stays_denied(code, rules_only):
    events, _ = code("Peru did not criticise the visit of the Japanese prime minister to Chile.", "2024-03-01")
    assert [e.status for e in _acts(events, "ACCUSE")] == ["negated"]
