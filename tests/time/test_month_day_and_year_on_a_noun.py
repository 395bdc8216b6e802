"""A month, day and year written before a noun ("the October 3, 1990 reunification") keep their year, also where
the model labels the phrase an EVENT and leaves it out of its dates (time/patterns MONTH_DAY); a month and day
alone are still read against the article's date."""

from __future__ import annotations

import pytest

from tests.time.test_component import only


@pytest.mark.parametrize("text, phrase, day", [
    ("Ten years after the October 3, 1990 reunification, Bonn still paid for the east.", "October 3", "1990-10-03"),
    ("Rebels shelled the town again, months after the June 12, 2008 ceasefire was signed.", "June 12", "2008-06-12"),
    ("The pact dates from the Feb. 9, 1997, accord between the two ports.", "Feb. 9", "1997-02-09"),
])
def test_a_written_year_is_kept_before_a_noun(nlp, text, phrase, day):
    assert only(nlp, text, "2019-11-20", phrase).value.start == day


def test_a_month_and_day_alone_before_a_noun_take_the_article_s_year(nlp):
    t = only(nlp, "Officials met after the September 14 vote in the assembly.", "2019-11-20", "September 14")
    assert t.value.start == "2019-09-14"
