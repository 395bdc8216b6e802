"""A page of several stories, each later one opening with its own dateline in capitals (a running roundup): a generic
agent no word describes takes the state of its own story's dateline, and one of the first story the page's dateline's
state (agents.py `sections`), not the state the whole page names most. Own words still come first. Texts written for
these tests."""

from __future__ import annotations

from tests.actors.conftest import mention_countries

_ROUNDUP = (
    "Spain will start vaccinating care home residents in January, the health minister said.\n"
    "Officials expect the first doses to arrive by late December.\n"
    "HANOI — Vietnamese authorities ordered two districts to stay at home after a cluster of cases.\n"
    "Police set up checkpoints and fined people who left their homes.\n"
    "OTTAWA — The hospitals are close to capacity, doctors warned.\n"
    "Japanese officials said they would send masks.\n")


def test_each_story_s_agents_are_of_its_dateline(story):
    found = story(_ROUNDUP, dateline="MADRID", published="2020-11-23")
    assert mention_countries(found, "police") == {"VNM"}
    assert mention_countries(found, "people") == {"VNM"}
    assert mention_countries(found, "doctors") == {"CAN"}


def test_the_first_story_s_agents_are_of_the_page_s_dateline(story):
    found = story(_ROUNDUP, dateline="MADRID", published="2020-11-23")
    assert mention_countries(found, "officials") == {"ESP", "JPN"}  # the lede's, and the ones a demonym describes


def test_a_heading_in_capitals_is_no_story_s_dateline(story):
    text = ("Vietnamese authorities ordered two districts to stay at home after a cluster of cases in Hanoi.\n"
            "LATEST FIGURES\n"
            "Police in Canada and Vietnam set up checkpoints, and doctors warned of a shortage.\n")
    found = story(text, published="2020-11-23")
    assert "CAN" not in mention_countries(found, "doctors")
