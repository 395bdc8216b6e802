"""Round 74 (noise74). A question the press puts to the teller ("asked whether …, the minister said") is no request;
a thing called something is judged, no telephone call; "did not admit or deny" is no comment; a harm or a fear that
threatens, a danger warned of, harm done to an economy, a figure a central bank targets, a craft that exploded and a
market's trading session welcomed name no act. An act in the clause of a prospect noun a denied copula makes a
thing ("was not a sign that") is denied; a simple-present "before" clause with its own time, and a present relative
clause with "this weekend", tell a timetable: planned. Requests, calls to a party, denials, threats by parties,
warnings to a party, attacks on targets and bombs stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Asked whether the Chilean measures could work without a devaluation, Ortiz declined to comment.",
    "The Peruvian minister, asked about the border talks, said they would go on next month.",
    "The minister, asked whether Peru's measures could succeed, said Chile would wait.",
    "Ortiz, asked if the Chilean envoy's trip might ease the dispute, said progress depends on Lima.",
])
def test_a_question_put_to_the_teller_is_no_request(code, text):
    events, _ = code(text, "1987-04-22")
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Peru asked Chile to withdraw its troops from the border.",
    "Peru asked if it could join the fisheries talks with Chile.",
    "Chile sent a note to Peru asking whether it would free the Chilean prisoners.",
])
def test_a_request_asked_by_a_party_stays(code, text):
    events, _ = code(text, "1987-04-22")
    assert [e.type for e in events if e.type == "REQUEST"] == ["REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Ortiz called the Chilean government's announced plan to curb exports a very useful step.",
    "Brokers agreed with the dealers in calling the ministry's monthly trade report negative.",
])
def test_a_thing_called_something_is_no_phone_call(code, text):
    events, _ = code(text, "1987-04-22")
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


def test_a_call_to_a_leader_stays_a_call(code):
    events, _ = code("The Chilean president called the Peruvian president on Friday to discuss the border.",
                     "1987-04-22")
    assert [e.type for e in events if e.type == "CONSULT"] == ["CONSULT"], found_acts(events)


def test_not_admitting_or_denying_is_no_act(code):
    events, _ = code("The former Peruvian minister did not admit or deny the smuggling charges.", "1987-04-22")
    assert not [e for e in events if e.type in ("ACCUSE", "REJECT")], found_acts(events)


def test_a_denial_stays(code):
    events, _ = code("Peru denied the Chilean charges of smuggling.", "1987-04-22")
    assert [e.type for e in events if e.type == "ACCUSE"] == ["ACCUSE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Ortiz announced yesterday that he would urge parliament to open the Atacama reserve to drilling despite fears "
    "of environmental damage threatening the Humboldt penguin colony in the region.",
    "Pollution from the mines threatens the Chilean salmon farms, officials said.",
])
def test_a_harm_that_threatens_is_no_threat(code, text):
    events, _ = code(text, "1987-04-22")
    assert not [e for e in events if e.type == "THREATEN"], found_acts(events)


def test_rebels_threatening_a_town_still_threaten(code):
    events, _ = code("Rebels threatening the Peruvian town of Tarma fired on an army convoy.", "1987-04-22")
    assert [e.type for e in events if e.type == "THREATEN"] == ["THREATEN"], found_acts(events)


def test_a_danger_warned_of_and_harm_to_an_economy_are_no_acts(code):
    events, _ = code("Ortiz again warned of the dangers of protectionist legislation in Chile, saying it would harm "
                     "the Peruvian standard of living.", "1987-04-22")
    assert not [e for e in events if e.type in ("THREATEN", "ASSAULT")], found_acts(events)


def test_a_party_warned_of_a_danger_is_still_warned(code):
    events, _ = code("Chile warned Peru of the dangers of helping the rebels.", "1987-04-22")
    assert [e.type for e in events if e.type == "THREATEN"] == ["THREATEN"], found_acts(events)


def test_a_figure_targeted_is_no_attack(code):
    events, _ = code("The Chilean central bank is no longer targeting M-2 as its guide to policy, officials said.",
                     "1987-04-22")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_a_target_attacked_stays(code):
    events, _ = code("Chilean jets targeted Peruvian oil platforms off the coast.", "1987-04-22")
    assert [e.type for e in events if e.type == "ASSAULT"] == ["ASSAULT"], found_acts(events)


def test_a_craft_that_exploded_is_no_bombing(code):
    events, _ = code("The Chilean rocket Condor exploded after takeoff on March 3, 1986, when the temperature at "
                     "the launch site was low.", "1987-04-22")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_a_bomb_that_exploded_stays_an_attack(code):
    events, _ = code("A bomb exploded in a crowded market in Lima, killing six people.", "1987-04-22")
    assert [e.type for e in events if e.type == "ASSAULT"] == ["ASSAULT"], found_acts(events)


def test_a_markets_session_welcomed_is_no_visit(code):
    events, _ = code("Traders in Santiago welcomed the first Peruvian night session of copper futures trading.",
                     "1987-04-22")
    assert not [e for e in events if e.type in ("CONSULT", "SUPPORT")], found_acts(events)


def test_an_act_a_denied_copula_says_no_sign_of_is_denied(code):
    events, _ = code("Ortiz said this was not an indication that Chile was retaliating against Peru.", "1987-04-22")
    assert [e.status for e in events if e.type == "ASSAULT"] == ["negated"], found_acts(events, status=True)


def test_an_act_a_copula_says_is_a_sign_of_stays(code):
    events, _ = code("Ortiz said this was an indication that Chile was retaliating against Peru.", "1987-04-22")
    assert [e.status for e in events if e.type == "ASSAULT"] == ["occurred"], found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "He said the ruling party is expected to draw up its plan before President Ortiz leaves for Lima next week.",
    "Dealers cited rumours the bank would cut rates soon, possibly before President Ortiz leaves for Lima on April 29.",
])
def test_a_trip_in_a_before_clause_with_its_time_is_planned(code, text):
    events, _ = code(text, "1987-04-22")
    assert [e.status for e in events if e.trigger == "leaves"] == ["planned"], found_acts(events, status=True)


def test_an_act_waited_on_by_before_is_left(code):
    events, _ = code("Chile will not sign the accord before Peruvian troops withdraw from the border.", "1987-04-22")
    assert "planned" not in [e.status for e in events if e.type == "RETREAT"], found_acts(events, status=True)


def test_a_trip_this_weekend_in_a_present_relative_clause_is_planned(code):
    events, _ = code("Economics Minister Ortiz, who flies to Lima this weekend for talks, said growth would not cut "
                     "the deficit.", "1987-04-24")
    trips = [e for e in events if e.trigger == "flies"]
    assert [e.status for e in trips] == ["planned"], found_acts(events, status=True)
    assert str(trips[0].date.start) == "1987-04-25", trips[0].date


def test_a_question_put_with_said_after_it_is_no_request(code):
    events, _ = code('Chilean spokesman Pedro Ortiz, asked if Alan Garcia\'s visit might help to ease the border '
                     'dispute, said "whether progress comes depends on Lima."', "1987-04-22")
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


def test_a_judgement_by_calling_is_no_request(code):
    events, _ = code("Brokers agreed with the Santiago dealers in calling the ministry's monthly copper report and "
                     "the storage report negative.", "1987-04-22")
    assert not [e for e in events if e.type in ("REQUEST", "CONSULT")], found_acts(events)


def test_a_mistake_called_stays_an_accusation(code):
    events, _ = code("Peru called the Chilean decision a grave mistake.", "1987-04-22")
    assert [e.type for e in events if e.type == "ACCUSE"] == ["ACCUSE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The budget fight pitting the Chilean senate against President Ortiz is expected to get under way this week.",
    "The firm faces a long legal battle with the Peruvian bank over the loans.",
])
def test_a_contest_of_budgets_or_courts_is_no_attack(code, text):
    events, _ = code(text, "1987-04-22")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_what_the_weather_permits_is_no_act(code):
    events, _ = code("Only in the southern provinces of Chile was it warm enough to permit planting, Ortiz said.",
                     "1987-04-22")
    assert not events, found_acts(events)


def test_a_permission_given_by_a_state_stays(code):
    events, _ = code("Chile agreed to permit Peruvian ships to use the port of Arica.", "1987-04-22")
    assert events, found_acts(events)


@pytest.mark.parametrize("text", [
    "Chilean senators are withholding judgment until the Peruvian president's visit.",
    "Chilean senators are preparing a trade bill ahead of the Peruvian president's visit to Santiago.",
])
def test_an_occasion_the_present_waits_for_is_planned(code, text):
    events, _ = code(text, "1987-04-22")
    assert [e.status for e in events if e.trigger == "visit"] == ["planned"], found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Chilean senators waited until the Peruvian president's visit to Santiago.",
    "The Chilean envoy's visit to Lima ended before the summit.",
])
def test_an_occasion_told_in_the_past_keeps_its_status(code, text):
    events, _ = code(text, "1987-04-22")
    assert [e.status for e in events if e.trigger == "visit"] == ["occurred"], found_acts(events, status=True)


def test_an_act_a_denied_copula_says_is_not_the_first_time_stays(code):
    events, _ = code("This is not the first time the Lima firm has been scrutinized by the Chilean regulator.",
                     "1987-04-22")
    assert [e.status for e in events if e.type == "ACCUSE"] == ["occurred"], found_acts(events, status=True)
