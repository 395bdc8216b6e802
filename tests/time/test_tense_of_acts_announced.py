"""A day named in a "would" clause that a verb of saying in the past reports, where the sentence gives the saying no
time of its own (or only "today"), is the coming one: the act is announced as still to come when the story is
written. A saying dated earlier keeps the nearest day (the act may lie either side of the article), and a month keeps
its nearest reading. Sentences written for these tests; the article is of Saturday 15 June 2024 unless said."""

import pytest


def _starts(nlp, text, published="2024-06-15"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text", [
    "Kenya said the talks with Uganda would open in Nairobi on Friday.",
    "Officials said today the two ministers would meet in Nairobi on Friday.",
    "The ministry told reporters the envoy would leave Kampala on Friday.",
])
def test_a_day_of_an_act_announced_is_the_coming_one(nlp, text):
    assert _starts(nlp, text)["Friday"] == "2024-06-21"  # not yesterday, the nearest Friday


@pytest.mark.parametrize("text", [
    "Kenya said on Wednesday the talks with Uganda would open in Nairobi on Friday.",
    "Kenya said last week that the two ministers would meet in Nairobi on Friday.",
])
def test_a_saying_dated_before_keeps_the_nearest_day(nlp, text):
    assert _starts(nlp, text)["Friday"] == "2024-06-14"


def test_a_month_of_an_act_announced_keeps_its_nearest_reading(nlp):
    assert _starts(nlp, "Kenya said the accord would be signed in May.")["May"] == "2024-05"


def test_the_article_s_own_weekday_is_its_day(nlp):
    assert _starts(nlp, "Forecasters said the storm would close the roads into Nairobi on Saturday.")["Saturday"] \
        == "2024-06-15"
