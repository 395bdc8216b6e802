"""Federal agents, named by the level they serve, are the police of the state the story gives (agents.yaml); a
name of "Federal" is no actor, and "agents" alone (travel, shipping agents) no police."""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_federal_agents_opening_a_sentence_are_the_story_s_police(story):
    text = ("A student wanted for a robbery in Ohio was caught on Tuesday. Federal agents took the man into custody "
            "at a house in Columbus, a spokesman for the U.S. Marshals said.")
    found = story(text, published="2020-09-29")
    assert mention_countries(found, "federal agents") == {"USA"}
    assert not any(e.name == "Federal" for e in found.entities)


def test_federal_officers_inside_a_sentence_are_the_story_s_police(story):
    text = ("Brazil tightened its border checks this month. Near Manaus, federal officers seized two tonnes of "
            "timber and arrested the crew of a barge, Brazil's justice ministry said.")
    found = story(text, published="2021-05-11")
    assert mention_countries(found, "federal officers") == {"BRA"}


def test_travel_agents_are_no_police(story):
    text = ("Travel agents in Ohio said bookings had fallen by half since March. The United States eased its "
            "advice on flights to Mexico.")
    found = story(text, published="2020-09-29")
    assert not any(e.id.endswith(":COP") for e in found.entities)
