"""A denial of a happening or of a thing answers no accusation (patterns/none.yaml: CAMEO 016, under the public
statements the PLOVER manual drops), while a denial of a charge, an allegation, a report or a clause stays the
denier's word against the accuser (ACCUSE 110) and denying someone a thing a refusal (REJECT 120). A briefing or an
outline given to others is a statement too, not a consultation; the meeting, trip or call it is given in stays."""

import pytest


def _types(nlp, text):
    return [(e.type, e.trigger) for e in nlp(text)._.events]


@pytest.mark.parametrize("text", [
    "Athens denied the incident on Tuesday.",
    "The ministry denied any involvement in the bombing of the depot.",
    "Ruritania denied responsibility for the attack on the embassy.",
    "A photo of the dinner was denied by the prince.",
])
def test_a_denial_of_a_happening_or_a_thing_is_no_event(nlp, text):
    assert not any(t == "denied" for _, t in _types(nlp, text)), _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritania denied the allegations made by Fredonia.",
    "The minister denied the charges brought by the opposition.",
    "Ruritania denied that its jets had crossed the border.",
    "The ministry denied reports that its troops had entered the town.",
])
def test_a_denial_of_a_claim_stays_an_accusation(typed, text):
    assert typed(text)["denied"] == ("ACCUSE", "110"), text


@pytest.mark.parametrize("text", [
    "The embassy denied a visa to the reporter.",
    "Ruritania denied entry to the Fredonian delegation.",
])
def test_denying_someone_a_thing_stays_a_refusal(typed, text):
    assert typed(text)["denied"] == ("REJECT", "120"), text


@pytest.mark.parametrize("text, word", [
    ("The foreign minister briefed the ambassadors of the European states on the talks.", "briefed"),
    ("The minister will be outlining the plan to the envoys of Japan and Korea.", "outlining"),
    ("The envoy will be explaining his country's policy to officials in Washington.", "explaining"),
])
def test_a_briefing_or_an_outline_is_no_event(nlp, typed, text, word):
    assert typed(text)[word][0] == "NONE", text
    assert not any(t == word for _, t in _types(nlp, text)), _types(nlp, text)


@pytest.mark.parametrize("text, word, code", [
    ("The foreign minister met the ambassadors of the European states to brief them on the talks.", "met", "040"),
    ("The minister flew to Washington to brief officials on the talks.", "flew", "042"),
    ("The envoy telephoned the foreign minister of Fredonia to explain the decision.", "telephoned", "041"),
])
def test_the_meeting_trip_or_call_a_briefing_is_given_in_stays(typed, text, word, code):
    assert typed(text)[word] == ("CONSULT", code), text
