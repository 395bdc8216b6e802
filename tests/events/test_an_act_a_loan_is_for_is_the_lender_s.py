"""An act of aid told as what a loan, a credit or a grant is for ("approved a loan to help X finance a road", "lent
two credits to Y to provide assistance to farms"): the parser makes the one helped the financing's subject, and the
event came out as X aiding the place of the thing financed. It is the lender's aid to the one helped, or to the
loan's recipient where the act names nobody (receiving.lender_purpose; data/receiving.yaml `lent`). A state that
finances a thing itself, and a plan (no loan) to help others finance, keep their own subjects."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, helped", [
    ("The World Bank announced that it had approved a 60 mln dlr credit to help Ghana finance the repair of a port in "
     "Tema Region.",
     "World Bank", "Ghana"),
    ("The Asian Development Bank approved a loan to help Nepal finance a road in its western hills.",
     "Asian Development Bank", "Nepal"),
    ("The Kuwaiti fund extended two credits to Jordan totalling 40 mln dlrs to provide help to small farms and "
     "finance a dam.", "Kuwait", "Jordan"),
])
def test_the_lender_aids_the_one_helped(code, text, lender, helped):
    events, actors = code(text)
    found = [e for e in events if e.type == "AID" and e.trigger and e.trigger.split(" … ")[0] in ("finance",)]
    assert found, [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
    assert lender in names(found[0].source, actors) and names(found[0].target, actors) == {helped}, \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text, doer", [
    ("Ghana will finance the new port with its own funds.", "Ghana"),
    ("The Ghanaian government approved a plan to help Ghanaian farmers finance new tractors.", None),
])
def test_no_loan_keeps_the_doer(code, text, doer):
    events, actors = code(text)
    found = [e for e in events if e.type == "AID" and e.trigger == "finance"]
    assert found, [(e.type, e.trigger) for e in events]
    if doer:  # a state's own financing
        assert names(found[0].source, actors) == {doer}
    else:  # a plan is no loan: the government is no doer of the farmers' financing
        assert "Ghana" not in names(found[0].source, actors), [(e.type, e.source, e.target) for e in events]
