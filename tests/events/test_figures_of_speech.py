"""Verbs of an act used as figures of speech (events/figures_of_speech.py): a blow struck at no one ("the phone hit
the market", "their dream shattered") and a coming or going that is no trip ("came to terms", "the sedan will go
on sale in France", "the payloads going to the Moon"). Attacks on people, places and forces, and trips of people,
delegations and fleets, stay events; states ranked on a figure ("was beaten by Portugal, where prices rose 3.2
pct", patterns/none.yaml) strike no blow."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Nasdaq hit a record high on Friday.",
    "The new phone from Seoul hit the market in Brazil last month.",
    "The French singer hits the chorus with ease.",
    "Her memoir about Kenya hit the headlines in May.",
    "Their Indian dream shattered, the migrants flew home from Mexico.",
    "Polish hopes were crushed in the final minutes.",
    "The German carmaker's output hit a peak of 40,000 vehicles in June.",
    "\"The cautious Bank of Japan has beaten a retreat and the Treasury has won the argument,\" a Tokyo trader said.",
    "Investors from Qatar and Kuwait have beaten a path to Nigeria's oil ministry, the Nigerian minister said.",
])
def test_a_blow_at_no_one_is_no_attack(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text", [
    "Russian missiles hit a market in Kharkiv, killing six people.",
    "Israeli jets hit targets in Gaza on Monday.",
    "Rebels shattered the windows of the Chinese embassy in Lusaka.",
    "Troops crushed the uprising in the capital of Mali.",
    "Sudanese police beat protesters in the streets of Khartoum.",
])
def test_blows_at_people_places_and_forces_stay_attacks(code, text):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The two firms came to terms on a new contract last week.",
    "The new sedan will go on sale in France in March.",
    "The payloads going to the Moon are small.",
    "The new Korean tablet will arrive in India next spring.",
    "A slower economy is coming to Spain, the bank warned.",
    "The Egyptian leader came to power in 2014 after the army took over.",
    "Nigerian officials went in search of the missing funds in London.",
    "The disease was found in a shipment of Chilean cattle being returned from Argentina.",
    "Officials traced the outbreak to a Kenyan racehorse returned from Uganda last month.",
])
def test_a_coming_or_going_that_is_no_trip_is_no_visit(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type == "CONSULT" and e.cameo == "042"], \
        [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The minister flew to Beijing on Monday for talks.",
    "A delegation from Japan arrived in Seoul on Friday.",
    "The Kenyan president arrived in Addis Ababa on Sunday.",
    "The Turkish foreign minister travelled to Cairo in search of a ceasefire.",
    "Chinese officials came to Lima to sign the port deal.",
    "Officials questioned the Kenyan envoys returned from Uganda last month.",
])
def test_trips_of_people_and_delegations_stay_visits(code, text):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"], \
        [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Spain's inflation rate fell to 4.1 pct in May, but Spain was still beaten by Portugal, where prices rose only "
    "3.2 pct.",
    "In export growth last year France was beaten only by Italy, whose sales abroad grew six percent.",
    "Germany beat Britain on growth again, with output up 2.5 pct against 1.8 pct.",
    "The statistics office said Sweden was again beaten by Norway, where prices were lower than a year earlier.",
])
def test_states_ranked_on_a_figure_strike_no_blow(code, text):
    events, _ = code(text, "2024-05-02")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text", [
    "Police beat 20 protesters in Lima, where prices rose nine pct in May.",
    "Peruvian soldiers beat two farmers who refused to pay a ten pct levy on their crops.",
    "Gunmen beat a shopkeeper in Lagos who refused to cut his prices.",
])
def test_beatings_in_a_sentence_with_figures_stay_attacks(code, text):
    events, _ = code(text, "2024-05-02")
    assert ("ASSAULT", "beat") in {(e.type, e.trigger) for e in events}, [(e.type, e.trigger) for e in events]
