"""Trigger words whose act the words around them decide (pattern entries, must-nots included):

- "asked about X" puts a question, no request (none.yaml); "asked Y to act", "asked Y for help" stay requests;
- "set off for X" / "set sail for X" is a journey (consult.yaml); a date or a goal "set for" something is none;
- a raid by an armed force is an attack (assault.yaml), one by police or inspectors a search (coerce.yaml), and a
  verb joined to another ("shelled the port and raided the camp") has that verb's subject for its doer;
- scrutiny faced from someone is their investigation of the subject (accuse.yaml, undergone);
- unrest put down, crushed or quelled is repression (coerce.yaml 175), an armed rising put down a fight
  (assault.yaml 190), either vowed for the future a threat (137, 138);
- a thing said or done welcomed is praise (support.yaml), a guest welcomed is hosted (consult.yaml).
"""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, word", [
    ("The minister asked about the timing of the vote in Lagos.", "asked"),
    ("Reporters asked the Brazilian president about the trade deal with Japan.", "asked"),
    ("The senator inquired about the cost of the new embassy in Nairobi.", "inquired"),
    ("On the call he asked about the Sudanese army and said the plan was reckless.", "asked"),
])
def test_a_question_asked_is_no_request(typed, text, word):
    assert typed(text)[word][0] == "NONE", text


@pytest.mark.parametrize("text, word", [
    ("The Greek minister asked Turkey to withdraw the survey ship.", "asked"),
    ("Kenya asked Uganda for help with the refugees on the border.", "asked"),
])
def test_a_request_stays_a_request(typed, text, word):
    assert typed(text)[word][0] == "REQUEST", text


def test_a_question_asked_makes_no_request_event(code):
    events, _ = code("Asked about the talks, the Egyptian foreign minister said Cairo was ready to host them.")
    assert not [e for e in events if e.type == "REQUEST" and e.trigger == "Asked"]


@pytest.mark.parametrize("text", [
    "The Danish delegation set off for Beijing on Monday.",
    "A Cuban navy flotilla set sail for Caracas on Tuesday.",
])
def test_a_journey_begun_is_a_visit(typed, text):
    assert typed(text)["set"] == ("CONSULT", "042"), text


@pytest.mark.parametrize("text", [
    "Activists will hold a rally in Ottawa on June 2, the date the premier set for reopening.",
    "The goal the Polish cabinet set for the new port is ten million tonnes a year.",
    "The Chilean court set a hearing for next month.",
])
def test_something_set_for_a_date_or_goal_is_no_visit(typed, text):
    assert typed(text).get("set", ("NONE",))[0] != "CONSULT", text


def test_leaving_for_a_capital_stays_a_visit(typed):
    assert typed("The Chilean minister left for Buenos Aires on Friday.")["left"] == ("CONSULT", "042")


@pytest.mark.parametrize("text", [
    "Israeli commandos raided a militant camp in southern Lebanon overnight.",
    "Gunmen raided a police station near the Malian border.",
    "Rebel fighters raided an army outpost outside Goma.",
    "Navy units shelled an oil terminal off the Yemeni coast and then raided a second one.",
])
def test_a_raid_by_an_armed_force_is_an_attack(typed, text):
    assert typed(text)["raided"] == ("ASSAULT", "190"), text


@pytest.mark.parametrize("text", [
    "Police raided the offices of the opposition newspaper in Caracas.",
    "Tax inspectors raided the Moscow offices of a Swedish retailer and seized documents.",
    "Federal agents raided the home of a former Mexican governor.",
])
def test_a_raid_by_police_or_agents_stays_a_search(typed, text):
    assert typed(text)["raided"] == ("COERCE", "173"), text


def test_a_joined_verb_takes_the_first_verbs_subject(typed):
    found = typed("Turkish troops crossed the river and occupied two Syrian villages.")
    assert found["occupied"] == ("ASSAULT", "192")
    # the subject of the first verb is read only where the joined verb has none of its own
    found = typed("Protesters marched to the ministry and then the soldiers raided the square.")
    assert found["raided"] == ("ASSAULT", "190")
    found = typed("The soldiers left the square and the police raided the office.")
    assert found["raided"] == ("COERCE", "173")


