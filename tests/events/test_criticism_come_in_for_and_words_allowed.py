"""Two phrases whose verb names no act of its own. Criticism one "comes in for" is undergone, as criticism one
comes under (accuse.yaml; with no critic named, no event), not a trip. What one is allowed "to say" or "to claim" is
words made possible, no concession (none.yaml); an envoy allowed to enter stays access given. Sentences written for
these tests."""

import pytest

from tests.events.conftest import found_acts


def test_criticism_come_in_for_is_no_trip(code):
    events, _ = code("The chief of staff has come in for tough criticism over his handling of the crisis.")
    assert "CONSULT" not in {e.type for e in events}, found_acts(events)


def test_criticism_come_in_for_from_a_party_is_its_criticism(typed):
    assert typed("The minister came in for sharp criticism from the opposition.")["came"] == ("ACCUSE", "111")


@pytest.mark.parametrize("text, word", [
    ("The scheme will permit the banks to say they met their pricing target.", "permit"),
    ("The truce allowed both governments to claim victory.", "allowed"),
])
def test_words_allowed_are_no_concession(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] == "NONE", text


def test_entry_allowed_stays_access(typed):
    assert typed("Ruritania allowed the UN inspectors to enter the plant.")["allowed"][0] == "RETREAT"
