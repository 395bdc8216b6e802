"""What a law's text lays down ("the trade act says that to qualify, a country must be a member of the pact", "the
treaty provides that each side must give notice") is a standing rule, no demand a party makes (events/data/
non_events.yaml "a law's own words"); a body or a state that says another must act still demands it. Texts written
here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The 1990 Trade Act says that to get the lower duties, Vietnam must first join the World Trade Organization.",
    "Under the new law, Peru must notify Chile before it moves troops to the border, the statute says.",
])
def test_a_law_s_words_are_no_demand(code, text):
    events, _ = code(text)
    assert not events, found_acts(events, status=True)


def test_a_council_s_demand_stays(code):
    events, _ = code("The Security Council said that Iraq must withdraw its troops from Kuwait.")
    assert [e for e in events if e.type == "REQUEST"], found_acts(events, status=True)
