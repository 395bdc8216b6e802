"""A loan's "for X" or "to X" that the parser hangs on its sum ("a loan of 45 mln dlrs for Paraguay": `for` under
"dlrs") names the one the loan is for (roles.reading._amounts), on the verb's object and on the noun itself. A sum's
phrase that names no state, or a sum with no loan, gives no aid."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower", [
    ("The IMF approved a loan of 45 mln dlrs for Paraguay.", "International Monetary Fund", "Paraguay"),
    ("The World Bank approved a loan of 45 mln dlrs for Paraguay to rebuild its roads.", "World Bank", "Paraguay"),
    ("The IMF approved a credit of 120 mln dlrs to Senegal.", "International Monetary Fund", "Senegal"),
    ("Japan announced a loan of 80 billion yen to Indonesia.", "Japan", "Indonesia"),
])
def test_a_loan_for_a_state_told_on_its_sum(code, text, lender, borrower):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert lender in names(aid[0].source, actors) and borrower in names(aid[0].target, actors)


@pytest.mark.parametrize("text", [
    "The council approved a loan of 3 mln dlrs for the stadium.",
    "The bank approved a loan of 20 mln dlrs for the builder.",
    "Sales of 40 mln dlrs for the quarter were reported by Acme.",
])
def test_a_sum_for_no_state_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
