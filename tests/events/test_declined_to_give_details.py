"""A speaker who will not say or give out what is known refuses the press, not another side (data/non_events.yaml,
"declined to comment"): "declined to provide further details", "refused to indicate whether …", "declined to give a
figure". Things and people handed over, and talks refused, stay refusals. A person dismissed from a post is no refusal
either (patterns/none.yaml); a claim or an appeal dismissed is one."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with


@pytest.mark.parametrize("text", [
    "Zorblio Corp declined to provide further details.",
    "The Kenyan ministry refused to indicate whether it would reopen the mill.",
    "The Tanzanian firm declined to give a figure for the loss.",
    "Zorblio refused to release the terms of the sale to Kenya.",
    "The Ugandan envoy declined to divulge the price Kenya paid.",
])
def test_no_refusal_in_keeping_silent(nlp, code, text):
    with coding_with(nlp, keep_unplaced=True):
        events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Kenya refused to release the prisoners.", "refused"),
    ("Uganda declined to give guarantees to Kenya.", "declined"),
    ("Kenya refused to provide troops for the force.", "refused"),
    ("Uganda declined to discuss the border with Kenya.", "declined"),
    ("The captured Ugandan general refused to give the Kenyan army any information.", "refused"),
    ("The Ugandan ministry declined to provide details of the deal to Kenyan inspectors.", "declined"),
])
def test_must_not_refusals_of_things_and_talks(nlp, code, text, trigger):
    with coding_with(nlp, keep_unplaced=True):
        events, _ = code(text)
    assert [e for e in events if e.type == "REJECT" and e.trigger == trigger], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "A Zorblio statement said currency chief Amos Njoroge had been dismissed with immediate effect.",
    "The Kenyan president dismissed his finance minister on Friday.",
])
def test_a_person_dismissed_from_a_post_is_no_refusal(nlp, code, text):
    with coding_with(nlp, keep_unplaced=True):
        events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya dismissed the Ugandan claim as baseless.",
    "The court dismissed the appeal by the Kenyan government.",
])
def test_must_not_a_claim_or_an_appeal_dismissed(nlp, code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REJECT" and e.trigger == "dismissed"], [(e.type, e.trigger) for e in events]
