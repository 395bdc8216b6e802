"""A family name many people bear ("Khan", "Johnson") stands alone for a sitting official only where the story names
their state; a rare one ("Boluarte") for the sitting official wherever the story is told."""

from __future__ import annotations

import pytest


def entities_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, word, published", [
    ("Khan said the talks on the loan had failed.", "Khan", "2019-05-02"),
    ("Johnson told reporters the vote would go ahead on Friday.", "Johnson", "2020-05-02"),
])
def test_a_common_family_name_alone_names_no_official_of_an_unnamed_state(story, text, word, published):
    result = story(text, published=published)
    assert all(e.startswith("unk:") for e in entities_of(result, word)), entities_of(result, word)


@pytest.mark.parametrize("text, word, published, person", [
    ("Pakistan's cabinet met after Khan said the talks on the loan had failed.", "Khan", "2019-05-02",
     "pak:imran-khan"),
    ("Johnson told parliament that Britain would leave on time.", "Johnson", "2020-05-02", "gbr:boris-johnson"),
])
def test_a_common_family_name_is_the_official_of_a_state_the_story_names(story, text, word, published, person):
    assert entities_of(story(text, published=published), word) == {person}


def test_a_rare_family_name_is_the_sitting_official_anywhere(story):
    result = story("Boluarte will open a trade fair in Shanghai next week.", published="2024-06-24")
    assert entities_of(result, "Boluarte") == {"per:dina-boluarte"}
