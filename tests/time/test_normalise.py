"""normalise(): one tricky phrase per test, each with the article date it depends on."""

from __future__ import annotations

import pytest

from dossier.time import duration_days, normalise


def check(text, published, tense, start, end, precision):
    value = normalise(text, published, tense)
    assert value is not None, text
    assert (value.start, value.end, value.precision) == (start, end, precision)
    assert value.text == text


def test_full_date():
    check("June 28, 2024", "2030-01-01", None, "2024-06-28", "2024-06-28", "day")


def test_day_month_takes_article_year():
    check("28 June", "2024-06-29", "past", "2024-06-28", "2024-06-28", "day")


def test_month_day_takes_article_year():
    check("June 28", "2024-06-20", "future", "2024-06-28", "2024-06-28", "day")


def test_iso_date():
    check("2024-06-29", None, None, "2024-06-29", "2024-06-29", "day")


def test_weekday_past_is_on_or_before_article():
    check("on Friday", "2024-06-29", "past", "2024-06-28", "2024-06-28", "day")


def test_weekday_past_same_day():
    check("Saturday", "2024-06-29", "past", "2024-06-29", "2024-06-29", "day")


def test_weekday_future_is_after_article():
    check("starting on Wednesday", "2024-11-12", "future", "2024-11-13", "2024-11-13", "day")


def test_last_weekday_is_strictly_before():
    check("last Saturday", "2024-06-29", None, "2024-06-22", "2024-06-22", "day")


def test_next_month_name():
    check("next November", "2024-06-24", None, "2024-11", "2024-11", "month")


def test_next_month_name_same_month_goes_a_year_on():
    check("next June", "2024-06-24", None, "2025-06", "2025-06", "month")


def test_last_month():
    check("last month", "2024-03-10", "past", "2024-02", "2024-02", "month")


def test_last_month_across_new_year():
    check("last month", "2024-01-05", "past", "2023-12", "2023-12", "month")


def test_next_week_is_monday_to_sunday():
    check("next week", "2024-06-26", "future", "2024-07-01", "2024-07-07", "vague")


def test_this_year():
    check("this year", "2024-06-26", None, "2024", "2024", "year")


def test_earlier_this_month():
    check("earlier this month", "2024-06-20", "past", "2024-06-01", "2024-06-20", "vague")


def test_coming_months():
    check("in the coming months", "2024-06-24", "future", "2024-06-24", "2024-12-24", "vague")


def test_next_decade():
    check("over the next decade", "2024-06-24", "future", "2024", "2034", "decade")


def test_range_month_day_to_day():
    check("from June 25 to 29", "2024-06-24", "future", "2024-06-25", "2024-06-29", "day")


def test_range_without_from():
    check("June 23 to 28", "2024-07-04", "past", "2024-06-23", "2024-06-28", "day")


def test_range_day_day_month():
    check("25-29 June", "2024-06-01", "future", "2024-06-25", "2024-06-29", "day")


def test_range_across_new_year():
    check("Dec. 30 to Jan. 2", "2024-12-01", "future", "2024-12-30", "2025-01-02", "day")


def test_weekday_range_past():
    check("from Sunday to Tuesday", "2024-06-29", "past", "2024-06-23", "2024-06-25", "day")


def test_weekday_range_future():
    check("from Sunday to Tuesday", "2024-06-26", "future", "2024-06-30", "2024-07-02", "day")


def test_between_months():
    check("between March and May", "2024-06-29", "past", "2024-03", "2024-05", "month")


def test_year_range():
    check("2024-2029", "2024-06-29", None, "2024", "2029", "year")


def test_short_year_range():
    check("2024-25", "2024-06-29", None, "2024", "2025", "year")


def test_year_alone():
    check("in 2023", "2024-06-29", "past", "2023", "2023", "year")


def test_year_alone_without_article_date():
    check("in 2019", None, None, "2019", "2019", "year")


def test_month_year():
    check("in March 2010", "2024-06-29", "past", "2010-03", "2010-03", "month")


@pytest.mark.parametrize("text, tense, start, precision", [
    ("August last year", "past", "1997-08", "month"),
    ("in August of last year", "past", "1997-08", "month"),
    ("November this year", "future", "1998-11", "month"),
    ("January next year", "future", "1999-01", "month"),
    ("October 12 last year", "past", "1997-10-12", "day"),
    ("12 October last year", "past", "1997-10-12", "day"),
])
def test_month_in_a_year_counted_from_the_article(text, tense, start, precision):
    check(text, "1998-03-02", tense, start, start, precision)


