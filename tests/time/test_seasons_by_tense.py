"""A season named without a year is anchored by the tense the time stage reads, as a month is: past the latest
begun, future the next to come, no tense of its own (a plan told in the past, a hope) the nearest such season; and
"this", "last" and "next" count a winter from the one begun the December before when the article falls in January
or February. Sentences written for these tests."""

from datetime import date

import pytest

from dossier.time.rules import point


def _start(text, ref, tense):
    return point(text, date.fromisoformat(ref), tense).start


@pytest.mark.parametrize(("text", "ref", "start"), [
    ("the summer", "1987-05-12", "1987-06"),   # in May the summer to come is nearest
    ("the summer", "1987-10-20", "1987-06"),   # in October the summer gone is nearest
    ("the spring", "1987-10-20", "1988-03"),      # as March read in October is next year's
    ("winter", "1987-10-20", "1987-12"),
    ("the autumn", "1987-03-02", "1986-09"),      # a tie of distance takes the one gone
])
def test_a_season_with_no_tense_is_the_nearest(text, ref, start):
    assert _start(text, ref, None) == start


@pytest.mark.parametrize(("text", "ref", "tense", "start"), [
    ("the summer", "1987-05-12", "past", "1986-06"),    # told in the past: the latest begun
    ("the summer", "1987-10-20", "future", "1988-06"),  # told as to come: the next
    ("the spring", "1987-10-20", "past", "1987-03"),
    ("summer 1985", "1987-05-12", None, "1985-06"),     # a year named wins
])
def test_a_season_with_a_tense_or_a_year_keeps_it(text, ref, tense, start):
    assert _start(text, ref, tense) == start


@pytest.mark.parametrize(("text", "ref", "start"), [
    ("this winter", "1987-01-20", "1986-12"),  # the winter the article falls in
    ("this winter", "1987-03-05", "1986-12"),  # just ended
    ("this winter", "1987-10-20", "1987-12"),  # still to come
    ("last winter", "1987-01-20", "1985-12"),  # the one before the winter now
    ("last winter", "1987-05-12", "1986-12"),
    ("next winter", "1987-01-20", "1987-12"),
    ("winter", "1987-02-10", "1986-12"),       # any tense: the winter begun the December before
    ("last summer", "1987-07-10", "1986-06"),
    ("this summer", "1987-10-20", "1987-06"),
])
def test_this_last_and_next_season(text, ref, start):
    for tense in ("past", "future", None):
        assert _start(text, ref, tense) == start


def _starts(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


def test_a_season_a_past_hope_aimed_at_is_the_nearest(nlp):
    text = "The agency promised to sign a supply contract with the mill in the summer, an official said."
    found = _starts(nlp, text, "1987-05-12")
    assert [v for k, v in found.items() if "summer" in k] == ["1987-06"]


def test_a_season_of_a_past_act_stays_gone(nlp):
    text = "The agency signed a supply contract with the mill in the summer, an official said."
    found = _starts(nlp, text, "1987-05-12")
    assert [v for k, v in found.items() if "summer" in k] == ["1986-06"]


@pytest.mark.parametrize(("text", "ref", "tense", "start"), [
    ("late summer", "1987-10-20", None, "1987-08"),       # the season's last month
    ("early spring", "1987-01-15", "future", "1987-03"),  # its first
    ("mid-winter", "1987-10-20", "future", "1988-01"),    # its middle, in the year the winter runs into
    ("late last summer", "1987-03-20", None, "1986-08"),
    ("the end of the summer", "1987-05-12", "past", "1986-08"),
])
def test_a_part_of_a_season_is_its_month(text, ref, tense, start):
    value = point(text, date.fromisoformat(ref), tense)
    assert (value.start, value.end) == (start, start)


@pytest.mark.parametrize("text", ["late this year", "early may", "late last week"])
def test_parts_of_other_periods_are_not_read_as_seasons(text):
    value = point(text, date(1987, 10, 20), None)
    assert value is not None and value.start != value.end
