"""An agreement not reached on a question is no refusal of anyone's offer (events/data/non_events.yaml, "coder36: no
agreement is no refusal"); what a party does not agree to or with stays its refusal."""

from __future__ import annotations

import pytest


def _rejections(events) -> list:
    return [e for e in events if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Brazil and Colombia failed to agree on how to set the export quotas.",
    "Japanese and American officials have not agreed on whether they will raise the quotas this year.",
    "Ghana and Nigeria could not agree over the price band of the cocoa pact.",
    "Ghana and Nigeria failed to reach agreement on a joint candidate for the chair.",
    "Kenya and Uganda did not reach a consensus over the grazing rights.",
])
def test_an_agreement_not_reached_on_a_question_is_no_refusal(code, text):
    events, _ = code(text)
    assert not _rejections(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Peru did not agree to the ceasefire.", "agree"),
    ("Peru would not agree with the proposal Chile made on Monday.", "agree"),
    ("Peru did not agree with Chile on the ceasefire.", "agree"),
])
def test_what_a_party_does_not_agree_to_or_with_stays_its_refusal(code, text, trigger):
    events, _ = code(text)
    assert [e for e in _rejections(events) if trigger in e.trigger], [(e.type, e.trigger) for e in events]


def test_an_agreement_reached_on_a_question_stays_an_agreement(code):
    events, _ = code("Brazil and Colombia agreed on how to set the export quotas.")
    assert [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]
