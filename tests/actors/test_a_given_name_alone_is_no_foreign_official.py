"""A lone word the converted dictionaries' names show to be mostly a given name ("Michael", "Stephen", "Adam": it
begins far more of their names than it ends) is not the one foreign official whose name ends with it, where the story
never names that official's state and the official holds office on its date only by a converted role left open past
the record's horizon (Persons._mostly_given). A family name that is no given name ("Ruto"), or a story that names
the official's state, keeps the person. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, word, known", [
    ("Forecasters in the United States said Michael would bring heavy rain to the Gulf coast on Tuesday.", "Michael",
     "eth:debretsion-gebre-michael"),
    ("Britain sent two ships to the island. Stephen said the crews would stay until the roads were cleared.",
     "Stephen", "nru:marcus-stephen"),
    ("Adam told the United States Senate that the report had been delayed.", "Adam", "syc:jean-paul-adam"),
])
def test_a_given_name_alone_is_not_an_official_of_a_state_the_story_never_names(story, text, word, known):
    assert known not in _ids_of(story(text, published="2020-09-16"), word)


def test_a_story_naming_the_official_s_state_keeps_them(story):
    result = story("Ethiopia's cabinet met in Addis Ababa on Monday. Michael said the talks with Sudan would resume.",
                   published="2020-09-16")
    assert _ids_of(result, "Michael") == {"eth:debretsion-gebre-michael"}


def test_a_family_name_that_is_no_given_name_keeps_the_sitting_official(story):
    result = story("Ruto had talks with Japan's prime minister on Monday.", published="2024-06-24")
    assert _ids_of(result, "Ruto") == {"ken:william-samoei-ruto"}
