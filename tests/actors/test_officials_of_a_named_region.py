"""An official introduced by a title alone in a story that names no state, only regions of one country (a US state,
an Australian state), is of that country: "Gov. X" after Vermont is American. Regions of two countries, or a town
alone, give none. Sentences and names written for these tests."""

import pytest


def country(result, name):
    found = [e for e in result.entities if e.name == name]
    assert found, [(e.name, e.country) for e in result.entities]
    return found[0].country, found[0].cameo


@pytest.mark.parametrize("text, name, expected", [
    ("Snow closed roads across Vermont on Tuesday. Gov. Harlan Tweedle ordered schools to stay shut.",
     "Harlan Tweedle", ("USA", "USAGOV")),
    ("Floods swept through Queensland this week, and Premier Delia Marrick asked for federal help.",
     "Delia Marrick", ("AUS", "AUSGOV")),
])
def test_a_titled_official_takes_the_country_of_the_regions_named(story, text, name, expected):
    assert country(story(text, published="2020-11-23"), name) == expected


@pytest.mark.parametrize("text", [
    "Talks were held in Bavaria and in Ohio. Minister Karsten Blum said the plan was sound.",
    "Minister Karsten Blum arrived in Lyon on Tuesday for talks.",
])
def test_regions_of_two_countries_or_a_town_give_none(story, text):
    assert country(story(text, published="2020-11-23"), "Karsten Blum")[0] is None
