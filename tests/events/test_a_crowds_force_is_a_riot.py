"""A crowd in the street that attacks, storms, torches or loots riots: PLOVER PROTEST riot, CAMEO 145 "protest
violently, riot" (events/protests.py `riot_by_crowd`), against whom it is aimed. The force of police, troops or
armed men stays their ASSAULT, and so does a private person's crime."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, target", [
    ("Chilean students stormed the education ministry in Santiago on Thursday.", "CHL"),
    ("In Lima, angry demonstrators attacked the Peruvian congress building with sticks on Friday.", "PER"),
    ("Hundreds of Bolivian protesters tried to storm the Bolivian parliament in La Paz on Tuesday.", "BOL"),
    ("Masked youths torched two police vans of the Kenyan police in Nairobi late on Sunday.", "KEN"),
])
def test_a_crowds_force_is_a_riot(code, text, target):
    events, actors = code(text, "2024-06-01")
    riots = [e for e in events if e.type == "PROTEST" and e.mode == "riot"]
    assert [(e.mode, e.cameo) for e in riots] == [("riot", "145")], [(e.type, e.cameo, e.trigger) for e in events]
    assert not [e for e in events if e.type == "ASSAULT"]
    assert target in countries(riots[0].target, actors)


def test_a_crowd_fighting_another_group_riots(code):
    events, _ = code("Striking Nigerian dockers fought with guards of the ports authority in Lagos on Monday.",
                     "2024-06-01")
    assert [(e.type, e.mode, e.cameo) for e in events if e.trigger == "fought"] == [("PROTEST", "riot", "145")]


@pytest.mark.parametrize("text", [
    "Colombian troops attacked a rebel camp near the Venezuelan border on Monday.",
    "Gunmen stormed a hotel in the Somali capital Mogadishu on Saturday.",
    "Riot police in Caracas attacked the marchers with batons on Wednesday.",
])
def test_force_of_armed_men_and_police_stays_an_assault(code, text):
    events, _ = code(text, "2024-06-01")
    assert any(e.type == "ASSAULT" for e in events), [(e.type, e.cameo, e.trigger) for e in events]
    assert not [e for e in events if e.type == "PROTEST" and e.cameo == "145"]
