"""The type model reads the dictionaries' types of the words at a sentence's head (`classifier.near_root`,
"r:head:" features), the main clause's act even where the rules found no actors for it."""

from __future__ import annotations

import numpy as np

from dossier.events import classifier


def _matches(nlp, doc):
    return nlp.get_pipe("dossier_events").coder.matcher(doc)


def _head_types(nlp, text: str) -> list[str]:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return [f for f in classifier.sentence_features(sent, [], _matches(nlp, doc)) if f.startswith("r:head:")]


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_the_root_and_the_clause_it_tells_are_at_the_head(nlp):
    doc = nlp("Officials in Quito said that gunmen shelled a border post overnight.")
    sent = next(iter(doc.sents))
    assert classifier.near_root(_word(doc, "said"), sent)
    assert classifier.near_root(_word(doc, "shelled"), sent)


def test_a_word_deep_in_a_clause_on_a_noun_is_not_at_the_head(nlp):
    doc = nlp("The envoy met the farmers whose leaders had asked the army that protected the villages to leave.")
    sent = next(iter(doc.sents))
    assert classifier.near_root(_word(doc, "met"), sent)
    assert not classifier.near_root(_word(doc, "protected"), sent)
    assert not classifier.near_root(_word(doc, "leave"), sent)


def test_a_dictionary_verb_at_the_head_gives_its_type_even_with_no_actor(nlp):
    assert "r:head:ASSAULT" in _head_types(nlp, "Somebody shelled the old bridge at dawn.")
    assert "r:head:CONSULT" in _head_types(nlp, "They met for three hours behind closed doors.")


def test_no_act_at_the_head_without_a_dictionary_act_there(nlp):
    # "stayed" is a word the dictionaries say names no event: the model reads that too
    assert _head_types(nlp, "The weather stayed mild along the coast all week.") == ["r:head:NONE"]
    assert _head_types(nlp, "Her grandmother's garden is full of tall yellow flowers.") == []
    sent = next(iter(nlp("Troops shelled the hills.").sents))
    assert not [f for f in classifier.sentence_features(sent, []) if f.startswith("r:head:")]  # no matches given


def test_words_of_another_sentence_do_not_count(nlp):
    doc = nlp("The harvest was late this year. Rebels shelled the depot on Friday.")
    first = next(iter(doc.sents))
    feats = classifier.sentence_features(first, [], _matches(nlp, doc))
    assert not [f for f in feats if f.startswith("r:head:") and f != "r:head:NONE"]


class _Recording(classifier.TypeModel):
    """A model with no features that records what the coder asks it about."""

    asked: list[list[str]]

    def scores_many(self, batch):
        self.asked = self.asked + batch if hasattr(self, "asked") else list(batch)
        return super().scores_many(batch)


def test_the_coder_gives_the_model_the_head_words(nlp):
    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    model = _Recording(vocabulary={}, idf=np.zeros(0), weights=np.zeros((2, 0)), bias=np.array([0.0, -1.0]),
                       classes=[classifier.NONE, "SUPPORT"])
    doc = nlp("Chile condemned the raid. Peru praised the court's ruling on Tuesday.")
    try:
        coder.model = model
        coder.code(doc)
    finally:
        coder.model = held
    heads = [{f for f in feats if f.startswith("r:head:")} for feats in model.asked]
    assert len(heads) == 2 and "r:head:ACCUSE" in heads[0] and "r:head:SUPPORT" in heads[1]
