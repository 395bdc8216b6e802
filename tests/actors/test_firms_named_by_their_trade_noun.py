"""A name described by a firm's trade noun ("the state-owned airline X", "the brewer X": `kind_nouns` in the
lexicon) is a firm, whatever label the tagger gives the name; its acts toward firms are its business
(events/relevance.py `firms_own_trade`)."""

import pytest

from dossier.events.relevance import is_firm


@pytest.mark.parametrize("text, name", [
    ("The state-owned airline Vendoria cancelled 300 flights on Monday as ground crews walked out.", "Vendoria"),
    ("Halsmark, a family brewer, said on Tuesday it had bought a stake in a small bottling plant.", "Halsmark"),
])
def test_a_name_beside_a_trade_noun_is_a_firm(story, text, name):
    result = story(text)
    named = [e for e in result.entities if e.name == name]
    assert named and all(is_firm(e) for e in named)
