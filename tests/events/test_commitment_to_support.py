"""A commitment to an act of support for a party, told again or voiced, is support for that party, SUPPORT 051
(patterns/support.yaml, `object_to: support`, matching.object_to_support: the "to" verb one of the lexicon's
`support_verbs`, its object naming a party); a commitment to support a thing of no party stays the promise of
agree.yaml."""

import pytest

from dossier.events.matching import object_to_support


@pytest.mark.parametrize("text, word", [
    ("Japan reaffirmed its commitment to support the government of Fredonia.", "reaffirmed"),
    ("The envoy reiterated the UN's commitment to supporting Chad's sovereignty.", "reiterated"),
    ("The air force reiterated its commitment to support the Nigerian police with intelligence.", "reiterated"),
    ("Lisbon renewed its pledge to back the government of Angola.", "renewed"),
])
def test_a_commitment_to_support_a_party_told_again_is_support(typed, text, word):
    assert typed(text)[word] == ("SUPPORT", "051"), text


@pytest.mark.parametrize("text, word", [
    ("The seven nations reaffirmed their commitment to support its value.", "reaffirmed"),
    ("The minister stressed the government's commitment to support growth.", "stressed"),
    ("The agency reiterated its commitment to work with the ministry on the census.", "reiterated"),
    ("Kenya reaffirmed its commitment to the peace deal.", "reaffirmed"),
])
def test_a_commitment_to_support_no_party_or_to_another_act_is_no_support(typed, text, word):
    assert typed(text).get(word, ("NONE", ""))[0] != "SUPPORT", text


@pytest.mark.parametrize("text, expected", [
    ("Its commitment to support the people of Angola is clear.", True),
    ("Its commitment to supporting Peru's sovereignty is clear.", True),
    ("Its commitment to support growth is clear.", False),
    ("Its commitment to cooperate with Peru is clear.", False),
    ("Its commitment to the people of Angola is clear.", False),
])
def test_object_to_support(nlp, text, expected):
    doc = nlp(text)
    commitment = next(t for t in doc if t.lower_ == "commitment")
    assert object_to_support(commitment) is expected, text
