"""A state or body named only as the owner of what talks are about ("talked about Chile's new tariffs", "held talks
on Chile's trade deficit") is no party to the talks, in the rules (reading.py) and the model
(roles.no_party.topic_owner, data/no_party.yaml `topics`, `discussing`); the one met, and the owner of what an act
is done to, stay targets. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, owner", [
    ("Peru's foreign minister and Bolivia's president talked about Chile's new tariffs.", "Chile"),
    ("Officials from Peru held talks on Chile's trade deficit on Monday.", "Chile"),
    ("Peru's foreign minister and the IMF chief discussed Chile's economic outlook on Monday.", "Chile"),
])
def test_the_owner_of_a_topic_is_no_target_of_talks(code, text, owner):
    events, actors = code(text)
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks
    assert all(owner not in names(e.target, actors) for e in talks)


@pytest.mark.parametrize("text, type_, target", [
    ("Peru's foreign minister met Chile's delegation on Monday.", "CONSULT", "Chile"),
    ("Peru held talks with Chile on the border dispute.", "CONSULT", "Chile"),
    ("Kenya criticised Uganda's trade policy.", "ACCUSE", "Uganda"),
])
def test_the_party_met_or_acted_on_stays(code, text, type_, target):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert names(event.target, actors) == {target}
