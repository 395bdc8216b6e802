"""A converted body's other name that is only part of a longer tagged organisation's name going on in capitalised
words ("National Resistance" of "the National Resistance Army" in a story of Uganda, "Youth" of "the Patriotic Youth
League") is no mention of that body where the story names none of its state: the longer name is its own
organisation. The alias alone in a story of its state keeps the converted body. Sentences written for these
tests."""

import pytest


def ids(result):
    return {e.id: (e.name, e.country) for e in result.entities}


@pytest.mark.parametrize("text, longer", [
    ("The National Resistance Army closed the road to Gulu after rebels reached a village near Kampala.",
     "National Resistance Army"),
    ("The Patriotic Youth League held a rally in Nairobi against the new land law.", "Patriotic Youth League"),
])
def test_an_alias_inside_a_longer_name_is_not_the_converted_body(story, text, longer):
    result = story(text, published="1987-10-19")
    assert any(e.name == longer and e.type == "ORG" for e in result.entities), ids(result)
    assert not any((e.cameo or "").endswith("REB") and e.country for e in result.entities), ids(result)


def test_the_alias_alone_in_a_story_of_its_state_keeps_the_body(story):
    found = ids(story("Salvadoran rebels of the National Resistance attacked an army post near San Miguel.",
                      published="1987-10-19"))
    assert found.get("slv:armed-forces-of-national-resistance", (None, None))[1] == "SLV", found


def test_an_alias_followed_by_a_legal_form_stays_the_firm(story):
    result = story("A. Schulman Inc will raise its quarterly payout to shareholders, the plastics maker said.",
                   published="1987-10-19")
    assert any(e.kind == "company" and e.country == "USA" for e in result.entities), ids(result)
