"""A return to normal operations or to a routine is no trip (events/data/figures_of_speech.yaml `journey_idioms`);
a return to a place stays one."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    '"We are working with the ministries to return to normal operations by March," the Irish civil service '
    'office said.',
    "The Chilean copper mine returned to its usual routine after the strike, Codelco said.",
])
def test_a_return_to_a_routine_is_no_visit(code, text):
    events, _ = code(text)
    assert "CONSULT" not in {e.type for e in events}, _found(events)


def test_a_return_to_a_place_stays_a_trip(code):
    events, _ = code("The French foreign minister returned to Beirut on Tuesday for talks with Lebanese leaders.")
    assert "CONSULT" in {e.type for e in events}, _found(events)
