"""One flown or gone abroad for treatment, surgery or medical checks goes to be cared for and meets no host: no
visit (data/non_events.yaml "a going for medical care"). A trip for talks, or with no purpose told, stays a visit.
Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Malian president flew to France for medical treatment on Sunday.",
    "The ailing Togolese leader travelled to Ghana for surgery.",
    "The deposed ruler arrives in Morocco for treatment.",
    "The former premier went to Turkey for medical checks last week.",
])
def test_a_going_for_medical_care_is_no_visit(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Malian president flew to France for talks with the French president on Sunday.",
    "The Malian president flew to France on Sunday.",
])
def test_a_trip_for_talks_or_with_no_purpose_stays_a_visit(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"]
