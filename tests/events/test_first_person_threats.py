"""A conflict act announced for the future in the first person ("we will retaliate") is the speaker's own
announcement, a threat, even where the report's verb of saying names no speaker of its own ("quoted X as saying");
a forecast of another's act stays a planned act."""

from __future__ import annotations


def test_we_will_retaliate_quoted_is_a_threat(code):
    events, _ = code("State radio quoted the Syrian defence minister as saying: we will retaliate against Turkey.",
                     "2021-03-09")
    assert [e.type for e in events] == ["THREATEN"]


def test_a_forecast_of_another_actors_attack_is_no_threat(code):
    events, _ = code("Analysts interviewed by the radio said: we expect that Turkey will attack Syria.",
                     "2021-03-09")
    assert all(e.type != "THREATEN" for e in events)
