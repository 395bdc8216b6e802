"""A state body named by its word alone, a ministry, a department or the treasury, before a group's or a speaker's
noun ("ministry sources", "a ministry spokesman", "Treasury officials", "Department officials") names that body's
officials (agents.yaml): of the state a body of that word named before is of, else of the story's state, as
"officials" alone are. A common noun before the body's word names another body ("a police department spokesman",
"a sales department official"): no state's officials. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _countries(result, words: str) -> set[str | None]:
    named = {m.entity for m in result.mentions if m.text.lower().endswith(words)}
    return {e.country for e in result.entities if e.id in named}


@pytest.mark.parametrize("text, dateline, words, country", [
    ("Ministry sources said the rice talks with Japan would start again next month.", "SEOUL", "ministry sources",
     "KOR"),
    ("Treasury officials said they expected Japan to lower its interest rates soon.", "WASHINGTON",
     "treasury officials", "USA"),
    ("Department officials said the United States would send a formal protest to Canada.", "WASHINGTON",
     "department officials", "USA"),
    ("Egypt raised bread prices on Sunday. Ministry officials said the subsidy bill had doubled in a year.", "CAIRO",
     "ministry officials", "EGY"),
])
def test_a_body_s_group_without_a_state_s_word_is_of_the_story_s_state(story, text, dateline, words, country):
    assert _countries(story(text, dateline=dateline), words) == {country}


def test_a_body_s_sources_are_of_the_state_whose_body_of_that_word_was_named(story):
    result = story("The Japanese Finance Ministry raised its growth forecast on Monday. Ministry sources said Tokyo "
                   "would press Washington to act on the dollar.", dateline="LONDON")
    assert _countries(result, "ministry sources") == {"JPN"}


def test_a_ministry_s_spokesman_speaks_for_the_story_s_state(story):
    result = story("Kenya closed its border crossings on Friday. A ministry spokesman said Kenya would reopen them "
                   "once the floods had passed.", dateline="NAIROBI")
    assert _countries(result, "ministry spokesman") == {"KEN"}


def test_the_body_s_officials_are_the_side_of_their_act(story):
    result = story("Treasury officials urged Japan on Tuesday to open its markets to foreign banks.",
                   dateline="WASHINGTON")
    names = {e.id: e for e in result.entities}
    requests = [e for e in result.events if e.type == "REQUEST"]
    assert requests and any(names[i].country == "USA" for e in requests for i in e.source if i in names)


@pytest.mark.parametrize("text, words", [
    ("A police department spokesman said two men had been held after the fight outside the stadium.",
     "department spokesman"),
    ("A sales department official said the firm would sell more cars in Germany next year.", "department official"),
])
def test_another_body_s_department_gives_no_state_s_officials(story, text, words):
    result = story(text, dateline="CHICAGO")
    assert not {c for c in _countries(result, words) if c}
