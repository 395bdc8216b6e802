"""'Kick off' is to begin: the act begun codes itself; the dictionary's specific patterns of the phrase still code."""

import pytest

from dossier.events.matching import TriggerMatcher
from dossier.events.patterns import load_entries


@pytest.fixture(scope="module")
def found(nlp):
    matcher = TriggerMatcher(nlp.vocab, load_entries())
    return lambda text: {t.text: (e.type, e.cameo) for t, e in matcher(nlp(text))}


def test_talks_kicked_off_are_talks_not_an_attack(found):
    hits = found("Kenya and Ghana kick off a new round of trade talks in Accra on Monday.")
    assert hits.get("kick", ("NONE",))[0] == "NONE"
    assert hits["talks"][0] == "CONSULT"
    assert found("The ministers kicked off the summit with a joint statement.").get("kicked", ("NONE",))[0] == "NONE"


def test_must_not_an_inquiry_or_an_attack_kicked_off_still_codes(found):
    assert found("The regulator kicked off an investigation into the bank.")["kicked"][0] == "ACCUSE"
    assert found("Rebels kicked the door and attacked the convoy.")["attacked"][0] == "ASSAULT"
