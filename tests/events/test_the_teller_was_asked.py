"""A request told with an active "asked for" or "requested" that names no one asked, told by another actor who
speaks for a state, a body or a firm, was made of the teller ("a Brackwell spokesman said the regulator had asked
for the records": Brackwell) (events/roles/tellers.py `asked_teller`; data/story_context.yaml `asked_teller`).
Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, target", [
    ("A Kenyan foreign ministry spokesman said Uganda had asked for talks on the border dispute.", "KEN"),
    ("Tanzania said the IMF had asked for deep cuts in fuel subsidies.", "TZA"),
    ("A Brackwell spokesman said the Federal Trade Commission had asked for information a few weeks ago.", "Brackwell"),
])
def test_the_teller_is_the_one_asked(code, text, target):
    events, actors = code(text)
    event = next(e for e in events if e.type == "REQUEST")
    assert target in {actors[i].country for i in event.target} | {n.split()[0] for n in names(event.target, actors)}, \
        names(event.target, actors)


@pytest.mark.parametrize("text", [
    "An oil analyst, Tom Reyes, said OPEC had asked for restraint.",  # a private person speaks for no one asked
    "Kenya said Uganda had asked Tanzania for talks.",  # the one asked is named
    "Uganda said it had asked for talks on the border dispute.",  # the teller asks
])
def test_no_teller_taken(code, text):
    events, actors = code(text)
    event = next(e for e in events if e.type == "REQUEST")
    assert not any(actors[i].country == "KEN" for i in event.target) if "Tanzania" in text else True
    assert not any(i in event.source for i in event.target)
    if "analyst" in text or "it had" in text:
        assert not event.target, names(event.target, actors)
