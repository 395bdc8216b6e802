"""Talks or negotiations "involving" parties name their sides as a "between" phrase does (roles.reading._involved):
one party the source, the others the targets. Talks with no party named stay without sides."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, first, others, status", [
    ("Talks involving Chile, Peru and Bolivia resumed on Monday.", "Chile", {"Peru", "Bolivia"}, "occurred"),
    ("The negotiations involving Sudan and Egypt will resume next week.", "Sudan", {"Egypt"}, "planned"),
    ("Talks in Vienna involving Serbia and Albania ended without a deal.", "Serbia", {"Albania"}, "occurred"),
])
def test_talks_involving_parties_have_them_for_sides(code, text, first, others, status):
    events, actors = code(text)
    talks = [e for e in events if e.source and e.target]
    assert len(talks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(talks[0].source, actors) == {first} and others <= names(talks[0].target, actors)
    assert talks[0].status == status


@pytest.mark.parametrize("text", [
    "A scandal involving Ruritanian banks broke last week.",
    "An accident involving two trucks closed the road.",
])
def test_no_talks_no_sides(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.cameo, e.trigger) for e in events]
