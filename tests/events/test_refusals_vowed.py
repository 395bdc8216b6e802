"""A concession or retreat its actor vows, swears or pledges not to make ("vowed not to resign", "swore he would
never surrender") is a refusal to yield, REJECT, made when vowed, as "refused to resign" is (events/status.py
`vowed_refusal`): not the vow read as a promise (AGREE). A concession vowed ("vowed to resign in May") stays an
offer. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Prime Minister Lindqvist vowed not to resign over the budget dispute.",
    "Prime Minister Lindqvist vows he will never step down.",
    "Prime Minister Lindqvist gave a televised address in which he pledged to guard the constitution and vowed not "
    "to step down.",
])
def test_a_concession_vowed_not_to_be_made_is_a_refusal(code, text):
    events, _ = code(text)
    refusals = [e for e in events if e.type == "REJECT" and e.status == "occurred"]
    assert refusals, [(e.type, e.status, e.trigger) for e in events]
    assert refusals[0].source
    assert not [e for e in events if e.type == "AGREE" and e.issue and "not" in e.issue.split()]


def test_a_concession_vowed_stays_an_offer(code):
    events, _ = code("Prime Minister Lindqvist vowed to step down in May.")
    assert not [e for e in events if e.type == "REJECT"]
