"""A month or a day told with a modal of a possibility or a need ("could be signed in August", "may need to meet
in September") may lie either side of the article: the nearest one, not the last one a past "said" would give; a
"could have" keeps the past. A time right after a verb of saying, which the parser hangs on the clause said before
its subject ("said on Monday it will…"), is read in the saying's tense. Sentences written for these tests; the
article is of Monday 29 June 1987."""

import pytest


def _starts(nlp, text, published="1987-06-29"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase, start", [
    ("The envoy said on Friday he thought the trade pact with Chile could be signed in August.", "August", "1987-08"),
    ("Some dealers said the cartel may need to hold another meeting in September.", "September", "1987-09"),
    ("Officials said the two ministers might meet again in October to settle the quota.", "October", "1987-10"),
])
def test_a_possibility_told_in_the_past_takes_the_nearest_month(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start


@pytest.mark.parametrize("text, phrase, start", [
    ("The envoy said the trade pact with Chile could have been signed in August.", "August", "1986-08"),
    ("The envoy said the trade pact with Chile was signed in August.", "August", "1986-08"),
])
def test_a_possibility_in_the_past_or_a_done_act_keeps_the_past(nlp, text, phrase, start):
    assert _starts(nlp, text)[phrase] == start
