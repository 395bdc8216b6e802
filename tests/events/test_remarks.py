"""Remarks are not acts (issue 10, round 12): a verb of agreeing that reports a quote or a view ("'…,' the minister
agreed", "agreed that trade had grown") is no agreement, and a course quoted ("'Y must pay,' X said") is X's words,
not a demand; each beside the act it looks like ("agreed that the dispute should go to court", "said Y must pay")."""

from __future__ import annotations

import pytest


def _types(events):
    return [e.type for e in events]


@pytest.mark.parametrize("text", [
    '"Our ports will stay open to grain ships," the Uruguayan trade minister agreed on Tuesday.',
    'The Ghanaian foreign minister agreed: "We have to share the lake with Togo."',
    "Namibia agreed that exports of beef to Angola had doubled.",
])
def test_agreeing_to_a_remark_is_no_agreement(code, text):
    events, _ = code(text, "2022-03-15")
    assert "AGREE" not in _types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Namibia agreed with Angola that the quarrel over the river should go to arbitration.",
    "Namibia agreed to buy diesel from Angola.",
])
def test_agreeing_to_a_course_stays_an_agreement(code, text):
    events, _ = code(text, "2022-03-15")
    assert "AGREE" in _types(events), [(e.type, e.trigger) for e in events]


def test_a_course_quoted_is_no_demand(code):
    events, _ = code('"Lenders must forgive half of what poor nations owe," the Danish finance minister said.',
                     "2022-03-15")
    assert not [e for e in events if e.type == "REQUEST" and e.cameo == "100"], [(e.type, e.trigger) for e in events]


def test_a_course_reported_is_a_demand(code):
    events, _ = code("The Danish finance minister said that Sweden must reopen the bridge to trucks.", "2022-03-15")
    assert [e for e in events if e.type == "REQUEST" and e.cameo == "100"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "All shipments of maize must be registered by September, the Ugandan trade ministry said.",
    "The second half of the year should be kinder to exporters, the Kenyan minister added.",
])
def test_a_modal_told_of_things_asks_nobody(code, text):
    events, _ = code(text, "2022-03-15")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


def test_a_modal_told_of_an_actor_is_a_demand_of_it(code):
    events, _ = code("The Kenyan minister added that Tanzania should pay its share of the new road.", "2022-03-15")
    assert [e for e in events if e.type == "REQUEST" and e.cameo == "100"], [(e.type, e.trigger) for e in events]
