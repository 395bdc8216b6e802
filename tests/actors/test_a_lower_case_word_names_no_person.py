"""A lone word written in lower case is no dictionary person's family name (Persons._named_as_person): "that moon's
crust" names no Moon Jae-in, though the word's case is folded to find names. The capitalised name still is the
person. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text", [
    "The probe found ice under that moon's crust, NASA said on Monday.",
    "Scientists said this moon's surface is younger than they had thought.",
])
def test_a_lower_case_word_is_no_person(story, text):
    assert "kor:moon-jae-in" not in _ids_of(story(text, published="2019-11-19"), "moon")


def test_the_capitalised_family_name_is_still_the_person(story):
    result = story("Seoul said on Monday that Moon would meet the Japanese prime minister in Bangkok.",
                   published="2019-11-19")
    assert _ids_of(result, "Moon") == {"kor:moon-jae-in"}
