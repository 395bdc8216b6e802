"""Visits a noun tells as made, which were only talked about before: a visit whose predicate is its rank among such
visits ("the visit by the Indian premier to Tokyo was the first in six years": `no_event.ranked_in_its_series`,
read by `is_commentary`), with no date from the rank's own phrase ("since 2019" counts the series). A visit judged
("was a sign of warming ties") or ranked with "not" stays talked of."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, visitor", [
    ("The visit by the Indian prime minister to Tokyo was the first in six years.", "Narendra Modi"),
    ("Lula's trip to Pretoria is the second by a Brazilian leader this decade.", "Lula"),
])
def test_a_visit_ranked_in_its_series_was_made(code, text, visitor):
    events, actors = code(text)
    visits = [e for e in events if e.type == "CONSULT" and e.cameo == "042"]
    assert visits and visitor in names(visits[0].source, actors) and visits[0].status == "occurred", \
        [(e.type, e.cameo, names(e.source, actors), e.status) for e in events]


def test_the_rank_s_time_is_not_the_visit_s_date(code):
    events, _ = code("Scholz's visit to Hanoi is the first by a German chancellor since 2011.")
    visits = [e for e in events if e.cameo == "042"]
    assert visits and visits[0].date is None, [(e.cameo, e.date) for e in events]


@pytest.mark.parametrize("text", [
    "The visit by the Indian prime minister to Tokyo was a sign of warming ties.",
    "Kishida's trip to Seoul was not the first by a Japanese leader.",
])
def test_a_visit_judged_stays_talked_of(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.cameo == "042"], [(e.type, e.cameo, e.trigger) for e in events]
