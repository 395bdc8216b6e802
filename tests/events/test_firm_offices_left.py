"""Leaving a firm's office ("resigned as chief executive", "quit as chairman and CEO") is no official's resignation
(events/data/non_events.yaml, "a firm's office left"); a minister or a head of government resigning stays coded."""

import pytest


@pytest.mark.parametrize("text", [
    "Paul Grant resigned as chief executive of Acme Holdings last week.",
    "Anna Berg resigned as CEO of Nordic Paper on Friday.",
    "Her resignation as CEO of the bank came a day after the audit.",
])
def test_a_firms_office_left_is_no_resignation_event(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONCEDE", "RETREAT")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Britain's foreign minister resigned on Monday.",
    "Yoshida resigned as prime minister of Japan in December.",
])
def test_an_officials_resignation_stays_coded(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type in ("CONCEDE", "RETREAT")], [(e.type, e.trigger) for e in events]
