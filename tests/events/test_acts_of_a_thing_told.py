"""One who tells of an act whose own subject names no actor, a thing or an act ("Officials say a blaze that gutted
two shops…", "Police said a blast wrecked the hall and hurt six"), is not its doer: the role model does not take the
teller for the source (roles.model.thing_done). A subject that names an actor still gives the source. Sentences
written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text", [
    "Police said a blast wrecked the town hall and injured six people.",
    "Officials say a shooting that wounded two Kenyan soldiers near the harbour may have been a robbery.",
    "Authorities said a blast tore through the market and killed four Kenyan soldiers.",
])
def test_the_teller_of_a_thing_s_act_is_not_its_doer(code, text):
    events, actors = code(text)
    event = next(e for e in events if e.type == "ASSAULT")
    assert event.target
    assert not event.source  # neither the police nor the officials who tell of it


def test_a_subject_that_names_an_actor_stays_the_source(code):
    events, actors = code("The minister said the army attacked the rebels.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert names(event.source, actors) == {"military (country unknown)"}


@pytest.mark.parametrize("text, teller", [
    ("The Chilean dockers' union said its members have blockaded the Peruvian embassy in Santiago.", "Chile"),
    ("Senator Tomas Lindqvist said people who had not served in the cabinet should replace the ministers.",
     "Lindqvist"),
])
def test_the_teller_of_people_s_act_is_no_thing_s_teller(code, text, teller):
    """People told of ("its members", "people who…") are no thing: the rule that drops the teller does not apply,
    so the teller the role model takes stays (here the one who speaks for the members or asks for the change)."""
    events, actors = code(text)
    assert events, text
    assert any(teller.lower() in " ".join(names(e.source, actors)).lower() for e in events), \
        [(e.type, names(e.source, actors)) for e in events]
