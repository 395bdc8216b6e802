"""A party's adjective before a member's noun ("Democratic senators", "the Republican governor") in a story of
several states, none of them the story's own: the party of the state the story's names give most among those that
have a party beginning with that word (party_names.py `_party_of_named_state`). Texts written for these tests."""

from __future__ import annotations

from tests.actors.conftest import mention_countries


def test_a_party_adjective_in_a_story_of_two_states(story):
    text = ("Moldova's foreign minister flew to Washington on Tuesday to ask for U.S. help with energy supplies. "
            "Democratic senators told him the request would be heard, and a Republican rival of the plan said it "
            "cost too much.")
    found = story(text, published="2021-02-09")
    assert mention_countries(found, "democratic") == {"USA"}
    assert mention_countries(found, "republican") == {"USA"}


def test_no_party_where_no_state_of_the_word_is_named(story):
    text = ("Moldova's foreign minister met Romania's prime minister in Bucharest on Tuesday. "
            "Democratic senators of neither state attended.")
    found = story(text, published="2021-02-09")
    assert mention_countries(found, "democratic") <= {None}
