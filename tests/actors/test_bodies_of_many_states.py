"""A body many states join, its name saying so ("the International Tea Organisation", "the World Jute Council") or
written with the acronym such a name defines ("the ITO Council"), is of no country, not even of the state a story
names most (descriptions._many_states_body). A body named after one city or state keeps the story's state, and so
does an international word before a name that is no such body's ("International Widgets Inc"). Sentences and bodies
written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_countries


@pytest.mark.parametrize("text, name", [
    ("The International Tea Organisation (ITO) said its stock manager had sold 20,000 tonnes since June. Japanese "
     "buyers have cut purchases, Japanese dealers in Tokyo said. Japanese importers remain wary.",
     "international tea organisation"),
    ("The World Jute Council said it would meet in Osaka next month to review the export quotas. Japanese mills have "
     "cut their purchases and Japanese traders expect prices to fall. Japan buys a third of the crop.",
     "world jute council"),
])
def test_a_body_of_many_states_takes_no_story_state(story, text, name):
    assert mention_countries(story(text), name) == {None}


def test_a_council_named_by_such_a_body_s_acronym(story):
    found = story("The International Tea Organisation (ITO) said its stock was in good condition. The matter will "
                  "be discussed at an ITO Council meeting in London today. Japanese buyers said the Japanese market "
                  "was weak, and Tokyo traders agreed.")
    assert mention_countries(found, "ito council") == {None}
    assert mention_countries(found, "ito") == {None}


@pytest.mark.parametrize("text, name", [
    # a body named after one city: that state's
    ("The Tokyo Tea Council said it would meet next month to review prices. Japanese mills have cut their purchases "
     "and Japanese traders expect prices to fall. Japan buys a third of the crop.", "tokyo tea council"),
])
def test_one_place_s_body_keeps_the_story_s_state(story, text, name):
    assert mention_countries(story(text), name) == {"JPN"}



def test_a_wire_story_opening_with_such_a_body_and_its_acronym(story):
    # the acronym is not the initials of the name the story writes: no other mention makes the body a state's
    found = story("International Jute Organisation\n(INJO) stock manager Carl Brandt said the stock was in good "
                  "condition. Japanese buyers said the Japanese market was weak. INJO would keep selling, he said, "
                  "and Tokyo traders agreed.")
    assert mention_countries(found, "international jute organisation") == {None}
    assert mention_countries(found, "injo") <= {None}


@pytest.mark.parametrize("text, name", [
    # a union's own body, "International" as North American unions use it
    ("Union rules require approval by the union's International Policy Council, the rubber workers said. Detroit "
     "and Ohio plants voted against the plan, and the American tire makers said they would wait.",
     "international policy council"),
])
def test_a_body_a_possessive_makes_another_s_part_keeps_the_story_s_state(story, text, name):
    assert mention_countries(story(text), name) == {"USA"}
