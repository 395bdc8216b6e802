"""A loan, a credit or a grant received is economic aid, CAMEO 071 under PLOVER AID (aid.yaml; the noun "loan" or
"grant" after a light verb too); food, arms or unnamed help given stay the general 070. Sentences written for these
tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania will receive credits worth 200 million dollars from Japan.", "receive"),
    ("Chad obtained a grant of 40 million dollars from the Netherlands.", "obtained"),
])
def test_money_received_is_economic_aid(typed, text, word):
    assert typed(text)[word] == ("AID", "071"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania sent food aid to the flooded provinces.", "sent"),
    ("Fredonia provided weapons to the rebels.", "provided"),
])
def test_goods_and_arms_given_stay_general_aid(typed, text, word):
    assert typed(text)[word] == ("AID", "070"), text
