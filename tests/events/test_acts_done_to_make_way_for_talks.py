"""An act done to make way for talks is done towards the other party of those talks: the "with" party of a noun of
talks in the act's infinitive of purpose (events/roles/purpose_talks.py, read by roles/reading.py). Sentences
written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, type_, country", [
    ("The Colombian rebels said they were halting attacks to make way for negotiations with the government.",
     "RETREAT", "COL"),
    ("The leaders of the French farmers' unions said they were suspending their blockades to leave room for "
     "negotiations with the government.", "RETREAT", "FRA"),
    ("Nurses in Ghana suspended their strike to make room for talks with the health ministry.", "CONCEDE", "GHA"),
])
def test_the_party_of_the_talks_made_way_for_is_the_target(code, text, type_, country):
    events, actors = code(text)
    event = only(events, type_)
    assert _countries(event.target, actors) == {country}, event.target


def test_must_not_a_purpose_without_talks_gives_a_target(code):
    events, actors = code("The Colombian rebels said they were halting attacks to allow aid convoys from Ecuador to "
                          "reach the town.")
    event = only(events, "RETREAT")
    assert "ECU" not in _countries(event.target, actors)


def test_must_not_talks_outside_the_purpose_give_a_target(code):
    events, actors = code("The Colombian rebels halted attacks on Monday, and Ecuador hosted talks with the "
                          "government.")
    assert all("ECU" not in _countries(e.target, actors) and "COL" not in _countries(e.target, actors)
               for e in events if e.type == "RETREAT")
