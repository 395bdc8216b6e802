"""A state or province of one country before a small town of that name in another ("Colorado" the US state, not a
Brazilian town), while a sizeable city keeps its name before a region elsewhere and a county or a parish of a small
state does not outrank a town; sentences written for these tests."""

from dossier.actors.gazetteer import gazetteer
from dossier.model import Document
from dossier.pipeline import process


def chosen(name: str, countries: set[str] = frozenset()) -> tuple[str | None, str]:
    place = gazetteer().choose(name, countries)
    return place.country, place.kind


def test_regions_know_their_level():
    levels = {p.country: p.level for p in gazetteer().lookup("Colorado") if p.kind == "region"}
    assert levels == {"USA": 1}
    assert {p.level for p in gazetteer().lookup("Essex") if p.kind == "region"} == {2}  # a county within England
    assert all(p.level == 0 for p in gazetteer().lookup("Colorado") if p.kind == "city")


def test_a_state_before_a_small_town_of_another_country():
    assert chosen("Colorado") == ("USA", "region")
    assert chosen("Arizona") == ("USA", "region")
    assert chosen("Yukon") == ("CAN", "region")


def test_the_town_in_a_story_of_its_own_country():
    assert chosen("Colorado", {"BRA"}) == ("BRA", "city")


def test_a_sizeable_city_keeps_its_name_before_a_region_elsewhere():
    assert chosen("Savannah")[0] == "USA"
    assert chosen("Santander")[0] == "ESP"
    assert chosen("Oxford")[0] == "GBR"


def test_a_parish_of_a_small_state_does_not_outrank_a_town():
    assert chosen("Rota")[0] == "ESP"            # a municipality of the Northern Mariana Islands too
    assert chosen("Moulins")[0] == "FRA"         # a quarter of Monaco too


def test_a_state_named_without_its_country_in_a_story():
    text = ("Snowstorms closed the main highways across Colorado on Tuesday, and the governor asked for "
            "help from the federal government to clear them.")
    result = next(process([Document(id="t", source="t", text=text, published="2003-03-18")]))
    places = {e.name: e.country for e in result.entities if e.kind == "place"}
    assert places.get("Colorado") == "USA"
