"""A time in an infinitive of a gathering the parser hangs on the verb before the gathering ("agreed on a conference
to take place in September", "on a meeting to convene in Accra in August") is the gathering's, still to come: the
nearest such month, not the last one the past verb gives; an infinitive of another act ("to discuss the border")
keeps the past. Sentences written for these tests; the article is of Monday 6 July 1987."""

import pytest


def _starts(nlp, text, published="1987-07-06"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("Kenya and Uganda agreed on a conference to take place in September.", "September", "1987-09"),
    ("Ghana and Togo agreed on a meeting to convene in Accra in August.", "August", "1987-08"),
    ("Zambia and Malawi agreed on a round of talks to begin in November.", "November", "1987-11"),
])
def test_a_time_of_a_gathering_infinitive_is_the_nearest(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


def test_an_infinitive_of_another_act_keeps_the_past(nlp):
    text = "Kenya and Uganda agreed on a conference to discuss the border in September."
    assert _starts(nlp, text)["September"] == "1986-09"
