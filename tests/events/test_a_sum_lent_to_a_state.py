"""A sum lent to a state in the wire's words ("loaned Nepal 120 mln dlrs") or a loan approved for a state by a lender
is economic aid (aid.yaml, CAMEO 071), kept against the type model where an international body or a state lends
(coder._lent_to_a_state), the converted dictionary's ("extended") as a hand-written entry's. A bank's loan to a firm
or an airline is none."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower", [
    ("The Asian Development Bank said it has loaned Laos 75 mln dlrs to help build rural roads.",
     "Asian Development Bank", "Laos"),
    ("The World Bank lent Ghana 60 mln dlrs for its ports.", "World Bank", "Ghana"),
    # the parser hangs the borrower as a noun phrase of manner (npadvmod): roles.reading._misread_dative
    ("The World Bank said it has loaned Latvia 40 mln dlrs to help support a port reform program.",
     "World Bank", "Latvia"),
    ("Japan lent Egypt 300 mln dlrs last year.", "Japan", "Egypt"),
    ("The Inter-American Development Bank approved a 45 mln dlr loan for Honduras.",
     "Inter-American Development Bank", "Honduras"),
    ("The IMF on Monday approved a 60 mln dlr loan to help Peru meet its payments needs.",
     "International Monetary Fund", "Peru"),
    # the converted dictionary's "extend" (round 70: kept against the model as a hand-written entry's loan is)
    ("The World Bank said it has extended Bolivia 150 mln dlrs in two loans to support farm projects.",
     "World Bank", "Bolivia"),
])
def test_a_sum_lent_to_a_state_is_economic_aid(code, text, lender, borrower):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert lender in names(aid[0].source, actors) and borrower in names(aid[0].target, actors)


@pytest.mark.parametrize("text", [
    "Chase Manhattan lent the company 50 mln dlrs.",
    "Banks lent 40 mln dlrs to the airline.",
    "The bank approved a loan for the builder.",
    "Shareholders approved the merger on Tuesday.",
    "Chase Manhattan said it has extended the retailer 50 mln dlrs in two loans.",
    # a bond issued in a state's currency lends that state nothing (type_model_gates.yaml dictionary_loan_verbs)
    "The World Bank is issuing 200 mln Canadian dlrs of zero coupon bonds due 1995, the lead manager said.",
])
def test_a_loan_to_no_state_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
