"""A crowd of civilians — youths, students, protesters, marchers — that throws stones, bottles or fire bombs at the
police or a building riots: PLOVER PROTEST riot, CAMEO 145 (patterns/protest.yaml), no ASSAULT 183. Troops, police
and gunmen who throw grenades, bombs or gas canisters stay ASSAULT. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Youths threw petrol bombs at police during the marches.", "threw"),
    ("Hundreds of students hurled stones and bottles at riot police outside the parliament.", "hurled"),
    ("Demonstrators pelted the police with rocks.", "pelted"),
    ("Marchers lobbed bricks at the bank on the main square.", "lobbed"),
])
def test_a_crowd_throwing_missiles_riots(typed, text, word):
    assert typed(text)[word] == ("PROTEST", "145"), typed(text)


@pytest.mark.parametrize("text, word", [
    ("Government troops threw grenades into the rebel bunker.", "threw"),
    ("Gunmen hurled a bomb at the army patrol.", "hurled"),
    ("The police threw tear gas canisters at the crowd.", "threw"),
])
def test_armed_men_throwing_weapons_stay_assault(typed, text, word):
    assert typed(text)[word][0] == "ASSAULT", typed(text)
