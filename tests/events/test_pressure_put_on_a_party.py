"""Pressure put, exerted or brought on a party is a request of it (request.yaml, CAMEO 020), as pressing it is; a
thing that puts pressure on prices or exporters asks nothing of anyone."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, presser, pressed", [
    ("Washington is putting strong pressure on Seoul to open its rice market.", "United States", "South Korea"),
    ("The United States exerted pressure on Panama to hold elections.", "United States", "Panama"),
    ("France has put pressure on Italy to cut its deficit.", "France", "Italy"),
])
def test_pressure_on_a_party_is_a_request(code, text, presser, pressed):
    events, actors = code(text)
    asked = [e for e in events if e.type == "REQUEST"]
    assert len(asked) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert presser in names(asked[0].source, actors) and pressed in names(asked[0].target, actors)


@pytest.mark.parametrize("text", [
    "The strong yen has put pressure on Japanese exporters.",
    "Rising imports put pressure on prices.",
    "Heavy rains put pressure on the dams.",
])
def test_pressure_from_a_thing_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
