"""A state named inside what a meeting is to discuss or review ("met to review Kenyan compliance with the pact",
"will discuss penalties against Ghana at a meeting", "discussed relations with Japan") is no party to the meeting:
the role model does not take it for the target (roles/no_party.inside_topic); the one met stays, and a "with" phrase
on the thing discussed still names a party."""

import pytest

from tests.events.conftest import countries, names


def _talks(events):
    found = [e for e in events if e.type == "CONSULT"]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize("text, topic", [
    ("The White House National Trade Council is expected to discuss possible penalties against Brazil at a meeting "
     "set for Monday.", "BRA"),
    ("EC foreign ministers met in Brussels to discuss relations with Japan.", "JPN"),
])
def test_a_state_inside_the_matter_discussed_is_no_target(code, text, topic):
    events, actors = code(text)
    talks = _talks(events)
    assert talks.source
    assert topic not in countries(talks.target, actors)
    assert topic not in countries(talks.source, actors)


@pytest.mark.parametrize("text, party", [
    ("The EU envoy met Kenyan President Daniel Arap Moi to discuss Somali refugees.", "Moi"),
    ("Putin held talks with Erdogan about Syria on Monday.", "Erdo"),
])
def test_the_one_met_stays_the_target(code, text, party):
    events, actors = code(text)
    talks = _talks(events)
    assert any(party in n for n in names(talks.target, actors))
    assert "SOM" not in countries(talks.target, actors) and "SYR" not in countries(talks.target, actors)


def test_inside_topic_keeps_a_partner_of_the_thing_discussed(nlp):
    from dossier.events.roles.no_party import inside_topic
    doc = nlp("The premier met his cabinet to discuss a fishing pact with Norway.")
    met = next(t for t in doc if t.lower_ == "met")
    norway = next(t for t in doc if t.text == "Norway")
    assert norway.head.head.lower_ == "pact"  # the parse this test is about
    assert not inside_topic(norway, met)
    relations = nlp("The premier met his cabinet to discuss relations with Norway.")
    met = next(t for t in relations if t.lower_ == "met")
    norway = next(t for t in relations if t.text == "Norway")
    assert norway.head.head.lower_ == "relations"
    assert inside_topic(norway, met)
