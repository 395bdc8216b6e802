"""A verb of asking whose complement is a question ("the judge asked him whether he understood", a quoted question
after it) asks for no act; nor does a wish to be left alone ("requested anonymity", "asked for privacy"): neither
is a request between parties (events/no_event.py `_a_question_asked`, `_anonymity`; data/lexicon.yaml
question_verbs, question_marks, anonymity_words). An act asked for stays a request. Sentences written for these
tests."""

import pytest


@pytest.mark.parametrize("text", [
    "At the Lyon hearing, Judge Marta Elling asked the Belgian envoy whether he understood the charges.",
    "The Danish prosecutor never asked the Swedish consul if he had seen the rifle that evening.",
    'Defence counsel Tom Brisk asked the Austrian attache, "Did you see the pistol on the ferry?"',
    "A Norwegian envoy, who requested anonymity, said the border talks with Russia had stalled.",
    "The Peruvian ambassador asked the Chilean press to respect his family's privacy.",
])
def test_a_question_or_a_wish_for_privacy_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya asked Uganda to withdraw its troops from the border.",
    "Kenya asked the United Nations for emergency food aid.",
    "The Danish prosecutor asked the Swedish consul to hand over the rifle.",
])
def test_an_act_asked_for_stays_a_request(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]
