"""A parsed Doc's sentences are made once and kept (`nlp/extensions.sentences_of`): the same bounds and texts as
`doc.sents`, the same tuple on each later call, and nothing kept for a Doc not parsed yet. Texts written for these
tests."""

import spacy
from spacy.tokens import Doc

from dossier.nlp.extensions import sentences_of


def _parsed(words: list[str], heads: list[int], deps: list[str], starts: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, sent_starts=starts)


def test_the_sentences_are_those_of_doc_sents_and_kept_once_the_doc_is_parsed():
    # "Envoys met . Talks resumed today ." (heads by hand, two sentences)
    doc = _parsed(["Envoys", "met", ".", "Talks", "resumed", "today", "."], [1, 1, 1, 4, 4, 4, 4],
                  ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "npadvmod", "punct"],
                  [True, False, False, True, False, False, False])
    found = sentences_of(doc)
    assert [(s.start, s.end, s.text) for s in found] == [(s.start, s.end, s.text) for s in doc.sents]
    assert [s.text for s in found] == ["Envoys met .", "Talks resumed today ."]
    assert sentences_of(doc) is found  # kept: no second scan of the words


def test_a_doc_with_sentence_starts_but_no_parse_keeps_nothing():
    doc = Doc(spacy.blank("en").vocab, words=["Ministers", "met", ".", "They", "agreed", "."],
              sent_starts=[True, False, False, True, False, False])
    assert [s.text for s in sentences_of(doc)] == ["Ministers met .", "They agreed ."]
    assert sentences_of(doc) is not sentences_of(doc)  # made afresh each time until a parser has run


def test_the_same_bounds_as_spacy_s_on_a_parsed_text():
    nlp = spacy.load("en_core_web_sm")
    doc = nlp("The two governments signed a trade accord on Monday. Officials of both sides said talks would "
              "resume in the spring. No date was set.")
    assert [(s.start, s.end) for s in sentences_of(doc)] == [(s.start, s.end) for s in doc.sents]
    assert len(sentences_of(doc)) == sum(1 for _ in doc.sents) == 3
