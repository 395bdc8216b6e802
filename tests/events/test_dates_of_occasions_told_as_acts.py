"""An act told as the occasion of another ("in"/"at"/"during" with its noun, on a verb) takes the time that verb
has, also where that verb is a complement whose time is not the main verb's ("failed to settle the dispute during
talks last week": the talks were last week); not a time on another verb, nor one that hangs on none
(events/dates._occasion_time). Parses are built by hand, so the tests do not hang on the parser's choice; one test
runs the whole pipeline."""

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _occasion_time
from dossier.model import DateValue, Timex
from dossier.nlp import extensions  # noqa: F401

VOCAB = English().vocab
LAST_WEEK = DateValue(start="2024-06-10", end="2024-06-16", precision="vague", text="last week")


def _doc(words, heads, deps, pos):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    doc._.token_actor = {}
    return doc


def _found(doc, i, value=LAST_WEEK):
    tok = doc[i]
    return [(Timex(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text, value=value), tok)]


def test_talks_take_the_time_of_the_complement_they_are_the_occasion_of():
    # Peru and Chile failed to settle the dispute during talks last week ("last week" on "settle")
    words = ["Peru", "failed", "to", "settle", "the", "dispute", "during", "talks", "last", "week"]
    heads = [1, 1, 3, 1, 5, 3, 3, 6, 9, 3]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "pobj", "amod", "npadvmod"]
    pos = ["PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADJ", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    assert _occasion_time([doc[7]], _found(doc, 9))[0] == LAST_WEEK


def test_a_meeting_at_which_an_accord_was_signed_takes_its_time():
    # Peru signed the accord at a meeting in Lima last week
    words = ["Peru", "signed", "the", "accord", "at", "a", "meeting", "in", "Lima", "last", "week"]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 7, 10, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "amod", "npadvmod"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADJ", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    assert _occasion_time([doc[6]], _found(doc, 10))[0] == LAST_WEEK


def test_talks_after_which_a_verb_has_a_time_are_no_occasion():
    # Peru settled the dispute after talks last week ("after" tells another act before it, not the occasion)
    words = ["Peru", "settled", "the", "dispute", "after", "talks", "last", "week"]
    heads = [1, 1, 3, 1, 1, 4, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "amod", "npadvmod"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADJ", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    assert _occasion_time([doc[5]], _found(doc, 7)) is None


def test_a_time_on_another_verb_does_not_date_the_occasion():
    # Peru agreed during talks to withdraw by June ("by June" on "withdraw", not on "agreed")
    words = ["Peru", "agreed", "during", "talks", "to", "withdraw", "by", "June"]
    heads = [1, 1, 1, 2, 5, 1, 5, 6]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "prep", "pobj"]
    pos = ["PROPN", "VERB", "ADP", "NOUN", "PART", "VERB", "ADP", "PROPN"]
    doc = _doc(words, heads, deps, pos)
    june = DateValue(start="2024-06", end="2024-06", precision="month", text="June")
    assert _occasion_time([doc[3]], _found(doc, 7, june)) is None


def test_talks_during_which_a_deal_fell_through_are_dated(code):
    events, _ = code("Bolivian and Paraguayan negotiators failed to settle a dispute over river tolls during talks "
                     "last week, officials said.", "2024-06-19")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(e.date is not None and e.date.start == "2024-06-10" for e in talks)
