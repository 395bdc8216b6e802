""""Whose" on a relative clause's doers stands for the noun the clause is about, not for the one who tells the story
("a spokesman said the Fifth Brigade, whose troops repelled the raid, …": the brigade's troops), and that noun is no
target of the clause's act (events/actors.py `Resolver._possessor`, `_owned_agent`; events/roles/no_party.py
`owner_of_the_doers`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, country", [
    ("A police spokesman said the Iraqi Fifth Army Corps, whose soldiers repelled the raid, had a new commander.",
     "repelled", "IRQ"),
    ("Officials said the Ugandan army, whose troops shelled rebel positions on Monday, had lost two men.",
     "shelled", "UGA"),
])
def test_whose_troops_are_the_antecedents(code, text, trigger, country):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert {actors[i].country for i in event.source} == {country}, names(event.source, actors)
    assert not event.target or country not in {actors[i].country for i in event.target}, names(event.target, actors)


def test_a_person_whose_kin_acted_lends_no_agent(code):
    # a private man's brother is no state's agent: the act keeps its Kenyan target and takes no doer from the man
    events, actors = code("The police spokesman said the man, whose brother attacked a Kenyan patrol, was arrested.")
    event = next(e for e in events if e.trigger == "attacked")
    assert "KEN" in {actors[i].country for i in event.target}
    assert not any(actors[i].country for i in event.source)


def test_its_troops_keep_the_speaker(code):
    # a possessive "its" in what a state says stays that state's
    events, actors = code("Kenya said its troops had repelled an attack by Somali militants on Monday.")
    event = next(e for e in events if e.trigger == "repelled")
    assert "KEN" in {actors[i].country for i in event.source}
