"""A candidate who pulls out of a race, a contest, a nomination or a primary gives up his own run for office: no
SANCTION withdraw (a party leaving a body or a pact) and no RETREAT (a force leaving ground); patterns/none.yaml.
A state leaving a pact and troops leaving a town keep their act. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The senator withdrew from the presidential race on Tuesday.", "withdrew"),
    ("The governor dropped out of the race for the nomination last week.", "dropped"),
    ("The former minister bowed out of the primary after a poor showing.", "bowed"),
    ("She announced her withdrawal from the contest for party leader.", "withdrawal"),
])
def test_leaving_a_race_is_no_act(typed, text, word):
    assert typed(text).get(word, ("NONE", "---"))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, type_", [
    ("Ruritania withdrew from the regional defence pact on Monday.", "withdrew", "SANCTION"),
    ("The army withdrew from the border town on Sunday.", "withdrew", "RETREAT"),
    ("The occupying army's withdrawal from the valley ended on Monday.", "withdrawal", "RETREAT"),
])
def test_leaving_a_pact_or_ground_stays(typed, text, word, type_):
    assert typed(text)[word][0] == type_, typed(text)
