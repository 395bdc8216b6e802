"""An accord, a pact, a treaty or an understanding sought with another party is intent to cooperate with it
(agree.yaml's "seek" with those objects, CAMEO 030 as the CAMEO dictionary's bare SEEK; PLOVER AGREE): the seeker
the source, the "with" party the target. One sought with nobody named, with "other companies", a deal (firms'
trade) and an understanding "of" a thing are none."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, seeker, other", [
    ("The Asian Development Bank is seeking a broad cooperation agreement with the Organisation of African Unity.",
     "Asian Development Bank", "Organization of African Unity"),
    ("Spain is seeking a new fishing accord with Morocco.", "Spain", "Morocco"),
    ("Chile sought a transit pact with Bolivia last year.", "Chile", "Bolivia"),
])
def test_an_accord_sought_with_a_party_is_intent_to_cooperate(code, text, seeker, other):
    events, actors = code(text, "1987-06-02")
    sought = [e for e in events if e.type == "AGREE" and e.cameo == "030"]
    assert len(sought) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert seeker in names(sought[0].source, actors) and other in names(sought[0].target, actors)


@pytest.mark.parametrize("text", [
    "The firm is seeking agreements with other companies that may want control of it.",
    "Rebels sought an understanding of the terms.",
    "The ministry is seeking a new accord.",
])
def test_an_accord_sought_with_no_party_named_is_none(code, text):
    events, _ = code(text, "1987-06-02")
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.cameo, e.trigger) for e in events]
