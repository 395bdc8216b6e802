"""In a one-country wire story an unknown organisation takes the dateline's country, but not one whose name says
its body is international ("World Coffee Council"). A firm's name that ends in a legal form ("Zenlo International
Inc") is a firm's, whatever word it holds: it takes the dateline's country as other firms of the story do."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name", ["Zenlo International Inc", "Marvale Global Corp"])
def test_a_firm_with_an_international_word_takes_the_dateline_s_country(story, country_of, name):
    result = story(f"The city's largest employer will close two plants and cut 400 jobs by the end of the year. The "
                   f"plants belong to {name}, which bought them in 1979.", dateline="CLEVELAND")
    assert country_of(result, name) == "USA"


@pytest.mark.parametrize("name", ["World Tin Council", "International Cocoa Study Group"])
def test_a_body_named_international_takes_no_dateline(story, country_of, name):
    result = story(f"The {name} said on Monday it would publish new figures on stocks next month.",
                   dateline="CLEVELAND")
    assert country_of(result, name) is None


def test_a_name_with_an_international_word_and_no_legal_form_takes_no_dateline(story, country_of):
    result = story("Zenlo International said on Monday it would close two plants and cut 400 jobs by the end of the "
                   "year.", dateline="CLEVELAND")
    assert country_of(result, "Zenlo International") is None