def test_scrutiny_faced_from_a_regulator_is_its_investigation(code):
    events, actors = code("Hungary faces scrutiny from the European Commission over its new media law.")
    probe = [e for e in events if e.type == "ACCUSE" and e.cameo == "090"]
    assert probe, [(e.type, e.trigger) for e in events]
    assert names(probe[0].source, actors) == {"European Commission"}
    assert names(probe[0].target, actors) == {"Hungary"}


def test_an_investigation_by_another_faced(code):
    events, actors = code("Apple is facing an investigation by the European Commission over its app store.")
    probe = [e for e in events if e.type == "ACCUSE"]
    assert probe and names(probe[0].source, actors) == {"European Commission"}
    assert names(probe[0].target, actors) == {"Apple"}


@pytest.mark.parametrize("text", [
    "The Nigerian minister faces a difficult choice over the budget.",
    "The Kenyan bank faces a probe.",  # nobody named doing it: no accuser
    "Ghana's cocoa board faces a shortfall this season.",
])
def test_nothing_undergone_from_anyone_makes_no_probe(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], text


def test_a_trial_faced_still_has_the_court_as_its_doer(code):
    events, _ = code("The former Peruvian president Alberto Fujimori faces trial on corruption charges.")
    trial = [e for e in events if e.cameo == "115"]
    assert trial and all(s.endswith(":JUD") for s in trial[0].source), trial


@pytest.mark.parametrize("text, word", [
    ("Police quelled the riots in Nairobi on Sunday.", "quelled"),
    ("The Iranian authorities put down the protests in the oil towns.", "put"),
    ("The regime crushed the strike at the Gdansk yard.", "crushed"),
])
def test_unrest_put_down_is_repression(typed, text, word):
    assert typed(text)[word] == ("COERCE", "175"), text


@pytest.mark.parametrize("text, word", [
    ("The Thai army put down the mutiny within hours.", "put"),
    ("The junta crushed the uprising in Yangon.", "crushed"),
    ("Troops crushed the uprising in the capital of Mali.", "crushed"),
])
def test_an_armed_rising_put_down_is_a_fight(typed, text, word):
    assert typed(text)[word] == ("ASSAULT", "190"), text


@pytest.mark.parametrize("text, word, kind", [
    ("The nurses put down their tools on Monday.", "put", "NONE"),
    ("The Syrian army crushed the rebels near Homs.", "crushed", "ASSAULT"),
])
def test_other_things_put_down_or_crushed(typed, text, word, kind):
    assert typed(text)[word][0] == kind, text


def test_a_team_crushed_is_no_repression(typed):
    assert typed("The Belgian team crushed Italy 4-0 on Sunday.").get("crushed", ("NONE",))[0] != "COERCE"


@pytest.mark.parametrize("text, code_", [
    ("The Iranian interior minister said he would put down the protests by force.", "137"),
    ("General Carlos Mendez said he would put down the mutiny by force.", "138"),
    ("The Bolivian president vowed to crush the revolt in the east.", "138"),
])
def test_force_vowed_is_a_threat_of_it(code, text, code_):
    events, _ = code(text)
    assert [e.cameo for e in events if e.type == "THREATEN"] == [code_], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz on Friday welcomed the French president's invitation to the Chinese premier.",
    "The Philippine president welcomed the pledge by Tokyo to fund the railway.",
    "The Kenyan government welcomed Uganda's offer of talks on the border.",
    "The minister said his country welcomed Peru's interest in joining the trade pact.",
    "Chile's recent changes to its tax code were welcomed by the World Bank.",
])
def test_a_thing_welcomed_is_praise(typed, text):
    assert typed(text)["welcomed"] == ("SUPPORT", "051"), text


@pytest.mark.parametrize("text", [
    "Ghana's president welcomed the Nigerian delegation in Accra on Monday.",
    "The Indian foreign minister welcomed his Japanese counterpart to New Delhi.",
])
def test_a_guest_welcomed_is_hosted(typed, text):
    assert typed(text)["welcomed"] == ("CONSULT", "043"), text
