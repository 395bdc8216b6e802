"""One body's own sitting (a cabinet's, a board's) or a firm's yearly meeting, named as when or where something else
was said or done, is no meeting between parties (events/data/non_events.yaml "a body's own sitting as a time or a
place", "a yearly sitting as a time or a place"). A meeting held beside it, and the yearly meeting of a named body,
stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Prime Minister Hideki Mori told reporters after a cabinet meeting that Tokyo would protest to Beijing.",
    "\"We had it all agreed,\" the president said in a March 3 cabinet meeting with Vice Premier Liu He.",
    "Hollis Paper Co said directors Ann Baker and Carl Mendez will retire from the board at the annual meeting "
    "in April.",
])
def test_a_bodys_sitting_named_as_a_time_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "meeting"], found_acts(events)


def test_a_meeting_held_after_a_cabinet_sitting_stays(code):
    events, _ = code("The finance minister met the Japanese ambassador after a cabinet meeting on Tuesday.")
    assert [e for e in events if e.type == "CONSULT" and e.trigger == "met"], found_acts(events)


def test_the_yearly_meeting_of_a_named_body_stays(code):
    events, _ = code("The finance ministers of France and Italy met at the annual meeting of the IMF in Washington.")
    assert [e for e in events if e.type == "CONSULT" and e.trigger == "meeting"], found_acts(events)
