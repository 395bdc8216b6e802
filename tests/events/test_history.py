"""Acts a story dates two or more calendar years before itself are history, not its news, and are left out
(events/history.py, pages38). Sentences written for these tests."""

import pytest

from dossier.events.history import is_history
from dossier.model import DateValue, Event


def event(start, end=None):
    return Event(id="e", type="AGREE", date=DateValue(start=start, end=end) if start else None)


@pytest.mark.parametrize("start, end, published, old", [
    ("2011", None, "2019-11-18", True),
    ("2017-06-02", None, "2019-01-03", True),
    # the year before the story is news still ("last year", "in July 2018" on a page of 2019)
    ("2018-07", None, "2019-11-18", False),
    ("2018-01", "2018-12", "2019-01-02", False),
    # a span that ends within a year of the story is not history
    ("2015", "2019-03", "2019-11-18", False),
    # no date, no story date: nothing to judge
    (None, None, "2019-11-18", False),
    ("2011", None, None, False),
])
def test_is_history(start, end, published, old):
    assert is_history(event(start, end), published) is old


# a story of five sentences: the act of its second sentence varies, the others tell no act
STORY = ("Peru accused Chile on Monday of moving troops across their border. {} The border between Peru and "
         "Chile runs through the desert. Chile is a large copper producer. The weather was cold.")


def test_an_act_dated_years_before_the_story_is_left_out(code):
    events, _ = code(STORY.format("The two states signed a border treaty in 2011."), published="2019-11-18")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger, e.date) for e in events]


@pytest.mark.parametrize("sentence", [
    # an act of the year before, or undated, stays
    "The two states signed a border treaty in July 2018.",
    "The two states signed a border treaty.",
])
def test_recent_or_undated_acts_stay(code, sentence):
    events, _ = code(STORY.format(sentence), published="2019-11-18")
    assert sorted(e.type for e in events) == ["ACCUSE", "AGREE"], [(e.type, e.trigger, e.date) for e in events]


@pytest.mark.parametrize("text, published", [
    # a text without a date, and a text shorter than a story (an example, a headline), keep their dated acts
    (STORY.format("The two states signed a border treaty in 2011."), None),
    ("Fredonia and Ruritania signed a border treaty in 2011.", "2019-11-18"),
])
def test_texts_without_a_date_or_a_story_keep_their_history(code, text, published):
    events, _ = code(text, published=published)
    assert "AGREE" in [e.type for e in events]
