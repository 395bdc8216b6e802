"""A part of a day named from a day told before ("later that evening", "the following morning", "that same night"),
which the model labels TIME or leaves out, is read against that day (time/patterns TOLD_PART, time/anaphora.py);
with no day told before it, it is no time at all (never the article's day)."""

from __future__ import annotations

import pytest

from tests.time.test_component import timexes


@pytest.mark.parametrize("text, phrase, day", [
    ("Gunmen seized the mayor in Tarija on Friday, June 7. Later that evening, the kidnappers phoned his wife.",
     "Later that evening", "2019-06-07"),
    ("Gunmen seized the mayor in Tarija on Friday, June 7. The following morning, soldiers sealed the roads.",
     "The following morning", "2019-06-08"),
    ("The council voted on Tuesday to close the mine. That same night, miners blocked the highway.",
     "That same night", "2019-11-19"),
])
def test_a_part_of_a_day_told_before_is_read_against_that_day(nlp, text, phrase, day):
    found = [t for t in timexes(nlp, text, "2019-11-20") if t.text == phrase]
    assert [t.value.start for t in found] == [day], [t.text for t in timexes(nlp, text, "2019-11-20")]


def test_with_no_day_told_before_it_is_no_time(nlp):
    found = timexes(nlp, "That night, miners blocked the highway to the port.", "2019-11-20")
    assert found == []
