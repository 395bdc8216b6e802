"""A recording, a sound or news heard is listened to or learnt, no meeting ("until he heard the recording of the call",
"heard that the envoy had resigned"); a show or a record blocked is a quarrel over rights, no way barred ("block her
television special"): patterns/none.yaml. Hearing from a party, and a road or a bill blocked, stay. Texts written
here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Residents of the Somali town heard gunfire late on Sunday.",
    "The Ugandan minister said he heard that the envoy had resigned.",
])
def test_a_thing_heard_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT" and e.trigger == "heard"], \
        [(e.type, e.trigger) for e in events]


def test_hearing_from_a_party_stays(code):
    events, _ = code("The Kenyan president heard from the Ugandan envoy on Monday.")
    assert [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Universal blocked the rapper's Netflix concert film last year.",
    "Sony tried to block the singer's Netflix documentary, the BBC reported.",
])
def test_a_show_blocked_is_no_obstruction(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Kenyan truckers blocked the main road to the Ugandan border.", "PROTEST"),
    ("Russia blocked the resolution at the Security Council.", "REJECT"),
])
def test_a_road_or_a_measure_blocked_stays(code, text, type_):
    events, _ = code(text)
    assert [e for e in events if e.type == type_], [(e.type, e.trigger) for e in events]
