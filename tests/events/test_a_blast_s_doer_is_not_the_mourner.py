"""An act of harm whose subject is a blast, a weapon or a mishap ("where a blast killed 12 traders", "the bomb that
killed 40") is done by nobody the sentence names outside that thing's own words: not by the envoy who lays flowers
there or the president who visits the town (roles/harming_things.py, data/no_party.yaml `harming_things`). Who set
the thing off stays its doer ("fired a rocket that killed", "a bomb planted by the rebels")."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text", [
    "The Ghanaian envoy laid flowers at the market, where a blast killed 12 traders.",
    "The Ghanaian envoy laid flowers near the blast that killed 12 traders.",
    "President Obote visited the port city, where last year's car bomb killed 40 people.",
])
def test_the_mourner_or_visitor_is_no_doer(code, text):
    events, actors = code(text)
    harm = [e for e in events if e.type == "ASSAULT"]
    assert harm and all(not e.source for e in harm), [(e.type, names(e.source, actors)) for e in events]


def test_the_visit_keeps_its_visitor(code):
    events, actors = code("President Obote visited the port city, where last year's car bomb killed 40 people.")
    assert any(e.type == "CONSULT" and "Obote" in " ".join(names(e.source, actors)) for e in events)


@pytest.mark.parametrize("text", [
    "Rebels of the Lord's Army fired a rocket that killed six Ugandan soldiers.",
    "A bomb planted by the rebels killed 12 traders, the Ugandan army said.",
])
def test_who_set_it_off_stays_the_doer(code, text):  # must-not
    events, actors = code(text)
    harm = [e for e in events if e.type == "ASSAULT" and e.trigger == "killed"]
    assert harm and all(any("ebel" in n for n in names(e.source, actors)) for e in harm), \
        [(e.type, e.trigger, names(e.source, actors)) for e in events]


def test_the_sides_a_thing_came_from_may_be_its_doers(code):
    """Shells "from" a duel between two states: those states fired them (the thing's "from" phrase is its own)."""
    events, actors = code("Rockets from a duel between Israel and Hezbollah fell on a Syrian border post on Monday.",
                          "2006-07-20")
    harm = [e for e in events if e.type == "ASSAULT"]
    assert harm and "Israel" in names(harm[0].source, actors)
