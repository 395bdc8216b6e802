"""Parties discussing a matter together, named by "and" on the doer or on the doer's "of"/"from" phrase
(consult.yaml "discuss" `joint`; matching.joint), are talking with each other (CONSULT 040, one a side). One doer
discussing a matter names no partner."""

import pytest


@pytest.mark.parametrize("text, status", [
    ("Brazil and Argentina have been discussing a new customs agreement.", "occurred"),
    ("Officials from Egypt and Sudan will discuss water sharing in Cairo next week.", "planned"),
    ("The foreign ministers of Chile and Peru discussed the maritime boundary on Tuesday.", "occurred"),
])
def test_parties_discussing_together_consult(code, text, status):
    events, _ = code(text)
    talks = [e for e in events if e.type == "CONSULT" and e.trigger.lower().startswith("discuss")]
    assert len(talks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert talks[0].cameo == "040" and talks[0].status == status
    assert len(talks[0].source) == 1 and len(talks[0].target) == 1


@pytest.mark.parametrize("text", [
    "The cabinet discussed the budget on Monday.",
    "Economists and bankers discussed the outlook for interest rates.",
])
def test_one_doer_or_no_parties_discussing_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT" and e.trigger.lower().startswith("discuss")], \
        [(e.type, e.cameo, e.trigger) for e in events]
