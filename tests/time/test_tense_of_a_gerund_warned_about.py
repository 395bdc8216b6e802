"""A gerund a warning or a plea is about or against has no tense of its own and tells an act that may lie either
side of the article: its time is the nearest ("warning people about gathering for Thanksgiving", three days ahead),
not the past another verb of the sentence gives (time/tense._content_gerund). Sentences written for these tests."""

import pytest


def _starts(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("Schools closed last week and officials are warning families about gathering in large groups for Thanksgiving.",
     "Thanksgiving", "2020-11-26"),
    ("A curfew began on Saturday and the mayor cautioned residents against travelling over Christmas.",
     "Christmas", "2020-12-25"),
])
def test_a_holiday_in_a_gerund_warned_about_is_the_nearest(nlp, text, phrase, start):
    assert _starts(nlp, text, "2020-11-23")[phrase] == start


def test_a_holiday_of_a_done_act_keeps_the_past(nlp):
    text = "Schools closed last week and families gathered in large groups for Thanksgiving."
    assert _starts(nlp, text, "2020-12-03")["Thanksgiving"] == "2020-11-26"
