"""Bare numbers the tagger may take for dates that name no time (time/numbers.py): one or two digits alone, a count
of people or of a unit, the "of" phrase of a noun that counts, the number opening a street address, an hour before
a time zone. Years told plainly stay years."""

from __future__ import annotations

import pytest


def _texts(nlp, text: str, published: str = "2024-06-12") -> list[str]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return [t.text for t in nlp(doc)._.timexes]


@pytest.mark.parametrize("text", [
    "The two teams had a total score of 2072 in the final.",
    "The card earned a score of 1850 in the benchmark test.",
    "Police said 2000 soldiers crossed the border.",
    "He was 38.",
    "She said she was 17 when she left home.",
    "Medicare begins at 65 for most people.",
    "Officers arrested a man who lives at 2134 Caldwell Place.",
    "The figures are due to be released at 1630 EST.",
    "Trading closes at 2130 GMT in the city.",
])
def test_a_number_that_names_no_time_is_no_date(nlp, text):
    assert _texts(nlp, text) == []


@pytest.mark.parametrize("text, day", [
    ("The suspect, of 1119 Eighth St., was charged on Monday.", "Monday"),
    ("The offer will expire at 1700 EST/2200 GMT on Friday.", "Friday"),
])
def test_an_address_or_an_hour_leaves_the_day_of_the_sentence(nlp, text, day):
    assert _texts(nlp, text) == [day]


@pytest.mark.parametrize("text, phrase", [
    ("Britain and the United States fought the war of 1812.", "1812"),
    ("She graduated with the class of 2020.", "2020"),
    ("The talks collapsed in 1998.", "1998"),
    ("Emissions fell below 1990 levels.", "1990"),
    ("The 2016 election divided the country.", "2016"),
    ("In 1998 Park Avenue was closed to traffic.", "1998"),
    ("The treaty of 1648 ended the war.", "1648"),
    ("The expedition of 1957-58 crossed Antarctica.", "1957-58"),
    ("The summit was held on April 24 and 25.", "April 24 and 25"),
])
def test_years_and_days_told_plainly_stay(nlp, text, phrase):
    assert phrase in _texts(nlp, text)
