"""Types of phrasings news pages and wire stories were given wrongly: a name given by "call" (no telephone
call), revenge vowed (a threat, no pledge), riot-control weapons fired at a crowd (repression, no armed attack), a
crime confessed (an admission, CONCEDE as a plea of guilty is), an idea or an initiative blocked (a veto, no road
blocked), a trade shielded (no military protection), an attack to be met with force (a threat, no meeting),
captives swapped (a release) and forces that take to the streets (a show of force, no protest); each beside a close
sentence that keeps its type."""

from __future__ import annotations

import pytest


def _types(code, text, word):
    events, _ = code(text)
    return [(e.type, e.cameo) for e in events if e.trigger and e.trigger.startswith(word)]


@pytest.mark.parametrize("text, expected", [
    # a name of blame given by "call", the name hung on a phrase after the object
    ("Nigeria's president on Monday called the Chadian air strikes on three border villages an escalation.",
     ("ACCUSE", "111")),
    # a name of praise in quotation marks, after the object's own long phrase
    ("Peru's trade minister called the Chilean export plan, unveiled in Santiago last week, \"visionary\".",
     ("SUPPORT", "051")),
])
def test_a_name_given_by_call_is_praise_or_blame(code, text, expected):
    assert _types(code, text, "call") == [expected]


def test_a_plain_name_given_by_call_is_no_telephone_call(code):
    assert _types(code, "The Dutch finance minister called the merger of the two lenders a done deal.", "call") == []


def test_a_call_to_a_counterpart_stays_a_telephone_call(code):
    text = "The Kenyan president called his Ugandan counterpart on Friday to discuss the border dispute."
    assert _types(code, text, "call") == [("CONSULT", "041")]


@pytest.mark.parametrize("text, word", [
    ("Hamas vowed retaliation after the Israeli air strike on Gaza.", "vow"),
    ("The Iraqi prime minister promised revenge on the militants who bombed the Baghdad market.", "promis"),
])
def test_revenge_vowed_is_a_threat(code, text, word):
    assert _types(code, text, word) == [("THREATEN", "130")]


def test_aid_promised_stays_a_pledge(code):
    assert _types(code, "Japan promised aid to the Philippines after the typhoon.", "promis") == [("AGREE", "030")]


@pytest.mark.parametrize("text, word", [
    ("Kenyan police fired tear gas at opposition supporters in Nairobi on Tuesday.", "fired"),
    ("Zimbabwean troops used rubber bullets on striking miners in Harare.", "used"),
])
def test_riot_weapons_fired_at_a_crowd_are_repression(code, text, word):
    assert _types(code, text, word) == [("COERCE", "175")]


def test_rockets_fired_at_positions_stay_an_attack(code):
    assert _types(code, "Syrian troops fired rockets at rebel positions near Idlib.", "fired") == [("ASSAULT", "190")]


@pytest.mark.parametrize("text, word", [
    ("The former Peruvian intelligence chief confessed to the killings during questioning by prosecutors in Lima.",
     "confess"),
    ("The Bolivian police commander admitted to the abduction of two union leaders, a La Paz court heard.", "admit"),
])
def test_a_crime_confessed_is_an_admission(code, text, word):
    assert _types(code, text, word) == [("CONCEDE", "080")]


def test_admitted_to_hospital_is_no_admission(code):
    assert _types(code, "The Chilean senator was admitted to hospital in Santiago on Tuesday.", "admit") == []


@pytest.mark.parametrize("text", [
    "Germany and France blocked the idea at the Brussels meeting.",
    "Hungary blocked the Polish initiative at the summit.",
])
def test_an_idea_blocked_is_a_veto(code, text):
    assert _types(code, text, "block") == [("REJECT", "129")]


def test_a_road_blocked_stays_an_obstruction(code):
    assert _types(code, "Dutch farmers blocked the road to the port of Rotterdam.", "block") == [("PROTEST", "144")]


@pytest.mark.parametrize("text", [
    "Tokyo keeps the beef quotas to protect Japanese ranchers.",
    "The Thai quotas must stay in place to protect local rice growers, Bangkok says.",
])
def test_a_trade_shielded_is_no_military_protection(code, text):
    assert _types(code, text, "protect") == []


@pytest.mark.parametrize("text", [
    "Iran would meet any escalation by the U.S. Navy with force, the Iranian defence minister said.",
    "Israel will meet any aggression from Lebanon with a firm hand, Netanyahu said.",
])
def test_an_attack_to_be_met_with_force_is_a_threat(code, text):
    assert _types(code, text, "meet") == [("THREATEN", "130")]


def test_a_minister_met_stays_a_meeting(code):
    text = "The Iranian foreign minister will meet his Omani counterpart in Muscat on Sunday."
    assert _types(code, text, "meet") == [("CONSULT", "040")]


@pytest.mark.parametrize("text", [
    "Islamist rebels swapped two French hostages for four of their fighters held by the Malian army.",
    "Hezbollah swapped two Israeli soldiers' bodies for five Lebanese prisoners.",
])
def test_captives_swapped_are_released(code, text):
    assert _types(code, text, "swap") == [("RETREAT", "0841")]


def test_shares_swapped_release_no_one(code):
    assert _types(code, "Toyota and Mazda swapped shares in a tie-up announced in Tokyo.", "swap") == []


@pytest.mark.parametrize("text", [
    "Thousands of Chilean soldiers took to the streets of Santiago to clear barricades on Sunday.",
    "Hundreds of Kenyan riot police took to the streets of Nairobi on Monday.",
])
def test_forces_in_the_streets_show_force(code, text):
    assert _types(code, text, "took") == [("MOBILIZE", "154")]


@pytest.mark.parametrize("text", [
    "Thousands of Chilean students took to the streets of Santiago on Sunday.",
    "Thousands of French police officers took to the streets of Paris to protest pay cuts.",
])
def test_students_or_police_marching_for_pay_stay_protesters(code, text):
    assert _types(code, text, "took") == [("PROTEST", "141")]
