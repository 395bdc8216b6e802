"""People named as acting "for" two states ("negotiators for the two countries") are each state's people, as they are
"of" or "from" them (actors.Resolver._people_of_states): the two meet or agree with each other, not a party of no
country with nobody. Only nouns of people who act for a state read so (roles/data/members.yaml)."""

from __future__ import annotations

from tests.events.conftest import names

_BEFORE = "Kenya and Uganda have quarrelled over their border for years. "


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_negotiators_for_the_two_countries_meet(code):
    events, actors = code(_BEFORE + "Negotiators for the two countries met in Geneva on Monday.")
    met = [e for e in events if e.trigger == "met"]
    assert met and {actors[a].country for a in met[0].source} == {"KEN"}, _shown(events, actors)
    assert {actors[a].country for a in met[0].target} == {"UGA"}, _shown(events, actors)


def test_delegates_for_the_two_states_agree(code):
    events, actors = code(_BEFORE + "Delegates for the two countries agreed on Monday to reopen the border.")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and {actors[a].country for a in agreed[0].source + agreed[0].target} == {"KEN", "UGA"}, \
        _shown(events, actors)


def test_negotiators_of_the_two_countries_as_before(code):
    events, actors = code(_BEFORE + "Negotiators of the two countries met in Geneva on Monday.")
    met = [e for e in events if e.trigger == "met"]
    assert met and {actors[a].country for a in met[0].source + met[0].target} == {"KEN", "UGA"}, \
        _shown(events, actors)
