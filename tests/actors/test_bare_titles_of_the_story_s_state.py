"""A bare title with "the" and no state's word names the holder of that office of the story's one state on the
article's date (Titles._story_state_titles): a dateline's state where no other state stands out, or the only state a
story without a dateline names. Not where the story names another state's holder of such an office or that office by
another state's description, not before a name, "of" or "for", and a title firms give too ("vice president") only
where the story writes the holder's name. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _holders(result, text: str) -> set[str]:
    named = {m.entity for m in result.mentions if m.text.lower() == text}
    return {e.name for e in result.entities if e.id in named}


@pytest.mark.parametrize("published, holder", [("2019-09-10", "Boris Johnson"), ("2023-09-10", "Rishi Sunak")])
def test_the_prime_minister_in_a_story_datelined_in_the_capital_is_the_holder_of_that_year(story, published, holder):
    result = story("The prime minister said on Monday that fuel duty would stay frozen until the spring.",
                   dateline="LONDON", published=published)
    assert _holders(result, "the prime minister") == {holder}


@pytest.mark.parametrize("published, holder", [("2016-09-10", "Frank-Walter Steinmeier"),
                                               ("2023-09-10", "Annalena Baerbock")])
def test_a_minister_s_bare_title_in_a_story_of_one_state(story, published, holder):
    result = story("Germany will reopen its consulate in the spring. The foreign minister told the Bundestag that "
                   "the building had been repaired.", published=published)
    assert _holders(result, "the foreign minister") == {holder}


def test_a_head_s_title_before_the_curated_list_names_the_converted_head(story):
    result = story("The prime minister told the Diet on Tuesday that the yen's rise would be watched closely.",
                   dateline="TOKYO", published="1987-03-10")
    assert _holders(result, "the prime minister") == {"Yasuhiro Nakasone"}


def test_a_title_firms_give_too_needs_the_holder_s_name(story):
    named = story("Mike Pence toured a factory in Ohio. The vice president said the new trade deal would help "
                  "workers.", dateline="WASHINGTON", published="2019-03-10")
    assert _holders(named, "the vice president") == {"Mike Pence"}
    unnamed = story("The vice president said the new trade deal would help workers in Ohio.", dateline="WASHINGTON",
                    published="2019-03-10")
    assert _holders(unnamed, "the vice president") == set()


def test_another_state_s_holder_named_before_keeps_the_title_from_the_dateline_s_state(story):
    result = story("Japan's prime minister arrived for talks on Monday. The prime minister said trade would grow.",
                   dateline="LONDON", published="2019-09-10")
    assert "Boris Johnson" not in _holders(result, "the prime minister")


@pytest.mark.parametrize("text", [
    "The company said the vice president for sales would leave at the end of the month.",
    "The prime minister of the island council said the ferry would run again.",
])
def test_a_title_of_another_office_names_no_holder(story, text):
    result = story(text, dateline="LONDON", published="2019-09-10")
    assert not {e.name for e in result.entities if e.type == "PERSON"} & {"Boris Johnson", "Mike Pence"}


def test_no_state_s_prime_minister_where_the_dateline_s_state_has_none(story):
    result = story("The prime minister said the talks on trade would go on next week.", dateline="WASHINGTON",
                   published="2019-03-10")
    assert _holders(result, "the prime minister") == set()


def test_a_title_after_as_is_the_office(story):
    result = story("Donald Trump spoke in Ohio on Monday. A running mate must meet the same requirements as the "
                   "president, the law professor said.",
                   dateline="WASHINGTON", published="2020-08-15")
    assert _holders(result, "the president") == set()
