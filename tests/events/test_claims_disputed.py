"""A report, a finding or a claim disputed, challenged or contested is a claim of fact answered, as a charge denied
is (accuse.yaml, CAMEO 110), not a refusal; a proposal, a motion or an ultimatum disputed or challenged stays a
refusal (the converted dictionary's REJECT 120)."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("A spokesman for the president disputed the findings of the inquiry.", "disputed"),
    ("The ministry disputed the results and methodology of the survey.", "disputed"),
    ("The agency challenged reports that its envoy had left.", "challenged"),
    ("The Ruritanian minister contested the official figures.", "contested"),
    ("Fredonia disputed Ruritania's claim to the islands.", "disputed"),
])
def test_a_claim_of_fact_disputed_is_answered(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "110"), text


@pytest.mark.parametrize("text, word", [
    ("The rebels disputed the ultimatum.", "disputed"),
    ("The opposition challenged the motion in parliament.", "challenged"),
    ("The ministry rejected the proposal.", "rejected"),
])
def test_a_proposal_or_an_ultimatum_disputed_stays_a_refusal(typed, text, word):
    assert typed(text)[word] == ("REJECT", "120"), text
