"""A place the converted dictionaries list among one state's names ("Ithaca", "Natal") that the gazetteer also knows
in another state: in a story that names that other state and not the dictionary's, it is the other state's place;
sentences written for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def place_countries(text: str) -> dict[str, str | None]:
    result = next(process([Document(id="t", source="t", text=text, published="2019-05-06")]))
    return {e.name: e.country for e in result.entities if e.kind == "place"}


def test_a_town_of_a_named_state_is_not_the_island_of_another():
    text = "A farmer from a hamlet north of Ithaca was charged on Friday, United States prosecutors said."
    assert place_countries(text)["Ithaca"] == "USA"


def test_a_brazilian_city_in_a_story_of_brazil():
    text = "Brazil's navy sent two ships to Natal after floods cut the city's roads."
    assert place_countries(text)["Natal"] == "BRA"


def test_the_dictionary_s_state_named_keeps_its_place():
    text = "Greek ferries to Ithaca were halted on Monday as Athens and the seamen's union failed to agree."
    assert place_countries(text)["Ithaca"] == "GRC"
    text = "South Africa's government sent troops to Natal after clashes between rival groups."
    assert place_countries(text)["Natal"] == "ZAF"


def test_a_story_naming_no_state_of_the_other_place_keeps_the_dictionary_s():
    text = "Tourists crowded the harbour of Ithaca on Sunday, the ferry operator said."
    assert place_countries(text)["Ithaca"] == "GRC"
