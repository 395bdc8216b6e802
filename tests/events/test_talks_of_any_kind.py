"""Talks of any kind ("rejected any talks", "would take part in any negotiations", "before any talks") are no talks
held or set (events/data/non_events.yaml "talks of any kind"); talks held or set, the refusal of any talks, and a meeting
held before any talks, stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Brazil would take part in any negotiations on the debt, the minister said.",
    "Iran rejected any talks with the United States.",
    "Kerry met Lavrov in Geneva before any talks with Iran.",
    "China warned against any meeting between the Dalai Lama and the president.",
])
def test_talks_of_any_kind_are_no_talks(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT" and e.trigger != "met"], found_acts(events)


def test_the_refusal_and_a_meeting_held_before_stay(code):
    rejected, _ = code("Iran rejected any talks with the United States.")
    assert [e for e in rejected if e.type == "REJECT"], found_acts(rejected)
    met, _ = code("Kerry met Lavrov in Geneva before any talks with Iran.")
    assert [e for e in met if e.type == "CONSULT" and e.trigger == "met"], found_acts(met)


@pytest.mark.parametrize("text", [
    "Iran and the United States will hold talks in Oman next week.",
    "The foreign ministers of Iran and Oman held talks in Muscat on Monday.",
])
def test_talks_held_or_named_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT"], found_acts(events)
