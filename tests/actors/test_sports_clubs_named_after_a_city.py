"""A sports club named by a club's word and its city ("Real Madrid", "Dynamo Kiev", "Borussia Dortmund") is one
organisation of the city's country (actors/clubs.py, lexicon `club_words`): not that state's government, nor the
city, nor the story's country. The city named alone, and a club's word before no city, stay as they were. Sentences
and clubs written for these tests."""

from __future__ import annotations

import pytest


def _actor(result, surface: str):
    ids = {m.entity for m in result.mentions if m.text == surface}
    return [e for e in result.entities if e.id in ids]


@pytest.mark.parametrize("text, club, country", [
    ("Real Madrid beat Valencia 3-1 at home on Saturday night.", "Real Madrid", "ESP"),
    ("Dynamo Kiev signed a young striker from a Brazilian club on Tuesday.", "Dynamo Kiev", "UKR"),
    ("In Spain, Borussia Dortmund lost the first leg of the quarter-final.", "Borussia Dortmund", "DEU"),
    ("Spartak Moscow dismissed its coach after the derby.", "Spartak Moscow", "RUS"),
])
def test_a_club_s_word_and_a_city_are_one_organisation(story, text, club, country):
    found = _actor(story(text, published="2019-10-05"), club)
    assert len(found) == 1 and found[0].type == "ORG" and found[0].country == country, found
    assert not found[0].cameo or not found[0].cameo.endswith("GOV"), found[0].cameo


def test_the_city_alone_is_still_the_city(story):
    result = story("Real incomes in Madrid fell last year, the statistics office said.", published="2019-10-05")
    assert _actor(result, "Real Madrid") == []
    assert [e.country for e in _actor(result, "Madrid")] == ["ESP"]


@pytest.mark.parametrize("text", [
    "Dynamo Lisbon Holdings bought a stake in the shipyard on Monday.",
    "The shipyard was sold to Dynamo Lisbon Holdings, a Portuguese investor.",
])
def test_no_club_where_the_city_goes_on_into_a_longer_name(story, text):
    result = story(text, published="2019-10-05")
    assert not any(e.name == "Dynamo Lisbon" for e in result.entities), [e.name for e in result.entities]
