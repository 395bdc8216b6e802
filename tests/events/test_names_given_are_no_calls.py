""""Call" with an object and what it is called (an object predicate, or words in quotation marks right after the
object) gives a thing a name: it is no call for or on anything, whatever preposition the parser hangs on the verb,
and no phone call. Calls for talks, calls on a state to act and phone calls stay coded."""

from __future__ import annotations

import pytest


def _calls(events):
    return [e for e in events if e.trigger.split(" … ")[0] == "called" and e.type in ("REQUEST", "CONSULT")]


@pytest.mark.parametrize("text", [
    "Its founder, Mara Lind, called the plan for the march “a push against mayors who want to keep shops shut.”",
    "The Chilean senator called the proposal for a new port “a gift to Peru.”",
    "Bolivia's minister called the plan on water rights a trap for farmers.",
    "Its head, Ana Ruiz, who posts on the site as @PlainTalk, called the idea for the march “a shove against the mayors.”",
])
def test_a_name_given_is_no_call(code, text):
    events, _ = code(text, "2024-05-02")
    assert not _calls(events), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text, cameo", [
    ("Japan called on Iran to free the crew.", "020"),
    ("Japan called for talks with China on the disputed islands.", "020"),
    ("Japan called its envoy in Beijing for “urgent consultations” on the islands.", "020"),
    ("Japan called the Chinese ambassador for “urgent talks” on the islands.", "041"),
    ("The Zambian president called his Malawian counterpart on Thursday.", "041"),
])
def test_calls_for_on_and_to_someone_stay(code, text, cameo):
    events, _ = code(text, "2024-05-02")
    assert any(e.cameo == cameo for e in _calls(events)), [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Senator Lee called the judge's record “deeply troubling for a court of appeals.”",
    "Chile's foreign minister called Bolivia's closure of the border crossing alarming.",
])
def test_a_name_that_judges_stays_criticism(code, text):
    events, _ = code(text, "2024-05-02")
    assert any(e.type == "ACCUSE" for e in events), [(e.type, e.cameo, e.trigger) for e in events]
