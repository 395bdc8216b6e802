"""An act done to a definite noun of a rising or a stoppage ("crush the rebellion", "dispersed the protest") whose
phrase names no doer is done to those the story named doing it before ("a rebellion by army officers", "students
staged a protest"): roles/risings.py, data/acts_done.yaml `risings`. A rising whose phrase names its own doer, or one
the story never named a doer of, keeps today's reading. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _kinds(actors, ids):
    return {(actors[i].country, (actors[i].cameo or "")[3:6]) for i in ids if i in actors}


@pytest.mark.parametrize("text, verb, target", [
    ("The cabinet will ask congress for emergency powers after a rebellion by army officers at a base near Salta. "
     "Army chief Jorge Villegas said he would use force to crush the rebellion.", "crush", "MIL"),
    ("Hundreds of students staged a protest outside the parliament in Dhaka on Monday. Bangladeshi police "
     "dispersed the protest with tear gas.", "dispersed", "EDU"),
])
def test_the_rising_s_doers_are_the_target(code, text, verb, target):
    events, actors = code(text)
    hits = [e for e in events if e.trigger.split()[-1] == verb]
    assert hits and any(target in {s for _, s in _kinds(actors, e.target)} for e in hits), \
        [(e.trigger, e.source, e.target) for e in events]


def test_no_earlier_doer_leaves_the_target_empty(code):
    events, actors = code("Bangladeshi police dispersed the protest with tear gas on Monday.")
    assert all(not e.target for e in events if e.trigger == "dispersed"), [(e.trigger, e.target) for e in events]


def test_a_rising_that_names_its_own_doer_keeps_it(code):
    events, actors = code("A rebellion by army officers erupted at a base near Salta. Army chief Jorge Villegas "
                          "said he would use force to crush a rebellion by the rebels in Peru.")
    hits = [e for e in events if e.trigger.split()[-1] == "crush"]
    assert hits and all("MIL" not in {s for _, s in _kinds(actors, e.target)} for e in hits), \
        [(e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, verb, target", [
    ("A revolt by army officers spread to three garrisons on Friday. Defence Minister Carlos Vega deployed police "
     "units on Saturday to end the revolt.", "deployed", "MIL"),
    ("Thousands of students began a rebellion in the capital on Monday. President Juan Reyes began moving troops "
     "for an operation to end the rebellion.", "moving", "EDU"),
])
def test_forces_moved_to_end_a_rising_are_moved_against_its_doers(code, text, verb, target):
    events, actors = code(text)
    hits = [e for e in events if e.type == "MOBILIZE" and e.trigger.split()[-1] == verb]
    assert hits and any(target in {s for _, s in _kinds(actors, e.target)} for e in hits), \
        [(e.trigger, e.source, e.target) for e in events]


def test_forces_moved_for_another_purpose_keep_no_target(code):
    events, _ = code("Interior Minister Carlos Vega deployed police units on Saturday to guard the prisons.")
    hits = [e for e in events if e.type == "MOBILIZE"]
    assert hits and all(not e.target for e in hits), [(e.trigger, e.source, e.target) for e in events]
