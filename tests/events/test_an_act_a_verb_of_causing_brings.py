"""An act told in a clause with a subject of its own under a verb of causing ("will not cause X to withdraw",
"could make X release") is told as the causing is: not done under a denied one, supposed under a supposed one
(events/status.py `_caused_by`, data/negation.yaml `causing_verbs`; round 77, modal77). Must-not: a question that
a denied "make clear" leaves open tells an act done. Texts written here."""

from __future__ import annotations

import pytest


def _found(events, trigger):
    return [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, status", [
    ("The floods will not cause Malawi to withdraw its troops from the Zambian border, its minister insisted.",
     "withdraw", "negated"),
    ("The new levies would not make Zambia sign the trade pact with Malawi.", "sign", "negated"),
    ("Fresh sanctions could make Zambia release the Malawian traders.", "release", "hypothetical"),
])
def test_an_act_caused_is_told_as_its_cause(code, text, trigger, status):
    events, _ = code(text, "1995-06-01")
    found = _found(events, trigger)
    assert found and all(e.status == status for e in found), [(e.type, e.trigger, e.status) for e in events]


def test_a_question_left_unclear_keeps_its_act(code):
    events, _ = code("The Zambian envoy did not make clear why Malawi expelled him.", "1995-06-01")
    found = _found(events, "expelled")
    assert found and all(e.status == "occurred" for e in found), [(e.type, e.trigger, e.status) for e in events]
