"""A product kept off the shelves (flavoured vaping pods, menthol cigarettes, plastic bags) is a health or a shop
rule, no sanction on a party (data/non_events.yaml "a product banned"). A ban on a trade with a state (imports of a
state's goods) stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Kenyan health ministry on Monday issued its ban on flavoured e-cigarette pods.",
    "Canada's health agency announced a ban on menthol cigarettes last week.",
    "The Australian regulator has outlawed most vaping flavours.",
])
def test_a_product_banned_is_no_sanction(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("SANCTION", "COERCE", "REJECT")], found_acts(events)


@pytest.mark.parametrize("text", [
    "Beijing announced a ban on imports of Australian wine.",
    "Russia banned the sale of Polish apples.",
])
def test_a_ban_on_a_states_trade_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type in ("SANCTION", "COERCE")], found_acts(events)
