"""A failure is no refusal, and silence before the press is none either (events/data/non_events.yaml: "a failure is
no refusal", "silence before the press"); failures to comply or answer, failed talks and refusals of a party stay."""

import pytest


def _rejections(events) -> list[str]:
    return [e.trigger for e in events if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "The Kenyan government failed to publish a budget because of uncertainty over oil revenues.",
    "The Ugandan lender failed last month to win the backing of its owners for the merger.",
    "A Chilean weather satellite failed in orbit in August.",
    "The Peruvian finance minister declined to give further details.",
    "Bolivia's central bank declined to estimate the cost of the programme.",
    "The Kenyan deputy ministers, who declined to talk to reporters, later held informal talks in Nairobi.",
    "The Ecuadorean trade minister refused to put a figure on the expected savings.",
])
def test_a_failure_or_silence_before_the_press_is_no_refusal(code, text):
    events, _ = code(text)
    assert not _rejections(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Syria failed to comply with the ceasefire agreed with Turkey.",
    "Norway failed to respond to the Danish request.",
    "Kenya declined to sign the accord with Uganda.",
    "Uganda declined to give the Kenyan envoy a visa.",
    "Iran refused to discuss the offer with the French envoy.",
])
def test_a_refusal_and_a_failure_to_comply_or_answer_stay(code, text):
    events, _ = code(text)
    assert _rejections(events), [(e.type, e.trigger) for e in events]


def test_talks_that_fail_stay_a_refusal_to_meet(code):
    events, _ = code("Talks between Kenya and Uganda on the border failed on Monday.")
    assert [e.cameo for e in events if e.type == "REJECT"] == ["164"], [(e.type, e.cameo, e.trigger) for e in events]


def test_an_agreement_not_reached_stays_a_refusal_on_its_own_word(code):
    events, _ = code("Negotiators from Kenya and Uganda failed to conclude an agreement on wheat exports last week.")
    assert _rejections(events) == ["conclude"], [(e.type, e.trigger) for e in events]
