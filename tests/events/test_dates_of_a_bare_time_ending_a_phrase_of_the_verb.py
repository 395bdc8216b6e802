"""A time standing alone right after the noun of the stretch of time an act is done for ("stopped work for an
unlimited time today"; time lexicon stretch_nouns) dates the verb's act, though the parser hangs it on that noun,
as one ending the verb's object does (events/dates._object_thing); a clause on that noun after the time ("… today to
demand higher pay") does not hide it. So does one ending a phrase of a preposition on the verb ("resigned from his
post last Sunday": events/dates._verb_phrase_thing). Not the noun of another phrase ("according to a report
Friday": the report's), nor a noun of an occasion, whose own time it is."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from dossier.events.dates import _describes_noun

PUBLISHED = "1991-03-07"  # a Thursday
VOCAB = English().vocab
_POS = {"VBD": "VERB", "VB": "VERB", "VBG": "VERB", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "IN": "ADP", "DT": "DET",
        "JJ": "ADJ", "TO": "PART"}


def _doc(words, heads, deps, tags):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=[_POS[t] for t in tags],
               lemmas=[w.lower() for w in words])


def test_a_day_after_a_stretch_of_time_with_a_purpose_clause_after_it():
    # Miners went on strike for an unlimited period today to demand pay
    doc = _doc(["Miners", "went", "on", "strike", "for", "an", "unlimited", "period", "today", "to", "demand", "pay"],
               [1, 1, 1, 2, 1, 7, 7, 4, 7, 10, 7, 10],
               ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "amod", "pobj", "npadvmod", "aux", "relcl", "dobj"],
               ["NNS", "VBD", "IN", "NN", "IN", "DT", "JJ", "NN", "NN", "TO", "VB", "NN"])
    assert not _describes_noun(doc[8], {1})


def test_a_day_after_the_noun_of_a_report_is_the_report_s():
    # Ruvia allocated funds according to a report Friday
    doc = _doc(["Ruvia", "allocated", "funds", "according", "to", "a", "report", "Friday"], [1, 1, 1, 1, 3, 6, 4, 6],
               ["nsubj", "ROOT", "dobj", "prep", "prep", "det", "pobj", "npadvmod"],
               ["NNP", "VBD", "NNS", "VBG", "IN", "DT", "NN", "NNP"])
    assert _describes_noun(doc[7], {1})


def test_a_day_after_an_occasion_is_the_occasion_s():
    # Ruvia took part in the talks Sunday
    doc = _doc(["Ruvia", "took", "part", "in", "the", "talks", "Sunday"], [1, 1, 1, 1, 5, 3, 5],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "npadvmod"],
               ["NNP", "VBD", "NN", "IN", "DT", "NNS", "NNP"])
    assert _describes_noun(doc[6], {1})


def test_a_day_with_words_after_it_in_the_phrase_is_the_noun_s():
    # Ruvia sent troops to the posts Sunday of Kessia
    doc = _doc(["Ruvia", "sent", "troops", "to", "the", "posts", "Sunday", "of", "Kessia"], [1, 1, 1, 1, 5, 3, 5, 5, 7],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "npadvmod", "prep", "pobj"],
               ["NNP", "VBD", "NNS", "IN", "DT", "NNS", "NNP", "IN", "NNP"])
    assert _describes_noun(doc[6], {1})


def test_the_strike_is_dated_in_a_whole_sentence(code):
    events, _ = code("Miners in Ruvia's copper belt went on strike for an unlimited period today to press for better "
                     "pay, their union said.", PUBLISHED)
    found = [(e.trigger, e.date.start if e.date else None) for e in events if e.type == "PROTEST"]
    assert found and all(d == PUBLISHED for _, d in found), found


def test_a_day_ending_a_phrase_of_the_verb_dates_the_verb_s_act():
    # the Ruvian envoy resigned from his post last Sunday
    doc = _doc(["envoy", "resigned", "from", "his", "post", "last", "Sunday"], [1, 1, 1, 4, 2, 6, 4],
               ["nsubj", "ROOT", "prep", "poss", "pobj", "amod", "npadvmod"],
               ["NN", "VBD", "IN", "DT", "NN", "JJ", "NNP"])
    assert not _describes_noun(doc[6], {1})


def test_a_resignation_told_in_a_relative_clause_takes_the_day_ending_its_phrase(code):
    events, _ = code("The Kessian envoy, who resigned from his post last February 14, refused to meet the Ruvian "
                     "foreign minister.", PUBLISHED)
    assert [(e.type, e.date.start if e.date else None) for e in events if e.type == "RETREAT"] == [
        ("RETREAT", "1991-02-14")]


def test_a_day_after_words_that_follow_the_noun_of_the_verb_s_phrase_is_not_the_verb_s():
    # Ruvia paid the dividend to holders of record Friday
    doc = _doc(["Ruvia", "paid", "the", "dividend", "to", "holders", "of", "record", "Friday"],
               [1, 1, 3, 1, 1, 4, 5, 6, 5],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "npadvmod"],
               ["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "NN", "NNP"])
    assert _describes_noun(doc[8], {1})


def test_a_day_in_a_phrase_that_tells_a_time_is_not_the_verb_s():
    # Ruvia gave the envoys until noon Friday
    doc = _doc(["Ruvia", "gave", "the", "envoys", "until", "noon", "Friday"], [1, 1, 3, 1, 1, 4, 5],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "npadvmod"],
               ["NNP", "VBD", "DT", "NNS", "IN", "NN", "NNP"])
    assert _describes_noun(doc[6], {1})
