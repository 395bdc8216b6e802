"""Governing, ordering or steering something to a place or a party is no visit (data/non_events.yaml "a thing
ordered or steered to a place"): the converted dictionary gives the synonyms of "lead" (order, direct, manage,
regulate …) with "to" the visit code of "led a delegation to Moscow" (CAMEO 042). "Headed to Beijing" stays a
visit."""

from __future__ import annotations

import pytest


def _types(events) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("The Interior Ministry directed the relief money to farmers in Nigeria.", "directed"),
    ("The army regulated the flow of fuel to the Kurdish region.", "regulated"),
])
def test_a_thing_ordered_to_a_place_is_no_visit(code, text, trigger):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == trigger and e.type == "CONSULT"], _types(events)


def test_heading_to_a_capital_stays_a_visit(code):
    # must-not: "head" is a verb of travel, not in the list
    events, _ = code("The foreign minister headed to Beijing on Monday.")
    assert ("CONSULT", "headed") in _types(events), _types(events)


@pytest.mark.parametrize("text, country", [
    ("Kenya ordered its armed forces to the Somali border.", "SOM"),
    ("India directed two battalions to the frontier with China.", "CHN"),
])
def test_forces_ordered_to_a_place_are_deployed_there(code, text, country):
    # forces for object: a deployment (patterns/mobilize.yaml), the place's state its target, no visit
    events, actors = code(text)
    found = [e for e in events if e.type == "MOBILIZE" and e.cameo == "154"]
    assert found and country in [actors[i].country for i in found[0].target], _types(events)
    assert not [e for e in events if e.type == "CONSULT"], _types(events)
