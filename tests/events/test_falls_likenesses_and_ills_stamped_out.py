"""Words of the converted dictionary that name no act where wire stories use them in another sense: "declining"
before a figure and "declined comment" (no refusal), one thing matching another (no fight), a disease or a pest
stamped out (the "disease" context), a thing demonstrated in the passive (no protest); the close sentences keep
their acts."""

from __future__ import annotations

import pytest


def _types(code, text, word):
    events, _ = code(text)
    return [(e.type, e.cameo) for e in events if e.trigger and e.trigger.lower().startswith(word)]


@pytest.mark.parametrize("text, word", [
    ("The Danish central bank has so far declined comment.", "declin"),
    ("Brokers named as reasons declining Swedish output and weak demand.", "declin"),
    ("The Japanese offer to Seoul largely matched the Korean price.", "match"),
    ("Our Egyptian bid matched the earlier Italian offer.", "match"),
    ("Argentine ranchers have eradicated anthrax on the pampas, the Buenos Aires farm ministry said.", "eradicat"),
    ("Kenya has eradicated rinderpest, the agriculture minister said.", "eradicat"),
    ("The Polish plan, as demonstrated by the minister to EU envoys in Brussels, would cut coal use by half.",
     "demonstrat"),
    ("Greece's resolve, as demonstrated by the naval drills off Crete, worried Ankara.", "demonstrat"),
])
def test_no_act(code, text, word):
    assert _types(code, text, word) == []


@pytest.mark.parametrize("text, word, expected", [
    ("Turkey declined the Greek invitation to talks in Athens.", "declin", ("REJECT", "120")),
    ("Chinese troops wiped out a Vietnamese patrol near the border, Hanoi said.", "wip", ("ASSAULT", "190")),
    ("Thousands of Polish miners demonstrated outside the government offices in Warsaw.", "demonstrat",
     ("PROTEST", "141")),
])
def test_the_act_stays(code, text, word, expected):
    assert _types(code, text, word) == [expected]
