"""Acts set aside by the verb whose gerund object they are (events/status.py `_setting_aside`, data/negation.yaml
`set_aside`; round 76, modal76): "ruled out sending troops", "resisted imposing sanctions", "avoided criticising" tell
an act not done (negated); one left open ("has not ruled out", "refused to rule out") may still come (hypothetical).
Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.status import _setting_aside, clause_chain


@pytest.mark.parametrize("text, trigger", [
    ("Tanzania ruled out dispatching soldiers to Burundi.", "dispatching"),
    ("The Zambian cabinet has resisted imposing sanctions on Malawi.", "imposing"),
    ("Zambia avoided criticising Malawi during the summit.", "criticising"),
    # the gerund read as an adverbial clause, the act the infinitive of its object
    ("The Zambian minister ruled out using new customs powers to retaliate against Malawian exporters.", "retaliate"),
])
def test_an_act_set_aside_is_negated(code, text, trigger):
    events, _ = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "negated" for e in found), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    # a hostile act left open so is a threat held out (test_threats_left_open_by_a_gerund.py)
    ("Tanzania has not ruled out sending food aid to Burundi.", "sending"),
    ("Zambia refused to rule out meeting the Malawian president.", "meeting"),
])
def test_an_act_left_open_is_hypothetical(code, text, trigger):
    events, _ = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "hypothetical" for e in found), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Tanzania dispatched soldiers to Burundi, ruling out a retreat.",  # a participle of its own after a comma
    "Zambia avoided a war by imposing sanctions on Malawi.",  # a gerund under a preposition
])
def test_must_not_a_gerund_that_is_no_object(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.tag_ == "VBG")
    assert _setting_aside(clause_chain(verb)) is None


def test_an_act_done_stays_done(code):
    events, _ = code("Tanzania dispatched soldiers to Burundi.")
    assert [e for e in events if e.status == "occurred"], [(e.type, e.trigger, e.status) for e in events]


def test_must_not_a_participle_after_the_object(nlp):
    doc = nlp("Zambia rejected the offer saying it would hurt Malawian trade.")
    verb = next(t for t in doc if t.text == "saying")
    assert _setting_aside(clause_chain(verb)) is None
