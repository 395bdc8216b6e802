"""Where no state stands out as a story's, a group named by its executive's word ("administration officials",
"cabinet members") serves the state whose head the story names most, at least twice and more than twice as often as
any other state's head (`StoryCountries._leader_state`, lexicon's `executive_words`); other officials are left as they
were, and a story naming two heads alike gives none."""

from __future__ import annotations

from tests.actors.conftest import mention_countries

_TRADE = (
    "President Donald Trump said on Friday that trade talks with China were going well, and that the United States "
    "could wait. Mr. Trump told reporters at the White House that he was in no hurry. "
    "An analyst who advises administration officials said Trump could still raise tariffs on Chinese goods. "
    "The cabinet members seated around Mr. Trump applauded. China said it hoped for a deal, and Chinese officials "
    "said the talks would go on. Mr. Trump later said he wanted a fair deal. ")


def test_administration_officials_and_cabinet_members_serve_the_head_named_most(story):
    found = story(_TRADE, published="2019-12-06")
    assert mention_countries(found, "administration officials") == {"USA"}
    assert mention_countries(found, "cabinet members") == {"USA"}


def test_a_story_naming_two_heads_alike_gives_none(story):
    text = _TRADE.replace("Chinese officials said the talks would go on",
                          "President Xi Jinping said the talks would go on. Xi said he would wait, and Xi spoke to Trump "
                          "twice")
    found = story(text, published="2019-12-06")
    assert "USA" not in mention_countries(found, "administration officials")


def test_officials_named_by_no_executive_word_stay_as_they_were(story):
    text = _TRADE + "Government officials in Beijing and Washington declined to comment."
    found = story(text, published="2019-12-06")
    assert "USA" not in mention_countries(found, "government officials")
