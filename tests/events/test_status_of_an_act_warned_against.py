"""An act warned against ("warned Oman against selling arms", "cautioned Lima against signing the accord") is asked
not to be done: hypothetical, not done, while the warning itself took place. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Washington has warned Baghdad against firing rockets at the oil platforms.",
    "The Chilean government cautioned Lima against attacking the fishing fleet.",
])
def test_an_act_warned_against_is_hypothetical(code, rules_only, text):
    events, _ = code(text)
    warned = [e for e in events if e.trigger in ("warned", "cautioned")]
    others = [e for e in events if e not in warned]
    assert warned and all(e.status == "occurred" for e in warned), [(e.trigger, e.status) for e in events]
    assert others and all(e.status == "hypothetical" for e in others), [(e.trigger, e.status) for e in events]
