"""Holidays of lunar and lunisolar calendars (data/movable_holidays.yaml), Orthodox Easter, holidays of several
days, and a one-word holiday read as a time only after a word that makes it one."""

from __future__ import annotations

from dossier.time.normalise import normalise


def _span(text, published, tense=None):
    v = normalise(text, published, tense)
    return (v.start, v.end) if v else None


def test_a_lunar_holiday_takes_the_year_the_article_and_tense_pick():
    # Diwali fell in late October in 2019 and in mid-November in 2020 (the table's days)
    assert _span("Diwali", "2019-11-08", "past") == ("2019-10-26", "2019-10-26")
    assert _span("Diwali", "2020-09-01", "future") == ("2020-11-13", "2020-11-13")
    assert _span("ahead of Diwali", "2019-11-08", "past") == ("2019-10-26", "2019-10-26")


def test_a_holiday_of_several_days_is_read_as_its_days():
    # Ramadan 2019 ran from 6 May to the eve of Eid al-Fitr (4 June); Hanukkah 2019 from 23 to 30 December
    assert _span("during Ramadan", "2019-07-01", "past") == ("2019-05-06", "2019-06-03")
    assert _span("Hanukkah", "2019-12-01", "future") == ("2019-12-23", "2019-12-30")
    # an article written in the middle of the holiday reads it as the one under way
    assert _span("Ramadan", "2019-05-20", None) == ("2019-05-06", "2019-06-03")


def test_a_holiday_with_a_word_for_its_period_and_a_year():
    assert _span("the Lunar New Year holiday", "2021-02-20", "past") == ("2021-02-12", "2021-02-12")
    assert _span("Eid al-Adha 2019", "2020-01-05") == ("2019-08-11", "2019-08-11")
    assert _span("last Passover", "2019-11-01") == ("2019-04-20", "2019-04-27")


def test_orthodox_easter_and_a_year_the_table_does_not_cover():
    assert _span("Orthodox Easter", "2020-03-01", "future") == ("2020-04-19", "2020-04-19")
    assert _span("Diwali 1950", "2019-11-08") is None


def _timexes(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(t.text, t.value.start) for t in nlp(doc)._.timexes]


def test_a_one_word_holiday_after_a_time_word_is_found(nlp):
    found = _timexes(nlp, "The port stayed shut after Passover, and the dockers went back to work.", "2019-05-10")
    assert ("Passover", "2019-04-20") in found


def test_a_name_that_is_no_time_is_left_alone(nlp):
    assert _timexes(nlp, "Professor Ramadan spoke to students in Lyon.", "2019-05-10") == []
    # "the week before Easter" counts from Easter: Easter alone is not the time
    assert not any(text == "Easter" for text, _ in _timexes(nlp, "They met the week before Easter.", "2024-05-16"))
