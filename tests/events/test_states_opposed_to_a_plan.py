"""A participle of a stance set on the noun that holds it is that noun's stance, as a predicate adjective's is its
subject's ("X remains opposed to Y"): "Togo, opposed to the Ghanaian proposal, …" is Togo against Ghana, and one who
joins "the states opposed to" a thing holds the stance with them (predicates.participle_stance,
data/stance_participles.yaml). The roles stage had read the participle as a passive done to the noun: the holder
was the target, or nobody the source. A stance told in the passive with its agent stays a passive."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def _opposed(events):
    return [e for e in events if e.trigger == "opposed"]


def test_a_state_set_off_as_opposed_holds_the_stance(code):
    events, actors = code("Togo, opposed to the Ghanaian proposal, voted against it on Monday.")
    opposed = _opposed(events)
    assert opposed and names(opposed[0].source, actors) == {"Togo"}, _shown(events, actors)
    assert names(opposed[0].target, actors) == {"Ghana"}, _shown(events, actors)


def test_one_who_joins_the_states_opposed_holds_it(code):
    events, actors = code("Denmark has joined the EC states opposed to the levy proposed by the Commission.")
    opposed = _opposed(events)
    assert opposed and names(opposed[0].source, actors) == {"Denmark"}, _shown(events, actors)


def test_opposed_by_an_agent_stays_a_passive(code):
    events, actors = code("The Ghanaian proposal was opposed by Togo on Monday.")
    opposed = _opposed(events)
    assert opposed and names(opposed[0].source, actors) == {"Togo"}, _shown(events, actors)
