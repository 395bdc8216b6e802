"""What a sum is used for ("the credit is to be used to repay older debts", "the levies are used to fund pensions")
is no aid given by anyone; the lending is an act of its own where the text tells it
(events/data/non_events.yaml "what a sum is used for"). A loan whose lender is named before it ("the World Bank
loan") is left alone, and aid given stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Hyundai Corp said it had signed a 90 mln dlr loan with six banks. The loan will mainly be used to finance "
    "repayment of the company's older borrowings.",
    "Toyota said it signed a loan agreement with a group of lenders. The funds will be used to finance its new "
    "truck plant.",
])
def test_what_a_sum_is_used_for_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], found_acts(events)


def test_aid_given_stays(code):
    events, _ = code("Japan will lend Kenya 80 mln dlrs to finance a power station.")
    assert [e for e in events if e.type == "AID"], found_acts(events)