def test_since_year_runs_to_article_date():
    check("since 2013", "2024-06-29", "past", "2013", "2024-06-29", "year")


def test_bare_month_past_is_on_or_before_article_month():
    check("in November", "2024-06-29", "past", "2023-11", "2023-11", "month")


def test_bare_month_future_is_after_article_month():
    check("in March", "2024-06-29", "future", "2025-03", "2025-03", "month")


def test_quarter_with_year():
    check("the third quarter of 2023", "2024-06-29", "past", "2023-07", "2023-09", "month")


def test_quarter_without_year_past():
    check("the fourth quarter", "2024-06-29", "past", "2023-10", "2023-12", "month")


def test_first_half():
    check("the first half of 2024", "2024-08-01", "past", "2024-01", "2024-06", "month")


def test_season_with_year():
    check("summer 2023", "2024-06-29", None, "2023-06", "2023-08", "vague")


def test_winter_runs_into_next_year():
    check("winter 2024", "2024-06-29", None, "2024-12", "2025-02", "vague")


def test_late_year():
    check("late 2023", "2024-06-29", "past", "2023-09", "2023-12", "vague")


def test_early_month():
    check("early June", "2024-06-29", "past", "2024-06-01", "2024-06-10", "vague")


def test_decade():
    check("the 1990s", "2024-06-29", None, "1990", "1999", "decade")


def test_today():
    check("today", "2024-06-29", None, "2024-06-29", "2024-06-29", "day")


def test_yesterday():
    check("yesterday", "2024-03-01", "past", "2024-02-29", "2024-02-29", "day")


def test_tomorrow():
    check("tomorrow", "2024-12-31", "future", "2025-01-01", "2025-01-01", "day")


def test_days_ago():
    check("three days ago", "2024-06-29", "past", "2024-06-26", "2024-06-26", "day")


def test_years_ago():
    check("two years ago", "2024-06-29", "past", "2022", "2022", "year")


def test_decades_ago_are_ten_years_each():
    check("more than a decade ago", "2024-06-29", "past", "2014", "2014", "year")
    check("two decades ago", "2024-06-29", "past", "2004", "2004", "year")


def test_fiscal_year_is_vague():
    check("fiscal 2024", "2024-06-29", None, "2024", "2024", "vague")


def test_duration_is_not_a_date():
    assert normalise("a five-day visit", "2024-06-24", "future") is None


@pytest.mark.parametrize("text,days", [("a five-day visit", 5), ("two weeks", 14), ("a 12-day tour", 12), ("June", None)])
def test_duration_days(text, days):
    assert duration_days(text) == days


def test_relative_phrase_without_article_date_is_unknown():
    assert normalise("on Friday", None, "past") is None


def test_nonsense_is_unknown():
    assert normalise("the meeting", "2024-06-29", None) is None


def test_dateparser_reads_what_rules_do_not():
    check("6/28/2024", "2024-06-29", None, "2024-06-28", "2024-06-28", "day")


def test_part_of_day_before_weekday():
    check("early Tuesday", "2024-06-29", "past", "2024-06-25", "2024-06-25", "day")


def test_part_of_day_before_named_day():
    check("late yesterday", "2024-06-29", "past", "2024-06-28", "2024-06-28", "day")


def test_timeml_values_of_periods_inside_a_year_and_vague_references():
    from dossier.evaluate.dates import timeml_value

    def tv(text, published, tense=None):
        return timeml_value(normalise(text, published, tense), published)

    # "Earlier this year the board met." (2021-11-03): a part of the year is written as the year.
    assert tv("earlier this year", "2021-11-03", "past") == "2021"
    assert tv("later this year", "2021-11-03", "future") == "2021"
    assert tv("previously", "2021-11-03", "past") == "PAST_REF"
    assert tv("these days", "2021-11-03") == "PRESENT_REF"
    assert tv("soon", "2021-11-03", "future") == "FUTURE_REF"
    assert tv("the year-ago quarter", "2021-11-03", "past") == "2020-Q3"


@pytest.mark.parametrize("phrase, loose", [
    ("in recent days", True), ("over the next few months", True), ("recently", True), ("soon", True),
    ("now", False), ("this week", False), ("the weekend", False), ("the past month", False), ("Tuesday", False),
])
def test_an_indefinite_phrase_is_a_vague_window(phrase, loose):
    from dossier.time.normalise import vague_window
    assert vague_window(normalise(phrase, "2024-06-19", "past")) is loose
