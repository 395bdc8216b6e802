"""A person's nationality told by a demonym: a nationality noun a name is set beside ("a Briton, X,", "an Israeli, X,"):
the noun is a demonym the tagger may read as a proper noun of its state, not a place written against the name; and a
definite description by nationality after the name ("The Briton was held", "the Australian national"), which stands
for the one person named just before it."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("A Briton, Mark Tully, was detained by Iranian police in Tehran on Monday.", "Mark Tully", "GBR"),
    ("Police in Lagos held an Israeli, Dan Levy, on Friday.", "Dan Levy", "ISR"),
])
def test_the_nationality_noun_gives_the_country(story, text, person, state, country_of):
    assert country_of(story(text, published="2024-06-03"), person) == state


def test_a_place_beside_a_name_still_gives_none(story, country_of):
    # a city written against a name is a parse of a title's object, no nationality
    result = story("The envoy visited Tokyo on Monday. Tokyo, Mark Tully said, was calm.", published="2024-06-03")
    assert country_of(result, "Mark Tully") is None


@pytest.mark.parametrize("text, state", [
    ("Police in Tehran detained Mark Tully on Monday. The Briton was held for a week.", "GBR"),
    ("Police in Tehran detained Mark Tully on Monday. The 45-year-old Briton was held for a week.", "GBR"),
    ("Police in Tehran detained Mark Tully on Monday. The Australian national was held for a week.", "AUS"),
])
def test_a_nationality_told_after_the_name_gives_the_country(story, text, state, country_of):
    result = story(text, published="2024-06-03")
    assert country_of(result, "Mark Tully") == state
    # the description is a mention of the person, not the state
    assert not [e for e in result.entities if e.country == state and e.kind == "government"]


@pytest.mark.parametrize("text", [
    # two people named before: which of them is the Briton is not said
    "Police in Tehran detained Mark Tully and Jan Berg on Monday. The Briton was held for a week.",
    # the description has a name of its own: another person
    "Police in Tehran detained Mark Tully on Monday. The Briton John Smith was also held.",
    # the demonym describes a body, not the person
    "Police in Tehran detained Mark Tully on Monday. The British government protested.",
])
def test_no_nationality_without_one_person_it_describes(story, text, country_of):
    assert country_of(story(text, published="2024-06-03"), "Mark Tully") is None
