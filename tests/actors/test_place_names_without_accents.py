"""A place name written without its accents is the same place ("Cordoba" for Córdoba), while a place spelled as the
text spells it goes first among places of one country ("Quebec" the province, "Québec" the city) and among cities
("Sale" the English town, not Salé); sentences written for these tests."""

from dossier.actors.gazetteer import gazetteer
from dossier.model import Document
from dossier.pipeline import process


def chosen(name: str, countries: set[str] = frozenset()) -> tuple[str, str | None, str]:
    place = gazetteer().choose(name, countries)
    return place.name, place.country, place.kind


def test_a_city_written_without_accents_is_found():
    assert chosen("Cordoba")[1:] == ("ARG", "city")
    assert chosen("Cordoba", {"ESP"})[1:] == ("ESP", "city")
    assert chosen("Medellin")[1] == "COL"
    assert chosen("Asuncion")[1] == "PRY"


def test_the_spelling_the_text_uses_chooses_within_one_country():
    assert chosen("Quebec") == ("Quebec", "CAN", "region")
    assert chosen("Québec") == ("Québec", "CAN", "city")
    assert chosen("Quebec", {"CAN"})[2] == "region"


def test_a_city_spelled_as_written_before_a_larger_one_with_accents():
    assert chosen("Sale")[1] != "MAR"


def test_an_unaccented_city_in_a_story():
    text = "Police in Cordoba arrested twelve protesters on Monday, Argentina's interior ministry said."
    result = next(process([Document(id="t", source="t", text=text, published="2001-12-17")]))
    places = {e.name: e.country for e in result.entities if e.kind == "place"}
    assert places.get("Córdoba") == "ARG"
