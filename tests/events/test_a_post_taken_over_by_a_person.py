"""A person, or the holder of a post, who takes over with no object named succeeds to a post ("it was Wanjiru who took
over", "Anna Berg took over from her predecessor"), no seizure (data/non_events.yaml "a post taken over by a person");
a thing taken over, or an army that takes over, stays a seizure. Texts written here."""

from __future__ import annotations

import pytest

FORCE = ("COERCE", "ASSAULT")


@pytest.mark.parametrize("text", [
    "After Mike Pompeo left the State Department, it was Antony Blinken who took over.",
    "Anna Berg took over from her predecessor at the Swedish embassy in March.",
    "The Ghanaian president's deputy took over when he fell ill.",
])
def test_a_person_taking_over_succeeds_to_a_post(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in FORCE and e.trigger == "took"], \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Rebels took over the town of Goma on Monday.",
    "Congolese rebels took over the airport in Goma.",
])
def test_a_place_taken_over_stays_a_seizure(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type in FORCE and e.trigger == "took"], [(e.type, e.trigger) for e in events]
