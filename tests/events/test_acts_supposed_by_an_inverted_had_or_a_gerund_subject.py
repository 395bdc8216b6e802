"""Acts only supposed (events/status.py; round 77, modal77): the content of a condition put before its subject
with "had" ("Had Zambia allowed the envoy to travel, …": `_supposed_before`), what a counterfactual "would have
allowed" would have let happen, and a gerund that is the subject of a clause with a modal ("shelling the towns
could anger X": `_supposed_subject`) are hypothetical. Must-nots: a gerund subject of a past verb and a permission
told in the past keep their acts. Texts written here."""

from __future__ import annotations

import pytest


def _statuses(events, trigger):
    return {e.status for e in events if e.trigger == trigger}


@pytest.mark.parametrize("text, trigger", [
    ("Had Zambia allowed the Malawian envoy to travel to Lusaka, the dispute would have ended.", "travel"),
    ("Freeing the Malawian traders would have allowed Zambia to resume talks with Malawi.", "Freeing"),
    ("Freeing the Malawian traders would have allowed Zambia to resume talks with Malawi.", "resume … talks"),
    ("Shelling the Malawian border towns could anger Lilongwe, the Zambian minister warned.", "Shelling"),
])
def test_a_supposed_act_is_hypothetical(code, text, trigger):
    events, _ = code(text, "1995-06-01")
    assert _statuses(events, trigger) == {"hypothetical"}, [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Freeing the Malawian traders eased the quarrel between Zambia and Malawi.", "Freeing"),
    ("Zambia allowed the Malawian envoy to fly to Lusaka on Monday.", "allowed"),
])
def test_an_act_told_in_the_past_is_done(code, text, trigger):
    events, _ = code(text, "1995-06-01")
    assert _statuses(events, trigger) == {"occurred"}, [(e.type, e.trigger, e.status) for e in events]
