"""A counterfactual ("would have protested", "could have stopped") and a stated need ("needed to withdraw", "a need
for X to open an inquiry") tell no act that took place: hypothetical, never occurred, and a counterfactual said of
oneself is no announcement (not planned). Must-nots: an obligation met ("had to withdraw"), an announcement with a
plain "would", and an act done for a purpose keep their status."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Chilean envoy said afterwards that he would have protested to Peru over the raid.",
    "The Peruvian army could have shelled the Chilean village.",
    "Lima needed to withdraw its troops from the Chilean border.",
    "Chile's minister told reporters he believed Peru needed to investigate the shipping firm.",
    "The Chilean delegates discussed a need for Peru to open an investigation into the border clash.",
])
def test_a_counterfactual_or_a_need_is_no_act_done(code, rules_only, text):
    events, _ = code(text)
    assert events, text
    assert all(e.status == "hypothetical" for e in events), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize(("text", "status"), [
    ("Lima had to withdraw its troops from the Chilean border last week.", "occurred"),
    ("The Chilean envoy said he would travel to Peru next week.", "planned"),
    ("Chile sent troops to the Peruvian border to investigate the clash.", "occurred"),
])
def test_an_obligation_met_an_announcement_and_a_purpose_keep_their_status(code, rules_only, text, status):
    events, _ = code(text)
    assert events, text
    assert events[0].status == status, [(e.type, e.trigger, e.status) for e in events]
