"""The type model makes an accusation (ACCUSE) only on a verb that tells words (`type_model_words.tells_words`: a
verb of saying, of speaking of something, or of naming or judging), and makes no event of a headline written in
capitals (`type_model_words.in_capitals`). Other types on other verbs, and accusations on verbs of words, stay the
model's to add."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.events import coder as coder_module
from dossier.events import type_model_words as words
from dossier.events.classifier import NONE
from dossier.events.component import coding_with
from dossier.events.patterns import load_lexicon
from tests.events.test_model_made_event_words import sure_of  # noqa: F401 (a fixture)


def _types(code, sure_of, label: str, text: str) -> list[str]:
    """The types of the events coded in `text` with a model sure of `label`."""
    with sure_of(label):
        return [e.type for e in code(text, "2023-05-14")[0]]


def _verb(nlp, lemma):
    doc = Doc(nlp.vocab, words=["They", lemma, "it"], tags=["PRP", "VBD", "PRP"], lemmas=["they", lemma, "it"])
    return doc[1]


@pytest.mark.parametrize("lemma", ["say", "tell", "describe", "call", "brand", "condemn"])
def test_verbs_of_saying_naming_or_judging_tell_words(nlp, lemma):
    assert words.tells_words(_verb(nlp, lemma), load_lexicon())


@pytest.mark.parametrize("lemma", ["wear", "stir", "create", "testify", "open", "win"])
def test_verbs_of_doing_tell_no_words(nlp, lemma):
    assert not words.tells_words(_verb(nlp, lemma), load_lexicon())


def test_only_an_accusation_needs_a_verb_of_words(nlp):
    lex = load_lexicon()
    assert words.words_without_speech("ACCUSE", _verb(nlp, "wear"), lex)
    assert not words.words_without_speech("ACCUSE", _verb(nlp, "say"), lex)
    assert not words.words_without_speech("ASSAULT", _verb(nlp, "shell"), lex)


@pytest.mark.parametrize("text", [
    "Senator Maria Okafor wore black to the Kenyan president's address on Tuesday.",
    "The Brazilian leader's speech stirred loud applause in Lisbon.",
    "Chancellor Ruth Berger's remarks have created a murky picture of Austria's plans.",
])
def test_no_accusation_made_of_a_verb_that_tells_no_words(code, sure_of, text):
    assert "ACCUSE" not in _types(code, sure_of, "ACCUSE", text)


def test_an_accusation_told_by_a_verb_of_saying_is_still_made(code, sure_of):
    assert "ACCUSE" in _types(code, sure_of, "ACCUSE",
                              "Peru's foreign minister said the Bolivian decree was an insult to his country.")


def test_another_type_on_a_verb_of_doing_is_still_made(code, sure_of):
    made = _types(code, sure_of, "YIELD", "Norway handed back three carved masks to Ghana's national museum on Friday.")
    assert {"CONCEDE", "RETREAT"} & set(made)


@pytest.mark.parametrize("text", ["MEXICAN ACTOR LUIS ORTEGA IS CHANNELING HIS ANGER INTO NEW FILM",
                                  "SINGER ROSA VEGA ELIMINATED FROM TALENT SHOW IN MADRID"])
def test_nothing_made_of_a_headline_in_capitals(code, sure_of, text):
    assert "CONSULT" not in _types(code, sure_of, "CONSULT", text)


def test_the_same_sentence_in_lower_case_is_still_read(code, sure_of):
    assert "CONSULT" in _types(code, sure_of, "CONSULT", "Kenya's leader hosts Uganda's president in Nairobi.")


@pytest.mark.parametrize("text, upper", [("REBELS SHELL TOWN", True), ("Rebels shell the town.", False),
                                         ("NATO", False), ("The UN and NATO met.", False)])
def test_a_sentence_in_capitals(nlp, text, upper):
    assert words.in_capitals(nlp.make_doc(text)[:]) is upper


class _Close:
    """A type model that prefers one type to no event by `lead` only."""

    def __init__(self, label: str, lead: float):
        self.label, self.lead = label, lead

    def scores_many(self, batch):
        return [{"ASSAULT": -0.95, "ACCUSE": -0.95, "REJECT": -0.95, NONE: -0.6, self.label: -0.6 + self.lead}
                for _ in batch]


_TOLD = "Chile's foreign minister said the Argentine ruling was a grave error by the judges."


def test_no_accusation_made_where_the_model_barely_prefers_it_to_no_event(code, nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with coding_with(nlp, types=_Close("ACCUSE", 0.2)):
        events, _ = code(_TOLD, "2023-05-14")
    assert not [e for e in events if e.type == "ACCUSE" and e.trigger == "said"]


def test_an_accusation_the_model_clearly_prefers_to_no_event_is_made(code, nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with coding_with(nlp, types=_Close("ACCUSE", coder_module.CREATE_ACCUSE_LEAD + 0.1)):
        events, _ = code(_TOLD, "2023-05-14")
    assert [e.type for e in events if e.trigger == "said"] == ["ACCUSE"]


def test_another_act_of_words_with_a_small_lead_is_still_made(code, nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with coding_with(nlp, types=_Close("REJECT", 0.2)):
        events, _ = code("Chile's foreign minister said his country would never return the islands to Peru.",
                         "2023-05-14")
    assert "REJECT" in [e.type for e in events]


def test_a_name_that_judges_needs_no_lead(code, nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with coding_with(nlp, types=_Close("ACCUSE", 0.2)):
        events, _ = code("Senator Ana Ruiz called the Venezuelan ruling “a disgrace to the region.”", "2023-05-14")
    assert "ACCUSE" in [e.type for e in events]
