"""A trader or a maker that pulls out of a market gives up a line of business: no force withdraws (RETREAT 087)
(data/non_events.yaml "a market left"). Troops withdrawn from a market town, and a state that leaves the Common
Market or talks, keep their act. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The grain trader has pulled out of the Soviet wheat market.", "pulled"),
    ("Smaller carmakers may be forced to withdraw from the European market.", "withdraw"),
    ("The bank said it would retreat from the municipal bond business next year.", "retreat"),
])
def test_a_market_left_is_no_retreat(typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)


@pytest.mark.parametrize("text, word, ptype", [
    ("Israel withdrew its troops from the market town of Jenin.", "withdrew", "RETREAT"),
    ("Britain may withdraw from the Common Market.", "withdraw", "RETREAT"),
    ("Iran withdrew from the trade talks with Japan.", "withdrew", "SANCTION"),
])
def test_forces_and_states_keep_their_act(typed, text, word, ptype):
    assert typed(text)[word][0] == ptype, typed(text)
