"""Round 71 (noise71). An act inside a phrase of condition or of waiting ("in the event of Peru withdrawing",
"pending a visit by the minister") is supposed or awaited, not done; an act in a clause of time told in the present
under an infinitive with "to" ("did not expect the stance to change after Ito resigns", "hoped to sign it when the
president visits Lima") is still to come, as under "will". The acts that hold such a phrase, a phrase that tells what
is spoken of, and clauses of time told in the past or under a finite present stay as they were. A witness's testimony
released frees no one, a question put "after a speech … about" a topic is the reporter's, and a figure blamed "on"
demand or the weather accuses no one. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def _status(events, trigger):
    return [e.status for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Chile will stay in the copper council, in the event of Peru withdrawing from the body, the mining ministry "
     "said.", "withdrawing"),
    ("Ghana kept the ship in port, pending a visit by Nigeria's foreign minister to Accra.", "visit"),
])
def test_an_act_in_a_phrase_of_condition_or_waiting_is_supposed(code, text, trigger):
    events, _ = code(text)
    assert _status(events, trigger) == ["hypothetical"], found_acts(events, status=True)


@pytest.mark.parametrize("text, trigger", [
    ("Tanaka told reporters he did not expect Japan's stance to change after Ito resigns as finance minister.",
     "resigns"),
    ("Peru said it hoped to sign the accord when Chile's president visits Lima.", "visits"),
])
def test_an_act_in_a_present_clause_of_time_under_an_infinitive_is_to_come(code, text, trigger):
    events, _ = code(text)
    assert _status(events, trigger) == ["planned"], found_acts(events, status=True)


@pytest.mark.parametrize("text, trigger, status", [
    ("Kenya suspended the border talks pending Uganda's withdrawal of its troops from the disputed island.",
     "suspended", "occurred"),
    ("Kenya will recall its ambassador in the event of Uganda expelling Kenyan traders.", "recall", "hypothetical"),
    ("A group of African states opposed trade legislation pending in Congress.", "opposed", "occurred"),
    ("Kenya withdrew its ambassador after Uganda expelled Kenyan traders.", "expelled", "occurred"),
    ("Kenya agreed to talks after Uganda withdrew its troops.", "withdrew", "occurred"),
    ("The minister meets Ugandan envoys when he visits Kampala.", "meets", "occurred"),
])
def test_the_acts_around_such_words_keep_their_status(code, text, trigger, status):
    events, _ = code(text)
    assert _status(events, trigger) == [status], found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "Okafor's testimony was not released.",
    "The minister's testimony to the inquiry was released on Monday.",
])
def test_testimony_released_frees_no_one(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "RETREAT"], found_acts(events)


def test_prisoners_released_stay_freed(code):
    events, _ = code("Kenya released two Ugandan prisoners on Monday.")
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)


def test_a_question_after_a_speech_about_a_topic_is_no_request(code):
    events, _ = code("Ochieng was asked after a lecture to the Nairobi forum about the shilling's fall.")
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


def test_a_party_asked_at_a_meeting_to_act_stays_asked(code):
    events, _ = code("Uganda was asked at the summit to send troops to the border.")
    assert [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Chinese Finance Minister Wang Bing said the budget gap would narrow. He blamed last year's shortfall on excess "
    "demand, a quick rise in spending and losses by state farms.",
    "The Kenyan utility blamed the loss on the drought.",
])
def test_a_figure_blamed_on_demand_or_the_weather_accuses_no_one(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Kenya blamed the shortage of fuel on Uganda's blockade of the border.",
    "Kyiv blamed the blast on Moscow.",
])
def test_a_party_blamed_stays_accused(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ACCUSE"], found_acts(events)
