"""A state's name that opens a person's name the tagger found, before family names no dictionary reads ("Jordan
Smith", "Chad Thomas"), is the person's given name: no state, and the person takes no country from it
(Persons._given_name). A state before a title or a name the dictionary knows, or before a possessive, stays the state.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("Jordan Whitlock, the bank's treasurer, said on Monday the loan to Peru would be signed in May.",
     "Jordan Whitlock", "Jordan"),
    ("The refinery will close, plant manager Chad Fenwick told Brazilian officials on Tuesday.", "Chad Fenwick",
     "Chad"),
])
def test_a_state_opening_a_person_s_name_is_the_given_name(by_name, analyse, story, text, person, state):
    doc = analyse(text)
    if not any(e.label_ == "PERSON" and e.text == person for e in doc.ents):
        pytest.skip(f"the tagger did not read {person!r} as a person here")
    entities = by_name(story(text))
    assert state not in entities, sorted(entities)
    assert entities[person].kind == "person" and entities[person].country is None


def test_a_state_before_its_possessive_and_a_title_stays_the_state(by_name, story):
    entities = by_name(story("Jordan's King Hussein met Syrian officials in Amman on Monday."))
    assert entities["Jordan"].country == "JOR"
