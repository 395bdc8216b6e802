"""A lone word is not a converted dictionary person who holds an office on the article's date only by a role left
open past the record's horizon (`Dictionary.known_to_hold`), where the story names states and not theirs
(Persons._of_the_story): the record does not say they still hold it, and the word is far more often a firm's, a
network's, a storm's or another person's ("Fox" among television networks is no British minister of 2010, "Eitan"
of a light festival in the Netherlands no Israeli minister, "Parise", one letter more than "Paris", no Costa Rican
one). A story that names the person's state keeps them, and so does one that names them anywhere with a title, an
honorific or their given name (`Persons._named_in_full`), or a person known to hold an office then. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _ids_of(result, word: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == word}


@pytest.mark.parametrize("text, dateline, word, person", [
    ("The league sold the rights to Fox, NBC and two other networks, the commissioner said on Monday.", "NEW YORK",
     "Fox", "gbr:liam-fox"),
    ("Fox, CBS and ABC will carry the debate, Canada's public broadcaster said. Fox Sports has the match in Mexico.",
     None, "Fox", "gbr:liam-fox"),
    ("Eitan and Zahr hung paper lanterns above the canal, the festival in the Netherlands said.", None, "Eitan",
     "isr:michael-eitan"),
    ("The Wild beat the Sabres 4-1 on Tuesday. After scoring four times in three games, Parise is full of confidence, "
     "the coach said.", "BUFFALO, N.Y.", "Parise", "cri:hernando-paris"),
])
def test_a_word_alone_is_not_an_official_the_record_leaves_in_office(story, text, dateline, word, person):
    assert person not in _ids_of(story(text, dateline=dateline, published="2019-11-19"), word)


def test_a_story_naming_the_person_s_state_keeps_them(story):
    result = story("Britain will seek a trade pact with Canada before the end of the year. Fox said the talks would "
                   "start in London.", published="2018-07-02")
    assert _ids_of(result, "Fox") == {"gbr:liam-fox"}


@pytest.mark.parametrize("text", [
    # the title comes only after the lone word
    "Fox told reporters in Ottawa that Canada and Mexico would see a draft within weeks. Trade Secretary Fox is due "
    "in Mexico City on Friday.",
    # an honorific
    "Fox said the talks with Canada had gone well, according to a note from Mr Fox's office.",
    # a title in apposition
    "Fox praised the Canadian offer. Earlier, the trade secretary, Fox, had met Mexico's economy minister.",
    # a story that names no state
    "Fox said the first round had gone well. Trade Secretary Fox flies home on Friday.",
])
def test_a_story_naming_the_person_with_a_title_keeps_every_lone_mention(story, text):
    assert _ids_of(story(text, published="2019-03-05"), "Fox") == {"gbr:liam-fox"}
