"""An entry for a verb used without an object (a journey "returned to Tokyo", a strike "workers struck", a march)
does not match the verb in the passive, whose subject is its object: "the islands will be returned to Japan", "the
tanker was struck by a missile", "he was flown to Berlin" are no visit and no strike (events/matching.py)."""

from __future__ import annotations

import pytest


def _kinds(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The disputed islands will be returned to Japan next year.",
    "The former colony was returned to Portuguese rule in 1975.",
    "The wounded minister was flown to Germany for treatment.",
    "The captured pilots were sent to Ankara on Tuesday.",
])
def test_a_passive_journey_is_no_visit(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not [e for e in events if e.type == "CONSULT" and e.cameo == "042"], _kinds(events)


@pytest.mark.parametrize("text", [
    "The Chilean tanker was struck by an Iranian missile.",
    "A Turkish patrol boat was struck by a mine off the coast.",
])
def test_a_thing_struck_is_no_strike(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not [e for e in events if e.type == "PROTEST"], _kinds(events)


@pytest.mark.parametrize("text", [
    "The Indian prime minister went to Nepal on Monday.",
    "The German chancellor returned to Paris for talks on Friday.",
    "The Brazilian foreign minister flew to Beijing on Sunday.",
])
def test_an_active_journey_stays_a_visit(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Kenyan dock workers struck on Monday.",
    "Nigerian oil workers struck against the government on Tuesday.",
])
def test_workers_who_struck_stay_on_strike(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "PROTEST" and e.cameo == "143"], _kinds(events)


@pytest.mark.parametrize("text", [
    "A deal was struck with the Iraqi government on Monday.",
    "Iran struck a deal with Iraq on Monday.",
])
def test_a_deal_struck_is_an_agreement(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "AGREE"], _kinds(events)
    assert not [e for e in events if e.type in ("ASSAULT", "PROTEST")], _kinds(events)


def test_a_missile_that_struck_a_tanker_stays_an_assault(code, rules_only):
    events, _ = code("An Iranian missile struck the Chilean tanker.", "2024-06-01")
    assert [e for e in events if e.type == "ASSAULT"], _kinds(events)
