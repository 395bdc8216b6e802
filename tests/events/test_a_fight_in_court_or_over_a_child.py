"""A fight waged in a court or by law, or over who keeps a child ("has been fighting in court to hold on to the girl",
"vowed to go on fighting with the law", "battling to keep her in Spain"), is a lawsuit or a custody case, no assault
(data/non_events.yaml "a fight in court or over a child"). Troops fighting in streets or for a town keep theirs."""

import pytest


@pytest.mark.parametrize("text", [
    "Pedro Alvarez, the girl's uncle, is fighting to keep her in Spain.",
    "Pedro Alvarez has been fighting in court to hold on to the girl in Madrid.",
    "The Angolan exiles vowed to go on fighting with the law.",
    "The Lisbon relatives of the girl are battling to keep the child in Portugal.",
    "Her Angolan father has fought for custody of the boy since May.",
])
def test_a_fight_in_court_or_over_a_child_is_no_assault(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Angolan troops fought in the streets of Luanda.",
    "The Angolan army fought to keep the town of Huambo.",
])
def test_a_fight_of_troops_stays(code, text):  # must-not
    events, _ = code(text)
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.trigger) for e in events]
