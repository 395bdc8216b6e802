"""An act a past verb of proposing, asking or calling asks for ("had asked the firms to begin talks on April 1", "urged
Uganda to hold talks on Friday") lies after the asking, on either side of the article: its day is the nearest such
day, as a plan told in the past ("planned to meet on Friday") takes it, not the last one before the article. The
asking's own time and a time of a deed told in the past keep the past. Sentences written for these tests."""

import pytest


def _starts(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {t.text: t.value.start for t in nlp(doc)._.timexes}


@pytest.mark.parametrize("text, word, published, start", [
    ("Kenya urged Uganda to hold talks in Nairobi on Friday.", "Friday", "2024-06-12", "2024-06-14"),
    ("The union said it had asked the mining firms to begin wage talks on April 1.", "April 1", "2024-03-04", "2024-04-01"),
    ("Chile called on Peru to reopen the border crossing on Monday.", "Monday", "2024-06-15", "2024-06-17"),
    ("Kenya proposed that the two leaders meet in Nairobi on Friday.", "Friday", "2024-06-12", "2024-06-14"),
])
def test_an_act_asked_for_takes_the_nearest_day(nlp, text, word, published, start):
    assert _starts(nlp, text, published)[word] == start


@pytest.mark.parametrize("text, word, published, start", [
    ("Kenya urged Uganda on Friday to hold talks in Nairobi.", "Friday", "2024-06-12", "2024-06-07"),
    ("Kenya met Ugandan officials in Nairobi on Friday.", "Friday", "2024-06-12", "2024-06-07"),
    ("Kenya forced Uganda to close the border crossing on Friday.", "Friday", "2024-06-12", "2024-06-07"),
])
def test_the_asking_and_deeds_done_keep_the_past(nlp, text, word, published, start):
    assert _starts(nlp, text, published)[word] == start
