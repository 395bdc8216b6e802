"""An official introduced by a state's title alone ("President X", "Finance Minister X") in a story with no dateline
that names no state before them is of the state the story's first sentence names (`_lede`), as that story's state
bodies are (Officials._official_country): a wire record kept apart from its dateline names its state after the
official ("..., Uruguayan officials said"). A lede that names two states tells no such state. Names and sentences
written for these tests."""

from __future__ import annotations

import pytest


def _country(result, name: str) -> str | None:
    return next(e.country for e in result.entities if e.name == name)


@pytest.mark.parametrize("text, name, country", [
    ("Finance Minister Luis Arbeloa will step down next week, Uruguayan officials said on Monday. Arbeloa had "
     "clashed with the central bank over rates.", "Luis Arbeloa", "URY"),
    ("Central Bank Governor Ana Berdugo has resigned and asked President Marco Velandia to name a successor, two "
     "Colombian dailies reported. Velandia has not replied.", "Marco Velandia", "COL"),
])
def test_the_official_is_of_the_state_the_lede_names(story, text, name, country):
    assert _country(story(text, published="1987-10-19"), name) == country


def test_a_lede_naming_two_states_gives_the_official_none(story):
    result = story("Foreign Minister Karl Brandt will visit Peru next month, Chilean officials said on Monday.",
                   published="1987-10-19")
    assert _country(result, "Karl Brandt") is None
