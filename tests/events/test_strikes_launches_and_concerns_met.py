"""Round 40's types: workers or a union that "struck" a firm's plants stopped work (protest.yaml, 143), no air
strike; a rocket that "blasted off" was launched (none.yaml); meeting a party's concerns is no meeting and watching a
vote or a situation no inquiry (none.yaml); a warning against a step asks that it not be taken (request.yaml, 020)."""

import pytest


def _coded(events):
    return [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text", [
    "The union struck General Electric's plants in Ohio on Monday.",
    "The United Steel Workers struck the Inland Steel mill in Indiana.",
])
def test_a_union_striking_a_firm_stops_work(rules_only, code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "143")], _coded(events)


@pytest.mark.parametrize("text", [
    "Israeli jets struck Hamas positions in Gaza.",
    "Protesters in Seoul struck riot police with iron bars.",
])
def test_must_not_jets_or_protesters_striking_someone_stay_an_attack(typed, text):
    assert typed(text)["struck"][0] == "ASSAULT"


def test_a_rocket_that_blasted_off_names_no_act(typed):
    assert typed("The Titan rocket blasted off from Cape Canaveral with a French satellite.")["blasted"][0] == "NONE"


def test_must_not_a_minister_who_blasted_a_plan_still_criticised_it(rules_only, code):
    events, _ = code("The French minister blasted the American plan on Monday.")
    assert [e.type for e in events] == ["ACCUSE"], _coded(events)


def test_meeting_the_concerns_of_lenders_is_no_meeting(typed):
    assert typed("The bill aims to meet the concerns of farm lenders in Iowa.")["meet"][0] == "NONE"


@pytest.mark.parametrize("text, type_", [
    ("The government met the strikers' demands on Friday.", "CONCEDE"),
    ("The Chinese premier met the French president in Beijing.", "CONSULT"),
])
def test_must_not_demands_met_and_leaders_met_keep_their_types(typed, text, type_):
    assert typed(text)["met"][0] == type_


@pytest.mark.parametrize("text", [
    "UN observers will monitor the elections in Haiti.",
    "The Swiss ministry is monitoring the situation on the border closely.",
])
def test_watching_a_vote_or_a_situation_is_no_inquiry(typed, text):
    hits = typed(text)
    assert hits.get("monitor", hits.get("monitoring", ("NONE",)))[0] == "NONE", hits


@pytest.mark.parametrize("text, target", [
    ("The French premier warned Bonn against raising its interest rates.", "Bonn"),
    ("Japan cautioned against protectionist moves by the American Congress.", None),  # (the doer: the role model)
])
def test_a_warning_against_a_step_asks_not_to_take_it(rules_only, code, text, target):
    events, actors = code(text)
    assert [(e.type, e.cameo) for e in events] == [("REQUEST", "020")], _coded(events)
    assert target is None or target in {actors[i].name for i in events[0].target if i in actors}, events[0].target


def test_must_not_a_warning_of_reprisals_stays_a_threat(rules_only, code):
    events, _ = code("The Pentagon warned Iran of reprisals if its boats attack American ships.")
    assert [e.type for e in events] == ["THREATEN"], _coded(events)
