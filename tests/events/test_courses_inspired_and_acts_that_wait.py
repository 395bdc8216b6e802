"""Round 70 (noise70). A course "inspired by" a party names no act of that party's, nor does a race for seats or
a reporter's question on a word of asking ("Asked what form…, he said"); the status of acts told beside another's:
an offer in the past after "would veto … but" was made, an accord in an "until" clause under a withholding still
going on waits, talks one is called on to "enter into" are asked for, and a warning or a plea carried by a message
still to come (or a demand a consequence to come would bring) is still to come. The acts told in the same words stay
as they were. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Zambian government scrapped the auctions, inspired by the Fund, and announced a new course.",
    "Ghana, since embarking on a recovery programme inspired by the World Bank, has raised fuel prices.",
])
def test_a_course_inspired_by_a_party_is_no_support(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "inspired"], found_acts(events)


def test_a_party_that_inspires_a_deed_stays(code):
    events, _ = code("Libya inspired the rebels to attack the garrison.")
    assert [e for e in events if e.trigger == "inspired"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition, which is fighting a hard election battle, has a row over its tax plan.",
    "The commission said 400 candidates would contest the 120-seat assembly, while 90 would fight for the 40 senate "
    "seats.",
    "The Kenyan opposition will contest the Nairobi seat.",
])
def test_a_race_for_seats_is_no_fight(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("ASSAULT", "ACCUSE", "REJECT", "PROTEST")], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("The opposition contested the results of the election in court.", "ACCUSE"),
    ("Rebels fought the army for control of the town.", "ASSAULT"),
])
def test_a_fight_or_a_dispute_stays(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype], found_acts(events)


@pytest.mark.parametrize("text", [
    "Asked what form he thought Kenyan retaliation might take in the event of the Ugandan tariff being approved, the "
    "envoy said grain could be involved.",
    "Asked what kind of reply he thought Peru might give if the Chilean plan were adopted, the minister said fish "
    "exports could be hit.",
])
def test_a_question_on_a_word_of_asking_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Peru asked Chile which ports it would open.",
    "Kenya, which asked Uganda what aid it needed, sent grain.",
    "Asked by Peru to withdraw its troops, Chile refused.",
])
def test_a_question_put_to_a_party_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REQUEST"], found_acts(events)


def _status(events, trigger):
    return [e.status for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, status", [
    # a past form after a bare verb under "would": no modal reaches it
    ("An aide said President Lopez would veto the Senate's spending bill out of hand -- but offered to compromise "
     "with the Senate on taxes.", "offered", "occurred"),
    # an accord awaited by a withholding still going on when it was told
    ("Officials said the donors were withholding aid to Kenya until an accord with the Fund was reached.",
     "reached", "hypothetical"),
    # talks a party is called on to enter into are asked for
    ("The amendment calls on the minister to enter into talks with Mexico on the debt.", "talks", "hypothetical"),
    # a warning or a plea carried by a message to come; a demand a consequence to come would bring
    ("The government will issue a statement warning Kenya that it will close the border.", "warning", "planned"),
    ("The ministry will send a letter urging Peru to withdraw its troops.", "urging", "planned"),
    ("The minister said the ban could lead to Kenyan farmers demanding curbs on imports from Uganda.", "demanding",
     "hypothetical"),
])
def test_the_status_of_acts_told_beside_another(code, text, trigger, status):
    events, _ = code(text)
    assert _status(events, trigger) == [status], found_acts(events, status=True)


@pytest.mark.parametrize("text, trigger, status", [
    ("Lima said Quito would reject the plan and offer talks on the border.", "offer", "hypothetical"),
    ("The donors withheld aid to Kenya until an accord with the Fund was reached in May.", "reached", "occurred"),
    ("Rebels were shelling the town until a truce with the army was signed in March.", "signed", "occurred"),
    ("The minister entered into talks with Mexico on the debt.", "talks", "occurred"),
    ("The government issued a statement warning Kenya that it would close the border.", "warning", "occurred"),
    ("The ministry sent a letter urging Peru to withdraw its troops.", "urging", "occurred"),
])
def test_the_same_words_told_as_done_stay_done_or_as_they_were(code, text, trigger, status):
    events, _ = code(text)
    assert _status(events, trigger) == [status], found_acts(events, status=True)
