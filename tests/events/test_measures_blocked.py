"""A measure blocked (a resolution, a bill, a nomination, a sale) is vetoed, a refusal (REJECT 129); blocking a road,
a crossing or a port obstructs a way (PROTEST 144, PLOVER's obstruct: "passage or access to a locale")
(patterns/reject.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Russia blocked the UN resolution on Syria.",
    "China blocked the Security Council statement on Myanmar.",
    "Hungary blocked the European Union's sanctions plan on Monday.",
])
def test_a_measure_blocked_is_a_veto(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "REJECT" and e.cameo == "129"], [(e.type, e.cameo) for e in events]
    assert not [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Protesters blocked the road to the airport.",
    "French farmers blocked the border crossing with tractors.",
])
def test_a_way_blocked_stays_obstruction(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "PROTEST" and e.cameo == "144"], [(e.type, e.cameo) for e in events]
