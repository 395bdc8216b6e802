"""An official introduced by a title the story's country does not give its own officials ("minister" in a story about
the US, whose cabinet members are secretaries: `titles_not_given` in the lexicon) is of the one other state the story
names, else of none; a title that state gives keeps the story's country. Sentences written for these tests."""

import pytest

ONE_OTHER = ("The U.S. may curb imports from Chile in a row over copper, U.S. officials said. A U.S. trade official "
             "met Finance minister Jorge Soto last week. The U.S. said it would decide soon.")
TWO_OTHERS = ("The U.S. is angry with Chile and Peru over copper, U.S. officials said. Trade minister Pablo Reyes said "
              "the rules would stay. The U.S. said it would decide soon.")
OWN_TITLE = ("The U.S. may curb imports from Chile in a row over copper, U.S. officials said. Agriculture Secretary "
             "Tom Blake met farmers on Monday. The U.S. said it would decide soon.")


def test_the_minister_of_a_story_about_the_us_is_the_other_state_s(story, country_of):
    assert country_of(story(ONE_OTHER), "Jorge Soto") == "CHL"


def test_with_two_other_states_the_minister_takes_none(story, country_of):
    assert country_of(story(TWO_OTHERS), "Pablo Reyes") is None


@pytest.mark.parametrize("text, name, country", [
    (OWN_TITLE, "Tom Blake", "USA"),
    # another story's country gives ministers: the story's country stands
    ("Chile may curb imports from the U.S. in a row over copper, Chilean officials said. Finance minister Jorge Soto "
     "met a U.S. trade official last week. Chile said it would decide soon.", "Jorge Soto", "CHL"),
])
def test_a_title_the_story_s_country_gives_keeps_it(story, country_of, text, name, country):
    assert country_of(story(text), name) == country
