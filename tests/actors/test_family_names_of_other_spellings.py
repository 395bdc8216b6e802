"""A curated person's other spellings lend their family name: a lone "Zelenskiy" or "Zelenskyy" is the Ukrainian
president of those years, whatever the tagger calls the word, as a lone "Zelensky" is; never before the term."""

from __future__ import annotations

import pytest

UKRAINE_S_PRESIDENT = "ukr:volodymyr-zelensky"


@pytest.mark.parametrize("text", [
    "An aide said on Tuesday that Zelenskiy would fly to Warsaw for talks.",
    "The mayor praised Zelenskyy for his courage.",
])
def test_a_lone_family_name_of_another_spelling_is_the_sitting_holder(story, text):
    result = story(text, published="2023-05-02")
    assert {m.entity for m in result.mentions if m.text.startswith("Zelensk")} == {UKRAINE_S_PRESIDENT}


def test_a_spelling_s_family_name_of_a_finance_minister(story):
    result = story("Mulyani told lawmakers that Indonesia would borrow less next year.", published="2019-05-02")
    assert {m.entity for m in result.mentions if m.text == "Mulyani"} == {"idn:sri-mulyani-indrawati"}


def test_no_holder_before_the_term_begins(story):
    result = story("An aide said on Tuesday that Zelenskiy would fly to Warsaw for talks.", published="2016-05-02")
    assert UKRAINE_S_PRESIDENT not in {m.entity for m in result.mentions}
