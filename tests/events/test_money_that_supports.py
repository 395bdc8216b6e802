"""Money that supports or helps a party is no act of its own: the loan is coded where it is granted, what it is for
is its purpose (data/non_events.yaml); a party that supports a loan keeps its support (SUPPORT 051)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The World Bank said the two loans would support Kenya's farm reform programme.",
    "The credit will support a programme to rebuild Ghana's railways, the bank said.",
])
def test_money_that_supports_is_no_second_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "support"], [(e.type, e.trigger) for e in events]


def test_a_party_that_supports_a_loan_keeps_its_support(typed):
    assert typed("Japan will support the loan to Peru, the official said.")["support"] == ("SUPPORT", "051")
