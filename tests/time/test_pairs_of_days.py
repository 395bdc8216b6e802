"""Two days named from the article's own, joined in their order ("yesterday and today", "today and tomorrow"), are
one span of days, as "Monday and Tuesday" is. Sentences written for these tests; the article is of Tuesday
24 March 1987."""

import pytest


def _values(nlp, text, published="1987-03-24"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, span", [
    ("Kenyan and Ugandan envoys met yesterday and today in Nairobi.", "yesterday and today",
     ("1987-03-23", "1987-03-24")),
    ("The two ministers will meet today and tomorrow in Kampala.", "today and tomorrow",
     ("1987-03-24", "1987-03-25")),
])
def test_a_pair_of_days_is_one_span(nlp, text, phrase, span):
    assert _values(nlp, text) == {phrase: span}


def test_a_day_alone_stays_one_day(nlp):
    assert _values(nlp, "Kenyan and Ugandan envoys met yesterday in Nairobi.") == {
        "yesterday": ("1987-03-23", "1987-03-23")}
