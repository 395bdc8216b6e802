"""A call held with someone is a telephone call (consult.yaml, the noun "call" with "with", `framed`): in a phrase
that sets the clause in it ("In a call with X, Y reaffirmed …", "during a call with X") or as a light verb's object
("will hold a call with X"), CONSULT 041 from the one who calls to the one called. A call judged or told of as a
thing ("described the call with X as improper"), and a firm's call with investors (no state and no person: the
entry's `target_labels`), are no call between parties."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, caller, called, status", [
    ("In a call with Indian Prime Minister Narendra Modi, Albanese stressed the trade ties.", "Anthony Albanese",
     "Narendra Modi", "occurred"),
    ("Sunak raised the grain exports during a call with Erdogan on Friday.", "Rishi Sunak", "Recep Tayyip Erdoğan",
     "occurred"),
    ("Olaf Scholz will hold a call with Emmanuel Macron next week.", "Olaf Scholz", "Emmanuel Macron", "planned"),
])
def test_a_call_with_someone_is_a_phone_call(code, text, caller, called, status):
    events, actors = code(text, "2023-06-20")
    calls = [e for e in events if e.cameo == "041"]
    assert calls and caller in names(calls[0].source, actors) and called in names(calls[0].target, actors) \
        and calls[0].status == status, \
        [(e.type, e.cameo, names(e.source, actors), names(e.target, actors), e.status) for e in events]


@pytest.mark.parametrize("text", [
    "A senior aide described the president's call with Erdogan as unhelpful.",
    "The firm's finance chief told analysts on a call with investors that sales would rise.",
])
def test_a_call_talked_of_or_with_investors_is_none(code, text):
    events, _ = code(text, "2023-06-20")
    assert not [e for e in events if e.cameo == "041"], [(e.type, e.cameo, e.trigger) for e in events]
