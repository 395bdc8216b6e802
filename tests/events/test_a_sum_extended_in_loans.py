"""A sum extended, provided or granted to a state "in loans" or "in credits", told in the wire's words, is economic aid
(aid.yaml, CAMEO 071) from the lender to the state, and the type model keeps it as a lender's loan told by its own
subject (coder._lent_to_a_state). A sum extended to a firm or a unit, a deadline extended, and an offer extended
give no aid."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower", [
    ("The Asian Development Bank said it has extended Nepal 80 mln dlrs in two loans to support irrigation and roads.",
     "Asian Development Bank", "Nepal"),
    ("The World Bank has extended Malawi 60 mln dlrs in credits for its railways.", "World Bank", "Malawi"),
    ("The IMF said it has provided Uruguay 40 mln dlrs in new credits.", "International Monetary Fund", "Uruguay"),
    ("Japan extended 300 mln dlrs in yen loans to Thailand.", "Japan", "Thailand"),
])
def test_a_sum_extended_in_loans_to_a_state_is_aid(code, text, lender, borrower):
    events, actors = code(text, "1987-06-18")
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert lender in names(aid[0].source, actors) and borrower in names(aid[0].target, actors)
    assert aid[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "The bank extended 20 mln dlrs in loans to its Mexican unit.",
    "Citibank extended 50 mln dlrs in credits to Eastern Airlines.",
    "The bank extended its 200 mln dlr credit offer until Friday.",
    "The government extended the deadline for loans by 30 days.",
])
def test_a_sum_extended_to_no_state_is_no_aid(code, text):
    events, _ = code(text, "1987-06-18")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
