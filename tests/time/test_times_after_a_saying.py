"""A time right after a verb of saying and before the subject of the clause said ("said on Monday it will…",
"said on Tuesday the troops will…") tells when it was said, whatever the parser hangs it on: it is read in the
saying's tense, not in the "will" of the clause. Sentences written for these tests; the article is of Thursday
28 November 2024."""

import pytest


def _starts(nlp, text, published="2024-11-28"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, phrase", [
    ("Kenya said on Monday it will retaliate against any attack on its border posts.", "Monday"),
    ("Uganda said on Tuesday it will withdraw its troops from the border.", "Tuesday"),
    ("Uganda's army said on Monday the troops will leave the border area.", "Monday"),
])
def test_a_time_after_the_saying_is_the_sayings(nlp, text, phrase):
    assert _starts(nlp, text)[phrase] < "2024-11-28"


def test_a_time_inside_the_clause_said_keeps_the_clauses_tense(nlp):
    assert _starts(nlp, "Kenya said it will close the border on Monday.")["Monday"] == "2024-12-02"


@pytest.mark.parametrize("text, phrase", [
    ("Minister Hugo Sarr told farm leaders Tuesday he would press the bank for cheaper credit.", "Tuesday"),
    ("Attorney Paul Mendel told journalists Monday he would press the court for a quick ruling.", "Monday"),
    ("The mayor told council members on Tuesday she would press the region for more buses.", "Tuesday"),
])
def test_a_time_after_the_one_told_is_the_sayings(nlp, text, phrase):
    """After the one a thing is told to ("told deputies Wednesday he would…"), the time is still the telling's."""
    assert _starts(nlp, text)[phrase] < "2024-11-28"


def test_a_time_after_an_object_inside_the_clause_said_keeps_its_tense(nlp):
    assert _starts(nlp, "The envoy told reporters the talks will resume on Monday.")["Monday"] == "2024-12-02"
