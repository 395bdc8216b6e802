"""When a sentence says the trigger's word twice ("X criticised A, and Y criticised B"), the role model reads each
event at the occurrence whose clause has the event's source for subject (roles.model.trigger_token), not always at
the first: the other clause's parties are not its sides. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, type_, first, second", [
    ("Peru criticised the loan terms, and Bolivia criticised the new rules set by Chile.", "ACCUSE", "Peru",
     "Bolivia"),
    ("Kenya rejected the new tariff plan on Monday, while Uganda rejected the customs deal offered by Tanzania.",
     "REJECT", "Kenya", "Uganda"),
])
def test_each_clause_keeps_its_own_sides(code, text, type_, first, second):
    events, actors = code(text)
    acts = [e for e in events if e.type == type_]
    assert len(acts) == 2
    sides = [(names(e.source, actors), names(e.target, actors)) for e in acts]
    assert ({first}, set()) in sides
    assert any(source == {second} and first not in target for source, target in sides)


def test_a_word_said_once_keeps_its_target(code):
    events, actors = code("Bolivia criticised the new rules set by Chile.")
    event = next(e for e in events if e.type == "ACCUSE")
    assert (names(event.source, actors), names(event.target, actors)) == ({"Bolivia"}, {"Chile"})
