"""A town or a city that "falls to" armed men is ground taken by them: ASSAULT 192 (occupy), the forces the source
and the place the target (patterns/assault.yaml). A seat that falls to a party in an election, a team that falls to
another and a task that falls to a minister take no ground. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("The eastern town of Kalemba fell to the rebels on Thursday.", "Kalemba"),
    ("The southern village of Umbatu falls to the army after days of fighting.", "Umbatu"),
])
def test_a_town_fallen_to_armed_men_is_taken(code, text, place):
    events, actors = code(text)
    taken = [e for e in events if e.type == "ASSAULT" and e.cameo == "192"]
    assert taken, [(e.type, e.cameo) for e in events]
    assert [actors[t].name for t in taken[0].target] == [place]
    assert taken[0].source and not set(taken[0].source) & set(taken[0].target)


@pytest.mark.parametrize("text", [
    "The coastal seat fell to the Greens in the election.",
    "Portugal fell to Norway in the semifinal on Sunday.",
    "The duty fell to the interior minister.",
])
def test_a_seat_a_match_or_a_task_fallen_is_no_taking(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"]
