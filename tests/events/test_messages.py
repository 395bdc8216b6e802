"""A letter or a message sent to say something is coded for what it says (events/messages.py, round 38): a
participle on the sending verb or on the text ("sent a letter to X threatening to ...", "a message demanding ...")
is the act, done to the text's addressee where it names nobody of its own; the sending alone stays a contact (CAMEO
040). Must-nots: a letter sent with no participle, a gerund on a verb that sends no text."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, type_, target", [
    ("The Danish premier sent a letter to the World Bank's president threatening to withdraw Danish funding.",
     "THREATEN", "World Bank"),
    ("The Chilean president sent a message to Bolivia's leader, accusing him of meddling in the vote.",
     "ACCUSE", "Bolivia"),
])
def test_a_text_sent_does_what_its_participle_says(rules_only, code, text, type_, target):
    events, actors = code(text)
    assert [e.type for e in events] == [type_], [(e.type, e.trigger) for e in events]
    assert target in names(events[0].target, actors)


def test_the_participle_keeps_its_own_object(rules_only, code):
    events, actors = code("Finnish senators sent a letter to the trade envoy urging Sweden to drop the tariff.")
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.trigger) for e in events]
    assert "Sweden" in names(events[0].target, actors)


@pytest.mark.parametrize("text", [
    "The German chancellor sent a letter to the French president on the budget.",
    "The Chilean president sent a message to Bolivia's leader on Tuesday.",
])
def test_a_text_sent_without_a_participle_stays_a_contact(rules_only, code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("CONSULT", "040")], [(e.type, e.trigger) for e in events]


def test_a_gerund_on_a_verb_that_sends_no_text_stays_subsumed(rules_only, code):
    events, _ = code("The Polish president criticised the Russian envoy, warning of a new crisis.")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger) for e in events]
