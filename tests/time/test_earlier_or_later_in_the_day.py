""""Earlier in the day", "later in the day" name the day told just before ("closed the border on Monday. Later in the
day, …": Monday; time/anaphora.py), and with no day told before, the article's day, as "earlier today" does (time
lexicon `days`). "In the day" with no "earlier"/"later" is no time."""

from __future__ import annotations

import pytest

from tests.time.test_component import timexes

PUBLISHED = "2019-11-20"  # a Wednesday


@pytest.mark.parametrize("text, phrase, day", [
    ("Kenya closed the border on Monday. Later in the day, Uganda recalled its ambassador.",
     "Later in the day", "2019-11-18"),
    ("The talks opened in Lima on Friday, June 7. The envoys signed the accord later in the day.",
     "later in the day", "2019-06-07"),
])
def test_a_day_told_before_is_the_day(nlp, text, phrase, day):
    found = [t for t in timexes(nlp, text, PUBLISHED) if t.text == phrase]
    assert [t.value.start for t in found] == [day], [t.text for t in timexes(nlp, text, PUBLISHED)]


@pytest.mark.parametrize("text, phrase", [
    ("Police fired tear gas at the marchers earlier in the day.", "earlier in the day"),
    ("Earlier in the day, the minister rejected the union's demands.", "Earlier in the day"),
])
def test_with_no_day_told_before_it_is_the_article_s_day(nlp, text, phrase):
    found = [t for t in timexes(nlp, text, PUBLISHED) if t.text == phrase]
    assert [(t.value.start, t.value.end) for t in found] == [(PUBLISHED, PUBLISHED)]


def test_in_the_day_alone_is_no_time(nlp):
    assert timexes(nlp, "Farmers in the valley work in the day and guard their herds at night.", PUBLISHED) == []


def test_earlier_in_the_year_is_not_a_year_compared_before(nlp):
    text = "Coffee exports fell from a year ago. Floods had closed the river port earlier in the year."
    found = [t for t in timexes(nlp, text, PUBLISHED) if t.text == "earlier in the year"]
    assert found and all(t.value.start.startswith("2019") for t in found), [(t.text, t.value) for t in found]
