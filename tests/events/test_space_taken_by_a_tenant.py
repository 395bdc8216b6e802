"""Space a tenant takes in a building ("will occupy 220,000 square feet under a 20-year lease", "occupying two
floors") is rented, no ground seized and no threat (events/data/non_events.yaml "space taken by a tenant"). Troops
that occupy a place keep their act. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Harlan Corp said it will occupy 220,000 square feet of office space in the new tower under a 20-year lease.",
    "The insurer will open a Denver office, occupying 41,000 square feet downtown, it said.",
    "Kessler Bank will occupy the building's top floors under a 15-year lease, the developer said.",
])
def test_space_taken_by_a_tenant_is_no_act(code, text):
    events, _ = code(text)
    assert not events, found_acts(events)


def test_ground_seized_by_troops_stays(code):
    events, _ = code("Israeli forces occupied 300 square kilometres of Lebanese territory.")
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)
