"""A verb of telling that the speaker will not use ("he would not elaborate", "the ministry did not comment") is
silence before the press: no event, whatever the type model would make of it; a refusal of a party's act stays."""

from __future__ import annotations

import pytest

OPENING = "Foreign Minister Ana Ruiz of Chile met the Bolivian envoy in Santiago on Monday. "


@pytest.mark.parametrize("sentence", [
    "She would not elaborate.",
    "The ministry did not comment further.",
    "Her spokesman would not speculate on the outcome.",
])
def test_a_negated_verb_of_telling_is_no_event(code, sentence):
    events, _ = code(OPENING + sentence, "1999-03-02")
    assert not [e for e in events if e.evidence[0].text.strip() == sentence]


def test_a_refusal_of_a_party_s_act_stays(code):
    sentence = "Chile would not withdraw its troops from the border."
    events, _ = code(OPENING + sentence, "1999-03-02")
    assert [e for e in events if e.evidence[0].text.strip() == sentence]
