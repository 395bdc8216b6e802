"""Weather, a season or the market's prices blamed for a firm's results is no accusation of a party
(events/data/non_events.yaml "the weather or the market blamed"); a state blamed stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Harwell Corp blamed extremely harsh winter weather in several of its markets.",
    "Barton Mills Inc said it blamed a long drought and weak prices for the drop in its earnings.",
])
def test_the_weather_blamed_is_no_accusation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


def test_a_state_blamed_stays(code):
    events, _ = code("The minister blamed Iran for the attack.")
    assert [e for e in events if e.type == "ACCUSE"], found_acts(events)
