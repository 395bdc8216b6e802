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
