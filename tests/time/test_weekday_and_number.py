"""A day's name and a day's number with no month ("Tuesday 12", "Friday the 8th") is that numbered day of the
article's month or a month next to it that falls on that weekday; a number no such day has leaves the weekday
alone. Never the number's month (December for 12). Phrases written for these tests; article of Thursday
2024-11-28."""

import pytest

from dossier.time.normalise import normalise


@pytest.mark.parametrize("text, tense, day", [
    ("Tuesday 12", "past", "2024-11-12"),
    ("Friday the 8th", "past", "2024-11-08"),
    ("Saturday 30", None, "2024-11-30"),
    ("Monday 14", "past", "2024-10-14"),  # the month before
])
def test_a_weekday_and_a_number_is_the_numbered_day_on_that_weekday(text, tense, day):
    value = normalise(text, "2024-11-28", tense)
    assert value is not None and (value.start, value.end) == (day, day)


def test_a_number_no_near_day_on_that_weekday_has_leaves_the_weekday():
    value = normalise("Monday 14", "2024-11-28", "future")  # October 14 is past, December 14 a Saturday
    assert (value.start, value.end) == ("2024-12-02", "2024-12-02")


def test_a_month_named_after_them_keeps_its_month():
    value = normalise("Tuesday 12 March", "2024-11-28", "past")
    assert (value.start, value.end) == ("2024-03-12", "2024-03-12")
