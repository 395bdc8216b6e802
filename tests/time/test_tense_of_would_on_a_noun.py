"""A "would" in a clause on a noun ("an assurance that more grain would be released in May", "the grain that
would be released in May") is a future seen from a moment of the story, as one in a complement clause ("said the
grain would be released in May") is: its time lies on either side of the article, the nearest. Sentences written
for these tests; the article is of Wednesday 1 April 1987."""

import pytest


def _starts(nlp, text, published="1987-04-01"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text", [
    "The ministry said the board had given an assurance that more barley would be sold abroad in May.",
    "The board had promised that more barley would be sold abroad in May.",
])
def test_a_would_clause_takes_the_nearest_month(nlp, text):
    assert _starts(nlp, text)["May"] == "1987-05"  # the coming May, not the one of 1986


def test_a_time_told_in_the_past_stays_past(nlp):
    assert _starts(nlp, "The board sold more barley abroad in May.")["May"] == "1986-05"


def test_a_would_have_on_a_noun_stays_past(nlp):
    text = "Officials said the plan, which would have banned all sales abroad in May, was dropped."
    assert _starts(nlp, text)["May"] == "1986-05"
