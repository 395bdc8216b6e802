"""The one who only tells of an act ("…, Kenya's envoy to the UN X said") is never its target, even where the
parser hangs his name below his title ("envoy to the UN X": X as the object of "to"); the act's own words may still
name him ("threatened him"). events/roles/tellers.py `only_tells`, read by the role model's `excluded`. Sentences
written here."""

from __future__ import annotations

from tests.events.conftest import names, only


def test_a_threat_told_by_an_envoy_is_not_made_against_him(code):
    events, actors = code("Brazil will retaliate with its own tariffs on steel if the levies stand, Brazilian "
                          "delegate to the WTO Jorge Almeida said.")
    event = only(events, "THREATEN")
    assert "Jorge Almeida" not in names(event.target, actors)
    assert names(event.source, actors) == {"Brazil"}


def test_a_withdrawal_told_by_an_envoy_is_not_from_him(code):
    events, actors = code("Norway stands ready to pull out of the whaling pact to protect its fishing interests "
                          "under the treaty, Norwegian envoy to the IWC Lars Berg said.")
    event = only(events, "RETREAT")
    assert "Lars Berg" not in names(event.target, actors)
    assert names(event.source, actors) == {"Norway"}


def test_a_threat_whose_words_name_the_teller_is_against_him(code):
    events, actors = code("The European Commission has threatened him with a fine over the quota, Brazilian "
                          "delegate to the WTO Jorge Almeida said.")
    event = only(events, "THREATEN")
    assert names(event.target, actors) == {"Jorge Almeida"}
