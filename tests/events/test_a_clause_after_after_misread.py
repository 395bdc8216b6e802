"""A clause opened by "after" or "before" whose subject the parser took for the preposition's object, joining the
clause's verb to the main verb with no "and" ("police sealed the street after the man, armed with a knife, stabbed
two guards"): the man does the stabbing, not the police (events/roles/doers.py `misread_clause_subject`, read by
`subject_tokens` and lone_doers.lone_subjects). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger", [
    ("Kenyan police closed the road after the gunman, armed with a pistol, shot two Ugandan traders.", "shot"),
    ("Police sealed off the market and set up checkpoints after the man, carrying a knife, stabbed a Kenyan guard.",
     "stabbed"),
])
def test_the_misread_subject_does_it(code, text, trigger):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert not any("police" in n.lower() for n in names(event.source, actors)), names(event.source, actors)


@pytest.mark.parametrize("text, trigger", [
    ("Kenyan police closed the road after midnight, and shot two Ugandan traders.", "shot"),
    ("Kenyan police closed the road after the attack and arrested two Ugandan traders.", "arrested"),
])
def test_the_main_subject_keeps_a_joined_act(code, text, trigger):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert "KEN" in {actors[i].country for i in event.source}, names(event.source, actors)
