"""Reporting periods, vague references and spoken years: each rule with a sentence of our own and its article date."""

from __future__ import annotations

from dossier.time import normalise


def span(text, published, tense=None):
    value = normalise(text, published, tense)
    return (value.start, value.end, value.precision) if value is not None else None


# Quarters. A results story dated in early November is about the quarter that closed in September.

def test_bare_quarter_is_the_latest_closed_one():
    # "The retailer lost money in the quarter, it said." (article of 2021-11-03)
    assert span("the quarter", "2021-11-03", "past") == ("2021-07", "2021-09", "month")


def test_latest_quarter_and_latest_period():
    assert span("the latest quarter", "2021-02-10", "past") == ("2020-10", "2020-12", "month")
    assert span("the latest period", "2021-11-03", "past") == ("2021-07", "2021-09", "month")


def test_bare_period_is_not_a_quarter():
    assert span("the period", "2021-11-03", "past") is None


def test_year_ago_quarter_is_the_same_quarter_a_year_back():
    # "Sales rose from the year-earlier quarter." (2021-11-03)
    assert span("the year-earlier quarter", "2021-11-03", "past") == ("2020-07", "2020-09", "month")
    assert span("the comparable year-ago period", "2021-11-03", "past") == ("2020-07", "2020-09", "month")
    assert span("the corresponding period last year", "2021-11-03", None) == ("2020-07", "2020-09", "month")
    assert span("the quarter a year earlier", "2021-11-03", "past") == ("2020-07", "2020-09", "month")


def test_quarter_owned_by_a_year():
    assert span("this year's second quarter", "2021-11-03", "past") == ("2021-04", "2021-06", "month")
    assert span("next year's first quarter", "2021-11-03", "future") == ("2022-01", "2022-03", "month")
    assert span("last year's quarter", "2021-11-03", "past") == ("2020-07", "2020-09", "month")
    assert span("the 2019 quarter", "2021-11-03", "past") == ("2019-07", "2019-09", "month")
    assert span("the 2019 third quarter", "2021-11-03", "past") == ("2019-07", "2019-09", "month")


def test_fiscal_and_possessive_quarters_keep_their_number():
    assert span("the fiscal first quarter", "2021-11-03", "past") == ("2021-01", "2021-03", "month")
    assert span("its fourth quarter", "2022-02-01", "past") == ("2021-10", "2021-12", "month")
    assert span("fiscal second-quarter", "2021-11-03", "past") == ("2021-04", "2021-06", "month")


def test_quarter_just_closed_is_this_years_in_the_future_tense():
    # "The chain expects to post a third-quarter loss." (2021-10-20): results for the quarter that just ended.
    assert span("third-quarter", "2021-10-20", "future") == ("2021-07", "2021-09", "month")
    # A quarter long gone is next year's: "The plant will open in the first quarter." (2021-10-20)
    assert span("the first quarter", "2021-10-20", "future") == ("2022-01", "2022-03", "month")


# The year of the article, and counting back from it.

def test_the_year_and_the_fiscal_year_are_the_articles():
    # "Profit for the full year should top forecasts." (2021-11-03)
    assert span("the full year", "2021-11-03", "future") == ("2021", "2021", "year")
    assert span("the current fiscal year", "2021-11-03", "future") == ("2021", "2021", "year")


def test_end_of_the_year():
    # "The merger should close by the end of the year." (2021-11-03)
    assert span("the end of the year", "2021-11-03", "future") == ("2021-09", "2021-12", "vague")


def test_hedged_ago_and_a_year_earlier():
    # "The dam burst nearly four years ago." / "Revenue was lower a year earlier." (2021-11-03)
    assert span("nearly four years ago", "2021-11-03", "past") == ("2017", "2017", "year")
    assert span("a year earlier", "2021-11-03", "past") == ("2020", "2020", "year")
    assert span("a week or so ago", "2021-11-03", "past") == ("2021-10-25", "2021-10-31", "vague")


# Vague references: TimeML's PAST_REF, PRESENT_REF and FUTURE_REF, bounded by the lexicon's windows.

def test_vague_past_present_future():
    # "Previously the mill made paper." / "Right now the roads are closed." / "The vote will come soon." (2021-11-03)
    assert span("previously", "2021-11-03", "past") == ("2016-11-03", "2021-11-03", "vague")
    assert span("right now", "2021-11-03", None) == ("2021-11-03", "2021-11-03", "vague")
    assert span("soon", "2021-11-03", "future") == ("2021-11-03", "2022-02-03", "vague")
    assert span("the near term", "2021-11-03", None) == ("2021-11-03", "2022-11-03", "vague")


# Years said aloud, and months or days named without a year or a tense.

def test_spoken_years():
    # A broadcast transcript: "The plant closed in nineteen eighty-two." (1998-03-02)
    assert span("nineteen eighty-two", "1998-03-02", "past") == ("1982", "1982", "year")
    assert span("by the year two thousand", "1998-03-02", "future") == ("2000", "2000", "year")
    assert span("March nineteen ninety-seven", "1998-03-02", None) == ("1997-03", "1997-03", "month")
    assert span("two thousand and four", "1998-03-02", None) == ("2004", "2004", "year")


def test_month_without_year_or_tense_is_the_nearest():
    # "The dividend is payable in January." (2021-11-03): nearer next January than last.
    assert span("January", "2021-11-03", None) == ("2022-01", "2022-01", "month")
    assert span("Jan. 4", "2021-11-03", None) == ("2022-01-04", "2022-01-04", "day")
    # "Snow fell in October" read in early January: last October.
    assert span("October", "2022-01-08", None) == ("2021-10", "2021-10", "month")
    assert span("May", "2022-01-08", None) == ("2022-05", "2022-05", "month")
