"""Support pledged for the financial, banking or monetary system ("the Fed chairman pledged support for the
financial system") is a central bank's or a state's care for its own markets, no support of a party
(events/data/non_events.yaml "a currency or a market backed"). Support pledged for a party stays. Texts written
here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Shares rallied after the Fed chairman pledged support for the financial system.",
    "The finance minister promised backing for the banking system after the crash.",
])
def test_support_for_the_financial_system_is_no_support_of_a_party(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SUPPORT"], found_acts(events)


def test_support_pledged_for_a_party_stays(code):
    events, _ = code("The Arab League pledged support for the Palestinian leadership.")
    assert [e for e in events if e.type == "SUPPORT"], found_acts(events)
