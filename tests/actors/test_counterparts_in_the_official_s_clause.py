"""An official introduced by a title before their name takes a known person of another state as a counterpart only
where that person acts in the official's clause or one holding it ("X met Minister Y", "X said he met Minister Y"),
not in a clause inside it ("voters ousted Gov. Y in a state X won"); "Gov." is a governor's title. Sentences written
for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Ohio voters ousted Gov. Tom Hale on Tuesday in a state President Trump won easily.",
    "Ohio voters re-elected Governor Tom Hale on Tuesday in a state President Trump won easily.",
])
def test_a_person_of_a_clause_inside_the_official_s_is_no_counterpart(story, country_of, text):
    assert country_of(story(text, published="2019-11-06"), "Tom Hale") == "USA"


@pytest.mark.parametrize("text", [
    "President Trump met Prime Minister Hans Berg in Washington on Monday, a week after Norway joined the pact.",
    "President Trump said he had talks with Prime Minister Hans Berg, and Norway welcomed them.",
])
def test_a_person_of_the_official_s_clause_or_one_holding_it_is_a_counterpart(story, country_of, text):
    assert country_of(story(text, published="2019-11-06"), "Hans Berg") == "NOR"
