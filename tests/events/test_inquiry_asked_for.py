"""An inquiry wanted, sought or proposed is a request of whoever would hold it, not an accusation of that body nor
an inquiry held (patterns/request.yaml). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "The nurses' union wanted a congressional inquiry into the missing hospital funds.",
    "The opposition sought an independent inquiry into the harbour contracts.",
    "The farmers' league proposed a parliamentary investigation of the grain board.",
    "Two senators urged a hearing on the arms sales to Fredonia.",
])
def test_an_inquiry_asked_for_is_a_request(code, text):
    events, _ = code(text)
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]


def test_the_rules_alone_read_the_request(code, rules_only):
    events, _ = code("Lawmakers want an investigation into the ministry's loans.")
    assert [(e.type, e.trigger) for e in events] == [("REQUEST", "want")]


@pytest.mark.parametrize("text, kind", [
    # an inquiry opened or launched is held: ACCUSE (accuse.yaml)
    ("The House committee opened an inquiry into the sale of the jets to Ruritania.", "ACCUSE"),
    ("Prosecutors launched a probe into the minister's contracts.", "ACCUSE"),
])
def test_an_inquiry_held_stays_an_investigation(code, text, kind):
    events, _ = code(text)
    assert kind in [e.type for e in events] and "REQUEST" not in [e.type for e in events]


@pytest.mark.parametrize("text", [
    # the inquiry is the one that seeks, or the wish is to end it: no request for an inquiry
    "The inquiry sought documents from the shipping firm.",
    "The minister wanted to end the inquiry into the contracts.",
])
def test_no_request_where_no_inquiry_is_asked_for(code, text):
    events, _ = code(text)
    assert "REQUEST" not in [e.type for e in events], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    # the words' other senses stay the dictionaries' (`objects_only`)
    "The Fredonian premier proposed on Saturday that talks on missiles be kept apart from other issues.",
    "Commissioner Ruiz has proposed that grain prices be freed again.",
])
def test_other_proposals_stay_requests(code, text):
    events, _ = code(text)
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.trigger) for e in events]
