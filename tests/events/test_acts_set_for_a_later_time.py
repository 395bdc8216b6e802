"""An act set for a later time ("called a strike for next week", "a protest for next Monday"): the time is that of
the act set, still to come, so the act is planned, not done (dates.set_for; a strike or a protest called is the one
its caller holds, patterns/protest.yaml). Called for an earlier time, or on a day that dates the calling, it
happened."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, type_", [
    ("The unions called a general strike for next Monday.", "PROTEST"),
    ("The opposition called a nationwide protest for next week against the government of Ruritania.", "PROTEST"),
    ("Fredonia's teachers have called a strike for next month over pay.", "PROTEST"),
])
def test_an_act_called_for_a_later_time_is_planned(code, text, type_):
    events, _ = code(text, "2021-03-03")
    assert [e.status for e in events if e.type == type_] == ["planned"], \
        [(e.type, e.trigger, e.status, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "The unions called a general strike last Monday.",
    "The opposition called a nationwide protest for last week against the government of Ruritania.",
])
def test_an_act_called_for_an_earlier_time_stays_done(code, text):
    events, _ = code(text, "2021-03-03")
    assert [e.status for e in events if e.type == "PROTEST"] == ["occurred"], \
        [(e.type, e.trigger, e.status, e.date) for e in events]


def test_a_protest_called_is_no_phone_call(typed):
    assert typed("Students called a march on the parliament.")["called"] == ("PROTEST", "141")
    assert typed("The minister called the Fredonian envoy.")["called"][0] == "CONSULT"
