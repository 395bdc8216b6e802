"""A strike called, declared or announced is the stoppage its caller holds (protest.yaml, CAMEO 143), not a phone
call (consult.yaml's "called X"); a strike called off stays an end of dissent (concede.yaml, CAMEO 082)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The stoppage was called by the teachers' union of Peru.",
    "The Chilean dockers' federation has called a 48-hour strike at all state ports.",
    "The Bolivian miners' federation declared an indefinite strike at the tin mines.",
])
def test_a_strike_called_is_the_strike(typed, text):
    word = next(w for w in ("called", "declared") if w in text.split())
    assert typed(text)[word] == ("PROTEST", "143"), typed(text)


def test_the_caller_holds_the_strike(code):
    events, _ = code("The Chilean dockers' federation has called a 48-hour strike at all state ports.")
    assert [(e.type, e.cameo) for e in events if e.trigger == "called"] == [("PROTEST", "143")], \
        [(e.type, e.cameo, e.trigger) for e in events]


def test_a_strike_called_off_ends_dissent(typed):
    assert typed("The miners called off their strike after the government raised wages.")["called"] == \
        ("CONCEDE", "082")


def test_a_meeting_called_is_no_strike(typed):
    assert typed("The union called a meeting of its members for Friday.").get("called", ("", ""))[0] != "PROTEST"
