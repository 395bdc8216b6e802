"""Concern voiced that a figure will move or do harm ("traders voiced concern that further volatility might hurt
other firms", "exporters expressed concern that the strong yen would erode their profits") is a market's mood, no
accusation of anyone (events/data/non_events.yaml "concern that a figure will move"). Concern that a party will act
stays an accusation of that party. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Traders voiced concern that further volatility in futures might threaten the health of smaller brokerages.",
    "Bankers in London voiced worry that rising interest rates would hurt smaller lenders.",
    "Exporters expressed concern that the strong yen would erode their profits.",
])
def test_concern_that_a_figure_will_move_is_no_accusation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


def test_concern_that_a_party_will_act_stays(code):
    events, _ = code("Oman expressed concern that Iran might close the strait.")
    assert [e for e in events if e.type == "ACCUSE"], found_acts(events)
