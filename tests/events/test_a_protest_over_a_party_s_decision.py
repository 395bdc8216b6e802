"""A protest "over" a party's decision is aimed at that party, as one "against" it is ("Norway protested over
Iceland's decision to close its waters": Iceland, the possessor of what the protest is "over"; reading.read_roles,
the phrase staying the act's issue). "Over the weekend" is a time, no party."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_the_decision_s_owner_is_the_target(code):
    events, actors = code("Norway today protested over Iceland's decision to close its waters to Norwegian trawlers.")
    protest = [e for e in events if e.trigger == "protested"]
    assert protest and names(protest[0].source, actors) == {"Norway"} \
        and names(protest[0].target, actors) == {"Iceland"}, _shown(events, actors)


def test_over_the_weekend_names_no_party(code):
    events, actors = code("Students protested over the weekend in the capital.")
    protest = [e for e in events if e.trigger == "protested"]
    assert protest and not protest[0].target, _shown(events, actors)
