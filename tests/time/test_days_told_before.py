"""A day or a week named from a time told before ("later that day", "the following day", "the day before", "that
same week"), which the model often leaves out, is read against that time (time/patterns TOLD_PART,
time/anaphora.py); with no time told before it, it is no time at all (never the article's day), and "the day before
the vote" counts from the vote, not from a time told before."""

from __future__ import annotations

import pytest

from tests.time.test_component import timexes


@pytest.mark.parametrize("text, phrase, day", [
    ("The cabinet met in Lusaka on Wednesday, May 8. Zambia shut its border with Congo later that day.",
     "later that day", "2019-05-08"),
    ("Rebels shelled the airport on Sunday, March 3. The following day the army took back the runway.",
     "The following day", "2019-03-04"),
    ("The talks broke down on Friday, October 4. The envoys had quarrelled over the maps the day before.",
     "the day before", "2019-10-03"),
    ("The assembly voted on Thursday, June 6. The day after, Rwanda closed its border with Uganda.",
     "The day after", "2019-06-07"),
    ("The assembly voted on Thursday, June 6. The following week Rwanda closed its border.",
     "The following week", "2019-06-10"),
])
def test_a_day_told_before_is_read_against_that_day(nlp, text, phrase, day):
    found = [t for t in timexes(nlp, text, "2019-11-20") if t.text == phrase]
    assert [t.value.start for t in found] == [day], [t.text for t in timexes(nlp, text, "2019-11-20")]


@pytest.mark.parametrize("text", [
    "Zambia shut its border with Congo later that day, the police said.",
    "The envoys had quarrelled over the maps the day before, aides said.",
])
def test_with_no_time_told_before_it_is_no_time(nlp, text):
    assert timexes(nlp, text, "2019-11-20") == []


def test_the_day_before_a_named_occasion_is_not_counted_from_a_time_told_before(nlp):
    text = "The talks broke down on Friday, October 4. The envoys had quarrelled the day before the vote."
    assert [t.text for t in timexes(nlp, text, "2019-11-20") if "day before" in t.text] == []
