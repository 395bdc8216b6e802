"""A topic weighed (an impact, an issue, a question, an option) is studied, no one investigated (none.yaml; the
converted dictionary's ASSESS IMPACT and bare EXAMINE are CAMEO 090); a situation or a crime examined stays an
inquiry."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Next year the ministers would assess the impact of the tariff cuts on their farm exports.", "assess"),
    ("The summit will also examine several world issues, especially Central America.", "examine"),
    ("The committee is examining the question of a new tariff on steel imports.", "examining"),
])
def test_a_topic_weighed_is_no_inquiry(code, typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.cameo == "090"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("The United Nations will examine the human rights situation in Chile.", "examine"),
    ("Police are investigating the bombing of the embassy.", "investigating"),
])
def test_an_inquiry_stays(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "090"), typed(text)
