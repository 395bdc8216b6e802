"""A conditional "would" is a threat only where a speaker tells it: the "will" of a report in the past ("said that if
…, its navy would attack") by the doers or their own state, or a quotation in the first person. The writer's own
supposition ("if Iran closed the strait, the navy would attack") is nobody's threat: the act stays hypothetical.
A conditional "will" ("will attack unless…") is an ultimatum as before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "If Iran closes the strait, the U.S. navy would attack its ports.",
    "If the rebels took the capital, Kenyan troops would invade the region.",
])
def test_the_writers_supposition_is_no_threat(code, text):
    events, _ = code(text, "2019-11-18")
    assert not [e for e in events if e.type == "THREATEN"]
    assert [e.status for e in events if e.type == "ASSAULT"] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "Iran said that if the U.S. blocked its ships, its navy would attack American bases.",
    "Turkey's defence minister said that if Syria shelled its posts, Turkey would strike Syrian army positions.",
    "The Kenyan army will attack the rebels unless they lay down their arms.",
])
def test_a_speakers_conditional_act_of_its_own_side_is_a_threat(code, text):
    events, _ = code(text, "2019-11-18")
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].status == "occurred"


def test_a_speakers_forecast_of_another_states_act_is_no_threat(code):
    events, _ = code("Kenya said that if the talks failed, the Ugandan army would attack the rebels.", "2019-11-18")
    assert not [e for e in events if e.type == "THREATEN"]


def test_a_states_act_announced_without_a_condition_by_its_leader_is_no_threat(code):
    events, _ = code("The Ghanaian president said last week that Ghana would impose high duties on Togolese cocoa.",
                     "2019-11-18")
    assert not [e for e in events if e.type == "THREATEN"]
