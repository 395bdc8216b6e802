"""A time in an infinitive relative clause on a noun ("a summit to be held in November", "talks to take place in
September") lies after the telling: the nearest such month, not the last one a past "said" gives; a participle
("a conference held in March") keeps the past. Sentences written for these tests; the article is of Monday 6 July
1987."""

import pytest


def _starts(nlp, text, published="1987-07-06"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("Aides said the plan was put to an OAU summit to be held in Addis Ababa in November.", "November", "1987-11"),
    ("Kenya said on Friday a summit to take place in Nairobi in September would discuss the border.", "September",
     "1987-09"),
])
def test_a_time_of_an_infinitive_relative_is_the_nearest(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


def test_a_participle_relative_keeps_the_past(nlp):
    text = "Aides said the plan was put to an OAU summit held in Addis Ababa in November."
    assert _starts(nlp, text)["November"] == "1986-11"
