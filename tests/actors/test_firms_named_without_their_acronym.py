"""A firm the converted lists hold under its full name without a country and under its acronym with one (BP) is one
firm of that country in the curated list: its full name alone, with no acronym anywhere in the story, has the
country; other firms the converted lists hold without a country keep none."""

import pytest


@pytest.mark.parametrize("text", [
    "British Petroleum said on Friday it would sell its share of a field off Norway to Statoil.",
    "Shares of British Petroleum Co rose after the company said its North Sea output had grown.",
    "BP said on Friday it would sell its share of a field off Norway to Statoil.",
])
def test_the_full_name_alone_has_the_firm_s_country(story, text):
    firms = {(e.name, e.country) for e in story(text, published="1987-05-04").entities if e.kind == "company"}
    assert ("BP", "GBR") in firms


def test_the_full_name_and_the_acronym_are_one_firm(story):
    result = story("British Petroleum said it had found oil off Scotland. BP will drill two more wells, the firm said.",
                   published="1987-05-04")
    assert {m.entity for m in result.mentions if m.text in ("BP", "British Petroleum")} == {"gbr:bp"}
