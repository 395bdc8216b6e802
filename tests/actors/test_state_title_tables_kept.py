"""The bare titles of a story's state (`Titles._story_state_titles`) are looked up in a table of that state's titles
(`_state_title_table`: its offices' descriptions and the heads' titles, longest first and by their first word), made
once a state and kept by the Resolver: the same table as made afresh, the same holders found in stories of other
dates, and a table made anew when the Resolver is given another dictionary. Sentences written for these tests."""

from __future__ import annotations

import copy

import pytest


@pytest.fixture
def resolver(nlp):
    return nlp.get_pipe("dossier_actors").resolver


@pytest.mark.parametrize("state", ["GBR", "DEU", "JPN", "USA"])
def test_the_kept_table_is_the_one_made_afresh(resolver, state):
    phrases, longest_first, by_first, shared = resolver._state_title_table(state)
    fresh = resolver._state_title_phrases(state)
    assert phrases == fresh and phrases
    assert longest_first == sorted(fresh, key=len, reverse=True)
    assert sorted(w for group in by_first.values() for w in group) == sorted(fresh)
    assert all(len(a) >= len(b) for group in by_first.values() for a, b in zip(group, group[1:]))
    assert shared == {tuple(t.lower().split()) for t in resolver.d.lexicon.titles_bodies_share}
    assert resolver._state_title_table(state) is resolver._state_title_table(state)


def test_a_table_kept_serves_stories_of_other_dates(story):
    text = "The prime minister told parliament on Monday that the rail strike would end within a week."
    holders = []
    for published in ("2019-09-10", "2023-09-10", "2019-09-10"):
        result = story(text, dateline="LONDON", published=published)
        named = {m.entity for m in result.mentions if m.text.lower() == "the prime minister"}
        holders.append({e.name for e in result.entities if e.id in named})
    assert holders == [{"Boris Johnson"}, {"Rishi Sunak"}, {"Boris Johnson"}]


def test_another_dictionary_gets_a_table_of_its_own(resolver):
    before = resolver._state_title_table("GBR")
    kept = resolver.d
    try:
        resolver.d = copy.copy(kept)
        again = resolver._state_title_table("GBR")
        assert again is not before and again[0] == before[0]
    finally:
        resolver.d = kept
    assert resolver._state_title_table("GBR") is not before  # remade for the dictionary given back
