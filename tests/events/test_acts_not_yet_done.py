"""An act told in a "without" phrase of another verb was not done ("held talks without reaching an agreement"); one
told in a "before" phrase or clause of a verb not in the past waits on it ("wants guarantees before committing to the
deal": hypothetical; "will visit Lima before flying on": planned); one before an act told in the past was done too."""

from __future__ import annotations

import pytest

from dossier.events.clauses import not_yet_done


@pytest.mark.parametrize("text, type_, status", [
    ("Ghana wants firmer guarantees before committing to the trade pact with Togo.", "AGREE", "hypothetical"),
    ("Ghana and Togo held three rounds of talks without reaching an agreement.", "AGREE", "negated"),
    ("Ghana will not sign the pact before Togo withdraws its troops.", "RETREAT", "hypothetical"),
])
def test_an_act_waiting_on_another_is_not_done(code, text, type_, status):
    events, _ = code(text, "2019-11-18")
    assert [e.status for e in events if e.type == type_] == [status]


@pytest.mark.parametrize("text", [
    "Before meeting the Togolese president, the Ghanaian envoy called on the prime minister.",
    "Ghana signed the protocol in Accra before it joined the wider pact with Togo.",
])
def test_an_act_before_one_told_in_the_past_was_done(code, text):
    events, _ = code(text, "2019-11-18")
    assert events and all(e.status == "occurred" for e in events)


@pytest.mark.parametrize("text, word, status", [
    ("The minister will visit Accra before flying to Lome.", "flying", "planned"),
    ("The minister wants assurances before flying to Lome.", "flying", "hypothetical"),
    ("The minister visited Accra before flying to Lome.", "flying", "occurred"),
    ("The talks ended without reaching a deal.", "reaching", "negated"),
    ("The minister flew to Lome after visiting Accra.", "visiting", "occurred"),
    ("The minister flew to Lome to sign the deal.", "sign", "occurred"),
])
def test_the_status_is_read_from_the_word_and_the_verb_it_hangs_on(nlp, text, word, status):
    verb = next(t for t in nlp(text) if t.text == word)
    assert not_yet_done(verb, "occurred") == status


def test_an_act_already_read_as_not_done_keeps_its_status(nlp):
    verb = next(t for t in nlp("The talks ended without reaching a deal.") if t.text == "reaching")
    assert not_yet_done(verb, "planned") == "planned"
