"""Forces exercising together ("joint" exercises, drills, war games) are military cooperation (COOPERATE 062); an
exercise or war game of one side is a show of its force (MOBILIZE 154)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, coded", [
    ("Egypt and Greece began a new round of joint naval exercises on Monday.", ("COOPERATE", "062")),
    ("Russia held joint military exercises with Belarus near the Polish border.", ("COOPERATE", "062")),
    ("The armies of Chile and Peru staged joint war games in May.", ("COOPERATE", "062")),
    ("Russia staged war games near the Finnish border on Tuesday.", ("MOBILIZE", "154")),
    ("China held military drills near Taiwan on Saturday.", ("MOBILIZE", "154")),
])
def test_an_exercise_is_cooperation_only_when_joint(code, rules_only, text, coded):
    events, _ = code(text, "2024-03-01")
    assert [(e.type, e.cameo) for e in events] == [coded]


def test_a_joint_act_of_another_kind_keeps_its_own_type(code, rules_only):
    events, _ = code("Kenyan and Ugandan police launched a joint investigation into the smuggling ring.", "2024-03-01")
    assert [e.type for e in events] == ["ACCUSE"]
