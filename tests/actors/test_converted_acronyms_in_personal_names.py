"""A one-word acronym only the converted dictionaries know ("ANA", an Albanian armed group; "IRA") is matched without
case like their other names, but not where it is a word, not in capitals, of a person's name the tagger found: "Ana
Ortega" and "Ira Kaplan" are people, not the groups."""

import pytest


@pytest.mark.parametrize("text, person", [
    ("Foreign Minister Ana Ortega met the French ambassador in Santiago on Monday.", "Ana Ortega"),
    ("The American economist Ira Kaplan criticised the trade bill on Tuesday.", "Ira Kaplan"),
])
def test_a_first_name_is_no_acronym(story, text, person):
    result = story(text, published="2024-06-03")
    assert [e.kind for e in result.entities if e.name == person] == ["person"]
    assert not [e for e in result.entities if e.kind == "group"]


def test_the_acronym_in_capitals_is_still_the_group(story):
    result = story("ANA rebels attacked a police post near the border on Monday.", published="2024-06-03")
    assert "Albanian National Army" in {e.name for e in result.entities}
