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


@pytest.mark.parametrize("text, phrase, value", [
    ("Kenya shut its border with Somalia on Monday. At that time, officials said the closure was temporary.",
     "that time", ("2024-03-04", "2024-03-04")),
    ("Mali's president accused Niger yesterday of arming rebels. His envoy said Niger had chosen this time to "
     "make the charges.", "this time", ("2024-03-08", "2024-03-08")),
    ("Chad's army crossed into Sudan in February. Sudan's leader was abroad at that moment.", "that moment",
     ("2024-02", "2024-02")),
])
def test_a_time_a_demonstrative_names_again_is_the_time_told_before(nlp, text, phrase, value):
    assert _timexes(nlp, text, "2024-03-09")[phrase] == value


@pytest.mark.parametrize("text", [
    "Ghana protested on Monday. This time, Ghana recalled its envoy.",  # this occasion, against others
    "Kenya closed the border on Monday. It said it had no plans to reopen it at this time.",  # now
    "Exports fell on Monday. Demand is weak for this time of year, traders said.",
    "Kenya shut the border on Monday. Nothing was said until that time.",  # a bound, not the time
    "At that time, officials said the closure was temporary.",  # no time told before: not the article's date
    # the time it names is told in its own sentence, there to date its acts already
    "Kenya shut the border on Monday. Talks broke down in January, with no progress made at that time.",
    # the time told last is a forecast after the article's day, not a time an act was told at
    "Kenya's minister said the line would be finished by 2030. He said at that time the cost would be shared.",
])
def test_a_demonstrative_time_that_names_no_time_told_before_is_no_time(nlp, text):
    found = _timexes(nlp, text, "2024-03-09")
    assert not any(k.lower().endswith(("this time", "that time")) for k in found)
