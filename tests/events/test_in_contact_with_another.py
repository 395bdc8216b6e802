"""A party "in contact" or "in touch" with another, after a copula, is talking with it (consult.yaml "contact",
"touch"; lexicon `held_in_nouns`, read by noun_acts.held_state): CONSULT 040. Contact with no party, or contact
named as the object of another verb, is none."""

import pytest


@pytest.mark.parametrize("text", [
    "The Kenyan president has been in touch with Ethiopian leaders about the border dispute.",
    "The Italian foreign minister has been in contact with his Spanish counterpart to discuss the refugee crisis.",
    "Turkish officials remained in close contact with Iraqi authorities throughout the crisis.",
])
def test_in_contact_with_a_party_is_talking(code, text):
    events, _ = code(text)
    talks = [e for e in events if e.type == "CONSULT" and e.trigger in ("contact", "touch")]
    assert len(talks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert talks[0].cameo == "040" and talks[0].source and talks[0].target


@pytest.mark.parametrize("text", [
    "The nurse came into contact with an infected patient.",
    "The company has been in contact with several buyers.",
    "Investors kept in touch with the market through the night.",
])
def test_contact_with_no_party_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger in ("contact", "touch")], \
        [(e.type, e.cameo, e.trigger) for e in events]
