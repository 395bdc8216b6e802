"""A day word with its calendar date in brackets after it ("today (May 2)", "tomorrow (May 3)"), as some news sites
write it: the recogniser may run one date across the opening bracket ("today (May 2"), which cannot be read whole;
it is read piece by piece, as a date run across a comma is (time/component.TimeTagger._read). The date is set by
hand on the parsed sentence, so the tests do not hang on the recogniser's choice. Sentences written for these
tests; the article is of Thursday 2 May 2024."""

import pytest
from spacy.tokens import Span

PUBLISHED = "2024-05-02"


def _values(nlp, text, first, last):
    """{text: (start, end)} of the timexes of `text` where the recogniser's only date runs from word `first` to
    word `last` (exclusive)."""
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    for name, proc in nlp.pipeline:
        if name != "dossier_time":
            doc = proc(doc)
    doc.ents = [Span(doc, first, last, label="DATE")]
    doc = nlp.get_pipe("dossier_time")(doc)
    return {t.text: (t.value.start, t.value.end) for t in doc._.timexes}


@pytest.mark.parametrize("text, first, last, word, day", [
    # Today ( May 2 ) , ...
    ("Today (May 2), the agency named four firms to build its lunar landers.", 0, 4, "Today", PUBLISHED),
    # ... tomorrow ( May 3 ) ...
    ("The ferry service to the islands resumes tomorrow (May 3) after a long strike.", 7, 11, "tomorrow",
     "2024-05-03"),
    # ... yesterday ( May 1 ) ...
    ("The council approved the new budget yesterday (May 1) by a wide margin.", 6, 10, "yesterday", "2024-05-01"),
])
def test_a_day_run_into_its_bracketed_date_is_read_in_pieces(nlp, text, first, last, word, day):
    values = _values(nlp, text, first, last)
    assert values.get(word) == (day, day)
    assert day in {start for start, _ in values.values()} and len(values) == 2


def test_a_bracket_of_no_time_adds_no_date(nlp):
    # today ( local time ...: the day alone
    values = _values(nlp, "The polls close at eight today (local time) across the country.", 5, 9)
    assert values == {"today": (PUBLISHED, PUBLISHED)}


def test_a_date_read_whole_is_not_cut(nlp):
    doc = nlp.make_doc("The border crossing reopened on May 1, 2024, after two weeks.")
    doc._.published = PUBLISHED
    assert {(t.text, t.value.start) for t in nlp(doc)._.timexes} == {("May 1, 2024", "2024-05-01")}
