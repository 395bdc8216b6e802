"""A trip of leisure ("a road trip to Mexico", "a holiday trip to Spain with her family", "a sabbatical trip") is a
private person's, no visit between parties (data/non_events.yaml "a trip of leisure"). A leader's three-day trip to
a state stays a visit. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The couple went on a road trip to Mexico last summer.",
    "She took a holiday trip to Spain with her family in August.",
])
def test_a_trip_of_leisure_is_no_visit(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_leaders_trip_stays_a_visit(code):
    events, _ = code("The Kenyan president started a three-day trip to China on Monday.")
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"]
