"""A state named right before an official's title in lower case ("Danish minister X", "Japan's farm minister X") gives
the official's country, however the parser hung the words, before the dateline's state."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("The cuts, which would lower the price paid to growers by\nover 8 pct, were rejected by Danish\n"
     "minister Lars Holm as too harsh, sources said.", "Lars Holm", "DNK"),
    ("The quota scheme was turned down on Monday by Japan's farm minister Taro Kondo, aides said.", "Taro Kondo",
     "JPN"),
])
def test_the_state_before_the_title_is_the_official_s(story, country_of, text, person, state):
    assert country_of(story(text, dateline="BRUSSELS, March 30", published="1987-03-30"), person) == state

