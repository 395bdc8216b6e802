"""A known state body's plain name (the converted dictionaries' "Senate", an alias of the US Congress) named again
alone after the article qualified the same words by another state ("the Philippine Senate … Senate President X",
"Poland's Senate … Senate Speaker X") is not the known body (Resolver._other_state_s_body): the chamber's officers
are no US legislators. A story that never gives the words another state keeps the known body. Names and sentences
written for these tests."""

from __future__ import annotations

import pytest


def _entity(result, name: str):
    return next(e for e in result.entities if e.name == name)


@pytest.mark.parametrize("text, name", [
    ("The Philippine Senate opened a new session on Monday. Senate President Ana Reyes said the chamber would debate "
     "the visiting forces pact with the United States.", "Ana Reyes"),
    ("Poland's Senate rejected the media bill on Friday. Senate Speaker Jan Kowalczyk said the Senate would not bow "
     "to pressure.", "Jan Kowalczyk"),
])
def test_the_chamber_s_officer_is_no_us_legislator(story, text, name):
    result = story(text, published="2019-11-19")
    assert _entity(result, name).country != "USA"
    assert not any(e.name == "United States Congress" for e in result.entities)


def test_a_senate_no_other_state_qualifies_stays_the_known_body(story):
    result = story("The Senate passed the spending bill on Friday. Senate Majority Leader Tom Adler said the Senate "
                   "would not bow to pressure from China.", dateline="WASHINGTON", published="2019-11-19")
    assert _entity(result, "Tom Adler").country == "USA"
    assert any(e.name == "United States Congress" for e in result.entities)
