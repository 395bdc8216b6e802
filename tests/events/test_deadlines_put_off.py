"""A deadline put off gives more time and refuses no one (none.yaml, with reports put off); a meeting or a ban put
off stays a refusal (reject.yaml, CAMEO 125 and 120)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ottawa postponed the deadline for the import ban by two months.", "postponed"),
    ("The Danes deferred their March 3 deadline after a plea from Brussels.", "deferred"),
    ("The deadline for bids was deferred until Friday by the Treasury.", "deferred"),
])
def test_a_deadline_put_off_is_no_refusal(code, typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, cameo", [
    ("Chile postponed the talks with Peru.", "125"),
    ("Chile postponed the ban on Peruvian fish.", "120"),
])
def test_talks_or_a_ban_put_off_stay_refusals(typed, text, cameo):
    assert typed(text)["postponed"] == ("REJECT", cameo), typed(text)
