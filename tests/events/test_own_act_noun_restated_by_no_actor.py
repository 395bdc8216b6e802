"""A verb whose own act is named by its object noun ("reaffirmed … commitment"), told with a subject that names no
actor (a meeting, a communique), is done by the one that noun's possessor names: "the summit reaffirmed X's
commitment to Y" is X's commitment, and X is no target (events/roles/reading.py; data/acts_done.yaml `restated`).
Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, doer", [
    ("The summit in Lagos reaffirmed Ghana's commitment to the regional trade pact.", "GHA"),
    ("The final communique reaffirmed Egypt's commitment to the peace treaty with Israel.", "EGY"),
])
def test_the_possessor_of_the_act_noun_does_the_act(rules_only, code, text, doer):
    events, actors = code(text)
    event = only(events, "AGREE")
    assert _countries(event.source, actors) == {doer}, (event.source, event.target)
    assert doer not in _countries(event.target, actors)


def test_with_the_role_model_the_other_party_is_still_found(code):
    events, actors = code("The final communique reaffirmed Egypt's commitment to the peace treaty with Israel.")
    event = only(events, "AGREE")
    assert _countries(event.source, actors) == {"EGY"} and _countries(event.target, actors) == {"ISR"}


def test_must_not_a_doer_named_give_way_to_its_own_possessive(rules_only, code):
    events, actors = code("Kenya reaffirmed its commitment to the treaty with Tanzania.")
    event = only(events, "AGREE")
    assert _countries(event.source, actors) == {"KEN"}


def test_must_not_a_thing_received_make_its_giver_the_receiver(rules_only, code):
    events, actors = code("Uganda obtained a Japanese loan for its railways.")
    event = only(events, "AID")
    assert _countries(event.source, actors) == {"JPN"} and _countries(event.target, actors) == {"UGA"}


@pytest.mark.parametrize("text, kind, other", [
    ("The panel accepted Kenya's request for more time.", None, "KEN"),
    ("In a speech today, the American envoy said his country welcomed Peru's interest in joining the pact.",
     "SUPPORT", "PER"),
])
def test_must_not_an_act_done_to_what_another_did_make_that_one_its_doer(code, text, kind, other):
    events, actors = code(text)
    for event in events if kind is None else [only(events, kind)]:
        assert other not in _countries(event.source, actors), (event.type, event.source, event.target)
