"""A bare weekday that is the article's own weekday is the article's day, whatever the tense (time/rules.py
`weekday`): news names its own day by its weekday, so "the council sits Wednesday" in Wednesday's paper is
that Wednesday, not the next. "next Wednesday" is still a week on and "last Wednesday" a week back, and another
weekday keeps its tense. Sentences written for these tests; the article is of Wednesday 20 November 2019."""

import pytest


def _values(nlp, text, published="2019-11-20"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, word, day", [
    ("The port council meets in open session Wednesday with the ferry operators.", "Wednesday", "2019-11-20"),
    ("The port council will meet in open session Wednesday with the ferry operators.", "Wednesday", "2019-11-20"),
    ("The port council met in open session Wednesday with the ferry operators.", "Wednesday", "2019-11-20"),
    ("The port council will meet in open session next Wednesday with the ferry operators.", "next Wednesday",
     "2019-11-27"),
    ("The port council met in open session last Wednesday with the ferry operators.", "last Wednesday",
     "2019-11-13"),
    ("The port council will meet in open session Friday with the ferry operators.", "Friday", "2019-11-22"),
    ("The port council met in open session Monday with the ferry operators.", "Monday", "2019-11-18"),
])
def test_the_articles_own_weekday_is_its_day(nlp, text, word, day):
    assert _values(nlp, text).get(word) == (day, day)
