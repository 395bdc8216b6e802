"""A province's or a state's name with the title of a region's head ("Premier X of Ontario", "the premier of
Victoria"; lexicon `region_head_titles`) is that first-level region, not a city of another country that bears the
name and that the story does not name (places.py `_headed_region`). Without such a title, or after a city's
official's title ("the mayor of"), the gazetteer's choice stands. Sentences and names written for these tests."""

from __future__ import annotations

import pytest


def _places(result, surface: str) -> list[tuple[str, str | None]]:
    ids = {m.entity for m in result.mentions if m.text == surface}
    return [(e.id, e.country) for e in result.entities if e.id in ids]


@pytest.mark.parametrize("text, surface, expected", [
    ("Premier Dana Whitfield of Ontario said the province would not accept the tariff.", "Ontario",
     ("iso:CA-ON", "CAN")),
    ("The premier of Ontario criticised the new excise on wine.", "Ontario", ("iso:CA-ON", "CAN")),
    ("The premier of Victoria announced a lockdown on Sunday.", "Victoria", ("iso:AU-VIC", "AUS")),
])
def test_a_region_s_head_names_the_region(story, text, surface, expected):
    assert _places(story(text, published="1987-03-04"), surface) == [expected]


@pytest.mark.parametrize("text", [
    "The mayor of Ontario said the city would close its parks.",
    "Prices in Ontario rose, the city council said.",
])
def test_without_a_region_s_head_the_city_stands(story, text):
    assert [country for _, country in _places(story(text, published="1987-03-04"), "Ontario")] == ["USA"]
