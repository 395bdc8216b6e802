"""A plan told in the past ("had planned to meet on Friday", "were scheduled to vote on Friday", "the ruling was
expected on Friday") tells an act whose day may lie either side of the article: the nearest such day, as "planned
to meet on Friday" already was. A plan verb in the present passive with a time of its own ("a second visit is
planned for August", "talks are scheduled for Tuesday") is still to come, whatever the tense of the clause before
it. Sentences written for these tests; the article is of Saturday 15 June 2024 unless said."""

import pytest


def _starts(nlp, text, published="2024-06-15"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text", [
    "Kenya and Uganda had planned to hold talks in Nairobi on Friday.",
    "The two foreign ministers were scheduled to meet in Nairobi on Friday.",
    "The court had been expected to rule on Friday.",
    "The ruling was expected on Friday.",
    "Kenya and Uganda were due to sign a border accord on Friday.",
    "The minister was to visit Uganda on Friday.",
    "The minister had been due to visit Uganda on Friday.",
])
def test_a_plan_told_in_the_past_takes_the_nearest_day(nlp, text):
    assert _starts(nlp, text)["Friday"] == "2024-06-14"  # yesterday, not the Friday after


def test_the_nearest_day_of_a_plan_told_in_the_past_may_be_still_to_come(nlp):
    # read on a Wednesday, the nearest Friday is two days on
    assert _starts(nlp, "The two foreign ministers were scheduled to meet in Nairobi on Friday.",
                   "2024-06-12")["Friday"] == "2024-06-14"


@pytest.mark.parametrize("text", [
    "The two foreign ministers are scheduled to meet in Nairobi on Friday.",
    "The two foreign ministers have been scheduled to meet in Nairobi on Friday.",  # present perfect: a plan
    "Kenya and Uganda are due to sign a border accord on Friday.",
])
def test_a_plan_told_in_the_present_is_still_to_come(nlp, text):
    assert _starts(nlp, text)["Friday"] == "2024-06-21"


@pytest.mark.parametrize("text, month", [
    ("The visit had been postponed twice, and a second visit is planned for August.", "2024-08"),
    ("The first round was held in Nairobi, and talks are scheduled for March.", "2025-03"),
])
def test_a_plan_in_the_present_passive_is_not_read_in_the_past_of_its_sentence(nlp, text, month):
    assert _starts(nlp, text)[text.split()[-1].rstrip(".")] == month


@pytest.mark.parametrize("text, month", [
    ("The visit had been postponed twice, and the talks were held in August.", "2023-08"),
    ("The first round was held in Nairobi, and a second round was set up in March.", "2024-03"),
])
def test_acts_told_done_keep_the_past(nlp, text, month):
    assert _starts(nlp, text)[text.split()[-1].rstrip(".")] == month
