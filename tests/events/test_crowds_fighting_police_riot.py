"""A crowd of civilians that fights the police or the troops sent against it riots: PROTEST 145 (CAMEO "protest
violently, riot"; PLOVER PROTEST riot), not an armed fight (ASSAULT 190). Armed men who fight troops, and the police
who clash with a crowd, stay ASSAULT. patterns/protest.yaml. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Thousands of Ruritanian farmers battled police in the capital during a march against the new farm prices.",
     "battled"),
    ("Striking dockers clashed with riot police outside the port of Fredonia on Tuesday.", "clashed"),
    ("Students fought with police in the streets of the Ruritanian capital after the rally.", "fought"),
    ("Hundreds of opposition supporters clashed with security forces in the Fredonian capital.", "clashed"),
])
def test_a_crowd_fighting_the_police_riots(typed, text, word):
    assert typed(text)[word] == ("PROTEST", "145"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritanian troops battled rebels near the northern border.", "battled"),
    ("Rebel fighters clashed with government troops near the Ruritanian border.", "clashed"),
    ("Ruritanian troops battled police units loyal to the old regime in the capital.", "battled"),
])
def test_armed_men_fighting_stay_an_assault(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "190"), text


def test_the_police_clashing_with_a_crowd_is_no_riot_of_theirs(typed):
    text = "Police clashed with demonstrators in the Fredonian capital."
    assert typed(text)["clashed"] != ("PROTEST", "145")


def test_the_riot_has_the_crowd_as_doer_and_the_police_as_target(code):
    events, actors = code("Thousands of Ruritanian farmers battled police in Fredonia's capital during a march.")
    riots = [e for e in events if e.trigger == "battled"]
    assert [(e.type, e.cameo) for e in riots] == [("PROTEST", "145")], [(e.type, e.trigger) for e in events]
    assert any("police" in actors[i].name for i in riots[0].target if i in actors), riots[0].target
