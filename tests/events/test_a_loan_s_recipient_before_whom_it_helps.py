"""The one a loan is given "to" on the verb that gives it is the aid's target, before the one a purpose clause says
it helps ("extended new credits to Nairobi to help a Swedish car maker set up a factory there": Kenya gets the
credits; the firm is only what they are for). Where the loan names no recipient, the one helped stays the target."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, recipient", [
    ("Stockholm extended fresh loans to Nairobi to help a Swedish car maker set up a factory there.", "Sweden",
     "Nairobi"),
    ("The Asian Development Bank approved a loan to help Nepal finance a road in its western hills.",
     "Asian Development Bank", "Nepal"),
])
def test_the_recipient_is_aided(code, text, lender, recipient):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID"]
    assert aid and lender in names(aid[0].source, actors) and recipient in names(aid[0].target, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_loan_made_to_someone_names_no_lender(code):
    events, actors = code("A further loan of ten billion shillings will be made to the Kenyan airline for the purchase of "
                          "two jets and the repair of a runway.")
    assert not [e for e in events if e.type == "AID" and e.source], \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
