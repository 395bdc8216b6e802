"""A nationality noun a name is set beside ("a Briton, X,", "an Israeli, X,"): the noun is a demonym the tagger may read
as a proper noun of its state, not a place written against the name, and gives the person that state."""

import pytest


def country(result, name):
    found = [e for e in result.entities if e.name == name]
    assert len(found) == 1, [(e.id, e.name) for e in result.entities]
    return found[0].country


@pytest.mark.parametrize("text, person, state", [
    ("A Briton, Mark Tully, was detained by Iranian police in Tehran on Monday.", "Mark Tully", "GBR"),
    ("Police in Lagos held an Israeli, Dan Levy, on Friday.", "Dan Levy", "ISR"),
])
def test_the_nationality_noun_gives_the_country(story, text, person, state):
    assert country(story(text, published="2024-06-03"), person) == state


def test_a_place_beside_a_name_still_gives_none(story):
    # a city written against a name is a parse of a title's object, no nationality
    result = story("The envoy visited Tokyo on Monday. Tokyo, Mark Tully said, was calm.", published="2024-06-03")
    assert country(result, "Mark Tully") is None
