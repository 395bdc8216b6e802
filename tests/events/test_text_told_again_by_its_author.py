"""A text told again by "the" and its noun alone that does an act ("The report blamed X", "The statement urged Y")
is its author's act: the author of the nearest text of that noun the story named before ("the commission released
its report", "the ministry said in a statement"), where its own phrase names none (events/roles/texts.py
`told_again_authors`, read in reading.read_roles). Sentences written here."""

from __future__ import annotations

import pytest


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def _act(events, kind):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.trigger, e.source, e.target) for e in events]
    return found[0]


@pytest.mark.parametrize("text, kind, author, target", [
    ("The Kenyan foreign ministry issued a statement on Monday. The statement condemned the Ugandan incursion.",
     "ACCUSE", "KEN", "UGA"),
    ("A parliamentary commission in Kenya released its report on the border war on Friday. The report blamed "
     "Uganda for the fighting.", "ACCUSE", "KEN", "UGA"),
    ("The Kenyan foreign ministry said in a statement that Uganda had moved troops to the border. The statement "
     "urged Uganda to pull them back.", "REQUEST", "KEN", "UGA"),
])
def test_the_text_told_again_acts_for_its_author(code, text, kind, author, target):
    events, actors = code(text)
    event = _act(events, kind)
    assert _countries(event.source, actors) == {author}, (event.source, event.target)
    assert target in _countries(event.target, actors)


@pytest.mark.parametrize("text", [
    "A report published on Monday said the economy grew. The report criticised Uganda for its tariffs.",
    "The Kenyan foreign ministry issued a statement on Monday. A new report criticised Uganda for its tariffs.",
])
def test_must_not_a_text_with_no_author_before_or_another_text_take_one(rules_only, code, text):
    events, actors = code(text)
    event = _act(events, "ACCUSE")
    assert "KEN" not in _countries(event.source, actors), (event.source, event.target)
