"""A rally, a march or a vigil held or attended by a state or its leader stays a demonstration (PROTEST 141), not
the official complaint a state's "protest" is (events/protests.py, lexicon `crowd_events`); a source who requests
anonymity asks nobody for anything (lexicon `anonymity_words`); "a striking demonstration of the fact" is a proof,
no demonstration (data/non_events.yaml)."""

import pytest


@pytest.mark.parametrize("text", [
    "President Moi attended a rally in Nairobi on Thursday to demand the envoy's return.",
    "For months the Kenyan government has staged such rallies nearly every week.",
])
def test_a_state_s_rally_is_a_demonstration(code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "141")]


@pytest.mark.parametrize("text", [
    "Beijing protested against the visit of the Dalai Lama.",
    "Kenya lodged a protest with Uganda over the arrests.",
])
def test_a_state_s_protest_stays_a_complaint(code, text):  # must-not
    events, _ = code(text)
    assert ("ACCUSE", "114") in [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text", [
    "Both Ugandan officials requested anonymity.",
    "Kenya's foreign minister called the accord a striking demonstration of the fact that the region was uniting.",
])
def test_no_act(code, text):
    events, _ = code(text)
    assert not events, [(e.type, e.trigger) for e in events]
