"""A clash of words is a dispute, disapproval between the two sides (accuse.yaml, CAMEO 110): named people clashing,
or anyone clashing over or on an issue. A clash of forces stays a fight (assault.yaml, CAMEO 190)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sides", [
    ("Helmut Kohl clashed with Margaret Thatcher over the community budget.", {"Helmut Kohl", "Margaret Thatcher"}),
    ("Francois Mitterrand clashed with Jacques Chirac during the cabinet session.",
     {"Francois Mitterrand", "Jacques Chirac"}),
    ("The French and German ministers clashed over farm subsidies at the meeting.", None),
])
def test_a_clash_of_words_is_disapproval(code, text, sides):
    events, actors = code(text)
    clash = [e for e in events if e.trigger == "clashed"]
    assert [(e.type, e.cameo) for e in clash] == [("ACCUSE", "110")], [(e.type, e.trigger) for e in events]
    if sides:
        named = {actors[i].name for i in clash[0].source + clash[0].target if i in actors}
        assert named == sides, named


@pytest.mark.parametrize("text", [
    "Police clashed with students over the weekend in Seoul.",
    "Rebels clashed with government troops on Sunday.",
    "Indian and Pakistani troops clashed on the border.",
])
def test_a_clash_of_forces_stays_a_fight(code, text):
    events, _ = code(text)
    assert [e.type for e in events if e.trigger == "clashed"] == ["ASSAULT"], [(e.type, e.trigger) for e in events]
