"""A tender is no act (events/patterns/none.yaml): "bid on" or "bid for" a contract names no demand and no
attack, though the converted CAMEO dictionary holds "bid" among its synonyms of "demand" and codes "… on" an attack;
a bid rejected and a pressing demand beside it stay. Texts written here."""

import pytest


def _on(events, word: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events if word in e.trigger.split(" … ")]


@pytest.mark.parametrize("text, word", [
    ("Four shipyards can bid on the navy's tender for patrol boats.", "bid"),
    ("Two Korean groups are bidding on the Indonesian port concession.", "bidding"),
    ("The Turkish builder has bid for the contract to extend the Cairo metro.", "bid"),
])
def test_a_tender_is_no_act(code, text, word):
    events, _ = code(text)
    assert not _on(events, word), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, type_", [
    ("The Polish government rejected the Russian firm's bid for the refinery.", "rejected", "REJECT"),
    ("The Senate pressed the Pentagon for answers on the contract.", "pressed", "REQUEST"),
])
def test_a_bid_rejected_and_a_demand_stay(code, text, word, type_):
    events, _ = code(text)
    assert (type_, word) in _on(events, word), [(e.type, e.trigger) for e in events]
