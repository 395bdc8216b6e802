"""Sanctions widened, broadened or toughened are imposed anew, as raised or extended ones are: SANCTION 163 by the
one who widens them on the one they are against (patterns/sanction.yaml). Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, target", [
    ("Japan widened its sanctions on Myanmar on Thursday.", "MMR"),
    ("Australia broadened its sanctions against Belarus last week.", "BLR"),
    ("Norway toughened its sanctions on Venezuela on Friday.", "VEN"),
])
def test_sanctions_widened_are_a_sanction(code, text, target):
    events, actors = code(text)
    hits = [e for e in events if e.type == "SANCTION" and e.cameo == "163"]
    assert hits, [(e.type, e.cameo) for e in events]
    assert {actors[t].country for t in hits[0].target} == {target}
    assert not [e for e in events if e.type in ("REJECT", "COERCE")]
