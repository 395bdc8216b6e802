"""A loan or a credit signed or contracted "from" a named lender is aid received from it (aid.yaml's "sign" and
"contract" with a loan, `undergone`): AID 071 from the lender to the borrower, kept against the type model's "no
event" where a state borrows from a state or an international body (coder `_told_by_its_borrower`). With no "from"
the signing stays an agreement; one from banks no name gives is firms' lending, none. A loan whose purpose
infinitive helps a thing names the state that thing is in (roles/receiving.py `helped`)."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower", [
    ("Peru has signed two credits from the Inter-American Development Bank worth 150 mln dlrs, a spokesman said.",
     "Inter-American Development Bank", "Peru"),
    ("Chile has contracted a 100 mln dlr loan from the World Bank to finance roads.", "World Bank", "Chile"),
])
def test_a_loan_signed_from_a_lender_is_aid_from_it(code, text, lender, borrower):
    events, actors = code(text, "1987-03-25")
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(aid[0].source, actors) == {lender} and names(aid[0].target, actors) == {borrower}


def test_a_loan_accord_signed_with_a_state_stays_an_agreement(code):
    events, actors = code("Peru signed a loan accord with Japan on Tuesday.", "1987-03-25")
    assert [(e.type, e.cameo) for e in events if e.trigger == "signed"] == [("AGREE", "057")]


@pytest.mark.parametrize("text", [
    "Greece contracted a seven-year credit from some overseas lenders headed by a Paris house.",
    "The firm signed a loan from its parent last month.",
])
def test_a_loan_from_nobody_in_particular_is_no_aid(code, text):
    events, _ = code(text, "1987-03-25")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, borrower", [
    ("The World Bank on Monday approved a 30 mln dlr credit to assist a farm scheme now running in Ghana.",
     "Ghana"),
    ("The World Bank approved a 70 mln dlr loan to help rebuild the steel sector in Poland.", "Poland"),
])
def test_a_loan_helping_a_thing_in_a_state_is_aid_to_that_state(code, text, borrower):
    events, actors = code(text, "1987-03-25")
    aid = [e for e in events if e.type == "AID"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(aid[0].source, actors) == {"World Bank"} and names(aid[0].target, actors) == {borrower}


def test_a_loan_helping_a_firm_in_a_state_is_no_aid_to_the_state(code):
    events, actors = code("The World Bank approved a loan to help the firm expand in Brazil.", "1987-03-25")
    assert not [e for e in events if e.type == "AID" and "Brazil" in names(e.target, actors)]
