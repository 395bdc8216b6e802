"""The police of a town the tagger took for an organisation ("Police in Lyon", "a Pine Hill police sergeant") are
the police of the gazetteer's city of that name, else of the story's country, not the organisation; other agents
after an organisation's name stay its ("Kelvor Dynamics officials"). Sentences written for these tests."""

from __future__ import annotations


def sides(result) -> list[tuple[list[str], list[str]]]:
    cameo = {e.id: e.cameo for e in result.entities}
    return [([cameo[i] for i in e.source], [cameo[i] for i in e.target]) for e in result.events]


def test_police_in_a_city_tagged_an_organisation_are_the_city_s_country_s(story):
    result = story("Police in Lyon detained four suspects on Sunday.", published="2019-11-20")
    assert any(source == ["FRACOP"] for source, _ in sides(result)), sides(result)


def test_a_town_s_police_officer_is_the_story_s_country_s_police(story):
    result = story("A Pine Hill police sergeant detained the driver in Texas on Friday after a chase through "
                   "Dallas.", published="2019-11-20")
    assert any(source == ["USACOP"] for source, _ in sides(result)), sides(result)


def test_officials_after_an_organisation_s_name_stay_the_organisation_s(story):
    result = story("Kelvor Dynamics officials accused the regulator of bias on Friday.", published="2019-11-20")
    assert all(not any(c and c.endswith("GOV") for c in source) for source, _ in sides(result)), sides(result)
    assert any(e.name == "Kelvor Dynamics" for e in result.entities)
