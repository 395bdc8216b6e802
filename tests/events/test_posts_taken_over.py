"""One who takes over as the holder of a post succeeds to it (none.yaml), no seizure (the converted dictionary's
TAKE OVER, COERCE 171); a place taken over stays a seizure."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ahmed Zaki, head of planning at the ministry, would take over as acting director.", "take"),
    ("Senator Mills will take over as chairman of the finance committee next month.", "take"),
    ("The deputy governor took over as head of the central bank on Monday.", "took"),
])
def test_taking_over_a_post_is_no_seizure(code, typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT")], [(e.type, e.trigger) for e in events]


def test_troops_taking_over_a_place_still_seize_it(typed):
    assert typed("Rebel troops took over the radio station in the capital.")["took"][0] == "ASSAULT"
