"""Times counted from a time told before in the article ("the previous day", "two days later"), in sentences
written for these tests."""

import pytest

from dossier.model import DateValue
from dossier.time.anaphora import counted, fits, resolve


@pytest.mark.parametrize("phrase, shape", [
    ("the previous day", ("day", -1)), ("The next day", ("day", 1)), ("the day before", ("day", -1)),
    ("a day earlier", ("day", -1)), ("Two days later", ("day", 2)), ("that day", ("day", 0)),
    ("on the same day", ("day", 0)), ("Earlier that day", ("day", 0)), ("the night before", ("day", -1)),
    ("The following week", ("week", 1)), ("later that month", ("month", 0)), ("three years earlier", ("year", -3)),
])
def test_phrases_counted_from_a_time_told_before(phrase, shape):
    assert counted(phrase) == shape


@pytest.mark.parametrize("phrase", ["next week", "last week", "a year ago", "yesterday", "the day", "Monday"])
def test_phrases_counted_from_the_article_date_are_not(phrase):
    assert counted(phrase) is None


def test_a_day_counts_only_from_a_single_day():
    monday = DateValue(start="2024-06-24", end="2024-06-24", precision="day")
    june = DateValue(start="2024-06", end="2024-06", precision="month")
    assert fits(monday, "day") and not fits(june, "day") and fits(june, "month")
    assert resolve("day", -1, monday).start == "2024-06-23"
    assert (resolve("week", 1, monday).start, resolve("week", 1, monday).end) == ("2024-07-01", "2024-07-07")
    assert resolve("month", 1, june).start == "2024-07"


def _timexes(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return {t.text: (t.value.start, t.value.end) for t in doc._.timexes}


@pytest.fixture(scope="module")
def nlp():
    from dossier.nlp import loader
    return loader.load()


def test_the_previous_day_counts_from_the_day_told_before(nlp):
    found = _timexes(nlp, "Ghana's army retook the town on Thursday. The previous day, gunmen had burned its market.",
                     "2024-03-09")
    assert found["The previous day"] == ("2024-03-06", "2024-03-06")


def test_days_later_count_from_the_day_told_before_not_the_article(nlp):
    found = _timexes(nlp, "The two leaders spoke by phone on March 2. Three days later, Ghana recalled its envoy.",
                     "2024-03-20")
    assert found["Three days later"] == ("2024-03-05", "2024-03-05")


def test_without_a_day_told_before_a_day_earlier_counts_from_the_article(nlp):
    found = _timexes(nlp, "Gunmen burned a market a day earlier, the army said.", "2024-03-09")
    assert found["a day earlier"] == ("2024-03-08", "2024-03-08")


def test_the_day_before_a_named_occasion_is_not_counted_from_the_time_before(nlp):
    found = _timexes(nlp, "Talks opened on Monday. Togo shut its border the day before the vote.", "2024-03-09")
    assert ("2024-03-03", "2024-03-03") not in found.values()
