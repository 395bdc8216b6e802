"""Acts whose doer is no one a story can name (a generic person, a disease, a force of nature), questions put to a
speaker, and silence about a question (events/data/non_events.yaml), beside look-alikes that stay coded."""

import pytest

from tests.events.conftest import trigger_words


@pytest.mark.parametrize("text, word", [
    ("Whoever attacks Kenya will regret it, Nairobi warned Uganda.", "attacks"),
    ("Anyone who wants to visit Kenya must apply for a visa in Kampala.", "visit"),
    ("People who live in Uganda can visit Kenya without a visa.", "visit"),
    ("People who oppose the Kenyan government often flee to Uganda.", "oppose"),
    ("Those who support the rebels should leave Kenya, the minister said.", "support"),
    ("Everyone who attacks the Kenyan embassy will be punished.", "attacks"),
])
def test_an_act_of_a_generic_person_is_no_event(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Those who attacked the Kenyan embassy in Kampala fled across the border.", "attacked"),
    ("Kenyan troops who crossed the border attacked a Ugandan village.", "attacked"),
])
def test_the_act_of_named_or_past_doers_stays_an_event(code, text, word):
    events, _ = code(text)
    assert word in trigger_words(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Asked by the agency about the vote, the Saudi minister said Riyadh backed the accord.",
    "The Kenyan minister was asked about the border dispute with Uganda.",
])
def test_a_question_put_to_a_speaker_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya has also asked the IMF for a reduction in interest rates.",
    "Uganda, asked by Kenya to withdraw its troops, refused.",
])
def test_a_request_made_by_a_side_stays_a_request(code, text):
    events, _ = code(text)
    assert any(e.type == "REQUEST" and e.trigger == "asked" for e in events), [(e.type, e.trigger) for e in events]


def test_silence_about_a_question_is_no_refusal(code):
    events, _ = code("Kenya refused to say whether it would send troops to Somalia.")
    assert not [e for e in events if e.type == "REJECT"], [(e.type, e.trigger) for e in events]


def test_a_refusal_to_meet_stays_a_refusal(code):
    events, _ = code("Kenya refused to meet the Ugandan envoy in Nairobi.")
    assert any(e.type == "REJECT" for e in events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Kenya's maize crop is seriously threatened by pests and disease, the ministry said.", "threatened"),
])
def test_an_act_of_a_disease_or_of_nature_is_no_event(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_the_act_a_disease_drives_a_state_to_stays_an_event(code):
    events, _ = code("The outbreak has forced the Kenyan government to ban imports of Ugandan maize.")
    assert "forced" not in trigger_words(events)
    assert any(e.type == "SANCTION" and e.trigger == "ban" for e in events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Kenya is instructing its citizens not to travel to Uganda.", "travel"),
    ("Kenya told Uganda to stop attacking its fishermen.", "attacking"),
])
def test_an_act_one_is_told_not_to_do_is_no_event(code, text, word):
    events, _ = code(text)
    assert word not in trigger_words(events), [(e.type, e.trigger) for e in events]


def test_an_act_a_side_decides_not_to_do_stays_negated(code):
    events, _ = code("Kenya decided not to visit Uganda.")
    assert [e.status for e in events if e.trigger == "visit"] == ["negated"]
