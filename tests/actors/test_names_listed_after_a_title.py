"""A person's name set beside a title between commas that the parser read as the next item of a list ("Kenya's U.N.
representative, Ambassador X, and ...", X parsed as "conj" of "representative") is described by that title: it takes
the title's country, and the title alone is no actor of its own. A real list keeps its items apart ("the minister,
X, Y and Z"). Sentences written for these tests."""

import pytest

from tests.actors.test_names_found_later import _span


@pytest.mark.parametrize("text, name, country", [
    ("The talks were led by Kenya's U.N. Representative, Ambassador Peter Otieno, and Japan's deputy foreign "
     "minister, Kenji Sato.", "Peter Otieno", "KEN"),
    ("Kenya's envoy to the U.N., Ambassador Peter Otieno, and the head of the Japanese delegation, Kenji Sato, met "
     "in New York.", "Peter Otieno", "KEN"),
    ("Ghana's delegate, Kofi Mensah, and Togo's envoy, Ambassador Yao Agbeko, signed the accord.", "Yao Agbeko",
     "TGO"),
])
def test_the_name_takes_the_title_s_country(story, country_of, text, name, country):
    assert country_of(story(text), name) == country


@pytest.mark.parametrize("name", ["Carlos Vega", "Luis Soto"])
def test_the_later_items_of_a_real_list_take_nothing_from_the_title(story, country_of, name):
    found = story("Attending were Chile's trade minister, Marta Rojas, Carlos Vega and Luis Soto.")
    assert country_of(found, name) is None


def test_the_title_stands_for_the_person_beside_it(analyse):
    doc = analyse("The talks were led by Kenya's U.N. Representative, Ambassador Peter Otieno, and Japan's deputy "
                  "foreign minister, Kenji Sato.", "1987-03-04")
    read = doc._.unknown_name(_span(doc, "U.N. Representative"), "unk:NAME:u-n-representative")
    assert isinstance(read, str) and doc._.actors[read].name == "Peter Otieno"


def test_a_plural_title_is_the_head_of_a_list(story, country_of):
    found = story("The talks were led by Kenya's U.N. Representatives, Ambassador Peter Otieno, and Japan's deputy "
                  "foreign minister, Kenji Sato.")
    assert country_of(found, "Peter Otieno") is None
