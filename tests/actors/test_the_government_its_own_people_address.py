""""The government" that a state's own people act on is their state's (actors/own_government.py): a group that lives
or works where it is (residents, farmers, protesters, unions, firms: agents.yaml `local`), whose state its own words
give, asking, urging or accusing "the government" in a story that names other states too. Not a group abroad ("Iranian
protesters in London"), one called foreign, nor an official. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_countries


@pytest.mark.parametrize("text, state", [
    ("Farmers in Kenya urged the government to raise maize prices. Uganda and Tanzania face the same drought.", "KEN"),
    ("Residents of Manila accused the government of neglect after the floods. Japan and China sent aid.", "PHL"),
    ("Union leaders in Lusaka called on the government to pay the arrears, as unions in Malawi and Zimbabwe had done.",
     "ZMB"),
    ("The government was urged by villagers in Nepal to rebuild the bridge. India and China offered loans.", "NPL"),
    ("Teachers in Uganda met and asked the government for higher pay, while Kenya and Rwanda cut their taxes.",
     "UGA"),
])
def test_a_state_s_own_people_address_their_government(story, text, state):
    assert mention_countries(story(text), "government") == {state}


@pytest.mark.parametrize("text", [
    # a group abroad: whose government it urges its words do not say
    "Iranian protesters in London urged the government to expel the envoy. Britain and Iran argued over the embassy.",
    # foreign firms take no state from the place, nor give one
    "Foreign companies in Vietnam asked the government to ease import rules. Japan and South Korea invest there.",
])
def test_a_group_abroad_gives_the_government_no_state(story, text):
    assert mention_countries(story(text), "government") <= {None}


def test_an_official_gives_the_government_no_state(story):
    # an official is no people of a place: an envoy urges the government of the state he is sent to
    found = story("A Kenyan envoy in Kampala urged the government to reopen the border. Uganda and Kenya trade maize.")
    assert "KEN" not in mention_countries(found, "government")
