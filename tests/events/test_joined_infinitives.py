"""A second infinitive joined by "and" to an infinitive complement is part of the same
act, as the first one is ("agreed to lend X and to fund Y": the agreement, not a planned aid beside it); two clauses
joined by "and" at the main level stay two acts."""

from __future__ import annotations

import pytest


def _types(events):
    return sorted(e.type for e in events)


@pytest.mark.parametrize("text", ["Norway agreed to lend money to Ghana and to fund a new clinic in Accra.",
                                  "Norway agreed to lend money to Ghana and fund a new clinic in Accra."])
def test_a_joined_infinitive_is_part_of_the_agreement(code, text):
    alone, _ = code("Norway agreed to lend money to Ghana.", "2021-03-09")
    events, _ = code(text, "2021-03-09")
    assert _types(events) == _types(alone) == ["AGREE"]


def test_a_joined_infinitive_is_part_of_the_request(code):
    events, _ = code("Kenya urged Uganda to reopen the border and to expel the rebel commanders.", "2021-03-09")
    assert _types(events) == ["REQUEST"]


def test_two_clauses_joined_by_and_stay_two_acts(code):
    events, _ = code("Norway agreed to buy cocoa from Ghana and Togo announced new tariffs on Ghanaian goods.",
                     "2021-03-09")
    assert _types(events) == ["AGREE", "SANCTION"]
