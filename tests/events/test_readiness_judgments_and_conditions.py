"""Stances told in reported speech (round 74, stance74).

A response held out to any act of another, told as a readiness ("is ready to respond to any aggression by X") or by a
verb of meeting the act head on ("prepared to counter any attack"), is a threat (threaten.yaml `held_out`,
matching.answers_any). A thing told "out of the question" is judged unacceptable by its teller: a rejection of its
author (reject.yaml, lexicon `out_of_predicates`). A noun act held out on its light verb under a condition ("would
continue the raids unless X withdraws") is threatened, to the one the condition asks to act, as a verb's act is.
A party not let act is warned off ("will not let Greece use the airspace"; threaten.yaml `party_complement`). Officers
relieved of their command, or dismissed over a revolt, are coerced (coerce.yaml; `object_prep`)."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _kinds(events) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, target", [
    ("Ecuador's army is ready to respond to any aggression by Colombia.", "Colombia"),
    ("Chile said its forces were ready to confront any attack by Peru.", "Peru"),
    ("Kenya said it was prepared to counter any Ugandan aggression.", "Uganda"),
])
def test_a_readiness_to_meet_any_hostile_act_is_a_threat(code, text, target):
    events, actors = code(text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats, _kinds(events)
    assert any(target in "".join(names(e.target, actors)) for e in threats), _kinds(events)
    assert all(e.source and not set(e.source) & set(e.target) for e in threats), _kinds(events)


@pytest.mark.parametrize("text", [
    "Chile said its forces were not ready to confront any attack by Peru.",  # a readiness denied
    "The Kenyan government is ready to tackle inflation, the minister said.",  # no hostile act answered
    "Chile said its forces confronted the attack by Peru.",  # done, not held out
    "The bank is ready to respond to any questions from investors.",
    "Chile is ready to respond to the letter from Peru.",  # no "any": a reply
])
def test_a_readiness_without_a_hostile_act_to_come_is_no_threat(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "THREATEN"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Kenya said Uganda's proposal was out of the question.",
    "The Ugandan demand is out of the question, the Kenyan foreign minister said.",
])
def test_a_proposal_out_of_the_question_is_rejected(code, text):
    events, actors = code(text)
    rejections = [e for e in events if e.type == "REJECT"]
    assert rejections, _kinds(events)
    assert "Uganda" in names(rejections[0].target, actors), _kinds(events)


@pytest.mark.parametrize("text", [
    "Kenya said a return to the old borders is out of the question.",  # no author named
    "Analysts said a rate cut was out of the question.",
    "Kenya said Uganda's withdrawal was a question of time.",  # a question, not out of it
    "The question of the border is on the agenda, Kenya said.",
])
def test_out_of_the_question_with_no_author_and_other_questions_reject_nothing(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], _kinds(events)


def test_raids_continued_unless_the_other_side_withdraws_are_a_threat_to_it(code):
    events, actors = code("Chile said it would continue the raids unless Peru withdraws its troops.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].cameo == "138", _kinds(events)
    assert names(threats[0].target, actors) == {"Peru"}, _kinds(events)
    assert threats[0].status == "occurred"


@pytest.mark.parametrize("text, kind", [
    ("Chile said it would continue its raids on Peruvian towns.", "ASSAULT"),  # announced with no condition
    ("Chile said it would continue the talks with Peru unless the shelling resumes.", "CONSULT"),  # no conflict act
])
def test_a_noun_act_with_no_condition_or_of_no_conflict_stays_itself(code, text, kind):
    events, _ = code(text)
    assert [e for e in events if e.type == kind], _kinds(events)
    assert not [e for e in events if e.type == "THREATEN"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Turkey will not let Greece use the airspace, the minister said.",
    "Turkey said it would not let Greece send ships into its waters.",
])
def test_a_party_not_let_act_is_warned_off(code, text):
    events, actors = code(text)
    threats = [e for e in events if e.type == "THREATEN" and e.status == "occurred"]
    assert threats and names(threats[0].target, actors) == {"Greece"}, _kinds(events)
    assert not [e for e in events if e.type == "REJECT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Baker said the United States would not let the dollar fall further.",
    "The government will not let the matter rest, the minister said.",
    "Turkey said it would not let this Greek step go unanswered.",  # a thing a party's word describes
    "\"We will not let the system go belly up,\" he said.",
])
def test_a_thing_not_let_happen_warns_nobody(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT" or e.trigger == "let"], _kinds(events)


@pytest.mark.parametrize("text", [
    "The Ruritanian president relieved the army commander of his command.",
    "President Lopez dismissed the colonels who led the mutiny.",
    "The government sacked three officers over the failed coup.",
])
def test_officers_relieved_of_command_or_dismissed_over_a_revolt_are_coerced(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "COERCE" and e.cameo == "170"], _kinds(events)


@pytest.mark.parametrize("text", [
    "The bank dismissed its currency chief on Friday.",
    "The airline dismissed two captains after the crash.",  # no revolt told
    "The minister relieved the official of his duties.",
    "The new law relieved farmers of the tax.",
])
def test_staff_dismissed_or_relieved_of_duties_are_not_coerced(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "COERCE"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Chile said it would continue to attack ships unless Peru stops its raids.",
    "Chile said it would keep attacking Peruvian ships unless Lima halts its raids.",
])
def test_an_attack_carried_on_unless_the_other_side_acts_is_a_threat(code, text):
    events, actors = code(text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].cameo == "138" and "Peru" in names(threats[0].target, actors), _kinds(events)


def test_a_strike_carried_on_unless_demands_are_met_is_a_threat_to_protest(code):
    events, _ = code("The unions said they would continue the strike unless the government meets their demands.")
    assert [e for e in events if e.type == "THREATEN" and e.cameo == "133"], _kinds(events)


def test_a_fight_against_any_moves_of_policy_is_no_threat_of_force(code):
    events, _ = code("The farmers said they would fight any unreasonable moves to open Kenya's markets to imports.")
    assert not [e for e in events if e.type == "THREATEN" and e.trigger == "fight"], _kinds(events)
