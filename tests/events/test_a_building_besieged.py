"""A building besieged or surrounded is where the act is done, never its target: the people the sentence says are
inside it are ("pinning students inside", "while deputies were still inside", "activists trying to get away"), else
the state of a named building's country where the story names it, else none (roles/besieged.py; data/no_party.yaml
`sieges`, `buildings`, `inside`). A body besieged ("Kenya's parliament") stays the target. Sentences written for these
tests."""

import pytest

from tests.events.conftest import names


def _siege(events):
    return next(e for e in events if e.trigger.split()[-1] in ("laid", "encircled", "besieged", "surrounded"))


@pytest.mark.parametrize("text, people", [
    ("Riot officers laid siege to a college outside Lagos, pinning some 300 students inside.",
     "students and academics (country unknown)"),
    ("Troops encircled the statehouse in Accra late on Monday while deputies were still inside.",
     "legislature (country unknown)"),
    ("Kumasi Technical University was besieged by officers, who fired pepper spray at students trying to escape.",
     "students and academics (country unknown)"),
])
def test_the_people_inside_are_the_target(code, text, people):
    events, actors = code(text)
    assert names(_siege(events).target, actors) == {people}


def test_a_named_building_with_nobody_inside_stands_for_its_state(code):
    events, actors = code("Kenya's president spoke on Sunday. On Monday Nairobi Technical University was surrounded "
                          "by soldiers.")
    assert names(_siege(events).target, actors) == {"Kenya"}


def test_a_body_besieged_stays_the_target(code):
    events, actors = code("Kenya's parliament was surrounded by soldiers on Friday while deputies were inside.")
    assert names(_siege(events).target, actors) == {"Kenyan legislature"}


def test_people_besieged_stay_the_target(code):
    events, actors = code("Police surrounded the rebels in a forest near Kumasi while villagers were inside their "
                          "homes.")
    assert names(_siege(events).target, actors) == {"rebels (country unknown)"}
