"""Where people were deported, extradited or evacuated from ("deported him from Bangkok", "deported them from
Chiapas") is no target of the act: the ones taken away are (events/roles/no_party.py `trip_origin`,
data/no_party.yaml `removals`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names, only


@pytest.mark.parametrize("text, place", [
    ("Thai police arrested the activist and deported him from Bangkok.", "Bangkok"),
    ("Mexican authorities detained 40 migrants and deported them from Chiapas on Tuesday.", "Chiapas"),
])
def test_the_place_left_is_no_target(code, text, place):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == "deported")
    assert place not in names(event.target, actors), (event.source, event.target)


def test_the_ones_deported_stay_the_target(code):
    events, actors = code("Mexican authorities detained 40 migrants and deported them from Chiapas on Tuesday.")
    deported = next(e for e in events if e.trigger == "deported")
    assert {actors[i].country for i in deported.target} == {"MEX"}, deported.target
