"""The words a Doc's arrays point to are the words a pass over every Token finds."""

import spacy
from spacy.tokens import Doc

from dossier.nlp.arrays import orth_array, with_lemma


def _doc(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)


def test_words_of_the_given_lemmas_in_order_whatever_the_case_of_the_lemma():
    doc = _doc(["The", "firm", "sued", "and", "Sues", "again", "to", "litigate"],
               ["the", "firm", "sue", "and", "Sue", "again", "to", "litigate"])
    found = with_lemma(doc, frozenset({"sue", "litigate"}))
    assert [t.i for t in found] == [2, 4, 7]
    assert [t.i for t in found] == [t.i for t in doc if t.lemma_.lower() in {"sue", "litigate"}]


def test_no_word_when_no_lemma_matches_nor_a_word_written_so_with_another_lemma():
    doc = _doc(["They", "made", "a", "suit", "for", "the", "sue", "river"],
               ["they", "make", "a", "suit", "for", "the", "sewing", "river"])
    assert with_lemma(doc, frozenset({"sue"})) == []
    assert [t.i for t in with_lemma(doc, frozenset({"make", "commit"}))] == [1]
    assert with_lemma(doc, frozenset()) == []


def test_the_orth_array_is_the_docs_and_made_once():
    doc = _doc(["Talks", "resumed", "in", "Lima", "."], ["talk", "resume", "in", "Lima", "."])
    first = orth_array(doc)
    assert [doc.vocab.strings[int(o)] for o in first] == [t.text for t in doc]
    assert orth_array(doc) is first
