"""A lone word the tagger reads as a person, that is the given name of a person named in full before, is that
person, though a town of the story's country or a state bears the name ("Taylor said" after "Taylor Brandt";
Persons._given_name_alone); after a place's preposition it stays the place. Sentences written for these tests."""

from __future__ import annotations


def names(result) -> dict:
    return {e.name: e for e in result.entities}


def test_a_given_name_that_is_a_town_of_the_story_s_country_is_the_person(story):
    result = story("Taylor Brandt thanked the network. Taylor said the label had threatened her show in the "
                   "United States.", published="2019-11-20")
    found = names(result)
    assert "Taylor" not in found, sorted(found)
    assert [m.entity for m in result.mentions if m.text == "Taylor"] == ["unk:PERSON:taylor-brandt"]


def test_a_given_name_that_is_a_state_is_the_person(story):
    for text in ("Chad Ferris criticized the school board on Monday. Chad also said the board hid the audit.",
                 "Jordan Pike criticized the mayor. Jordan also said the council lied."):
        found = names(story(text, published="2019-11-20"))
        assert "Chad" not in found and "Jordan" not in found, sorted(found)


def test_the_state_after_a_place_s_preposition_stays_the_state(story):
    found = names(story("Chad Ferris criticized the school board on Monday. Officials from Chad also attended the "
                        "meeting.", published="2019-11-20"))
    assert found["Chad"].country == "TCD"
