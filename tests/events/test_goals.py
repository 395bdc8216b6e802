"""What an act or a noun is for is not an act of its own; light verbs the lemmatizer misreads still lend their subject."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, absent", [
    ("The detainees kept up a hunger strike to win the release of Tomas Berg and demand a trial.", "REQUEST"),
    ("Brazil increased pressure on Paraguay to cut its ties with Taiwan.", "SANCTION"),
    ("The dockers held a rally to demand higher wages from Maersk.", "REQUEST"),
    ("The detainees began a hunger strike to demand a trial for Tomas Berg.", "REQUEST"),
])
def test_goal_infinitive_is_no_event(code, text, absent):
    events, _ = code(text)
    assert absent not in {e.type for e in events}


def test_purpose_of_a_non_event_verb_is_the_act(code):
    events, _ = code("Chilean police used water cannon to disperse the protesters.")
    assert "COERCE" in {e.type for e in events}


@pytest.mark.parametrize("text, ptype", [
    ("Thousands of students staged a demonstration in Caracas on Monday.", "PROTEST"),
    ("Valdoria mounted an invasion of Ostrava at dawn.", "ASSAULT"),
])
def test_light_verbs_lend_their_subject(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype and e.source]


def test_prisoners_are_actors(code):
    events, actors = code("Prisoners rioted at the central jail of Lima on Sunday.")
    riot = [e for e in events if e.type == "PROTEST"]
    assert riot and riot[0].source == ["agent:---:CVL"]
