"""A family name written alone may mean the one dictionary person of that name ("Boluarte"), but only one of a state
the story names or of its dateline's: a firm's partner called Wilson in a story of the United States and Brazil is
no British prime minister of the 1970s, a word like "Cash" opening a sentence of a New Zealand story no Bahamian
governor-general. A title or an honorific before the name, or a story that names no state, leaves the dictionary's
reading as it was."""

from __future__ import annotations

import pytest

WILSON = "gbr:harold-wilson"


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, dateline", [
    ("Brazil's debt halt could cost U.S. banks dearly, analysts said. Wilson, a partner at a Boston broker, put the "
     "loss at 200 mln dlrs.", "NEW YORK"),
    ("Mexico and the United States opened talks on steel quotas. Wilson, who advises the mills, said a deal was "
     "close.", None),
])
def test_a_lone_name_of_a_state_the_story_does_not_name_is_not_that_person(story, text, dateline):
    assert WILSON not in _ids_of(story(text, dateline=dateline), "Wilson")


def test_the_person_of_a_state_the_story_names_is_kept(story):
    result = story("Britain's Labour Party met in London on Monday. Wilson told the delegates the party must unite.",
                   dateline="LONDON")
    assert _ids_of(result, "Wilson") == {WILSON}


def test_a_story_that_names_no_state_keeps_the_dictionary_s_reading(story):
    result = story("Wilson told the delegates on Monday that the party must unite before the vote.")
    assert _ids_of(result, "Wilson") == {WILSON}

