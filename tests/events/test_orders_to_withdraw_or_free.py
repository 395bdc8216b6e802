"""An order to another party to withdraw something or to set someone free is a demand of that party (request.yaml's
orders, CAMEO 100); an order to one's own forces puts them to use, and an order to a firm names no party."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Brazil ordered Chile to withdraw its patrol boats from the river mouth.",
    "Uruguay's foreign minister ordered Paraguay to free the three detained engineers.",
    "The tribunal instructed Ecuador to release the seized cargo.",
])
def test_an_order_to_another_party_is_a_demand(code, text):
    events, _ = code(text, "2024-06-12")
    assert any(e.cameo == "100" and e.target for e in events), [(e.type, e.cameo, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The general ordered his units to withdraw to the coast.",
    "The minister ordered the mining company to withdraw its bid.",
])
def test_an_order_to_ones_own_units_or_to_a_firm_is_no_demand(code, text):
    events, _ = code(text, "2024-06-12")
    assert not any(e.cameo == "100" for e in events), [(e.type, e.cameo, e.target) for e in events]
