"""Workers who go back to work end their stoppage (concede.yaml, CAMEO 082), no trip; one who is not on strike and
returns to work makes no concession, and a return to a place stays a trip."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Dock workers went back to work in most ports across Chile.", "went"),
    ("The striking miners returned to work on Monday after the union accepted the offer.", "returned"),
    ("Thousands of Peruvian teachers went back to their jobs after a six-week strike.", "went"),
])
def test_workers_back_at_work_end_their_strike(typed, text, word):
    assert typed(text)[word] == ("CONCEDE", "082"), typed(text)


def test_the_teachers_end_their_strike(code):
    events, _ = code("Thousands of Peruvian teachers went back to their jobs after a six-week strike.")
    assert [(e.type, e.cameo) for e in events if e.trigger == "went"] == [("CONCEDE", "082")], \
        [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The minister returned to work on Monday after an illness.",
    "The envoy returned to Lima on Monday.",
])
def test_others_who_return_make_no_concession(typed, text):
    assert typed(text)["returned"] == ("CONSULT", "042"), typed(text)
