"""A day of a month after "last", "next", "this" or "coming" ("last October 12", "next Feb. 3"): the latest such
day before the article's, the first one after it, or the one in the article's year (time/rules.month_day_named).
Read as nothing before: the phrase matched no rule and the act it dated was left undated."""

import pytest

from dossier.time import normalise


@pytest.mark.parametrize("text, published, day", [
    ("last October 12", "1991-04-02", "1990-10-12"),  # the month is still to come this year: the year before
    ("last Feb. 3", "1991-04-02", "1991-02-03"),  # already past this year
    ("last April 2", "1991-04-02", "1990-04-02"),  # the article's own day is not "last"
    ("next Feb. 3", "1991-04-02", "1992-02-03"),
    ("next August 30", "1991-04-02", "1991-08-30"),
    ("coming January 9", "1991-12-20", "1992-01-09"),
    ("this July 14", "1991-04-02", "1991-07-14"),
])
def test_a_named_month_day_counted_from_the_article(text, published, day):
    value = normalise(text, published, "past")
    assert (value.start, value.end, value.precision) == (day, day, "day")

