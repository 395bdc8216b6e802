"""A march "toward" a state of things ("a steady march toward higher rates") is a course taken, no demonstration
and no complaint (events/data/non_events.yaml, "a march toward a state of things"); a march toward a building or a
named place stays a demonstration. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Traders said Japan's steady march toward higher interest rates had forced the minister's hand.",
    "Officials said the island's long march towards self-rule worried Lisbon.",
])
def test_a_march_toward_a_state_of_things_is_no_event(code, text):
    events, _ = code(text, "1990-05-02")
    assert not [e for e in events if e.type in ("PROTEST", "ACCUSE")]


def test_students_marching_toward_an_embassy_still_protest(code):
    events, _ = code("Hundreds of students marched toward the French embassy in Dakar on Tuesday.", "1990-05-02")
    assert [e for e in events if e.type == "PROTEST"]
