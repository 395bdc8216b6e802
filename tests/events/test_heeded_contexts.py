"""The non-event contexts looked for only on the words the coder reads them on (the triggers, each sentence's root
verb and the clauses it tells, the suit check's verbs): the same silences there, the same events."""

import pytest

import dossier.events.coder as coder_module
from dossier.events.coder import _heeded
from dossier.nlp.arrays import with_lemma

HEEDED = [
    "The Chilean peso weakened against the dollar on Friday, traders said.",  # a clause the root verb tells
    "Officials told reporters the ferry sank near the port.",  # the root verb itself
    "Investors who believe Ecuador will expel the envoy sold their bonds.",  # a trigger in a relative clause
]
ROOTS = [  # a context on the root verb: the model, which reads "won", would make an act of it
    "Chancellor Weber's coalition won the election in Hesse against the opposition alliance.",
    "President Ramaphosa's party won the vote in Durban against the opposition alliance.",
]
UNREAD = [  # a context on a word that is neither a trigger nor a root verb or its clause
    ("The ferry, which officials told reporters sank near the port, carried 40 people.", "told"),
    ("Lima will release the fishermen if Quito withdraws its patrol boats.", "withdraws"),
]


def _matched(nlp, text: str, heeded: bool) -> list[tuple[int, str]]:
    doc = nlp(text)
    matcher = nlp.get_pipe("dossier_events").coder.matcher
    verbs = with_lemma(doc, coder_module.legal_actions()["verbs"] | coder_module.faults()["verbs"], ("VERB", "AUX"))
    return [(t.i, e.key) for t, e in matcher(doc, _heeded(doc, verbs) if heeded else None)]


@pytest.mark.parametrize("text", HEEDED)
def test_a_context_on_a_heeded_word_or_a_trigger_is_found(nlp, text):
    found = _matched(nlp, text, heeded=True)
    assert any(key.startswith("context:") for _, key in found), found
    assert found == _matched(nlp, text, heeded=False)


@pytest.mark.parametrize("text, word", UNREAD)
def test_a_context_on_a_word_nobody_reads_is_not_looked_for(nlp, text, word):
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == word)
    assert any(i == at and key.startswith("context:") for i, key in _matched(nlp, text, heeded=False))
    assert all(i != at for i, _ in _matched(nlp, text, heeded=True))


@pytest.mark.parametrize("text", ROOTS)
def test_the_root_verb_is_heeded_so_that_the_model_adds_no_event_there(code, monkeypatch, text):
    assert not code(text)[0]
    monkeypatch.setattr(coder_module, "_heeded", lambda doc, verbs: {t.i for t in verbs})  # the roots left out
    assert [e.trigger for e in code(text)[0]] == ["won"]


@pytest.mark.parametrize("text", HEEDED + ROOTS + [text for text, _ in UNREAD])
def test_the_events_are_those_of_contexts_on_every_word(code, monkeypatch, text):
    def _summary(events):
        return [(e.type, e.cameo, e.trigger, e.source, e.target, e.status) for e in events]

    narrow = _summary(code(text)[0])
    monkeypatch.setattr(coder_module, "_heeded", lambda doc, verbs: set(range(len(doc))))
    assert _summary(code(text)[0]) == narrow
