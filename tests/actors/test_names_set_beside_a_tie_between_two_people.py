"""A name set beside a title between commas takes the title's country ("A Japanese diplomat, Kenji Mori,"), but not
where the title is the other person of a tie between two that says nothing of a state ("a friend of the French envoy,
Tom Hale,": the friend or the envoy; "Tom Hale, a friend of the French envoy,": the friend), `relation_nouns` in the
lexicon. A demonym on the noun of the tie itself still says it ("his French lawyer, Anne Hale"); an office's staff
serve its state ("a spokesman for the French embassy"); a family tie is not such a tie."""

import pytest


def country(result, name):
    return next(e for e in result.entities if e.name == name).country


@pytest.mark.parametrize("text, name", [
    ("A friend of the French envoy, Tom Hale, said the talks had failed.", "Tom Hale"),
    ("A classmate of the Greek ambassador, Nikos Pappas, denied the report.", "Nikos Pappas"),
    ("An old friend of the Polish foreign minister, Jan Nowak, denied the report.", "Jan Nowak"),
    ("The neighbour of the Dutch consul, Anne Hale, said the talks had failed.", "Anne Hale"),
    ("Tom Hale, a friend of the French envoy, said the talks had failed.", "Tom Hale"),
    ("The Chilean minister's friend, Pedro Soto, was arrested on Friday.", "Pedro Soto"),
])
def test_a_name_beside_the_other_person_of_a_tie_takes_no_country(story, text, name):
    assert country(story(text, published="2024-06-01"), name) is None


@pytest.mark.parametrize("text, name, expected", [
    ("A Japanese diplomat, Kenji Mori, told reporters that Tokyo would protest.", "Kenji Mori", "JPN"),
    ("Mexico's trade minister, Luis Ortega, signed the deal with Canada.", "Luis Ortega", "MEX"),
    ("His French lawyer, Anne Hale, said the talks had failed.", "Anne Hale", "FRA"),
    # a family tie is no such tie: mostly of one state
    ("The wife of the Dutch consul, Anne Hale, said the talks had failed.", "Anne Hale", "NLD"),
    ("A spokesman for the French embassy, Tom Hale, said the talks had failed.", "Tom Hale", "FRA"),
    ("Tom Hale, director of the Israeli foreign ministry, said the talks had failed.", "Tom Hale", "ISR"),
])
def test_a_name_beside_a_title_of_a_state_takes_its_country(story, text, name, expected):
    assert country(story(text, published="2024-06-01"), name) == expected


def test_a_list_binds_only_the_name_beside_the_title(story):
    result = story("The Italian delegate, Marco Neri, and Tom Hale met in Geneva.", published="2024-06-01")
    assert country(result, "Marco Neri") == "ITA"
    assert country(result, "Tom Hale") is None
