"""A reform, a bill or a budget pushed through (a legislature) is passed, asked of nobody (none.yaml); a party
pushed to act, or a push for an act, stays a request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Italy is aiming to restore the confidence of foreign lenders by pushing through a reform of its power tariffs.",
     "pushing"),
    ("The government pushed the budget through parliament last week.", "pushed"),
    ("Chirac rammed through a package of labour reforms.", "rammed"),
])
def test_a_reform_pushed_through_asks_nothing(code, typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The United States pushed Japan to open its rice market.",
    "France pushed for talks between the two sides.",
])
def test_a_push_on_a_party_stays_a_request(typed, text):
    assert typed(text)["pushed"][0] == "REQUEST", typed(text)
