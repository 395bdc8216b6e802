"""An act named in the "for" phrase of a noun of a plan (lexicon `plan_nouns`) is still to come: "plans for a visit
by the Emir to Rome are being drawn up" is a planned visit (status.`_planned_for`), not one made; and plans called
off take their act with them ("plans for talks … were shelved": moved_meetings reads through the plan's "for"
phrase), as a visit cancelled does. A visit made ("arrived for a state visit") and a plan criticised are no plan
of an act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Plans for a visit by the Qatari emir to Rome are being drawn up.",
    "Preparations for talks between Armenia and Azerbaijan have begun in Vienna.",
])
def test_an_act_planned_is_planned(code, text):
    events, _ = code(text)
    acts = [e for e in events if e.type == "CONSULT"]
    assert acts and all(e.status == "planned" for e in acts), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Plans for a visit by the Qatari emir to Rome were shelved.",
    "Plans for talks between Armenia and Azerbaijan were dropped last week.",
])
def test_an_act_whose_plans_were_called_off_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Emir Tamim bin Hamad Al Thani arrived in Rome on Monday for a state visit.", "CONSULT"),
    ("Germany criticised the Italian plan for a bridge to Sicily.", "ACCUSE"),
])
def test_an_act_made_is_no_plan(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["occurred"], \
        [(e.type, e.trigger, e.status) for e in events]
