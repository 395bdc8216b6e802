"""The words a Doc's arrays point to are the words a pass over every Token finds."""

import spacy
from spacy.attrs import DEP, POS
from spacy.tokens import Doc

from dossier.nlp.arrays import column, kid_table, kids, orth_array, with_lemma, words_with


def _doc(words: list[str], lemmas: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos)


def test_words_of_the_given_lemmas_and_tags_in_order_whatever_the_case_of_the_lemma():
    doc = _doc(["The", "firm", "sued", "and", "Sues", "again", "to", "litigate"],
               ["the", "firm", "sue", "and", "Sue", "again", "to", "litigate"],
               ["DET", "NOUN", "VERB", "CCONJ", "VERB", "ADV", "PART", "VERB"])
    found = with_lemma(doc, frozenset({"sue", "litigate"}), ("VERB",))
    assert [t.i for t in found] == [2, 4, 7]
    assert [t.i for t in found] == [t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in {"sue", "litigate"}]


def test_a_lemma_of_another_part_of_speech_is_left_out_unless_its_tag_is_asked_for():
    doc = _doc(["She", "has", "made", "the", "suit", "they", "sue", "over"],
               ["she", "have", "make", "the", "suit", "they", "sue", "over"],
               ["PRON", "AUX", "VERB", "DET", "NOUN", "PRON", "NOUN", "ADP"])
    assert with_lemma(doc, frozenset({"sue"}), ("VERB",)) == []  # "sue" tagged a noun here
    assert [t.i for t in with_lemma(doc, frozenset({"make", "have"}), ("VERB",))] == [2]
    assert [t.i for t in with_lemma(doc, frozenset({"make", "have"}), ("VERB", "AUX"))] == [1, 2]


def test_no_word_when_no_lemma_matches_nor_a_word_written_so_with_another_lemma():
    doc = _doc(["Rivers", "sue", "nobody"], ["river", "sewing", "nobody"], ["NOUN", "VERB", "PRON"])
    assert with_lemma(doc, frozenset({"sue"}), ("VERB",)) == []
    assert with_lemma(doc, frozenset(), ("VERB",)) == []
    assert with_lemma(doc, frozenset({"sue"}), ("ADJ",)) == []


def test_the_orth_array_is_the_docs_and_made_once():
    doc = _doc(["Talks", "resumed", "in", "Lima", "."], ["talk", "resume", "in", "Lima", "."],
               ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    first = orth_array(doc)
    assert [doc.vocab.strings[int(o)] for o in first] == [t.text for t in doc]
    assert orth_array(doc) is first


def _parsed() -> Doc:
    # "Kenya and Uganda signed the deal in Nairobi on Friday ." with its parse written out
    words = ["Kenya", "and", "Uganda", "signed", "the", "deal", "in", "Nairobi", "on", "Friday", "."]
    heads = [3, 0, 0, 3, 5, 3, 3, 6, 3, 8, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_kids_are_the_children_with_those_labels_in_their_order():
    doc = _parsed()
    verb = doc[3]
    for deps in (("prep",), ("nsubj", "dobj"), frozenset({"punct", "prep"}), ("ROOT",), ("amod",)):
        assert [t.i for t in kids(verb, deps)] == [c.i for c in verb.children if c.dep_ in deps]
    assert [t.i for t in kids(verb, ("prep",))] == [6, 8]
    assert kids(doc[7], ("pobj", "prep")) == []  # a word with no children


def test_the_children_table_is_every_words_children_and_made_once():
    doc = _parsed()
    table = kid_table(doc)
    assert [[i for i, _ in row] for row in table] == [[c.i for c in t.children] for t in doc]
    assert [[doc.vocab.strings[d] for _, d in row] for row in table] == [[c.dep_ for c in t.children] for t in doc]
    assert kid_table(doc) is table


def test_words_with_a_label_or_tag_in_a_span_or_the_whole_doc():
    doc = _parsed()
    assert [t.i for t in words_with(doc, DEP, ("pobj",))] == [7, 9]
    assert [t.i for t in words_with(doc[6:9], DEP, ("pobj", "prep"))] == [6, 7, 8]  # the span's own words only
    assert [t.i for t in words_with(doc, POS, ("PROPN", "VERB"))] == [t.i for t in doc if t.pos_ in ("PROPN", "VERB")]
    assert words_with(doc[4:6], POS, ("VERB",)) == []
    assert column(doc, POS) is column(doc, POS)
