"""A loan approved or granted "for X to do" something, where the parser reads X as the subject of the purpose
clause ("for" its marker), is for X (roles.receiving.for_clause_parties): AID 071 from the lender to X. A loan for a
firm or a builder, and a plan approved for a state, give no aid."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower", [
    ("The IMF approved a loan of 30 mln dlrs for Bolivia to rebuild its mines.", "International Monetary Fund",
     "Bolivia"),
    ("Japan granted a loan of 90 mln dlrs for Egypt to buy wheat.", "Japan", "Egypt"),
    ("The World Bank has approved a 60 mln dlr loan for Vietnam to help raise rice output.", "World Bank",
     "Vietnam"),
])
def test_a_loan_for_a_state_to_do_a_thing_is_aid_to_it(code, text, lender, borrower):
    events, actors = code(text, "1987-06-18")
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert lender in names(aid[0].source, actors) and borrower in names(aid[0].target, actors)


@pytest.mark.parametrize("text", [
    "The bank approved a loan for the company to build a new plant.",
    "The bank approved a loan of 20 mln dlrs for Ford to expand its factory.",
    "The board approved a plan for Mexico to cut its deficit.",
])
def test_a_loan_for_no_state_is_no_aid(code, text):
    events, _ = code(text, "1987-06-18")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
