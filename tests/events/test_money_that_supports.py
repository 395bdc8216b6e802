"""A loan, a credit or a grant that supports or helps a party is economic aid to it (aid.yaml, CAMEO 071), not
words of support; a party that supports a loan keeps its support (SUPPORT 051)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The World Bank said the two loans would support Kenya's farm reform programme.", "support"),
    ("The credit will support a programme to rebuild Ghana's railways, the bank said.", "support"),
    ("The Asian Development Bank said its grant would back Nepal's road building plan.", "back"),
])
def test_money_that_supports_is_aid(typed, text, word):
    assert typed(text)[word] == ("AID", "071"), typed(text)


def test_the_lender_gives_the_aid(code):
    events, actors = code("The World Bank said the two loans would support Kenya's farm reform programme.")
    found = [(e.type, e.cameo, {actors[i].name for i in e.source}, {actors[i].name for i in e.target})
             for e in events if e.trigger == "support"]
    assert found == [("AID", "071", {"World Bank"}, {"Kenya"})], found


def test_a_party_that_supports_a_loan_keeps_its_support(typed):
    assert typed("Japan will support the loan to Peru, the official said.")["support"] == ("SUPPORT", "051")
