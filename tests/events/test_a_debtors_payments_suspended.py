"""A debtor that stops paying its own debts declares a moratorium, told by the noun as by the verb: "the country's
suspension of interest payments" is no SANCTION (cut in relations) by anyone (patterns/none.yaml). Ties, aid and
aid payments suspended stay SANCTION. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "The creditor banks voiced deep concern to the finance minister over the country's suspension of interest "
    "payments.",
    "Mexico's suspension of debt payments worried its lenders.",
    "Lenders fear a suspension of repayments on the loans by the state oil firm.",
])
def test_a_debtors_suspension_of_payments_is_no_sanction(typed, text):
    assert typed(text).get("suspension", ("NONE", "---"))[0] == "NONE", typed(text)


@pytest.mark.parametrize("text", [
    "The donors announced the suspension of aid payments to Malawi.",
    "The suspension of ties with Iran angered the opposition.",
])
def test_aid_and_ties_suspended_stay_a_sanction(typed, text):
    assert typed(text)["suspension"][0] == "SANCTION", typed(text)
