"""A political fight with an office holder or a body is disapproval (accuse.yaml, CAMEO 110), no assault; armed men
battled stay a fight (assault.yaml, CAMEO 190), as do rebels battling a president."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("After battling the governor for months, the assembly passed the budget.", "battling"),
    ("Congress has battled President Smith over spending all year.", "battled"),
    ("The senators fought Prime Minister Jones over the tax bill.", "fought"),
])
def test_a_political_fight_is_disapproval(code, typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "110"), typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Rebels have battled President Garcia for two years.", "battled"),
    ("Rebels battled government troops near the border.", "battled"),
    ("The army is battling separatist guerrillas in the north.", "battling"),
    ("Police battled protesters near parliament.", "battled"),
])
def test_armed_fights_stay_assaults(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "190"), typed(text)
