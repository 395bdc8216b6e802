"""Access allowed (patterns/retreat.yaml, CAMEO 086, PLOVER RETREAT's access) lets a third party in: a state, a
body or a law letting its own agents act — named with the doer's possessive, a common noun of a state's own agency
with nothing beside it, an actor of the doer's own country — lets nobody in, and no event is made of the allowing
(own_state.lets_in_another). Where the one let in is an actor of another state it is the target."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text", [
    "The Fredonian government allowed its customs service to inspect grain imports.",
    "A new Ruritanian law permits the customs service to inspect grain imports.",
    "The Ruritanian ministry authorised its inspectors to visit the mills.",
])
def test_one_s_own_agents_let_act_are_no_access(code, text):
    events, _ = code(text, "2021-05-04")
    assert not [e for e in events if e.type == "RETREAT" or e.trigger in ("allowed", "permits", "authorised")], \
        found_acts(events)


@pytest.mark.parametrize("text, let_in", [
    ("Egypt allowed Russian warships to enter the port of Alexandria.", "Russia"),
    ("Myanmar allowed the Red Cross to visit the prison camps.", "Red Cross"),
])
def test_a_third_party_let_in_is_access(code, text, let_in):
    events, actors = code(text, "2021-05-04")
    access = [e for e in events if (e.type, e.cameo) == ("RETREAT", "086")]
    assert access and any(let_in in n for n in names(access[0].target, actors)), found_acts(events)


def test_a_thing_let_reach_a_level_lets_no_one_in(code):
    events, _ = code("The lull in the fighting allowed Iraq's oil output to reach two million barrels a day.",
                     "2021-05-04")
    assert not [e for e in events if e.type == "RETREAT"], found_acts(events)
