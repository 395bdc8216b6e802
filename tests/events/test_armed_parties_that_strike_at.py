"""Warships, aircraft or forces that "struck" with no object, or "struck at" a target, hit it: an attack
(patterns/assault.yaml), never the stoppage of work that workers, a union or a trade "struck" (patterns/protest.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Officials in Ankara said Turkish frigates sank a smuggling boat and struck at a second one near the cape.",
    "Zorblian warplanes struck at fuel depots outside the port on Sunday.",
    "Chadian troops struck at rebel camps in the north on Thursday.",
    "Ugandan gunboats struck before dawn on Wednesday.",
])
def test_an_armed_party_striking_attacks(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT" and "struck" in (e.trigger or "")], \
        [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


def test_the_attack_goes_from_the_forces_state(code):
    events, actors = code("Greek destroyers shelled a radar post on Friday and struck at a second on the island.")
    struck = [e for e in events if e.trigger == "struck"]
    assert struck and struck[0].type == "ASSAULT" and struck[0].status == "occurred"
    assert any(actors[s].country == "GRC" for s in struck[0].source if s in actors) \
        or any(s.startswith("agent:GRC") for s in struck[0].source), struck[0].source


@pytest.mark.parametrize("text", [
    "Kenyan dockers struck for better wages on Tuesday.",
    "Nurses struck at four clinics in Accra on Monday.",
    "Workers struck at the Zorblio mill in Porto on Friday.",
    "Bolivian tin miners struck on Wednesday over pensions.",
])
def test_must_not_workers_striking_stay_a_stoppage(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "PROTEST" and e.cameo == "143"], [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
