"""A lone family name of a curated office-holder who is no head of state or government (a minister, a speaker, a
vice president) names that person only where the story names their state (Persons._curated_minister); a sitting
head is named by the family name alone anywhere. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, published, word, minister", [
    ("Johnson told reporters that the vote on the harbour bill would be close.", "2024-03-12", "Johnson",
     "usa:mike-johnson"),
    ("Lammy said the talks with Iran would resume after the holiday.", "2024-10-08", "Lammy", "gbr:david-lammy"),
    ("Blinken warned that the ceasefire in Sudan was fragile.", "2023-05-30", "Blinken", "usa:antony-blinken"),
])
def test_a_minister_s_family_name_alone_in_a_story_of_other_states_is_not_the_minister(
        story, text, published, word, minister):
    assert minister not in _ids_of(story(text, published=published), word)


@pytest.mark.parametrize("text, published, word, minister", [
    ("Johnson said the United States would send more shells to the front.", "2024-03-12", "Johnson",
     "usa:mike-johnson"),
    ("Lammy said Britain would reopen its embassy once the talks resumed.", "2024-10-08", "Lammy", "gbr:david-lammy"),
])
def test_a_story_naming_the_minister_s_state_keeps_the_minister(story, text, published, word, minister):
    assert _ids_of(story(text, published=published), word) == {minister}


def test_a_family_name_shared_by_a_former_head_of_the_named_state(story):
    # in 2024 the sitting US speaker and the former British prime minister share the name: the story names Britain
    result = story("Johnson said Britain would send aid to the flooded region.", published="2024-03-12")
    assert _ids_of(result, "Johnson") == {"gbr:boris-johnson"}


def test_a_sitting_head_needs_no_state_of_the_story(story):
    result = story("Starmer said the talks with Iran would resume after the holiday.", published="2025-02-11")
    assert _ids_of(result, "Starmer") == {"gbr:keir-starmer"}
