"""The time of an act another is told as done before ("ahead of the June vote", "before Tuesday's election") is not
read in the tense of the act before it: the later act may lie either side of the article (the nearest reading),
and one called scheduled or planned is still to come."""

import pytest


def _starts(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, month", [
    # told in the past, read in March: the June of this year, not of the last (as "arrested in June" would be)
    ("Bolivian police arrested 40 activists ahead of the June vote.", "2024-06"),
    # called scheduled: still to come, whatever the tense of the act before it
    ("Bolivian police arrested 40 activists ahead of the scheduled June vote.", "2024-06"),
    ("Bolivian police arrested 40 activists before June.", "2024-06"),
])
def test_a_later_act_is_not_read_in_the_past_of_the_act_before_it(nlp, text, month):
    assert _starts(nlp, text, "2024-03-02")["June"] == month


def test_a_later_act_told_days_ago_is_still_found_in_the_past(nlp):
    # the vote was last Tuesday, two days before the article; nearest reading
    found = _starts(nlp, "Bolivian police arrested 40 activists ahead of Tuesday's vote.", "2024-12-12")
    assert found["Tuesday"] == "2024-12-10"


@pytest.mark.parametrize("text, month", [
    ("Bolivian police arrested 40 activists in June.", "2023-06"),  # no later act: the past tense holds
    ("Bolivian police arrested 40 activists after the June vote.", "2023-06"),  # after: the vote came first
])
def test_a_time_not_put_after_the_act_keeps_the_past(nlp, text, month):
    assert _starts(nlp, text, "2024-03-02")["June"] == month
