"""With an object, a verb whose object is the one harmed (data/lexicon.yaml `victim_verbs`: "shot a guard at a
mall", "killed a rider on a Chicago train") has no aim in its "at" or "on" phrase: that phrase places the victim,
and its city is no target of the rules nor of the role model (roles/reading.py `victim_verb`,
`where_victim_was`). "Fired shells at X" keeps X as the aim; a state or a thing's owner in the phrase stays the
target ("a guard on Kenya's oil platforms"). Sentences
written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, place", [
    ("Gunmen shot a guard at a Denver shopping mall on Friday.", "Denver"),
    ("Gunmen stabbed a commuter on a Chicago subway train late on Tuesday.", "Chicago"),
])
def test_where_the_victim_was_is_no_target(code, text, place):
    events, actors = code(text)
    event = next(e for e in events if e.type == "ASSAULT")
    assert names(event.source, actors) == {"rebels (country unknown)"}
    assert place not in names(event.target, actors)


def test_the_aim_of_a_thing_fired_stays_the_target(code):
    events, actors = code("Rebels fired mortar rounds at Kenyan troops on Monday.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert names(event.target, actors) == {"Kenyan military"}


def test_the_owner_of_the_place_of_the_victim_stays_the_target(code):
    events, actors = code("Gunmen shot a guard on Kenya's oil platforms on Monday.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert names(event.target, actors) == {"Kenya"}
