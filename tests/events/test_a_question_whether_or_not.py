"""The "not" of "whether or not" denies nothing: the act is a question left open, hypothetical (events/status.py
`_denied`; round 76, modal76). A "not" of the act's own verb still denies it. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Zambia will decide next month whether or not to dispatch soldiers to Angola.", "dispatch"),
    ("The Malawian cabinet is to debate whether or not to reopen negotiations with Zambia.", "reopen"),
])
def test_whether_or_not_leaves_the_act_open(code, text, trigger):
    events, _ = code(text, "1995-06-01")
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "hypothetical" for e in found), [(e.type, e.trigger, e.status) for e in events]


def test_a_not_of_its_own_still_denies(code):
    events, _ = code("Zambia did not dispatch soldiers to Angola.", "1995-06-01")
    found = [e for e in events if e.trigger == "dispatch"]
    assert found and all(e.status == "negated" for e in found), [(e.type, e.trigger, e.status) for e in events]
