"""A verb of sorrow or regret told with nobody it is aimed at, once every side is read ("lamented that the vigil had
turned into a brawl", "lamented the long waits for care"), tells a feeling, no disapproval of a party
(events/no_event.py `feelings_left_out`; data/lexicon.yaml regret_verbs). One aimed at a party stays an ACCUSE.
Sentences written for these tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Alderman Tomas Varga lamented that a quiet vigil had turned into a brawl.",
    "Dr. Ilse Marten lamented the long waits for care in the northern valleys.",
    "The Finnish envoy said Finland deeply regretted that the harbour dispute had worsened.",
])
def test_a_regret_aimed_at_nobody_is_no_accusation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


def test_a_regret_aimed_at_a_party_stays(code):
    events, _ = code("The Danish minister lamented the decision by Norway to close the ferry route.")
    assert [e for e in events if e.type == "ACCUSE"], found_acts(events)
