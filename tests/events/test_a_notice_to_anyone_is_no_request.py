"""A request made of anyone at all ("asked anyone with footage to send it in", "appealing for anybody who saw the
lorry to get in touch", "urged whoever found it to hand it in") is a notice to the public, no demand on a party
(events/no_event.py `_asked_of_anyone`; data/lexicon.yaml anyone_words). A request of a party stays. Sentences
written for these tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Police in Tartu asked anyone with footage of the crash to send it to the station.",
    "Detectives in Riga are appealing for anybody who saw the grey lorry near the depot to get in touch.",
    "The Estonian coast guard urged whoever found the drifting buoy to hand it in.",
])
def test_a_request_of_anyone_is_no_event(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Estonia asked Latvia to return the seized trawler.",
    "The Latvian police urged the Estonian border guard to hand over the two suspects.",
])
def test_a_request_of_a_party_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], found_acts(events)
