"""A bare city name is the world city of that name (a capital, or a city of data/world_cities.yaml), not a town of the
same name in the story's countries; a sizeable namesake of the story's countries stays the story's own, and a region
written after the name ("Geneva, Ill.") or a dateline with its region ("ATHENS, Ga.") pins the namesake down; in
sentences written for these tests."""

from dossier.actors.gazetteer import TOWN, gazetteer, world_cities
from dossier.model import Document
from dossier.pipeline import process


def place_countries(text: str, dateline: str | None = None) -> dict[str, str | None]:
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04", dateline=dateline)]))
    return {e.name: e.country for e in result.entities if e.kind == "place"}


def test_a_world_city_before_a_small_namesake_of_the_story_s_country():
    text = "American negotiators will fly to Geneva next week for a fresh round of missile talks, an aide said."
    assert place_countries(text, "WASHINGTON")["Geneva"] == "CHE"


def test_a_capital_before_a_small_namesake_of_the_story_s_country():
    text = "The Ohio grain cooperative will send a trade team to Dublin in May to sell more feed corn, its chairman said."
    assert place_countries(text, "CHICAGO")["Dublin"] == "IRL"


def test_a_world_city_counted_by_its_old_centre_weighs_its_municipality():
    # the gazetteer counts only Venice's historic centre, barely more than a Floridian namesake's people
    text = "The American delegation will press for lower farm subsidies at the Venice summit in June, an official said."
    assert place_countries(text, "WASHINGTON")["Venice"] == "ITA"


def test_a_sizeable_namesake_of_the_story_s_country_stays():
    # Kingston, Ontario and Manchester, New Hampshire are cities, not towns: the story's country decides
    text = "The Canadian brewer will close its bottling line in Kingston next month, cutting ninety jobs."
    assert place_countries(text, "TORONTO")["Kingston"] == "CAN"
    text = "A shoe maker in Manchester laid off two hundred workers on Friday, the New Hampshire labor office said."
    assert place_countries(text, "BOSTON")["Manchester"] == "USA"


def test_the_same_name_without_a_namesake_of_the_story_s_country_is_the_world_city():
    assert gazetteer().choose("Kingston", {"USA"}).country == "JAM"
    assert gazetteer().choose("Kingston").country == "JAM"


def test_a_city_of_the_story_s_country_not_dwarfed_stays():
    # Victoria of British Columbia in a story of Canada, the Texan one in a story of the United States: no world city
    # of that name is five times either
    assert gazetteer().choose("Victoria", {"CAN"}).country == "CAN"
    assert gazetteer().choose("Victoria", {"USA"}).country == "USA"


def test_a_region_after_the_name_keeps_the_namesake():
    text = "Farmers near Geneva, Ill., lost most of their corn crop to hail on Sunday, the governor said."
    assert place_countries(text, "CHICAGO")["Geneva"] == "USA"


def test_a_state_s_name_after_the_name_keeps_the_namesake():
    text = "A shipment of feed wheat left for Boston, U.K. east coast, on Tuesday at 95 stg per tonne, traders said."
    assert place_countries(text, "LONDON")["Boston"] == "GBR"
    text = "A shipment of feed wheat left for Boston on Tuesday at 95 stg per tonne, traders said."
    assert place_countries(text, "LONDON")["Boston"] == "USA"


def test_a_dateline_with_its_region_keeps_the_namesake():
    text = "University leaders in Athens voted on Friday to raise tuition by four percent."
    assert place_countries(text, "ATHENS, Ga.")["Athens"] == "USA"


def test_the_chooser_without_countries_is_unchanged():
    assert gazetteer().choose("Geneva").country == "CHE"
    assert gazetteer().choose("Geneva", {"USA"}, {"USA"}).country == "USA"


def test_a_capital_the_dictionary_knows_gives_way_to_a_namesake_pinned_by_its_region():
    text = "Farmers near Paris, Texas, lost most of their cotton crop to hail on Sunday, the governor said."
    assert place_countries(text, "DALLAS")["Paris"] == "USA"


def test_a_capital_the_dictionary_knows_stays_without_a_region_after_it():
    text = "Farmers near Paris lost most of their wheat crop to hail on Sunday, the French minister said."
    assert place_countries(text)["Paris"] == "FRA"
    text = "Officials in Paris, France, and in Dallas, Texas, signed the twinning charter on Sunday."
    assert place_countries(text)["Paris"] == "FRA"


def test_a_sizeable_city_of_the_story_s_country_is_no_small_namesake():
    assert gazetteer().choose("Cordoba", {"ESP"}).country == "ESP"
    assert gazetteer().choose("Alexandria", {"USA"}).country == "USA"
    assert gazetteer().choose("Cambridge", {"USA"}).country == "USA"


def test_the_world_cities_are_capitals_and_the_listed_cities():
    cities = world_cities()
    assert ("geneva", "CHE") in cities and ("kingston", "JAM") in cities and ("paris", "FRA") in cities
    assert ("geneva", "USA") not in cities
    assert TOWN > 21_806  # Geneva, Illinois is a town by the gazetteer's figures
