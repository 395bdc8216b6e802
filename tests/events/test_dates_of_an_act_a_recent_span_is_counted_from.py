"""An act in a "when" clause on the day a span is counted from ("Tensions have grown since Monday, when …") is the
story's news when that day lies in the last week (a weekday, "last week", "yesterday"): it is coded and dated by the
day. An act years back that a span is counted from ("since 2015, when …") stays background, no event."""

import pytest


def _acts(code, text, ptype):
    events, _ = code(text, "2024-06-27")
    return [e.date.start if e.date else None for e in events if e.type == ptype]


@pytest.mark.parametrize("text, ptype, day", [
    ("Relations have cooled since Friday, when Morocco recalled its ambassador to Algeria.", "SANCTION",
     "2024-06-21"),
    ("Talks have stalled since Monday, when Guatemalan police detained three Honduran officials.", "COERCE",
     "2024-06-24"),
])
def test_an_act_of_a_day_this_week_a_span_runs_from_is_dated_news(code, text, ptype, day):
    assert _acts(code, text, ptype) == [day]


@pytest.mark.parametrize("text, ptype", [
    ("Relations have been cold since 2015, when Morocco recalled its ambassador to Algeria.", "SANCTION"),
    ("Trade has been frozen since 2014, when Russia annexed Crimea.", "ASSAULT"),
])
def test_an_act_years_back_a_span_runs_from_is_no_event(code, text, ptype):
    assert _acts(code, text, ptype) == []
