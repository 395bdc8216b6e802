"""A lone word the tagger cut from the family name after it ("Chair Adam Okafor" read as "Adam") is not the
dictionary person of that family name (Persons._given_before_a_name); the person's own given name, a title, or a
body's noun around the name leave the person. (A family name written elsewhere after another given name, "Ed Day",
was tried as a rule in round 60 and left out at the merge: it lost a held-out page's gold event.) Sentences
written for these tests."""

from __future__ import annotations

import pytest

DAY = "can:stockwell-day"


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text", [
    "Westbrook County Executive Stockwell Day ordered the schools of New York State closed. Day said the order "
    "would last two weeks.",
    "Canada's parliament will sit again on Monday, and Ottawa Mayor Jim Watson opened the session. Day said the "
    "opposition would oppose the bill.",
    "The Canadian delegation, led by Public Safety Minister Day, arrived in Washington on Monday. Day said the talks "
    "went well.",
])
def test_the_person_s_own_given_name_or_a_title_keeps_them(story, text):
    assert _ids_of(story(text, published="2020-03-16"), "Day") == {DAY}


@pytest.mark.parametrize("text, word, known", [
    ("House Ethics Panel Chair Adam Okafor (R-Texas) said on Friday the inquiry would go on.", "Adam",
     "syc:jean-paul-adam"),
    ("Finance Committee Chair Warner Banks (D-Ga.) said on Friday the audit would go on.", "Warner",
     "tto:jack-warner"),
])
def test_a_given_name_the_tagger_cut_from_its_family_name_is_no_known_person(story, text, word, known):
    """Persons._given_before_a_name: the capitalised name right after the lone word is not the person's."""
    assert known not in _ids_of(story(text, published="2020-01-02"), word)


@pytest.mark.parametrize("text, word, known, published", [
    ("Seychelles Foreign Minister Adam said on Friday the talks with India had ended.", "Adam", "syc:jean-paul-adam",
     "2013-01-02"),
    ("The Reagan Administration said on Friday it would veto the trade bill.", "The Reagan Administration",
     "usa:ronald-reagan", "1987-03-02"),
])
def test_a_title_or_a_body_s_noun_after_the_name_keeps_the_person(story, text, word, known, published):
    assert _ids_of(story(text, published=published), word) == {known}
