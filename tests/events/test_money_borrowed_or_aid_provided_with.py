"""Money borrowed "from" a named lender is a loan from it (aid.yaml's "borrow", `undergone`: AID 071 from the lender to
the borrower), kept against the type model's "no event" where a state borrows from a state or an international body,
the borrower's subject read through the verb or adjective an open complement hangs on ("is likely to borrow": coder
`_told_by_its_borrower`). The borrower is a name: banks borrowing from a central bank, members borrowing from banks,
a firm borrowing from its bank or a state borrowing from banks no name gives are none. A party provided or supplied
"with" aid, arms or a loan is the one given it (the verb's object); a firm provided with a loan, a city supplied with
water or consumers provided with food are none."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower, status", [
    ("Nepal will borrow 90 mln dlrs from the World Bank this year, the finance minister said.", "World Bank", "Nepal",
     "planned"),
    ("Kenya is likely to borrow up to 120 mln dlrs from the African Development Bank in 1988, officials said.",
     "African Development Bank", "Kenya", "planned"),
    ("Bolivia borrowed 35 mln dlrs from Japan last year to rebuild its railways.", "Japan", "Bolivia", "occurred"),
])
def test_money_borrowed_from_a_lender_is_aid_from_it(code, text, lender, borrower, status):
    events, actors = code(text, "1987-04-27")
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(aid[0].source, actors) == {lender} and names(aid[0].target, actors) == {borrower}
    assert aid[0].status == status


@pytest.mark.parametrize("text", [
    "The six largest Chicago banks did not borrow from the Federal Reserve in the week to Wednesday, a Fed spokesman "
    "said.",
    "Under the new accord, members may borrow from banks to pay for the stockpile.",
    "Argentina will borrow 900 mln dlrs from commercial banks next year.",
    "The brewer said it is borrowing the money for the purchase from its bank.",
])
def test_money_borrowed_by_no_named_party_or_from_banks_is_no_aid(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, giver, receiver, cameo", [
    ("Italy is to provide Niger with 300 mln lire of aid for wells and schools, officials said.", "Italy", "Niger",
     "070"),
    ("Norway will supply Mozambique with emergency aid.", "Norway", "Mozambique", "070"),
    ("Japan will provide Ecuador with a loan of 40 mln dlrs.", "Japan", "Ecuador", "071"),
])
def test_a_party_provided_with_aid_is_given_it(code, text, giver, receiver, cameo):
    events, actors = code(text, "1987-04-27")
    aid = [e for e in events if e.type == "AID"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(aid[0].source, actors) == {giver} and names(aid[0].target, actors) == {receiver}
    assert aid[0].cameo == cameo


@pytest.mark.parametrize("text", [
    "The bank provided the brewer with a 20 mln dlr loan.",
    "The new reservoir will supply the town with water.",
    "Growers supplied the market with fruit all winter.",
])
def test_things_provided_with_no_aid_or_to_no_state_are_no_aid(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
