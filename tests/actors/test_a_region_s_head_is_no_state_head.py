"""A head's title of a province or a federal state named with that region and no person ("the premier of Ontario",
"Quebec's premier") is an official of the region's country, not the head of the country's government on the story's
date; the country's own title ("the Japanese premier", "the premier of China") still names that head. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _premier(result):
    ids = {m.entity for m in result.mentions if m.text.lower() == "premier"}
    return [(e.type == "PERSON", e.country) for e in result.entities if e.id in ids]


@pytest.mark.parametrize("text, country", [
    ("The premier of Ontario criticised the new excise on wine.", "CAN"),
    ("Quebec's premier said the province would take the dispute to court.", "CAN"),
    ("The premier of Bavaria met the Austrian chancellor in Munich.", "DEU"),
])
def test_a_region_s_premier_is_no_head_of_state(story, text, country):
    assert _premier(story(text, published="1987-03-04")) == [(False, country)]


@pytest.mark.parametrize("text, country", [
    ("The Japanese premier arrived in Washington on Monday.", "JPN"),
    ("The premier of China met the visiting Dutch foreign minister.", "CHN"),
])
def test_a_state_s_premier_is_its_head(story, text, country):
    assert _premier(story(text, published="1987-03-04")) == [(True, country)]
