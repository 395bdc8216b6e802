"""A denial clears the one whose act it denies: a state's minister who denies that his own state did something
answers a charge against that state, and the state is no target of the denial (ACCUSE 110, round 33's convention
for denials; roles/denials.py `own_side`). Another state's act denied keeps that state as the one the denial is
about. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


def _denial(code, text):
    events, actors = code(text)
    denials = [e for e in events if e.type == "ACCUSE" and e.trigger == "denied"]
    assert denials, [(e.type, e.trigger) for e in events]
    return denials[0], actors


@pytest.mark.parametrize("text", [
    "Kuwaiti Oil Minister Yousef al-Marri denied that Kuwait was pumping more crude than its quota allowed.",
    "Nigerian Petroleum Minister Tunde Okafor denied Nigeria was selling its crude below the official price.",
    "Venezuelan Energy Minister Carlos Mendez flatly denied that Venezuela had gone over its output ceiling.",
    "Kuwait's oil minister denied Kuwait was pumping more crude than its quota allowed.",
])
def test_a_minister_denying_his_own_states_act_accuses_no_one_of_it(code, text):
    denial, actors = _denial(code, text)
    own = {actors[i].country for i in denial.source if i in actors}
    assert own, names(denial.source, actors)
    assert not {actors[i].country for i in denial.target if i in actors} & own, names(denial.target, actors)


@pytest.mark.parametrize("text, other", [
    ("Kuwaiti Oil Minister Yousef al-Marri denied that Iraq had closed the pipeline.", "Iraq"),
    ("The Kenyan foreign minister denied that Ugandan troops had crossed the border.", "Ugandan"),
])
def test_another_states_act_denied_keeps_that_state(code, text, other):
    denial, actors = _denial(code, text)
    assert any(other in n for n in names(denial.target, actors)), names(denial.target, actors)
