"""People saved by nobody named ("another 430 people were rescued on Tuesday", "some 200 passengers were rescued
from the sinking ferry") are a disaster's toll, no aid between parties (events/data/non_events.yaml "people rescued
by nobody named"). A rescue whose rescuer is named stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

SINKING = "A ferry carrying 600 people sank off the Dutch coast on Monday. "


@pytest.mark.parametrize("text", [
    SINKING + "Another 430 people were rescued on Tuesday.",
    SINKING + "About 200 passengers were rescued, some of them badly hurt, from the sinking ship.",
])
def test_people_rescued_by_nobody_named_are_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], found_acts(events)


def test_a_rescue_by_a_named_rescuer_stays(code):
    events, _ = code("Twelve Greek seamen were rescued by a Turkish navy ship.")
    assert [e for e in events if e.type == "AID"], found_acts(events)
