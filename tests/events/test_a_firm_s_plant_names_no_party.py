"""A state named beside a firm's own act only as the place of the firm's plant or unit ("its only U.S. car plant",
"its Canadian unit") is no party the act leaves off (events/relevance.py `_a_things_state`): the firm's dealings with
its own workers and partners are its trade. Talks with a government stay.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Dunmore Motors Corp said it ended talks with the union about wage cuts at its last U.S. truck plant.",
    "Talbot Industries Inc broke off contract talks with its staff at its Mexican subsidiary on Friday.",
])
def test_a_firm_s_own_talks_on_its_plant_are_trade(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SANCTION"], found_acts(events, status=True)


def test_talks_ended_with_a_government_stay(code):
    events, _ = code("Dunmore Motors Corp said it broke off talks with the Canadian government on its assembly plant.")
    assert [e for e in events if e.type == "SANCTION"], found_acts(events, status=True)
