"""A door, a gate or a safe forced open is a thing broken into, no one coerced (data/non_events.yaml "a door forced
open"); what is done to the people inside is told by the act that follows. People forced to leave stay coerced; a
market forced open is trade pressure, no coercion either.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Kenyan police forced open the door of the house.",
    "Rebels forced open the gates of the prison and freed 300 inmates.",
])
def test_a_door_forced_open_coerces_no_one(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "COERCE" and "force" in (e.trigger or "")], found_acts(events)


def test_people_forced_to_leave_stay_coerced(code):
    events, _ = code("Kenyan police forced the protesters to leave the square in Nairobi.")
    assert [e for e in events if e.type == "COERCE"], found_acts(events)


def test_a_market_forced_open_is_trade_pressure_no_coercion(code):
    # round 63 (types63): PLOVER's COERCE is force against people, their rights or property; a market opened under
    # pressure is none of these (this test asked for COERCE before; tests/events/test_markets_forced_open_and_control_
    # of_an_office.py has more phrasings)
    events, _ = code("Australian trade officials want to force open the Japanese rice market.")
    assert not [e for e in events if e.type == "COERCE"], found_acts(events)
