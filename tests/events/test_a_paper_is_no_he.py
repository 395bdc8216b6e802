"""A newspaper that reports ("The Tribune says he was arrested", "the Daily Clarion reported that she was freed") is
no "he" or "she": the pronoun stands for someone the paper reports on, and the paper is no side of the act
(`Resolver._own_speaker`, `press_name`, data/lexicon.yaml `press_titles`). A person who says it keeps his pronoun.
Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, paper", [
    ("Gomez, a farmer, lost his land. The Clarion says he was detained by soldiers on Monday.", "Clarion"),
    ("A driver hit a cyclist near Leeds. The Leeds Gazette says he was arrested two streets away.", "Leeds Gazette"),
    ("The Oakland Tribune reports that he was detained by police after a chase.", "Oakland Tribune"),
])
def test_a_paper_is_no_side_through_a_pronoun(code, text, paper):
    events, actors = code(text)
    event = next(e for e in events if e.type == "COERCE")
    assert paper not in names(event.target, actors) | names(event.source, actors)


def test_a_person_who_says_it_keeps_the_pronoun(code):
    events, actors = code("Ortiz says he was detained by soldiers on Monday.")
    event = next(e for e in events if e.type == "COERCE")
    assert names(event.target, actors) == {"Ortiz"}
