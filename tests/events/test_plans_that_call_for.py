"""What a plan, a bill or a draft "calls for" is its content, asked of nobody (none.yaml); a party's call stays a
request (request.yaml, CAMEO 020)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Labour budget plan calls for new taxes of 12 billion pounds next year.",
    "The peace proposal calls for the withdrawal of Syrian troops from Lebanon.",
    "The farm bill called for higher support prices for wheat growers.",
])
def test_a_plan_that_calls_for_asks_nothing(code, typed, text):
    word = next(w for w in ("calls", "called") if w in text.split())
    assert typed(text)[word][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Egypt called for the withdrawal of Israeli troops from Lebanon.", "called"),
    ("The budget committee called for cuts in farm spending.", "called"),
])
def test_a_party_that_calls_for_asks(typed, text, word):
    assert typed(text)[word] == ("REQUEST", "020"), typed(text)
