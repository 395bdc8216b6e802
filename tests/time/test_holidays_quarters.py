"""Holidays, weekends, part-decades and 'a year ago' in a quarter's results sentence."""

from dossier.evaluate.dates import gold_value, timeml_value
from dossier.time.normalise import normalise


def _span(text, published, tense=None, sentence=None):
    v = normalise(text, published, tense, sentence)
    return (v.start, v.end) if v else None


def test_holiday_past_and_future():
    # Thanksgiving 2011 fell on 24 November; election day 2012 on 6 November (Tuesday after 5 November)
    assert _span("Thanksgiving", "2012-01-10", "past") == ("2011-11-24", "2011-11-24")
    assert _span("Election Day", "2012-10-01", "future") == ("2012-11-06", "2012-11-06")
    assert _span("last Christmas", "2013-02-02", "past") == ("2012-12-25", "2012-12-25")
    assert _span("Easter Monday", "2016-03-01", None) == ("2016-03-28", "2016-03-28")


def test_weekend_and_its_timeml_value():
    # article on Tuesday 12 March 2013: the weekend just gone is 9-10 March
    v = normalise("the weekend", "2013-03-12", "past")
    assert (v.start, v.end) == ("2013-03-09", "2013-03-10")
    assert timeml_value(v, "2013-03-12") == "2013-W10-WE"
    assert _span("next weekend", "2013-03-12") == ("2013-03-16", "2013-03-17")


def test_year_ago_in_a_quarter_sentence_is_that_quarter_a_year_back():
    said = "The retailer's second-quarter profit doubled from a year ago, it said."
    assert _span("a year ago", "2007-08-01", "past", said) == ("2006-04", "2006-06")
    assert _span("a year ago", "2007-08-01", "past", "She joined the board a year ago.") == ("2006", "2006")


def test_part_of_a_decade_and_gold_spellings():
    assert timeml_value(normalise("the late 1970s", "2001-05-05"), "2001-05-05") == "197"
    assert timeml_value(normalise("fiscal 1995", "1996-01-01"), "1996-01-01") == "1995"
    assert gold_value("2003-W5") == "2003-W05" and gold_value("184X") == "184"
