"""A party taken, hauled or dragged to a court, a tribunal or arbitration, or one a case is brought against, is sued
(accuse.yaml, CAMEO 115): the plaintiff the source, the one sued the target, the court neither. People taken to a
building and a case brought to someone's attention are none."""

import pytest


@pytest.mark.parametrize("text, status", [
    ("Bolivia took Chile to the International Court of Justice over access to the sea.", "occurred"),
    ("The Commission will take Hungary to court over its asylum rules.", "planned"),
    ("Australia brought a case against China at the WTO over barley duties.", "occurred"),
])
def test_a_party_taken_to_court_is_sued(code, text, status):
    events, actors = code(text)
    suits = [e for e in events if e.type == "ACCUSE" and e.cameo == "115"]
    assert len(suits) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert suits[0].status == status
    assert len(suits[0].source) == 1 and len(suits[0].target) == 1
    assert "court" not in " ".join(actors[i].name.lower() for i in suits[0].target if i in actors)


@pytest.mark.parametrize("text", [
    "The bus took the tourists to the court house.",
    "The lawyer brought the case to the attention of the judge.",
])
def test_no_party_sued(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE" and e.cameo == "115"], \
        [(e.type, e.cameo, e.trigger) for e in events]


def test_a_case_taken_to_a_higher_court_is_no_suit_of_the_court(code):
    events, _ = code("If the court does not hear the case, the company will take its case to the Supreme Court.")
    assert not [e for e in events if e.type == "ACCUSE" and e.cameo == "115"], \
        [(e.type, e.cameo, e.trigger) for e in events]
