"""A street is where something happened, never a side: neither its own name ("Colfax Avenue") nor the city or
region it lies in ("Denver's Colfax Avenue", "a busy Denver street"; roles/no_party.py `a_street`,
data/no_party.yaml `streets`). A state before a road stays the side ("Kenya's main highway"). Sentences written for
these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, places", [
    ("Police arrested a woman on Chicago's Michigan Avenue on Sunday.", {"Chicago", "Michigan Avenue"}),
    ("Police detained two men on a busy Denver street late on Saturday.", {"Denver"}),
    ("Gunmen abducted a trader as he was walking down Lagos's Broad Street on Friday.", {"Lagos", "Broad Street"}),
])
def test_a_street_and_its_city_are_no_target(code, text, places):
    events, actors = code(text)
    event = next(e for e in events if e.type in ("COERCE", "ASSAULT"))
    assert event.source
    assert not names(event.target, actors) & places


def test_a_state_before_a_road_stays_the_target(code):
    events, actors = code("Police arrested a woman on Kenya's main highway on Sunday.")
    event = next(e for e in events if e.type == "COERCE")
    assert names(event.target, actors) == {"Kenya"}
