"""Parts of a week ("late last week", "early next week", "the end of this week"), "earlier in the month", "this
coming Sunday" and "this past spring": found in a sentence and read against the article's date (a Wednesday,
2024-06-12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.evaluate.dates import timeml_value
from dossier.time import normalise


def span(text, published="2024-06-12", tense="past"):
    value = normalise(text, published, tense)
    return (value.start, value.end) if value is not None else None


@pytest.mark.parametrize("text, days", [
    ("late last week", ("2024-06-06", "2024-06-09")),  # Thursday to Sunday
    ("the end of last week", ("2024-06-06", "2024-06-09")),
    ("early this week", ("2024-06-10", "2024-06-12")),  # Monday to Wednesday
    ("early next week", ("2024-06-17", "2024-06-19")),
    ("the beginning of next week", ("2024-06-17", "2024-06-19")),
    ("late this week", ("2024-06-13", "2024-06-16")),
])
def test_a_part_of_a_week_is_those_days_of_it(text, days):
    assert span(text) == days


def test_parts_of_months_and_years_are_unchanged():
    assert span("late last month") == ("2024-05-21", "2024-05-31")
    assert span("early last year") == ("2023-01", "2023-04")


def test_earlier_and_later_in_the_period_run_to_or_from_the_article_day():
    assert span("earlier in the month") == ("2024-06-01", "2024-06-12")
    assert span("earlier in the year") == ("2024-01-01", "2024-06-12")
    assert span("later in the week", tense="future") == ("2024-06-12", "2024-06-16")


def test_this_coming_and_this_past_name_the_next_and_the_last():
    assert span("this coming Sunday", tense=None) == ("2024-06-16", "2024-06-16")
    assert span("this past Sunday", tense=None) == ("2024-06-09", "2024-06-09")
    assert span("this past spring") == ("2024-03", "2024-05")


def test_the_week_alone_is_no_time():
    assert span("the end of the week") is None


def test_timeml_writes_a_part_of_a_week_as_the_week():
    assert timeml_value(normalise("early this week", "2024-06-12", "past"), "2024-06-12") == "2024-W24"
    assert timeml_value(normalise("late last week", "2024-06-12", "past"), "2024-06-12") == "2024-W23"


def test_a_part_of_a_week_is_found_in_a_sentence(nlp):
    doc = nlp.make_doc("The two ministers met in Nairobi late last week and will meet again early next week.")
    doc._.published = "2024-06-12"
    found = {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}
    assert found == {"late last week": ("2024-06-06", "2024-06-09"),
                     "early next week": ("2024-06-17", "2024-06-19")}
