"""A trial whose subject is a thing (a vaccine, a drug, a weapon, a method) is a test of it, and a clinical or field
trial is a test whoever is in it: no legal act (events/data/non_events.yaml, "a thing on trial", "a trial of a
test"). A trial a person or a body goes on, stands or is put on stays a case brought (ACCUSE 115)."""

from __future__ import annotations

import pytest


def _legal(events):
    return [e for e in events if e.type == "ACCUSE" and e.cameo == "115"]


@pytest.mark.parametrize("text", [
    "The Novamax vaccine is on trial in Hungary.",
    "Pfizer's new vaccine went on trial in Germany last month.",
    "AstraZeneca's cancer drug stood trial in three countries.",
    "The Chinese missile defence system has been on trial in Russia since May.",
    "The Danish company's vaccine underwent clinical trials in Brazil.",
    "Volunteers in Kenya faced clinical trials of the new malaria shot.",
    "The Indian rifle was put on trial by the Nepalese army.",
])
def test_a_thing_on_trial_is_no_legal_act(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not _legal(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The former Ukrainian minister went on trial in Kyiv on Monday.",
    "Five Iranian activists have been on trial in Tehran since March.",
    "The Russian opposition leader stood trial in Moscow.",
    "A Chinese court put the Canadian businessman on trial.",
    "Pfizer went on trial in a Texas court over its marketing.",
])
def test_a_person_or_a_body_on_trial_stays_a_case_brought(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _legal(events), [(e.type, e.trigger) for e in events]
