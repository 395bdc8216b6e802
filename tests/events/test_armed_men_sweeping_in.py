"""Armed men who sweep in or into a place storm it: ASSAULT 190, no search (the converted dictionary's SWEEP, 090;
patterns/assault.yaml). A party that sweeps into power at an election, and police sweeping a district, do not.
Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Government troops swept into the hill town of Obrenka on Friday.",
    "Army soldiers swept in at dawn, firing on the market.",
])
def test_armed_men_sweeping_in_attack(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT" and e.cameo == "190"], [(e.type, e.cameo) for e in events]
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_party_sweeping_into_power_attacks_nobody(code):
    events, _ = code("The Liberal party swept into power in the March election.")
    assert not [e for e in events if e.type == "ASSAULT"]
