"""Deaths told in a clause the parser hangs on the span mishaps are counted in ("two crashes of its jets in five months
that killed 346 people") are the mishaps', nobody's attack (data/non_events.yaml "disease or nature as the doer");
an attack counted over a span stays one. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The carrier lost customers following a string of ferry collisions over a decade that killed dozens of people.",
    "The airline's shares fell after two plane crashes in a year that killed 200 people.",
])
def test_mishaps_counted_over_a_span_are_no_attack(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


def test_attacks_counted_over_a_span_stay(code):
    events, _ = code("Villagers fled after two rebel raids on the Congolese town in a week that killed 30 people.")
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
