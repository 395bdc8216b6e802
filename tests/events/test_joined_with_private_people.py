"""Being among private people or with a performer ("joined hundreds of residents at the vigil", "joined a group of
stranded travellers", "the band, joined on stage by a singer") is company kept, no meeting between parties
(data/non_events.yaml "joined with private people"). A leader joined by a counterpart, or a state joining talks,
stays a meeting. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The mayor joined hundreds of residents at the candlelit vigil on Sunday.",
    "The senator joined a group of stranded travellers at the airport.",
    "The Kenyan band, joined on stage by a British singer, played its old hit.",
    "The minister joined fans in the stands for the final.",
])
def test_joining_private_people_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Kenyan president was joined by his Ugandan counterpart at the summit.",
    "Japan joined the talks on Monday.",
])
def test_joining_parties_stays_a_meeting(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT" and "join" in (e.trigger or "")]
