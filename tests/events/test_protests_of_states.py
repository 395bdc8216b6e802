"""A state, a government, an office of one or an official who protests makes a complaint (ACCUSE 114), not a
demonstration: PROTEST 141 is a crowd's (students, workers, farmers, police officers protesting over their pay).
"Students protested the rules" is a demonstration as "students protested against the rules" is.
A reaction named with "from" someone ("drew protests from Beijing") is that one's act even where the act that drew
it names no doer; a city it comes from speaks for its state. A noun's place or people modifier ("Iranian protests")
names where or who protests: crowds there, not the state."""

from __future__ import annotations

import pytest


def _protests(events):
    return [(e.type, e.cameo) for e in events if e.trigger and "protest" in e.trigger.lower()]


@pytest.mark.parametrize("text", [
    "Beijing protested strongly against the visit of the Tibetan leader to Prague.",
    "The government of India protested to Pakistan over the shelling of border villages.",
    "The Chinese foreign ministry protested against the new sanctions on Tuesday.",
    "The sale of the fighter jets drew protests from China.",
    "The decision to expel the diplomats drew protests from Moscow.",
    "Japan's protests over the drills were ignored by Seoul.",
])
def test_a_states_protest_is_a_complaint(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _protests(events) == [("ACCUSE", "114")], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Thousands of students protested against the government in Caracas.",
    "Farmers protested against the new tariffs outside the parliament in Paris.",
    "Police officers in Lima protested over their pay on Monday.",
    "The new law drew protests from students in Dhaka.",
    "Iranian protests against the regime grew on Sunday.",
    "Chinese students protested against the visit of the Japanese premier.",
    "Kenyan dock workers protested outside the port on Monday.",
])
def test_a_crowds_protest_stays_a_demonstration(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _protests(events) == [("PROTEST", "141")], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_reaction_from_a_state_has_the_state_as_its_source(code, rules_only):
    events, actors = code("The sale of the fighter jets drew protests from China.", "2024-06-01")
    (event,) = [e for e in events if e.trigger == "protests"]
    assert {actors[i].country for i in event.source} == {"CHN"}


@pytest.mark.parametrize("text, coded", [
    ("Thousands of people in Kenya have protested the killing of an opposition lawyer.", ("PROTEST", "141")),
    ("Students in Dhaka protested the new quota rules on Monday.", ("PROTEST", "141")),
    ("China protested the arms sale to Taiwan.", ("ACCUSE", "114")),
    ("The Polish foreign ministry protested the detention of its consul.", ("ACCUSE", "114")),
])
def test_a_protest_with_an_object_follows_who_protests(code, rules_only, text, coded):
    events, _ = code(text, "2024-06-01")
    assert _protests(events) == [coded], [(e.type, e.cameo, e.trigger) for e in events]
