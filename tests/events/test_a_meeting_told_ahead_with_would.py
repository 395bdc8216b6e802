"""A meeting's noun that is the subject of a verb with a plain "would" in a reported clause is the future of a past
telling, still to come: planned, as with "will" (events/status.py `_meeting_told_ahead`; round 77, modal77). Texts
written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("The Lusaka summit, the envoy said, would produce a border accord.", "summit"),
    ("The Zambian minister said his talks with Malawian officials would also cover smuggling.", "talks"),
])
def test_a_meeting_a_reported_would_tells_is_planned(code, text, trigger):
    events, _ = code(text, "1995-06-01")
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "planned" for e in found), [(e.type, e.trigger, e.status) for e in events]
