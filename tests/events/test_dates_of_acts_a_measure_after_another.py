"""An act told a count of days or weeks after another act of one day, or "shortly"/"soon" after it, is dated from
that day (events/dates._after_value; the window of "soon" is the lexicon's soon_after_days). Not an act told only
"after" another, nor "days"/"months" after it: no day is told. "The day before" another act is its day less one. Sentences written for these tests (article of
Thursday 2024-11-28)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, start, end", [
    ("Kenya expelled Uganda's envoy two weeks after the November 5 vote.", "2024-11-19", "2024-11-19"),
    ("Kenya expelled Uganda's envoy the day after the November 15 vote.", "2024-11-16", "2024-11-16"),
    ("Kenya expelled Uganda's envoy a day after the talks on November 15.", "2024-11-16", "2024-11-16"),
    ("Kenya expelled Uganda's envoy a few days after the November 15 vote.", "2024-11-17", "2024-11-20"),
    ("Kenya expelled Uganda's envoy shortly after the November 15 vote.", "2024-11-15", "2024-11-18"),
    ("Kenya closed the border with Uganda two days after Ugandan troops attacked a patrol on November 15.",
     "2024-11-17", "2024-11-17"),
])
def test_an_act_a_measure_after_a_dated_act_is_counted_from_its_day(code, text, start, end):
    events, _ = code(text, "2024-11-28")
    value = only(events, "SANCTION").date
    assert value is not None and (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Kenya expelled Uganda's envoy after the November 15 vote.",
    "Kenya expelled Uganda's envoy days after the November 15 vote.",
    "Kenya expelled Uganda's envoy months after the November 2023 vote.",
    "Kenya expelled Uganda's envoy three working days after the November 15 vote.",  # not calendar days
])
def test_an_act_after_another_with_no_count_of_days_takes_no_day(code, text):
    events, _ = code(text, "2024-11-28")
    assert only(events, "SANCTION").date is None


def test_the_day_before_another_act_is_counted_back_from_its_day(code):
    events, _ = code("Kenya recalled its envoy from Uganda the day before the November 15 vote.", "2024-11-28")
    assert only(events, "SANCTION").date.start == "2024-11-14"


def test_an_act_with_its_own_day_keeps_it(code):
    events, _ = code("Kenya expelled Uganda's envoy on November 20, two days after talks with Uganda.", "2024-11-28")
    assert only(events, "SANCTION").date.start == "2024-11-20"


def test_a_day_told_before_the_after_phrase_is_not_counted_from(code):
    events, _ = code("On November 20, a day after Uganda closed its embassy, Kenya expelled Uganda's envoy.",
                     "2024-11-28")
    value = next(e for e in events if e.trigger == "expelled").date
    assert value is None or value.start != "2024-11-21"
