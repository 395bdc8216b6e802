"""A capitalised word inside a name the tagger found is part of the name, not an act (events/no_event.in_a_name,
lexicon's name_labels): "the Women's March", "the Warsaw Pact", a product heading read as an organisation. A word in
lower case the tagger swept into a name, and the names of acts (EVENT, LAW), are left to the rules."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from dossier.events.no_event import in_a_name
from dossier.events.patterns import load_lexicon


def _token(nlp, text, word, label, name):
    doc = nlp.make_doc(text)
    start = text.index(name)
    doc.set_ents([doc.char_span(start, start + len(name), label=label)])
    return next(t for t in doc if t.text == word)


def test_name_labels_are_data():
    assert {"org", "person", "product"} <= load_lexicon().name_labels
    assert not {"event", "law", "date"} & load_lexicon().name_labels


@pytest.mark.parametrize("text, word, label, name", [
    ("The Women's March could change politics.", "March", "ORG", "Women's March"),
    ("Forces of the Warsaw Pact massed nearby.", "Pact", "ORG", "Warsaw Pact"),
    ("Save the Children said it was worried.", "Save", "ORG", "Save the Children"),
])
def test_a_capitalised_word_of_a_name_is_no_act(nlp, text, word, label, name):
    assert in_a_name(_token(nlp, text, word, label, name), load_lexicon().name_labels)


@pytest.mark.parametrize("text, word, label, name", [
    ("Garrett hit Rudolph with a helmet.", "hit", "ORG", "Garrett hit Rudolph"),  # lower case: the tagger's slip
    ("The Tet Offensive began in January.", "Offensive", "EVENT", "Tet Offensive"),  # an act's own name
    ("The Camp David Accords were signed.", "Accords", "LAW", "Camp David Accords"),
    ("Kenya accused Uganda of dumping.", "accused", "", ""),  # no name at all
])
def test_must_not_words_outside_names_or_in_names_of_acts(nlp, text, word, label, name):
    if label:
        tok = _token(nlp, text, word, label, name)
    else:
        tok = next(t for t in nlp.make_doc(text) if t.text == word)
    assert not in_a_name(tok, load_lexicon().name_labels)


@pytest.mark.parametrize("text", ["The Women’s March could reshape the midterms.",
                                  "The People’s March may change the vote in Ohio."])
def test_a_march_that_names_an_organisation_is_no_protest(nlp, code, text):
    with coding_with(nlp, keep_unplaced=True):  # (the names have no country: kept, to see the rule alone)
        events, _ = code(text)
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger) for e in events]


def test_a_march_told_as_an_act_stays(code):
    events, _ = code("Thousands of Kenyan students marched to the parliament in Nairobi on Monday.")
    assert "PROTEST" in [e.type for e in events], [(e.type, e.trigger) for e in events]


def test_must_not_capitals_of_emphasis_after_a_possessive(nlp, code):
    text = "“Wanjiku has my Full and Total Endorsement,” the Kenyan president wrote."
    doc = nlp(text)  # tagged, with the words in capitals read as an organisation, as the tagger may read them
    start = text.index("Full")
    doc.set_ents([doc.char_span(start, start + len("Full and Total Endorsement"), label="ORG")], default="unmodified")
    tok = next(t for t in doc if t.text == "Endorsement")
    assert not in_a_name(tok, load_lexicon().name_labels)
    events, _ = code(text)
    assert "SUPPORT" in [e.type for e in events], [(e.type, e.trigger) for e in events]
