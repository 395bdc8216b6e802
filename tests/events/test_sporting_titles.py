"""A sporting title held (events/figures_of_speech.py `title_held`) and a match won against its holder: "against the
defending champions France" and "beat the defending champion Argentina" name no defence and no attack between the
two countries. A country that defends a city or a border still acts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Germany will be back in action on Sunday against defending champions France.",
    "Brazil beat the defending champion Argentina on Tuesday.",
    "Italy face the defending world champions Spain in Rome on Friday.",
])
def test_a_title_held_is_no_act(code, text):
    events, _ = code(text, "2024-05-02")
    assert not events, [(e.type, e.cameo, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Ukraine is defending Kharkiv against Russian forces.",
    "Poland said it was defending the European Union's border with Belarus.",
])
def test_a_defence_of_a_place_stays(code, text):
    events, _ = code(text, "2024-05-02")
    assert [e for e in events if e.type in ("SUPPORT", "MOBILIZE", "ASSAULT")], \
        [(e.type, e.cameo, e.trigger, e.source) for e in events]
