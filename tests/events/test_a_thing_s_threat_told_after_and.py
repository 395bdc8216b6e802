"""A verb joined to another by "and" shares its subject: where that subject is a thing (sales, a perception, a plan,
a dispute), what it "threatens" is a danger no party holds out, and the act it threatens to bring is done by no one
(non_events.yaml "a thing that threatens", "the act a thing threatens"). A party that threatens after another verb
still threatens. Sentences written for these tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Cheap steel sales in the region have tripled and threaten to take a third of the market.",
    "The perception of weakness hurt the premier's standing and threatened to leave him isolated in parliament.",
    "The dispute over fishing rights has soured ties and threatens to derail the Lisbon talks.",
    "The new farm plans drew anger at home and threatened to condemn the bloc to a budget crisis.",
])
def test_a_thing_joined_by_and_makes_no_threat(code, text):
    events, _ = code(text)
    assert "THREATEN" not in {e.type for e in events}, found_acts(events)
    assert "ACCUSE" not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", [
    "The rebels seized the bridge and threatened to blow up the dam.",
    "Ruritania recalled its envoy and threatened to cut trade with Fredonia.",
])
def test_a_party_joined_by_and_still_threatens(code, text):
    events, _ = code(text)
    assert "THREATEN" in {e.type for e in events}, found_acts(events)
