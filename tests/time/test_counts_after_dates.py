"""A wire puts the day between the verb and its object ("shelled on Thursday 14 villages"), and the recogniser reads
the day and the count as one date ("Thursday 14": the 14th month to the time stage). A number that closes a date
after a day's name or after a month's day and counts the plural noun after it (or opens an amount) is cut off the
date and labelled a count; a day after its month, a year, a number before a month or before no noun stay in the
date. Sentences written for these tests; the article is of Wednesday 1 April 1987."""

import pytest
from spacy.tokens import Span

from dossier.time import dashes


@pytest.fixture(scope="module")
def nlp(dash_nlp):
    return dash_nlp


def _cut(nlp, text, first, last):
    """The entities after the component, of a DATE entity from the word `first` to the word `last` (as the
    recogniser may make it), the sentence parsed by the model."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i >= start) + 1
    doc.ents = [Span(doc, start, end, label="DATE")]
    return [(e.text, e.label_) for e in dashes.cut_dash_dates(doc).ents]


@pytest.mark.parametrize("text, first, last, date, count", [
    ("The rebels shelled on Thursday 14 villages along the river.", "Thursday", "14", "Thursday", "14"),
    ("Customs seized on Monday 30 tonnes of ivory at the port.", "Monday", "30", "Monday", "30"),
    ("The ministry said on Friday 9 Chilean fishermen were missing.", "Friday", "9", "Friday", "9"),
    ("The coast guard sent on Sunday 4 patrol boats to the reef.", "Sunday", "4", "Sunday", "4"),
    ("The army moved on June 2 15 armoured columns to the frontier.", "June", "15", "June 2", "15"),
    ("The treasury placed on May 20 30 mln dlrs of notes with banks.", "May", "30", "May 20", "30"),
])
def test_a_count_run_into_a_date_is_cut_off(nlp, text, first, last, date, count):
    assert _cut(nlp, text, first, last) == [(date, "DATE"), (count, "CARDINAL")]


@pytest.mark.parametrize("text, first, last", [
    ("The summit opens on Thursday 14 May in Vienna.", "Thursday", "May"),
    ("The summit opens on Thursday 14 in Vienna.", "Thursday", "14"),
    ("On June 14 delegates flew to Vienna.", "June", "14"),
    ("On June 2 1986 exports rose sharply.", "June", "1986"),
    ("The strike ended on Monday 12 days after the vote.", "Monday", "days"),
])
def test_a_date_with_no_count_after_it_stays_whole(nlp, text, first, last):
    doc = nlp(text)
    whole = doc[next(t.i for t in doc if t.text == first): next(t.i for t in doc if t.text == last) + 1].text
    assert _cut(nlp, text, first, last) == [(whole, "DATE")]


def _values(nlp, text, published="1987-04-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}


def test_the_day_before_a_count_is_read_in_the_pipeline(nlp):
    assert _values(nlp, "Guerrillas freed on Monday 25 hostages near the border.") == {
        "Monday": ("1987-03-30", "1987-03-30")}
    assert _values(nlp, "The ministry said on Friday 9 Chilean fishermen were missing.") == {
        "Friday": ("1987-03-27", "1987-03-27")}
    assert _values(nlp, "The army moved on June 2 15 armoured columns to the frontier.") == {
        "June 2": ("1986-06-02", "1986-06-02")}  # moved: the last June 2
    assert _values(nlp, "The summit opens on Thursday 14 May in Vienna.") == {
        "Thursday 14 May": ("1987-05-14", "1987-05-14")}
