"""A wire dateline left in the text ("ROME, May 12 - Greek officials …": a second story in one file, a page's
dateline below the lines ingest looks at) is its own sentence: the act's doer is the people the demonym after the
dash names, not the dateline's place as well. Sentences written for these tests; the article is of 12 May 1987."""

from __future__ import annotations

import pytest


def _roles(code, text):
    return {e.type: (e.source, e.target) for e in code(text, "1987-05-12")[0]}


@pytest.mark.parametrize("text, kind, source, target", [
    ("Fishing talks stalled.\n\nROME, May 12 - Greek officials criticised Turkish plans for the island.", "ACCUSE",
     ["agent:GRC:GOV"], ["Q43"]),
    ("Fishing talks stalled.\n\nQUITO \u2014 Colombian police arrested two Ecuadorean traders.", "COERCE",
     ["agent:COL:COP"], ["agent:ECU:BUS"]),
    ("Fishing talks stalled.\n\nOSLO, May 12 - Danish troops raided a smugglers' camp near the border.", "ASSAULT",
     ["agent:DNK:MIL"], []),
])
def test_the_demonym_after_a_dateline_dash_names_the_doer(code, text, kind, source, target):
    assert _roles(code, text).get(kind) == (source, target)


def test_a_place_that_opens_a_sentence_of_its_own_stays_a_doer(code):
    roles = _roles(code, "Fishing talks stalled.\n\nRome and Greek officials criticised Turkish plans for the island.")
    assert roles["ACCUSE"][0] == ["agent:ITA:GOV", "agent:GRC:GOV"], roles
