""""General Motors of Canada Ltd", "Ford Motor Co of Australia": a known firm's name, "of" and another state's name
(and at most a legal form) is the firm's arm in that state, a firm of that state, not the parent
(firms._without_parents_of_subsidiaries). The parent named alone stays the parent; a state named after the firm
in another way ("invest in Canada") changes nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_countries


@pytest.mark.parametrize("text, name, state", [
    ("Workers said they would walk out on Friday unless General Motors of Canada Ltd improves its offer.",
     "general motors of canada ltd", "CAN"),
    ("Ford Motor Co of Australia said it would cut 400 jobs at its Geelong plant.",
     "ford motor co of australia", "AUS"),
    ("Nissan Motor Co of Britain Ltd said it would hire 300 more workers this year.",
     "nissan motor co of britain ltd", "GBR"),
])
def test_a_firm_s_arm_is_of_the_state_its_name_gives(story, text, name, state):
    found = story(text)
    assert mention_countries(found, name) == {state}
    arm = next(e for e in found.entities if e.name.lower() == name)
    assert arm.kind == "company"


def test_the_arm_named_again_by_its_first_words_is_the_arm(story):
    found = story("Ford Motor Co of Australia said it would cut 400 jobs. Ford said the cuts would start in May.")
    assert mention_countries(found, "ford") == {"AUS"}


@pytest.mark.parametrize("text, name", [
    # the parent alone, a state named in another phrase
    ("General Motors said it would build a new plant in Canada next year.", "general motors"),
    # a possessive after the state: the arm's own thing, the parent left to the dictionary
    ("Ford Motor Co said it would invest in Australia.", "ford motor co"),
])
def test_the_parent_named_alone_stays_the_parent(story, text, name):
    assert mention_countries(story(text), name) == {"USA"}
