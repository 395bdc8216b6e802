"""An occasion that an act is told as done ahead of is still to come, in any tense (events/status.py
`_prepared_for`, data/negation.yaml `ahead_nouns`; round 76, modal76): "sold bonds ahead of the council's meeting",
"in advance of the summit", "in the run-up to the visit"; not one the phrase's own words put in the past. Texts
written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Traders sold kwacha bonds ahead of the Zambian cabinet's meeting with the lenders.", "meeting"),
    ("Malawi freed two reporters in advance of the summit with Zambia.", "summit"),
    ("Malawi freed two reporters in the run-up to the Zambian premier's visit.", "visit"),
    ("Unease ahead of the African Development Bank meeting kept the kwacha weak.", "meeting"),
])
def test_an_occasion_acted_ahead_of_is_planned(code, text, trigger):
    events, _ = code(text, "1995-06-01")
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "planned" for e in found), [(e.type, e.trigger, e.status) for e in events]


def test_an_occasion_put_in_the_past_stays_done(code):
    events, _ = code("Malawi freed two reporters ahead of last week's visit by the Zambian premier.", "1995-06-01")
    found = [e for e in events if e.trigger == "visit"]
    assert found and all(e.status == "occurred" for e in found), [(e.type, e.trigger, e.status) for e in events]


def test_an_occasion_after_an_act_stays_done(code):
    events, _ = code("Malawi freed two reporters after the Zambian premier's visit.", "1995-06-01")
    found = [e for e in events if e.trigger == "visit"]
    assert found and all(e.status == "occurred" for e in found), [(e.type, e.trigger, e.status) for e in events]
