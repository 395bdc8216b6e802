"""Discussions are talks where they have parties ("after discussions with X", "the discussion between A and B") or
a light verb ("held discussions with X"); a discussion of a topic ("a discussion of China's economy") names none."""

from __future__ import annotations

from tests.events.conftest import names


def _consult(events):
    return [e for e in events if e.type == "CONSULT"]


def test_a_discussion_between_two_leaders_is_a_meeting(code):
    events, actors = code("The discussion between Macron and Merkel on Sunday lasted two hours.",
                          "2020-03-20")
    (talks,) = _consult(events)
    assert names(talks.source + talks.target, actors) == {"Emmanuel Macron", "Angela Merkel"}


def test_discussions_held_with_investors_are_a_meeting(code):
    events, _ = code("The Bolivian president held discussions with Japanese investors in Tokyo on Monday.",
                     "2020-03-20")
    assert _consult(events)


def test_a_decision_made_after_discussions_with_a_minister(code):
    events, actors = code("Ecuador said its decision was made after discussions with Colombian Defence Minister "
                          "Pablo Duarte.", "2020-03-20")
    (talks,) = _consult(events)
    assert "Pablo Duarte" in names(talks.target, actors)


def test_a_discussion_of_a_topic_is_no_meeting(code):
    events, _ = code("The new book offers a discussion of China's economy.", "2020-03-20")
    assert not _consult(events)


def test_a_plan_under_discussion_is_no_meeting(code):
    events, _ = code("The Peruvian plan is still under discussion in Lima.", "2020-03-20")
    assert not _consult(events)
