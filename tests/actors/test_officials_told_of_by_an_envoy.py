"""An official introduced by a title alone in a clause an envoy reports ("the Indian ambassador said Defence Minister X
would visit") may be the envoy's own state's or the host's: the story's country does not say which, so the official
gets none from it (`resident_envoy_titles` in the actors' lexicon)."""

import pytest


@pytest.mark.parametrize("text, person", [
    ("The Indian ambassador said Defence Minister Arjun Kale would visit Nepal next week.", "Arjun Kale"),
    ("The Canadian envoy told reporters Trade Minister Paul Gagne had accepted the invitation to Oslo.", "Paul Gagne"),
])
def test_an_official_an_envoy_tells_of_gets_no_country_from_the_story(story, text, person, country_of):
    assert country_of(story(text, published="2024-06-03"), person) is None


@pytest.mark.parametrize("text, dateline, person, state", [
    # an official who speaks for themselves: the story's country, as before
    ("India will buy the jets, Defence Minister Arjun Kale said on Monday in New Delhi.", None, "Arjun Kale", "IND"),
    # a state's trade representative is no envoy: the official he tells of is of the story's country, as before
    ("U.S. Trade Representative Carl Hoyt said Agriculture Secretary Dan Pryor would visit Japan.", "WASHINGTON",
     "Dan Pryor", "USA"),
    # the official is given a country by their own words: kept
    ("The Indian ambassador said Nepalese Defence Minister Arjun Kale would visit Delhi.", None, "Arjun Kale", "NPL"),
])
def test_other_officials_keep_their_country(story, text, dateline, person, state, country_of):
    assert country_of(story(text, dateline=dateline, published="2024-06-03"), person) == state
