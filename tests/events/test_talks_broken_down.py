"""Talks that break down, collapse or fail are one act, coded on the talks (reject.yaml, CAMEO 164); the verb is
no second act of another type (none.yaml). A party that breaks off talks keeps its halt (sanction.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, verb, noun", [
    ("Talks on coffee quotas broke down in March largely because of a dispute between Peru and Chile.", "broke",
     "Talks"),
    ("The talks between Peru and Chile collapsed in March.", "collapsed", "talks"),
])
def test_talks_broken_down_are_coded_once(code, typed, text, verb, noun):
    found = typed(text)
    assert found[verb][0] == "NONE" and found[noun] == ("REJECT", "164"), found
    events, _ = code(text)
    assert len([e for e in events if e.cameo == "164"]) <= 1, [(e.type, e.trigger) for e in events]


def test_talks_broken_off_by_a_party_stay_its_halt(code):
    events, _ = code("Iraq broke off the talks with Iran after the raid.")
    assert [(e.type, e.cameo) for e in events if e.trigger == "broke"] == [("SANCTION", "164")], \
        [(e.type, e.trigger) for e in events]
