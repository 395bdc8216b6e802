"""Armed men who disband, or the units disbanded, are demobilised (RETREAT 087); a parliament, an assembly or a panel
disbanded by a court or a ruler is no force demobilised (patterns/retreat.yaml). What a party dominates is a weight
it holds, no act, even where the parser reads an unhyphenated "X dominated" as a verb (patterns/none.yaml). Texts
written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The chamber met on Tuesday despite the tribunal ruling disbanding it.",
    "The tribunal ordered the assembly disbanded in April.",
    "The high court ordered the dissolution of the Socialist dominated upper chamber of the legislature.",
])
def test_a_body_disbanded_or_dominated_is_no_retreat_or_destruction(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "RETREAT" or (e.type == "COERCE" and e.cameo == "1712")]


@pytest.mark.parametrize("text", [
    "The Kivu militia disbanded on Thursday.",
    "The Congolese government disbanded the paramilitary units in March.",
])
def test_armed_men_disbanded_are_demobilised(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "RETREAT" and e.cameo == "087"], [(e.type, e.cameo) for e in events]
