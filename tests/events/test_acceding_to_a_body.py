"""Acceding to a body or a treaty is joining it, diplomatic cooperation as "joined NATO" is (SUPPORT 050;
patterns/support.yaml), not the yielding of "acceded to the demands" (CONCEDE)."""

import pytest


@pytest.mark.parametrize("text, status", [
    ("Croatia acceded to the European Union on Monday.", "occurred"),
    ("Kazakhstan will accede to the World Trade Organization next year.", "planned"),
])
def test_acceding_to_a_body_is_joining_it(code, text, status):
    events, _ = code(text)
    assert [(e.type, e.cameo, e.status) for e in events] == [("SUPPORT", "050", status)]


def test_acceding_to_demands_stays_a_concession(code):  # must-not
    events, _ = code("The government acceded to the demands of the striking miners.")
    assert [e.type for e in events] == ["CONCEDE"]
