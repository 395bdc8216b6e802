"""Meetings or matches won, lost or drawn are a record of games between teams, no meeting of states
(events/data/non_events.yaml "a record of contests"); a meeting won (secured) with a body, and talks held, stay
meetings. Texts written here."""

from __future__ import annotations

import pytest


def _meetings(events):
    return [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Canada had lost all seven earlier meetings with Mexico, the last of them in 1988.",
    "Brazil has won its last four meetings with Argentina.",
])
def test_meetings_won_or_lost_are_no_meeting(code, text):
    events, _ = code(text)
    assert not _meetings(events)


@pytest.mark.parametrize("text", [
    "The foreign ministers of Canada and Mexico held talks in Ottawa on Monday.",
    "Kenya won a meeting with the IMF board on Tuesday.",
])
def test_meetings_held_or_secured_stay(code, text):
    events, _ = code(text)
    assert _meetings(events)
