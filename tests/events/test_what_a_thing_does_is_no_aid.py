"""Help or protection whose doer is a thing no actor owns, told in the simple present ("free trade does not help
workers", "the new law protects migrants"), says what the thing does in general: no aid given by anyone. Help by a
state, by a state's own aid, or told as done, stays an act."""

from __future__ import annotations

import pytest


def _aid(events):
    return [e for e in events if e.type == "AID"]


@pytest.mark.parametrize("text", [
    "Free trade does not help workers who lose their jobs, Senator Hale said.",
    "Free speech does not protect people who threaten judges, prosecutor Dana Ruiz said.",
    "The new statute protects migrants from abuse, Senator Hale said.",
    "Mexico has a rule that shields exporters from Chinese rivals.",
])
def test_what_a_thing_does_in_general_is_no_aid(code, text):
    events, _ = code(text, "2024-05-02")
    assert not _aid(events), [(e.type, e.cameo, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text", [
    "Japan helps Vietnam with loans.",
    "Japan protects its fishermen near the disputed islands.",
    "The airlift helped 2,000 refugees.",
])
def test_help_by_a_state_or_help_done_stays(code, text):
    events, _ = code(text, "2024-05-02")
    assert _aid(events), [(e.type, e.cameo, e.trigger) for e in events]
