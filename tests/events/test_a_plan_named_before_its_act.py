"""An act the parser hangs on "announced" past its object "plans" ("announced plans Sunday to tighten the
curfew", a time between) is the plan's act: planned, not done (status._plan_named_before)."""

import pytest


@pytest.mark.parametrize("text", [
    "Governor Ana Ruiz announced plans Sunday to tighten restrictions on bars and gyms.",
    "The Chilean interior minister unveiled plans on Friday to impose a curfew in Santiago.",
])
def test_the_act_a_plan_is_for_is_planned(code, text):
    events, _ = code(text)
    coerced = [e for e in events if e.type == "COERCE"]
    assert coerced and all(e.status == "planned" for e in coerced), [(e.type, e.trigger, e.status) for e in events]


def test_an_act_with_no_plan_named_stays_done(code):
    events, _ = code("The Nigerian government imposed a curfew on Sunday to stop the looting in Lagos.")
    coerced = [e for e in events if e.type == "COERCE"]
    assert coerced and all(e.status == "occurred" for e in coerced), [(e.type, e.trigger, e.status) for e in events]
