"""Large firms and banks of the wire's decades (data/firms.yaml) with the country of their seat, and their officers
with it; sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Chemical Bank and Bankers Trust Co said on Friday they had cut their lending to Ecuador.", "Chemical Bank",
     "USA"),
    ("Sanwa Bank will open a branch in Seoul next year, a spokesman for South Korea said.", "Sanwa Bank", "JPN"),
    ("Hyundai signed a supply contract with a Peruvian refinery on Tuesday.", "Hyundai", "KOR"),
    # a name of two words joined by "and", one of them a word a longer listed name opens ("Standard Chartered")
    ("Both Fitch and Standard and Poor's lowered their ratings of Ontario's bonds in May.", "Standard and Poor's Corp",
     "USA"),
    # a rating agency the converted lists hold with no country
    ("Analysts at Moody's Investors Service see the bonds of the province of Quebec losing their top grade.",
     "Moody's Investors Service", "USA"),
])
def test_a_listed_firm_has_the_country_of_its_seat(by_name, story, text, name, country):
    entity = by_name(story(text))[name]
    assert (entity.country, entity.kind, entity.cameo) == (country, "company", f"MNC{country}")


def test_a_firm_written_with_its_legal_form_is_the_listed_firm(by_name, story):
    entities = by_name(story("Chrysler Corp said on Monday it would build trucks in Venezuela."))
    assert (entities["Chrysler Corp"].country, entities["Chrysler Corp"].kind) == ("USA", "company")


def test_an_officer_named_with_the_firm_takes_its_country(by_name, story):
    result = story("Anna Berg, a vice president of Morgan Guaranty, met Argentina's economy minister on Friday.")
    assert by_name(result)["Anna Berg"].country == "USA"


def test_a_name_of_a_listed_firm_that_is_also_a_common_word_is_not_listed_alone(by_name, story):
    # "Ford" alone is a family name: only "Ford Motor Co" is the firm
    result = story("Harrison Ford visited Kenya on Monday, and Ford Motor Co said it would sell trucks to Kenya.")
    assert by_name(result)["Harrison Ford"].kind == "person"
