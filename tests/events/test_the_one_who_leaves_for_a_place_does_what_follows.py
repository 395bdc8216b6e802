"""A verb of setting off whose "for" phrase the parser read as an infinitive clause with the place for its subject
("X left for Beijing to attend the summit": "for Beijing to attend"): the one who leaves does what the infinitive
says, and the place is no doer (doers.misread_destination; roles/data/no_party.yaml `departures`). A "for X to" clause
after another word ("the time was right for Brazil to open talks") keeps its own subject."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, place", [
    ("The Indonesian foreign minister left for Beijing to attend the summit on Tuesday.", "China"),
    ("Foreign Minister Ali Alatas left for Beijing to attend the summit.", "China"),
    ("The Kenyan president left for Cairo to attend talks on the border.", "Egypt"),
])
def test_the_one_who_leaves_attends(code, text, place):
    events, actors = code(text)
    found = [e for e in events if e.type == "CONSULT"]
    assert found, [(e.type, e.trigger) for e in events]
    capital = {"China": "Beijing", "Egypt": "Cairo"}[place]
    assert found[0].source and not names(found[0].source, actors) & {place, capital}, \
        [(e.type, e.source, e.target) for e in events]


def test_a_for_clause_after_another_word_keeps_its_subject(code):
    events, actors = code("The firm's chief said the time was right for Brazil to open talks with its creditors.")
    found = [e for e in events if e.type == "CONSULT"]
    assert found and names(found[0].source, actors) == {"Brazil"}, [(e.type, e.source, e.target) for e in events]
