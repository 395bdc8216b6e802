"""A body that a crisis could overwhelm, with no one named to do it, is no blow (events/data/non_events.yaml "a body
a crisis could swamp"); rebels who overwhelmed a post stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Even the coast guard could be overwhelmed, the official said.",
    "Even FEMA could be overwhelmed, the former official said.",
])
def test_a_body_that_could_be_overwhelmed_is_no_assault(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_rebels_who_overwhelmed_a_post_stay(code):
    events, _ = code("Rebels overwhelmed the army post near the border on Sunday.")
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)
