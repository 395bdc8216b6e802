"""The one whose premises something happens in is no target of another verb's act: the name before, or the possessor
of, a noun of a building, a room or a sitting after "in", "at", "to"… on another word than the trigger
("surrendered at the X Police Bureau headquarters and was charged", "at a hearing in X's subcommittee, Y criticized…")
(events/roles/no_party.py `owner_of_premises`, data/no_party.yaml `premises`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, owner", [
    ("The suspect surrendered at Portland Police Bureau headquarters and was charged with robbery.", "charged",
     "Portland Police Bureau"),
    ("A woman walked into Tacoma Police Department headquarters on Sunday and was charged with arson.", "charged",
     "Tacoma Police Department"),
    ("At a budget hearing in Nadler's subcommittee, Rep. Sam Graves pushed for more funding.", "pushed", "Nadler"),
])
def test_the_owner_of_the_place_is_no_target(code, text, trigger, owner):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert owner not in names(event.target, actors), event.target


@pytest.mark.parametrize("text, trigger, country", [
    ("Iranian students stormed the U.S. embassy and took 52 diplomats hostage.", "stormed", "USA"),
    ("Protesters gathered outside the Russian embassy and denounced the invasion.", "denounced", "RUS"),
])
def test_the_place_acted_on_keeps_its_owner(code, text, trigger, country):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert country in {actors[i].country for i in event.target}, event.target
