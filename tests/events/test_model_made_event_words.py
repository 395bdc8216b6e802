"""The type model makes an act only of a word that is a verb (`coder._a_verb_word`: tagged VB…, in letters, not the
first piece of a hyphened word the tokenizer split, not an acronym in a sentence not in capitals), and makes no deed
(material cooperation or conflict) of a verb with no object that tells a clause whose verb names no act
(`Coder._tells_no_act`: "says the course is worth $50m"; "'we had it done,' he recounted"). An act of words on such
a verb, a deed told by a clause whose verb names an act and a deed named as a verb's object stay the model's to add."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.events import coder as coder_module
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _Sure:
    """A type model sure of one type for every sentence, far ahead of every other class."""

    def __init__(self, label: str):
        self.label = label

    def scores_many(self, batch):
        return [{"ASSAULT": -0.9, "ACCUSE": -0.9, "AID": -0.9, "PROTEST": -0.9, "YIELD": -0.9, NONE: -1.0,
                 self.label: 0.6} for _ in batch]


@pytest.fixture
def sure_of(nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)

    def use(label):
        return coding_with(nlp, types=_Sure(label))
    return use


def _word(nlp, words, spaces, tags, lemmas, at):
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas)
    return coder_module._a_verb_word(doc[at], doc[:])


def test_a_verb_in_letters_is_a_word_to_make_an_act_of(nlp):
    assert _word(nlp, ["Rebels", "shelled", "the", "town", "."], [True, True, True, False, False],
                 ["NNS", "VBD", "DT", "NN", "."], ["rebel", "shell", "the", "town", "."], 1)


def test_a_short_verb_is_still_a_word(nlp):  # "go" of "went on strike": two letters in its lemma
    assert _word(nlp, ["Nurses", "go", "on", "strike", "."], [True, True, True, False, False],
                 ["NNS", "VBP", "IN", "NN", "."], ["nurse", "go", "on", "strike", "."], 1)


def test_the_first_piece_of_a_hyphened_word_is_no_verb(nlp):
    assert not _word(nlp, ["Voters", "re", "-", "elected", "the", "mayor", "."],
                     [True, False, False, True, True, False, False],
                     ["NNS", "VBD", "HYPH", "VBN", "DT", "NN", "."],
                     ["voter", "re", "-", "elect", "the", "mayor", "."], 1)


def test_a_clitic_is_no_verb(nlp):
    assert not _word(nlp, ["It", "’s", "unclear", "."], [False, True, False, False],
                     ["PRP", "VBZ", "JJ", "."], ["it", "’", "unclear", "."], 1)


def test_an_acronym_tagged_a_verb_is_no_verb(nlp):
    assert not _word(nlp, ["The", "set", "has", "an", "OLED", "panel", "."],
                     [True, True, True, True, True, False, False],
                     ["DT", "NN", "VBZ", "DT", "VBD", "NN", "."],
                     ["the", "set", "have", "an", "OLED", "panel", "."], 4)


def test_a_verb_in_a_headline_in_capitals_is_a_verb(nlp):
    assert _word(nlp, ["REBELS", "SHELL", "TOWN"], [True, True, False],
                 ["NNS", "VBP", "NN"], ["rebel", "shell", "town"], 1)


def test_a_verb_in_capitals_for_emphasis_is_a_verb(nlp):
    assert _word(nlp, ["They", "WILL", "NOT", "SIGN", "it", "."], [True, True, True, True, False, False],
                 ["PRP", "MD", "RB", "VB", "PRP", "."], ["they", "will", "not", "sign", "it", "."], 3)


def test_a_word_not_tagged_a_verb_is_none(nlp):
    assert not _word(nlp, ["Talks", "in", "Oslo", "."], [True, True, False, False],
                     ["NNS", "IN", "NNP", "."], ["talk", "in", "Oslo", "."], 0)


@pytest.mark.parametrize("text", [
    "Bolsonaro says the estate is worth far more than the county claims.",
    "“Our people had the money ready in a week,” Governor Kathy Hochul recounted on Tuesday.",
    "Uganda argues the dam is safe.",
])
def test_no_deed_made_of_a_verb_telling_a_clause_that_names_no_act(code, sure_of, text):
    with sure_of("AID"):
        events, _ = code(text, "2023-05-14")
    assert "AID" not in [e.type for e in events]


def test_an_act_of_words_on_a_verb_telling_a_state_is_still_made(code, sure_of):
    with sure_of("ACCUSE"):  # the teller blames: an act of words, the model's to add
        events, _ = code("Colombia's defence minister said the guerrillas were behind the pipeline blast.",
                         "2023-05-14")
    assert [e.type for e in events if e.trigger == "said"] == ["ACCUSE"]


def test_a_deed_told_by_a_clause_whose_verb_names_an_act_is_still_made(code, sure_of):
    with sure_of("ASSAULT"):  # "shelled" names an act: the teller's own side's deed
        events, _ = code("Armenia said its artillery units shelled the hills overnight.", "2023-05-14")
    assert "ASSAULT" in [e.type for e in events]


def test_a_deed_named_as_the_object_of_a_verb_is_still_made(code, sure_of):
    with sure_of("YIELD"):  # "declared" names the act itself, no clause told
        events, _ = code("The Ogaden rebels declared a truce with the army on Monday.", "2023-05-14")
    # (the rules now code a declared truce themselves, RETREAT 0871: YIELD is CONCEDE or RETREAT)
    assert {"YIELD", "CONCEDE", "RETREAT"} & {e.type for e in events}
