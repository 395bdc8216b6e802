"""A dictionary's name of several words written in the other spelling of one of its words, British or American
(`name_spellings` in the lexicon: "Organisation" and "Organization"), is that listed body; a word whose spelling
tells a nation's body ("Labour", "Labor") is not swapped; sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface, listed", [
    ("The Organisation of African Unity sent two envoys to Chad on Monday.", "Organisation of African Unity",
     "Organization of African Unity"),
    ("The World Health Organisation flew doctors to Uganda after the floods.", "World Health Organisation",
     "World Health Organization"),
])
def test_a_listed_body_written_in_the_other_spelling_is_that_body(story, text, surface, listed):
    result = story(text)
    ids = {m.entity for m in result.mentions if m.text == surface}
    entities = {e.id: e for e in result.entities}
    assert len(ids) == 1 and entities[ids.pop()].name == listed
    assert all(e.kind == "igo" for e in entities.values() if e.name == listed)


def test_a_party_whose_spelling_tells_its_nation_is_not_swapped(by_name, story):
    result = by_name(story("Israel's Labor Party said on Sunday it would leave the coalition."))
    assert not any(e.country == "GBR" for e in result.values())
