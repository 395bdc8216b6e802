"""A difficulty one gets over, told in a relative clause ("there is no obstacle Israel cannot overcome", "no hurdle
the two states could not overcome"), is no blow (events/figures_of_speech.py `figurative_blow`, `_object_of`;
data/figures_of_speech.yaml `blow_objects`); an army that overcomes a garrison, and a relative clause whose noun is
the one struck, stay attacks. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Together there is no obstacle Israel cannot overcome, the prime minister said.",
    "The French foreign minister said there was no obstacle France could not overcome.",
    "Kenya faces no hurdle its farmers have not overcome before, the president said.",
])
def test_a_difficulty_overcome_is_no_blow(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The rebels overcame the garrison in two days.",
    "Rebels hit the army convoy that the garrison had sent on Monday.",
])
def test_a_garrison_overcome_stays_an_attack(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)
