"""A county the gazetteer does not hold ("Putnam County", "Nyandarua County") is a place of the story's state, where one
stands out or the story's dateline gives one (lexicon's `district_words`, `Descriptions._district_name`); a story of
no state leaves it none."""

from __future__ import annotations


def _country(found, name: str) -> str | None:
    return next(e.country for e in found.entities if e.name == name)


def test_an_american_county_is_of_an_american_story(story):
    text = ("Measles cases rose again in New York State this week. Putnam County declared a state of emergency on "
            "Friday, and the governor of New York said the United States had not seen such an outbreak for decades.")
    found = story(text, published="2019-03-30")
    assert _country(found, "Putnam County") == "USA"


def test_a_kenyan_county_is_of_a_kenyan_story(story):
    text = ("Floods closed roads across Kenya on Sunday. Nyandarua County declared an emergency after a river "
            "burst its banks, and Kenya's government promised aid to Kenyan farmers.")
    found = story(text, published="2021-01-31")
    assert _country(found, "Nyandarua County") == "KEN"


def test_a_county_of_a_story_of_no_state_takes_none(story):
    text = "Putnam County declared a state of emergency on Friday after heavy snow closed its schools."
    found = story(text, published="2019-03-30")
    assert _country(found, "Putnam County") is None


def test_a_county_of_a_roundup_page_s_later_story_is_of_that_story_s_state(story):
    text = ("Spain will start vaccinating care home residents in January, Spain's health minister said.\n"
            "Spain expects the first doses to arrive by late December.\n"
            "SACRAMENTO, Calif. — Yolo County closed its restaurants again as cases climbed across the state.\n")
    found = story(text, dateline="MADRID", published="2020-11-23")
    assert _country(found, "Yolo County") == "USA"
