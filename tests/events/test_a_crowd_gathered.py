"""People at large who gather ("hundreds of people", "supporters of the president") are a crowd, no party meeting
another, nor is the meeting they gather for (data/non_events.yaml "a crowd gathered"). Parties who gather for talks
keep their meeting, and a crowd's protest is told by its own words. Sentences written here (round 74; round 75: a
firm's or a school's people, and the passive "were gathered")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Hundreds of people gathered in the town hall on Monday for a meeting with the mayor.",
    "Supporters of the Kenyan president gathered in Nairobi for a meeting ahead of the vote.",
    "About forty Safaricom employees were gathered in a shared workspace in Nairobi for a meeting with the firm's new "
    "chairman.",
    "Hundreds of workers gathered outside the ministry in Nairobi for a meeting with the Kenyan labour minister.",
])
def test_a_crowd_gathered_holds_no_meeting(code, sentence):
    events, _ = code(sentence)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("sentence", [
    "African finance ministers gathered in Nairobi for talks with the IMF.",
    "Kenyan and Ugandan officials gathered in Kampala on Friday for a meeting on the border.",
    "African finance ministers were gathered in Nairobi on Friday for talks with the IMF.",
])
def test_parties_gathered_for_talks_meet(code, sentence):  # must-not
    events, _ = code(sentence)
    assert [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


def test_a_crowd_s_protest_stays(code):  # must-not
    events, _ = code("Thousands of residents gathered outside the Ugandan embassy to protest against the arrests.")
    assert [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]
