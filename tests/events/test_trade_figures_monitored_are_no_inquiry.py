"""Figures and flows of trade watched are no inquiry into anyone (the converted dictionary's bare MONITOR is ACCUSE
090; patterns/none.yaml keeps votes, borders and markets watched, and now export figures, imports and purchases).
A party's calls monitored stay the dictionary's. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "The producers' group led by Ruritania will monitor the export figures of each of its members every quarter.",
    "Fredonia will set up a joint office with Ruritania to monitor Fredonian purchases of Ruritanian car parts.",
    "The Ruritanian trade minister said customs officers in Fredonia would monitor coffee imports.",
])
def test_trade_watched_is_no_inquiry(code, text):
    events, _ = code(text)
    assert [e.trigger for e in events if e.type == "ACCUSE"] == [], (text, [(e.type, e.trigger) for e in events])


def test_a_party_s_calls_monitored_stay_an_inquiry(typed):
    assert typed("Ruritania said it would monitor the Fredonian opposition leader's phone calls.")["monitor"][0] == \
        "ACCUSE"
