"""The words a Doc's arrays point to are the words a pass over every Token finds."""

import re

import spacy
from spacy.tokens import Doc

from dossier.nlp.arrays import lower_ids, orth_array, runs_of, with_lemma, with_lower, with_lower_matching, with_text


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


def test_words_of_the_given_lower_case_forms_in_order_as_a_pass_over_every_token_finds_them():
    doc = _doc(["Since", "May", ",", "the", "Ministry", "and", "a", "ministry", "of", "SINCE", "met"],
               ["since", "May", ",", "the", "ministry", "and", "a", "ministry", "of", "since", "meet"],
               ["SCONJ", "PROPN", "PUNCT", "DET", "PROPN", "CCONJ", "DET", "NOUN", "ADP", "SCONJ", "VERB"])
    for words in ({"since"}, {"ministry", "of"}, {"de", "la"}, {"met", "since", "may"}, set()):
        assert with_lower(doc, words) == [t.i for t in doc if t.lower_ in words]
        assert with_lower(doc, words, 2, 9) == [t.i for t in doc[2:9] if t.lower_ in words]
    assert with_lower(doc, ("since",), end=max(len(doc) - 2, 0)) == [0]
    assert with_lower(doc, {"Since"}) == []  # the forms asked for are lower-case forms


def test_the_lower_case_ids_are_the_docs_and_made_once():
    doc = _doc(["Non", "-", "OPEC", "states"], ["non", "-", "OPEC", "state"], ["ADJ", "PUNCT", "PROPN", "NOUN"])
    first = lower_ids(doc)
    assert [doc.vocab.strings[int(o)] for o in first] == [t.lower_ for t in doc]
    assert lower_ids(doc) is first


def test_words_written_as_given_in_order_as_a_pass_over_every_token_finds_them():
    doc = _doc(["U.S.", "Steel", "and", "u.s.", "mills", "\"", "held", ",", "\"", "US", "said"],
               ["U.S.", "steel", "and", "u.s.", "mill", "\"", "hold", ",", "\"", "US", "say"],
               ["PROPN", "PROPN", "CCONJ", "PROPN", "NOUN", "PUNCT", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB"])
    for words in ({"U.S."}, {"\"", "said"}, {"steel"}, {"US", "U.S.", "u.s."}, set(), {"Steel": 1}):
        assert with_text(doc, words) == [t.i for t in doc if t.text in words]
    assert with_text(doc, {"u.s."}) == [3]  # written so: no other case


def test_words_whose_lower_case_form_a_pattern_matches_in_order():
    doc = _doc(["The", "1974", "strike", "cost", "2050", "jobs", "in", "1974", "and", "19745", "Today"],
               ["the", "1974", "strike", "cost", "2050", "job", "in", "1974", "and", "19745", "today"],
               ["DET", "NUM", "NOUN", "VERB", "NUM", "NOUN", "ADP", "NUM", "CCONJ", "NUM", "NOUN"])
    year = re.compile(r"^(1[0-9]{3}|2[01][0-9]{2})$")
    assert with_lower_matching(doc, year) == [t.i for t in doc if year.match(t.text)] == [1, 4, 7]
    assert with_lower_matching(doc, re.compile("today")) == [10]  # the lower-case form is matched
    assert with_lower_matching(doc, re.compile("^x")) == []


def _runs_by_tokens(doc: Doc, span) -> list[int]:
    words = [t.text for t in span]
    return [i for i in range(len(doc) - len(words) + 1) if [t.text for t in doc[i:i + len(words)]] == words]


def test_runs_of_a_name_are_every_place_it_is_written_so_in_order():
    doc = _doc(["Port", "Nolan", "said", "Nolan", "port", "in", "Port", "Nolan", "Port"],
               ["port", "Nolan", "say", "Nolan", "port", "in", "port", "Nolan", "port"],
               ["PROPN", "PROPN", "VERB", "PROPN", "NOUN", "ADP", "PROPN", "PROPN", "PROPN"])
    assert runs_of(doc, doc[0:2]) == [0, 6]  # the span's own place among them; "Port" at the end starts no run
    assert runs_of(doc, doc[1:2]) == [1, 3, 7]
    assert runs_of(doc, doc[4:5]) == [4]  # "port" in lower case: not "Port"
    for start, end in ((0, 1), (0, 2), (1, 3), (2, 5), (7, 9), (8, 9)):
        assert runs_of(doc, doc[start:end]) == _runs_by_tokens(doc, doc[start:end])


def test_runs_of_another_doc_s_words_and_of_a_span_longer_than_the_doc():
    doc = _doc(["Lake", "Ovo", "rose"], ["lake", "Ovo", "rise"], ["PROPN", "PROPN", "VERB"])
    other = _doc(["on", "Lake", "Ovo", "Lake"], ["on", "lake", "Ovo", "lake"], ["ADP", "PROPN", "PROPN", "PROPN"])
    assert runs_of(doc, other[1:3]) == [0]
    assert runs_of(doc, other[0:1]) == []
    assert runs_of(doc[0:2].as_doc(), other[0:4]) == []
