"""A month or day in the phrase of a noun told as planned ("the planned visit of the premier in October", "the
slated talks with Peru in September") is the plan's time, which the sentence's past verbs do not put in the past:
read as the nearest such month. Sentences written for these tests; the article is of Wednesday 26 August 1998."""

import pytest


def _starts(nlp, text, published="1998-08-26"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("The envoy said the two sides had discussed the planned visit of the Ghanaian premier in October.", "October",
     "1998-10"),
    ("Aides said they had been preparing for the slated visit of Trade Minister Ruth Okafor in September.",
     "September", "1998-09"),
])
def test_the_month_of_a_planned_visit_is_the_nearest(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


def test_a_month_of_a_visit_told_as_done_stays_in_the_past(nlp):
    assert _starts(nlp, "The envoy said the two sides had discussed the visit of the Ghanaian premier in October."
                   )["October"] == "1997-10"
