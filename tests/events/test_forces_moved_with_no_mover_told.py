"""Forces of one state moved where the sentence names no mover ("Egyptian troops were sent to Sudan", "sending
Turkey's troops to help Libya", "the Kenyan police deployed to Haiti"): the state whose forces they are moves them,
so they are the act's source and the place or party they go to its target, never the forces themselves
(events/roles/deployed_forces.py `moved_forces`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, mover, goes_to", [
    ("Egyptian troops were sent to Sudan on Monday.", "EGY", "SDN"),
    ("Sending Turkish troops to support Libya's government was approved by a vote.", "TUR", "LBY"),
    ("Residents of Bamako cheered the Chadian soldiers sent to Mali.", "TCD", "MLI"),
    ("Nigeria's soldiers were deployed to Gambia after the disputed vote.", "NGA", "GMB"),
])
def test_a_states_forces_moved_with_no_mover_are_moved_by_that_state(code, text, mover, goes_to):
    events, actors = code(text)
    event = only(events, "MOBILIZE")
    assert _countries(event.source, actors) == {mover}, (text, event.source, event.target)
    assert mover not in _countries(event.target, actors) and goes_to in _countries(event.target, actors)


def test_must_not_a_mover_told_by_by_lose_its_place(code):
    events, actors = code("Egyptian troops were sent to Sudan by the United States.")
    assert _countries(only(events, "MOBILIZE").source, actors) == {"USA"}


def test_must_not_forces_attacked_be_made_the_attacker(code):
    events, actors = code("Egyptian troops were attacked in Sudan on Monday.")
    event = only(events, "ASSAULT")
    assert "EGY" not in _countries(event.source, actors) and "EGY" in _countries(event.target, actors)


def test_must_not_forces_of_no_state_be_made_the_mover(code):
    events, actors = code("Troops were sent to Sudan on Monday.")
    assert _countries(only(events, "MOBILIZE").source, actors) <= {None}


def test_bare_troops_the_story_places_elsewhere_are_still_the_movers_own(code):
    events, actors = code("President Biden spoke with the Pentagon on Monday about American troops abroad. "
                          "Later, Russia's parliament passed a bill to send troops to Syria.")
    event = only(events, "MOBILIZE")
    assert _countries(event.target, actors) == {"SYR"}, (event.source, event.target)


def test_must_not_a_named_states_forces_be_taken_for_the_movers_own(code):
    events, actors = code("Russia's parliament backed a plan to send American soldiers home from Syria.")
    assert all(e.type != "MOBILIZE" or "RUS" not in _countries(e.target, actors) for e in events)
