"""A forecast or a view that sources or commentators share, told as a clause ("the ministry and private sources agreed
that the review would be delayed"), is no accord between parties (events/data/non_events.yaml "a view shared with
sources"); two states that agree that talks will resume stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Agriculture Department and private sources agreed that a review of the export scheme would likely be delayed.",
    "Officials and analysts agreed that the new quota would probably be set in June.",
])
def test_a_view_shared_with_sources_is_no_accord(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"], found_acts(events)


def test_two_states_agreeing_stay(code):
    events, _ = code("Iran and Iraq agreed that the talks would resume in Geneva next week.")
    assert [e for e in events if e.type == "AGREE"], found_acts(events)
