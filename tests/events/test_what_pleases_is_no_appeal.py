"""A verb of asking told of a thing with only a "to" phrase tells what pleases someone: "the slogan did not appeal to
the Finnish voters", "the scheme appeals to Dutch pension funds" ask nothing of anyone (events/no_event.py
`pleases`; data/lexicon.yaml liking_verbs). An appeal by a party "for" a thing, "to" do one, or to a party over a
matter stays a request. Sentences written for these tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The new slogan did not appeal to the Finnish voters.",
    "The bond scheme appeals to Dutch pension funds, the Estonian minister said.",
])
def test_what_pleases_someone_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Malawi appealed to donors for emergency maize.",
    "The Finnish ministry appealed to residents to boil their water.",
    "Bolivia appealed to the United Nations over the river dispute.",
])
def test_an_appeal_by_a_party_stays_a_request(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], found_acts(events)
