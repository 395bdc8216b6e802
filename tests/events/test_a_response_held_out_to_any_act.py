"""A response held out to any act of another is a threat (CAMEO 13): "would respond decisively to any aggressive move
by X" (threaten.yaml `held_out`, `matching.answers_any`: a modal on "respond"/"react" and "any" or "every" on the
act answered) is THREATEN 130 by the one who would respond, against the doer of the act; and a blow promised
against "any attack by X" is held out on that condition (`threatened.threat_of` reads "any" as a condition): the
spokesman of the doer's state tells his own side's threat (138). A response told as done ("responded to the raid
with air strikes"), a response to no act ("will respond to any questions"), and one denied are no threat."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, doer, warned", [
    ("An Egyptian foreign ministry spokesman said Egypt would respond firmly to any hostile move by Ethiopia.",
     "Egypt", "Ethiopia"),
    ("Beijing will react resolutely to every provocation by Taipei, the ministry said on Monday.", "China", "Taiwan"),
])
def test_a_response_held_out_is_a_threat(code, text, doer, warned):
    events, actors = code(text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].cameo == "130" and doer in names(threats[0].source, actors) \
        and warned in names(threats[0].target, actors), \
        [(e.type, e.cameo, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_blow_promised_against_any_attack_is_held_out(code):
    events, actors = code("An Iranian spokesman said Iran would retaliate against any attack by Iraq on its ports.")
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "138")], \
        [(e.type, e.cameo, e.status) for e in events]
    assert names(events[0].target, actors) == {"Iraq"}


@pytest.mark.parametrize("text", [
    "Turkey responded to the raid with air strikes on Monday.",
    "The ministry will respond to any questions from the press.",
    "Egypt would not respond to any provocation by Ethiopia, the minister said.",
])
def test_no_threat_without_a_response_held_out(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.cameo, e.trigger) for e in events]
