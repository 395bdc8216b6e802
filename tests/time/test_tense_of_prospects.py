"""An act "be" + an adjective of prospect ("likely", "unlikely", "due", "poised") tells with an infinitive is still
to come when the "be" is in the present, whatever the tense of the saying after it; told with "would" or in the
past, its day may lie either side of the article, the nearest one. Sentences written for these tests; the article
is of Tuesday 24 March 1987."""

import pytest


def _starts(nlp, text, published="1987-03-24"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text", [
    "The central bank is unlikely to cut its rates at its board meeting on Thursday, dealers said.",
    "Kenya and Uganda are likely to sign the border accord on Thursday, diplomats said.",
    "The central bank would be unlikely to cut its rates on Thursday, dealers said.",
])
def test_a_prospect_in_the_present_or_with_would_is_the_coming_day(nlp, text):
    assert _starts(nlp, text)["Thursday"] == "1987-03-26"  # two days on, not five days back


def test_a_prospect_told_in_the_past_takes_the_nearest_day(nlp):
    # read on a Tuesday, the nearest Saturday is three days back
    assert _starts(nlp, "The ministers were likely to sign the accord on Saturday, diplomats said.")[
        "Saturday"] == "1987-03-21"


def test_a_done_act_told_in_the_past_keeps_the_day_before(nlp):
    assert _starts(nlp, "The central bank cut its rates at its board meeting on Thursday, dealers said.")[
        "Thursday"] == "1987-03-19"
