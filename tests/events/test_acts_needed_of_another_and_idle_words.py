"""An act one side says it needs another to do is wished of that one, not done (lexicon `wishing_verbs` "need":
hypothetical); an interference is no aid (events/patterns/none.yaml "interfere"); a thing that "came out" is no
visit (events/data/non_events.yaml "come out")."""

import pytest


def _found(events) -> list[tuple[str, str, str, str]]:
    return [(e.type, e.cameo, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, word", [
    ("The Lebanese prime minister said Lebanon needs France to send aid quickly.", "send"),
    ('"We need the President to step in and help us," the mayor of Iloilo said of Rodrigo Duterte.', "help"),
])
def test_an_act_needed_of_another_is_not_done(code, text, word):
    events, _ = code(text)
    acts = [e for e in events if word in e.trigger.split(" … ")]
    assert acts and all(e.status == "hypothetical" for e in acts), _found(events)


def test_an_act_done_for_another_stays_done(code):
    events, _ = code("France sent aid to Lebanon on Tuesday, the Lebanese prime minister said.")
    assert ("AID", "occurred") in {(e.type, e.status) for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    '"The Iranians used the rig to interfere with shipping convoys," the Pentagon spokesman said.',
    "Britain said Russian agents had tried to interfere in the Moldovan election.",
])
def test_an_interference_is_no_aid(code, text):
    events, _ = code(text)
    assert "AID" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "The Iranian director's last film never came out in the United States.",
    "The Danish report on the Greenland mine came out in Copenhagen on Monday.",
])
def test_a_thing_that_came_out_is_no_visit(code, text):
    events, _ = code(text)
    assert "CONSULT" not in {e.type for e in events}, _found(events)


def test_a_minister_who_came_stays_a_visitor(code):
    events, _ = code("The Chinese foreign minister came to Paris on Monday for talks with French leaders.")
    assert "CONSULT" in {e.type for e in events}, _found(events)
