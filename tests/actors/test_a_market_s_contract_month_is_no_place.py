"""A market's place before a month's name ("1.30 times London May", "under New York july") names a futures contract a
trade report prices by, not a place the story tells of (story_countries.py `_contract_month`): it does not count
toward the story's state. A date after the month ("in London May 5") and the verb "may" still count. Sentences and
names written for these tests."""

from __future__ import annotations

import pytest

from tests.actors.conftest import mention_countries

_GHANA = ("Rains returned to the cocoa belt of Ghana this week, and Ghanaian growers expect a larger mid-crop, an "
          "exporter said in its weekly report. Sales for May/June went at 1.30 times London May, and July/Sept at "
          "1.31 times London Sept. Beans for Oct/Dec sold at 1.32 times London Dec and 1.33 times London March. "
          "Farmers held back part of their crop.")
_IVORY = ("Dry winds slowed the harvest in Brazil's Para state, and Brazilian exporters said shipments would slip, a "
          "weekly review said. New crop beans went at 40 dlrs under New York july and 45 dlrs under New York Sept, "
          "and butter at 2.1 times New York Dec and 2.2 times New York March. Farmers sold little.")


@pytest.mark.parametrize("text, country", [(_GHANA, "GHA"), (_IVORY, "BRA")])
def test_a_contract_month_s_market_does_not_make_the_story_its_state_s(story, text, country):
    assert mention_countries(story(text, published="1987-03-02"), "farmers") == {country}


def test_a_place_and_a_date_still_count(story):
    text = ("Rains returned to the cocoa belt of Ghana this week, a report said. Growers met buyers in London May 5, "
            "in London May 6, in London May 7 and in London May 8. Farmers held back part of their crop.")
    assert mention_countries(story(text, published="1987-03-02"), "farmers") != {"GHA"}
