"""A party's adjective names the party before what the party's side proposes or does as well as before its members
("Democratic suggestions", "the Republican plan", "Democratic aides": lexicon `party_member_nouns`), and a party name
several states' parties share ("Labour", "the Conservatives", "the Liberals") is the party of the state the story's
dateline names where its other names name none (party_names.py `_named_countries`). Sentences written for these
tests."""

from __future__ import annotations

import pytest


def _party_countries(result, written: str) -> set:
    ents = {e.id: e for e in result.entities}
    return {(ents[m.entity].country, ents[m.entity].kind) for m in result.mentions
            if m.text == written and m.entity in ents}


@pytest.mark.parametrize("text, dateline, written, country", [
    ("The administration firmly opposes recent Democratic suggestions that share trades be taxed.", "WASHINGTON",
     "Democratic", "USA"),
    ("Republican negotiators walked away from the talks after the Democratic proposal was published.", "WASHINGTON",
     "Democratic", "USA"),
    ("Democratic aides said the vote on the spending package would slip to next week.", "WASHINGTON", "Democratic",
     "USA"),
])
def test_a_party_adjective_before_what_its_side_proposes_names_the_party(story, text, dateline, written, country):
    assert _party_countries(story(text, dateline=dateline, published="2020-09-10"), written) == {(country, "party")}


@pytest.mark.parametrize("text, dateline, written, country", [
    ("The Conservatives accused Labour of wrecking the railways in a heated debate on Tuesday.", "LONDON",
     "Conservatives", "GBR"),
    ("The Conservatives accused Labour of wrecking the railways in a heated debate on Tuesday.", "LONDON",
     "Labour", "GBR"),
    ("The Liberals promised to cut the sales tax if they win the autumn election.", "OTTAWA", "Liberals", "CAN"),
    ("The Liberals promised to cut the sales tax if they win the autumn election.", "CANBERRA", "Liberals", "AUS"),
])
def test_a_shared_party_name_is_the_dateline_state_s(story, text, dateline, written, country):
    assert _party_countries(story(text, dateline=dateline, published="2019-06-04"), written) == {(country, "party")}


@pytest.mark.parametrize("text, dateline, written", [
    # another noun after the adjective stays a word
    ("Democratic reforms were praised by visiting envoys on Monday.", "TAIPEI", "Democratic"),
    # no dateline and no state named: no state for a shared name
    ("The Liberals promised to cut the sales tax if they win the autumn election.", None, "Liberals"),
])
def test_no_party_s_state_without_its_noun_or_the_story_s_state(story, text, dateline, written):
    found = _party_countries(story(text, dateline=dateline, published="2019-06-04"), written)
    assert all(kind != "party" or country is None for country, kind in found)
