""""today", "yesterday" and "tomorrow" that the recogniser leaves out of every date are times all the same: a wire
often puts the day between the verb and the amount ("will sell tomorrow 150 billion yen"), and the recogniser then
runs the day into the amount or labels nothing. A capitalised word of a name inside a sentence ("USA Today") is no
time. Sentences written for these tests; the article is of Wednesday 1 April 1987."""

import pytest


def _values(nlp, text, published="1987-04-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: (t.value.start, t.value.end) for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, word, day", [
    ("The central bank will sell tomorrow 150 billion yen in short bills to soak up spare cash.", "tomorrow",
     "1987-04-02"),
    ("The Bank of France will inject tomorrow 12 billion francs into the market.", "tomorrow", "1987-04-02"),
    ("The Bank of Canada provided today 300 mln dlrs in help to the market.", "today", "1987-04-01"),
    ("The Bundesbank added today 2.8 billion marks to the money market through a repurchase pact.", "today",
     "1987-04-01"),
])
def test_a_day_before_an_amount_is_a_time(nlp, text, word, day):
    assert _values(nlp, text).get(word) == (day, day)


def test_a_day_after_the_amount_stays_a_time(nlp):
    assert _values(nlp, "The central bank will sell 150 billion yen in short bills tomorrow.").get("tomorrow") == (
        "1987-04-02", "1987-04-02")


def test_a_name_written_with_today_is_no_time(nlp):
    assert not _values(nlp, "The figures were first printed by USA Today and then by two wire services.")
