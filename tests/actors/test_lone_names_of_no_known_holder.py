"""A lone word is a known person only on evidence the story gives. A curated person's given name alone ("Mark",
"Justin") is nobody the dictionary knows: a story calls a known person so only after naming them in full
(dictionary._surnames); a family name of a country that writes it first stays a short form ("Xi"). A lone family name
in a story that names no state is not a converted person whose only role on the story's date is one the converted
lists left open years before (Persons._of_the_story, Dictionary.known_to_hold): "Day" in a county's 2020 story is not
a Canadian minister of 2010. Sentences written for these tests."""

from __future__ import annotations

import pytest

DAY, POWER = "can:stockwell-day", "nzl:simon-power"


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, word, published, known", [
    ("Mark himself gives no hint of the ending; the reader learns it in the last chapter.", "Mark", "2020-05-01",
     "can:mark-carney"),
    ("Justin told the school board the trip would be cancelled because of the storm.", "Justin", "2018-03-01",
     "can:justin-trudeau"),
    ("Emmanuel said the bakery on the corner would open again next week.", "Emmanuel", "2019-06-01",
     "fra:emmanuel-macron"),
])
def test_a_given_name_alone_is_not_the_known_person(story, text, word, published, known):
    assert known not in _ids_of(story(text, published=published), word)


def test_the_family_name_of_a_known_person_still_names_them(story):
    assert _ids_of(story("Trudeau said the budget would be balanced within four years.", published="2018-03-01"),
                   "Trudeau") == {"can:justin-trudeau"}


def test_a_family_name_written_first_still_names_the_person(story):
    assert _ids_of(story("Xi said the talks had gone well and that trade would grow.", published="2020-05-01"),
                   "Xi") == {"Q15031"}


@pytest.mark.parametrize("text, word, known", [
    ("The county executive will close the parks on Monday. Day said the order would last two weeks.", "Day", DAY),
    ("The school board met on Tuesday night. Power said the board would vote on the budget next month.", "Power",
     POWER),
])
def test_a_role_left_open_long_ago_makes_no_known_person_in_a_story_of_no_state(story, text, word, known):
    assert known not in _ids_of(story(text, published="2020-03-16"), word)


def test_within_the_record_s_horizon_the_person_is_kept(story):
    result = story("The county executive will close the parks on Monday. Day said the order would last two weeks.",
                   published="2011-03-16")
    assert _ids_of(result, "Day") == {DAY}


def test_a_story_that_names_the_person_s_state_keeps_them(story):
    result = story("Canada's parliament will sit again on Monday. Day said the opposition would oppose the bill.",
                   published="2020-03-16")
    assert _ids_of(result, "Day") == {DAY}
