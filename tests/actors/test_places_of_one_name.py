"""A place name several countries share: the one in the story's countries or its dateline's country, else the most
populous, in sentences written for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def place_countries(text: str, dateline: str | None = None) -> dict[str, str | None]:
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04", dateline=dateline)]))
    return {e.name: e.country for e in result.entities if e.kind == "place"}


PORT = "Storms closed the port of Valencia on Monday, officials said."


def test_the_dateline_s_country_chooses_among_places_of_one_name():
    assert place_countries(PORT, "MADRID")["Valencia"] == "ESP"
    assert place_countries(PORT, "CARACAS")["Valencia"] == "VEN"


def test_without_a_dateline_the_most_populous_place_of_that_name():
    assert place_countries(PORT)["Valencia"] == "VEN"


def test_a_dateline_of_a_third_country_leaves_the_most_populous():
    assert place_countries(PORT, "TOKYO")["Valencia"] == "VEN"


def test_a_country_the_story_names_chooses_as_before():
    text = "Storms closed the port of Valencia on Monday, Spain's interior ministry said."
    assert place_countries(text)["Valencia"] == "ESP"


def test_a_capital_named_by_the_dictionary_is_not_moved_by_the_dateline():
    text = "Talks between the ministers were held in London on Monday."
    assert place_countries(text, "TORONTO")["London"] == "GBR"
