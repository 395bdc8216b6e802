"""Money one side has lent and another still owes, told as a stock held ("have loans outstanding to", "hold credits
to", "outstanding / existing loans"), is no aid given in the story; an act of lending or giving keeps its AID event,
and an act of another type held ("held talks") keeps its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Some thirty Kenyan banks have loans outstanding to Uganda, bankers said.",
    "Japanese lenders hold large credits to Brazil and Mexico.",
    "Japanese banks are carrying outstanding loans to Nigeria worth 3 billion dollars.",
    "The loans held by Kenyan banks in Uganda were written off.",
])
def test_a_stock_of_loans_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Japan extended new loans to Nigeria last year.", "extended … loans"),
    ("Japan will grant Peru a loan of 200 million dollars.", "grant"),
    ("China provided loans worth 3 billion dollars to Angola.", "provided"),
    ("Japan had given Nigeria loans worth 3 billion dollars.", "given"),
])
def test_lending_keeps_its_aid(code, text, trigger):
    events, _ = code(text)
    assert [e for e in events if e.type == "AID" and e.trigger == trigger], [(e.type, e.trigger) for e in events]


def test_talks_held_keep_their_event(code):
    events, _ = code("Kenya held talks with Uganda on Monday.")
    assert [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]
