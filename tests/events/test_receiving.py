"""A passive act without a "by" agent that happens in or during an act of force takes that act's doer as its source
(roles/receiving.py `cause_doers` with data/receiving.yaml `forceful_causes`, read in roles/reading.py): "were
killed in a Tanzanian raid" is Tanzania's act. Not a noun that names no doer, not a place's state inside the
noun's phrase, not a noun after "after", not a noun outside the list."""

from __future__ import annotations

from tests.events.conftest import names


def _of(events, kind):
    return [e for e in events if e.type == kind]


def test_those_killed_in_a_states_raid_are_killed_by_that_state(code):
    events, actors = code("Twelve border guards were killed in a Tanzanian raid on the outpost late on Sunday.")
    (event,) = _of(events, "ASSAULT")
    assert names(event.source, actors) == {"Tanzania"}


def test_ships_hit_during_a_states_missile_attack_are_hit_by_that_state(code):
    events, actors = code("Three Omani freighters were damaged during an Eritrean missile attack near the strait.")
    (event,) = _of(events, "ASSAULT")
    assert names(event.source, actors) == {"Eritrea"}


def test_an_agent_named_by_by_is_kept(code):
    events, actors = code("Twelve border guards were killed by Ugandan troops in a Tanzanian raid on the outpost.")
    (event,) = _of(events, "ASSAULT")
    assert "Tanzania" not in names(event.source, actors)


def test_a_raid_that_names_no_doer_gives_none(code):
    events, actors = code("Four farmers were arrested in a raid on a Zambian village on Friday.")
    assert all("Zambia" not in names(e.source, actors) for e in events)


def test_an_act_after_a_raid_is_not_the_raiders(code):
    events, actors = code("Four farmers were arrested after a Tanzanian raid on the outpost on Friday.")
    assert all("Tanzania" not in names(e.source, actors) for e in events)
