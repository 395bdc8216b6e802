"""A proposal to meet ("proposed talks", "offered negotiations", "suggested a summit") asks the other side to meet:
PLOVER REQUEST, mode meet (CAMEO's dictionary files PROPOSE MEETING / SUMMIT / CONFERENCE under 026, an appeal to
meet); no meeting is held by it. Talks held stay CONSULT; a proposal of something else is no request to meet."""

from __future__ import annotations

import pytest


def _first(events, stem):
    return [(e.type, e.mode) for e in events if e.trigger and e.trigger.lower().split()[0].startswith(stem)]


@pytest.mark.parametrize("text, stem", [
    ("Argentina proposed talks with Britain on the future of the islands.", "propos"),
    ("Seoul offered new negotiations to North Korea on the river dams.", "offer"),
    ("Chile suggested a summit with Peru to settle the border dispute.", "suggest"),
    ("Ethiopia has proposed a conference with Egypt and Sudan on the dam.", "propos"),
])
def test_a_proposal_to_meet_is_a_request_to_meet(code, text, stem):
    events, _ = code(text)
    assert _first(events, stem) == [("REQUEST", "meet")]
    assert not [e for e in events if e.type == "CONSULT"]


def test_talks_held_stay_a_consultation(code):
    events, _ = code("Chile held talks with Peru on the border dispute.")
    assert [e.type for e in events] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Japan proposed new tariffs on steel from South Korea.",
    "The ministry offered a reward for information about the attack.",
])
def test_a_proposal_of_something_else_is_no_request_to_meet(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.mode == "meet"]
