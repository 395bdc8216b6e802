"""Gifts of money named as such — donations, grants — provided, given or sent are aid, AID 070 (aid.yaml's entry for
aid given); a subsidy, a contribution to a debate or a firm's funding (financing, in wire news) is not among them."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Norway and Denmark have provided their yearly donations to the refugees.", "provided"),
    ("The bank gave grants to the flooded provinces.", "gave"),
    ("Brussels sent its donations to the camps in the north.", "sent"),
])
def test_gifts_of_money_given_are_aid(typed, text, word):
    assert typed(text)[word] == ("AID", "070"), text


@pytest.mark.parametrize("text, word", [
    ("The ministry gave subsidies to the exporters of wheat.", "gave"),
    ("The senator gave his contribution to the debate on Tuesday.", "gave"),
    ("The charity provided the names of its donors.", "provided"),
    ("Both banks will provide funding for the purchase of the mine.", "provide"),
])
def test_other_things_given_are_no_gift_of_money(typed, text, word):
    assert typed(text).get(word, ("NONE", "")) != ("AID", "070"), text
