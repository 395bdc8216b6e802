"""A date entity the recogniser runs from a dateline's date across its dash into the first words of the story
("OSLO, May 12 - Norway …" read as the date "May 12 - Norway") is cut back to the date, so that the date is read
and the words after the dash stay free for the actors stage; a range across a dash stays one time. Sentences
written for these tests; the articles are of 1991."""

import pytest
from spacy.tokens import Span

from dossier.nlp.loader import load
from dossier.time import dashes


@pytest.fixture(scope="module")
def nlp(dash_nlp):
    return dash_nlp


def _read(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [e.text for e in doc.ents if e.label_ == "DATE"], {t.text: (t.value.start, t.value.end)
                                                              for t in doc._.timexes}


def _cut(nlp, text, first, last):
    """The DATE entity from the word `first` to the word `last` (as the recogniser may make it) after the component."""
    doc = nlp.make_doc(text)
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i >= start) + 1
    doc.ents = [Span(doc, start, end, label="DATE")]
    return [e.text for e in dashes.cut_dash_dates(doc).ents]


def test_a_date_run_across_a_dateline_dash_into_a_name_is_cut(nlp):
    assert _cut(nlp, "OSLO, May 12 - Norway recalled its envoy to Minsk.", "May", "Norway") == ["May 12"]
    assert _cut(nlp, "Bids closed.\nLIMA, Nov 4 -- Peruvian copper miners ended their strike.",
                "Nov", "Peruvian") == ["Nov 4"]
    assert _cut(nlp, "ACCRA, Sept. 9 \u2014 The finance ministry raised fuel prices.",
                "Sept.", "finance") == ["Sept. 9"]


def test_a_range_across_a_dash_stays_whole(nlp):
    assert _cut(nlp, "The fair runs June 8 - 11 in Turin.", "June", "11") == ["June 8 - 11"]
    assert _cut(nlp, "Output fell in 1991 - 92 at the mill.", "1991", "92") == ["1991 - 92"]
    assert _cut(nlp, "Talks ran from May 2 - June 30 in Quito.", "May", "30") == ["May 2 - June 30"]
    assert _cut(nlp, "He flew in on Friday - the day before the count - and left.",
                "Friday", "day") == ["Friday - the day"]


def test_a_hyphen_inside_a_date_is_no_dateline_dash(nlp):
    assert _cut(nlp, "Exports rose in mid-May against the plan.", "mid", "May") == ["mid-May"]


def test_the_dateline_date_is_read_in_the_pipeline(nlp):
    dates, values = _read(nlp, "Prices held.\n\nOSLO, May 12 - Norway recalled its envoy to Minsk on Friday.",
                          "1991-05-12")
    assert not any("Norway" in d for d in dates), dates
    assert values.get("May 12") == ("1991-05-12", "1991-05-12"), values


def test_the_component_runs_right_after_the_recogniser():
    names = load().pipe_names
    assert names.index("ner") + 1 == names.index("dossier_dash_dates") < names.index("dossier_time")
