"""A bill to fund or finance "the government" is a state's budget for its own government, no aid
(events/data/non_events.yaml "the government's own budget"); funding another state's government or its army
stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Lawmakers must pass a bill to fund the government by Friday.",
    "Congress approved a stopgap measure to finance the government until December.",
])
def test_funding_the_government_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], found_acts(events)


def test_funding_another_states_army_stays(code):
    events, _ = code("Parliament approved a bill to fund the Afghan government's army.")
    assert [e for e in events if e.type == "AID"], found_acts(events)
