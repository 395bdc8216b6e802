"""The time told in the phrase of a later act ("ahead of a vote on the new charter in June", "in the run-up to talks
with the unions in June", "ahead of a meeting with Chile's leader on Friday") is that act's, not read in the tense of
the act told before it: the nearest reading, as for "ahead of the June vote" (time/tense._later_act). Not a time
in the phrase of an act told as before the act ("after a vote … in June"), nor one on the verb."""

import pytest


def _starts(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text", [
    "Bolivian police arrested 40 activists ahead of a vote on the new charter in June.",
    "Bolivian police detained dozens of students in the run-up to talks with the unions in June.",
])
def test_a_month_in_a_later_acts_phrase_is_not_read_in_the_past(nlp, text):
    # read in March: the June to come, the nearer one, not last year's
    assert _starts(nlp, text, "2024-03-02")["June"] == "2024-06"


def test_a_weekday_in_a_later_meetings_phrase_is_the_nearest(nlp):
    text = "Peru's president flew to Santiago ahead of a meeting with Chile's leader on Friday."
    assert _starts(nlp, text, "2024-06-05")["Friday"] == "2024-06-07"  # a Wednesday: this Friday, not last


@pytest.mark.parametrize("text, month", [
    ("Bolivian police arrested 40 activists after a vote on the new charter in June.", "2023-06"),
    ("Bolivian police arrested 40 activists in June.", "2023-06"),
])
def test_a_time_of_an_act_told_first_keeps_the_past(nlp, text, month):
    assert _starts(nlp, text, "2024-03-02")["June"] == month
