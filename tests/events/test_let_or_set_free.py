"""People let or set free are released, RETREAT 0841 (patterns/retreat.yaml: "let"/"set" with the predicate "free",
matching.predicate_words): the adjective as the object's predicate ("set the captives free"), as the predicate of a
passive ("were set free"), or where the parser hangs it on the verb or its object ("let free the detainees")."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania let free some 40 opposition leaders.", "let"),
    ("The junta set free three journalists on Monday.", "set"),
    ("The hostages were set free by the rebels.", "set"),
    ("The rebels set the captives free after talks.", "set"),
    ("Fredonia let free activists after the protests.", "let"),
])
def test_people_let_or_set_free_are_released(typed, text, word):
    assert typed(text)[word] == ("RETREAT", "0841"), text


@pytest.mark.parametrize("text, word", [
    ("The army set fire to the village.", "set"),
    ("The minister said it was time to let the free market decide prices.", "let"),
    ("The ministry set free-trade rules for the zone.", "set"),
    ("The company let go 40 workers.", "let"),
    ("The council set a date for the vote.", "set"),
])
def test_other_lets_and_sets_release_nobody(typed, text, word):
    assert typed(text).get(word, ("NONE", ""))[0] != "RETREAT", text


def test_the_release_has_the_one_who_lets_free_for_its_doer(nlp):
    events = [e for e in nlp("Ruritania let free some 40 opposition leaders.")._.events or []
              if e.type == "RETREAT"]
    assert events and events[0].cameo == "0841"
