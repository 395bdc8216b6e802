"""Taking people out of water, wreckage or fire is a rescue, no withdrawal (events/data/non_events.yaml, "rescued
from water or wreckage"); troops pulled from a border stay a retreat."""

import pytest


@pytest.mark.parametrize("text", [
    "A Syrian boy was pulled from the sea by Greek coastguards on Sunday.",
    "Turkish rescuers pulled three Iraqi men from the rubble after the quake.",
    "Chilean firefighters dragged two Peruvian drivers from the burning car.",
])
def test_people_taken_out_of_water_or_wreckage_are_no_retreat(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Russia pulled its troops from the Syrian border.",
    "Israel withdrew its forces from the Gaza Strip in 2023.",
])
def test_forces_pulled_out_stay_a_retreat(code, text):
    events, _ = code(text)
    assert "RETREAT" in {e.type for e in events}, [(e.type, e.trigger) for e in events]
