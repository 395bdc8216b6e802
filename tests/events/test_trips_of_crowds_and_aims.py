"""Trips and aims that are no acts: tourists, families and travellers going somewhere, with or without their number
before them, and a craft "due to return" or "expected to arrive" somewhere, visit nobody (data/non_events.yaml
"people come in numbers", "goods travel"); an act of help or accord named as what someone focuses or concentrates
on is an aim, not an act done ("an act focused on"). An official's trip, a delegation's, and help given stay. Texts
written here (round 69)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Thousands of tourists travelled to Kenya last year.", "CONSULT"),
    ("A group of tourists went to Kenya in March.", "CONSULT"),
    ("Hundreds of families flew to Uganda in March.", "CONSULT"),
    ("The couple flew to Uganda in January.", "CONSULT"),
    ("The Kenyan tourists flew to Uganda and bought a car in January.", "CONSULT"),
    ("The vessel is due to return to Kenya for repairs.", "CONSULT"),
    ("The Ugandan tanker is expected to arrive in Mombasa on Monday.", "CONSULT"),
    ("The Ugandan freighter is expected to sail to Mombasa on Monday.", "CONSULT"),
    ("The Kenyan parliament was still focused on providing relief to Ugandan refugees.", "AID"),
    ("Kenya's new policy concentrates on cooperating with Uganda on border security.", "COOPERATE"),
])
def test_no_act(code, text, kind):
    events, _ = code(text)
    assert not [e for e in events if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("The Kenyan foreign minister flew to Uganda on Monday.", "CONSULT"),
    ("A group of Kenyan ministers flew to Uganda on Monday.", "CONSULT"),
    ("A Kenyan trade delegation flew to Uganda on Monday.", "CONSULT"),
    ("The Kenyan president is due to return to Uganda next week.", "CONSULT"),
    ("The Kenyan envoy is expected to arrive in Kampala on Monday.", "CONSULT"),
    ("Kenya provided relief to Ugandan refugees on Monday.", "AID"),
    ("The Kenyan development bank lent $20 million to Uganda on Monday.", "AID"),
    ("Kenya and Uganda held talks on aid to Somalia.", "CONSULT"),
    ("Kenyan troops focused their attacks on rebel positions near the Ugandan border.", "ASSAULT"),
])
def test_act_stays(code, text, kind):
    events, _ = code(text)
    assert [e for e in events if e.type == kind]
