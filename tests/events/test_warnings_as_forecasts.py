"""A warning of what is to befall ("warned that growth would slow", "'the economy is fragile,' he warned") is a
forecast, CAMEO's pessimistic comment (012), no threat; a warning of what a party will do, a warning to someone or
of reprisals, stays a threat (patterns/threaten.yaml, `party_clause` in events/matching.py)."""

from __future__ import annotations

import pytest


def _threats(events):
    return [e for e in events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The Bank of Spain warned that growth was unlikely to recover before the summer.",
    "Finance Minister Lena Varga warned that prices would climb quickly if wages kept rising.",
    '"Our industry is still weak," warns Paolo Bianchi, the head of the steel association.',
    "Economist Tom Reyes cautioned that the rebound could fade by the autumn.",
    "Germany warned that a further drop of the dollar would hurt its carmakers.",
])
def test_a_warning_of_what_is_to_befall_is_no_threat(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not _threats(events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "China warned that it would impose sanctions on four American firms.",
    "Iran warned the United States that it would retaliate for any attack on its tankers.",
    "Egypt warned Ethiopia of serious consequences if it filled the dam.",
    "Pakistan warned India that New Delhi would pay a heavy price for any raid.",
    "Turkey warned Greece not to test its patience in the Aegean.",
    "The Jordanian interior minister warned that police would no longer tolerate marches near the embassy.",
    "President Kagame warned the Belgian envoy that his government would expel him if he kept meddling.",
    "The European Parliament warned that MEPs would block the fishing deal unless talks resumed by Friday.",
    "The Kenyan nurses' union warned that if their pay was not raised, they would not be able to keep working.",
])
def test_a_warning_of_what_a_party_will_do_stays_a_threat(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _threats(events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The chairman of the steel group warned that Asian trading partners may resist the change in the deficit.",
    "The Danish minister cautioned that rival exporters could cut their prices further.",
])
def test_a_warning_of_what_another_party_may_do_is_a_forecast(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not _threats(events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Kenyan president warned that Uganda could face sanctions over the raid.",  # what befalls it
    "The French trade minister warned that Paris could retaliate against the duties.",  # the warner's own side
    "Iran warned it could close the strait to tankers.",  # a pronoun may be the warner
    "Chile warned Bolivia that its troops could cross the border.",  # one warned in person
])
def test_a_hedged_warning_of_the_warners_response_stays_a_threat(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _threats(events), [(e.type, e.cameo, e.trigger) for e in events]


def test_a_caution_to_someone_against_a_step_asks_them_not_to_take_it(code, rules_only):
    # round 40: CAMEO's own dictionary codes a warning against a step as an appeal (WARN AGAINST PULLOUT, 020)
    events, _ = code("Japan cautioned Russia against moving troops to the islands.", "2024-06-01")
    coded = [(e.type, e.cameo, e.trigger) for e in events]
    assert ("REQUEST", "020", "cautioned") in coded and not _threats(events), coded
