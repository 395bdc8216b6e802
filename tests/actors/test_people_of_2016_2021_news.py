"""Politicians and officials often named in 2016-2021 news, held in the curated people.yaml with the offices they
held then: named in full or, after that, by their family name, they are of their state; a story of 1987 does not
take the family name for one whose first office came later. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_countries


@pytest.mark.parametrize("text, published, surface, country", [
    ("Kurt Volker, who had led the talks on eastern Ukraine, told the committee he knew of no pressure on Kyiv.",
     "2019-11-19", "kurt volker", "USA"),
    ("Adam Schiff said the committee would publish the transcripts of the closed hearings next week.",
     "2019-11-05", "adam schiff", "USA"),
    ("Carrie Lam said on Tuesday the government would not withdraw the curfew in the harbour districts.",
     "2019-11-12", "carrie lam", "HKG"),
    ("Juan Guaidó urged soldiers in Caracas to stand aside during the march.", "2019-04-30", "juan guaidó", "VEN"),
    ("Ahmad Lawan told lawmakers in Abuja the budget would pass before the recess.", "2019-11-20", "ahmad lawan",
     "NGA"),
    ("J.B. Pritzker ordered the state's gyms to stay shut for another month.", "2020-04-20", "j.b. pritzker", "USA"),
    ("Mark Milley flew to the Gulf on Sunday to inspect the air defence units.", "2020-01-12", "mark milley", "USA"),
])
def test_a_politician_of_those_years_named_in_full(story, text, published, surface, country):
    assert mention_countries(story(text, published=published), surface) == {country}


def test_the_family_name_after_the_full_name(story):
    result = story("Marie Yovanovitch left Kyiv in May. Yovanovitch later told the inquiry that she had been "
                   "recalled early.", published="2019-11-15")
    assert mention_countries(result, "yovanovitch") == {"USA"}


def test_a_family_name_in_a_story_before_their_first_office(story):
    result = story("Comey told reporters in Bonn that the textile orders would slow, West German officials said.",
                   published="1987-03-01")
    assert "USA" not in mention_countries(result, "comey")
