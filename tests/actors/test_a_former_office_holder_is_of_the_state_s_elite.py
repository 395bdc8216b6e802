"""A curated person's own code of a state's government ("USAGOV") holds only while one of their dated roles does:
after a term, and between two terms, they are the state's elite ("USAELI"), as CAMEO codes a former office-holder,
still of their state (`Dictionary._former_holder_code`). A former head of state or government whom the converted
dictionaries know only out of office is found by the whole name wherever the story is told ("Jimmy Carter" in 1987:
`Persons._former_head_in_full`); a lone family name still needs the person's state. Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _person(result, name: str):
    found = [e for e in result.entities if e.name == name]
    assert len(found) == 1, [(e.name, e.country, e.cameo) for e in result.entities]
    return found[0]


@pytest.mark.parametrize("published, cameo", [
    ("2018-05-02", "USAGOV"),  # first term
    ("2022-05-02", "USAELI"),  # between the two terms
    ("2025-05-02", "USAGOV"),  # second term
])
def test_a_president_between_two_terms_is_no_government_actor(story, published, cameo):
    result = story("Donald Trump told a crowd in Ohio that China had cheated American farmers.", published=published)
    trump = _person(result, "Donald Trump")
    assert (trump.country, trump.cameo) == ("USA", cameo)


@pytest.mark.parametrize("name, published, cameo", [
    ("Barack Obama", "2015-05-02", "USAGOV"),
    ("Barack Obama", "2019-05-02", "USAELI"),
    ("Joe Biden", "2019-05-02", "USAELI"),  # the vice president of 2009-2017 before his own term
    ("Joe Biden", "2023-05-02", "USAGOV"),
])
def test_two_holders_of_one_office_each_coded_by_the_date(story, name, published, cameo):
    result = story(f"{name} said the United States should lead the talks on the climate.", published=published)
    person = _person(result, name)
    assert (person.country, person.cameo) == ("USA", cameo)


def test_a_former_head_named_in_full_is_found_in_a_story_of_another_state(story):
    result = story("Jimmy Carter met Syrian officials in Damascus on Monday to discuss the hostages.",
                   published="1987-03-04")
    carter = _person(result, "Jimmy Carter")
    assert (carter.country, carter.cameo) == ("USA", "USAELI")


def test_a_lone_family_name_of_a_former_head_still_needs_his_state(story):
    result = story("Carter said the harvest in Syria would be late this year.", published="1987-03-04")
    assert not [e for e in result.entities if e.name == "Jimmy Carter"]
