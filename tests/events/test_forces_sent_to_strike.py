"""Aircraft or forces sent to strike are the strike (assault.yaml, `purpose`: the infinitive of purpose tells the
act, as forces sent to arrest are the arrest): jets sent to bomb are aerial weapons used (ASSAULT, CAMEO 195),
commandos sent to attack an attack (190). Sent to keep the peace, to the border or to fight they stay protection
given or a mobilisation. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word, code", [
    ("Ruritania sent fighter jets to destroy the Fredonian reactor.", "sent", "195"),
    ("The air force launched two drones to strike the rebel camp.", "launched", "195"),
    ("Fredonia dispatched commandos to attack the militants' base.", "dispatched", "190"),
    ("The army deployed tanks to storm the town.", "deployed", "190"),
])
def test_forces_sent_to_strike_are_the_strike(typed, text, word, code):
    assert typed(text)[word] == ("ASSAULT", code), text


@pytest.mark.parametrize("text, word, kind", [
    ("Ruritania sent jets to the border.", "sent", None),
    ("Ruritania sent fighter jets to Fredonia to take part in an air show.", "sent", None),
    ("The council sent troops to the island to keep the peace.", "sent", "AID"),
    ("Fredonia dispatched aircraft to carry food to the flooded villages.", "dispatched", None),
])
def test_forces_sent_for_another_end_are_no_strike(typed, text, word, kind):
    got = typed(text).get(word, ("NONE", None))[0]
    assert got != "ASSAULT", text
    if kind:
        assert got == kind, text
