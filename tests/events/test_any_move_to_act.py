"""The act of a decision noun with "any" is no one act told (events/status.any_kind, coder._status): "any move to
impose sanctions", "any decision to expel the envoy" are hypothetical, where "Kenya's decision to expel the envoy"
is the act decided, planned. Texts written here."""

from __future__ import annotations

import pytest


def _statuses(code, text, ptype):
    events, _ = code(text)
    return [e.status for e in events if e.type == ptype]


@pytest.mark.parametrize("text", [
    "Tanzania cautioned that any move to impose sanctions on Malawi would hurt regional trade.",
    "Any decision to expel the Malawian envoy has to be approved by the Tanzanian cabinet.",
])
def test_any_move_to_act_is_hypothetical(code, text):
    found = _statuses(code, text, "SANCTION")
    assert found and set(found) == {"hypothetical"}, found


def test_a_party_s_decision_to_act_stays_planned(code):
    found = _statuses(code, "Tanzania's decision to expel the Malawian envoy angered Lilongwe.", "SANCTION")
    assert found and set(found) == {"planned"}, found
