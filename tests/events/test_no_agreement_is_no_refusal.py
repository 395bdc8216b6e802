"""A question the parties have still to settle is no refusal of anyone's offer (events/data/non_events.yaml, "a
question not yet agreed is no refusal"); a failure to agree on a thing stays a refusal, as PLV's coders code it, and
so does what a party does not agree to or with."""

from __future__ import annotations

import pytest


def _rejections(events) -> list:
    return [e for e in events if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Brazil and Colombia failed to agree on how to set the export quotas.",
    "Japanese and American officials have not agreed on whether they will raise the quotas this year.",
    "Brazil and Colombia have not agreed whether to raise the quotas.",
    "Ghana and Nigeria have not yet agreed on the date of the next round.",
])
def test_a_question_not_yet_agreed_is_no_refusal(code, text):
    events, _ = code(text)
    assert not _rejections(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Peru did not agree to the ceasefire.", "agree"),
    ("Peru would not agree with the proposal Chile made on Monday.", "agree"),
    ("Peru has not agreed to the new border line.", "agree"),
    ("Chile and Bolivia could not agree on the grazing rights.", "agree"),
    ("Ghana and Nigeria failed to reach agreement on a shared nominee to chair the board.", "reach"),
])
def test_a_failure_to_agree_on_a_thing_and_a_refusal_stay_refusals(code, text, trigger):
    events, _ = code(text)
    assert [e for e in _rejections(events) if trigger in e.trigger], [(e.type, e.trigger) for e in events]


def test_a_question_agreed_stays_an_agreement(code):
    events, _ = code("Brazil and Colombia agreed on how to set the export quotas.")
    assert [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]
