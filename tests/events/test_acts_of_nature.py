"""The weather, a disease or a disaster as the doer of an act (events/figures_of_speech.py `act_of_nature`): "the wind
has helped the firefighters", "heavy rain forced the mayor to cancel the parade". Nobody acts; what people, forces
and teams named as doers do stays an act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The wind has helped the Australian firefighters in Victoria.",
    "Heavy rain forced President Ruto to cancel the rally in Nairobi.",
    "The storm that hit Manila on Sunday forced the Philippine government to close schools.",
    "Deep snow has slowed and helped the Finnish army on its northern border.",
    "The cholera outbreak compelled Malawi to shut its schools in the south.",
    "Hurricane Ian forced Florida to close its ports on Wednesday.",
])
def test_the_weather_or_a_disease_does_no_act(code, text):
    events, _ = code(text, "2024-05-02")
    assert not events, [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, kind", [
    ("Police forced the protesters to leave the square in Nairobi.", "COERCE"),
    ("Kenyan soldiers helped the flood victims in Garissa on Monday.", "AID"),
    ("Colombia sent rescue teams to help Ecuador after the earthquake.", "AID"),
    ("The Philippine government forced the fishermen to return to port before the storm.", "COERCE"),
    ("Oregon's forest fire agency sent two hundred firefighters to help Idaho.", "AID"),
])
def test_acts_done_about_the_weather_stay(code, text, kind):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == kind], [(e.type, e.cameo, e.trigger, e.source) for e in events]
