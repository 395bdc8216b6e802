"""A conflict act that is vowed, held out under a condition, or announced by its own actor is a threat (CAMEO 13)."""

import pytest

from tests.events.conftest import names, only


def _threat(code, text):
    events, actors = code(text)
    return only(events, "THREATEN"), events, actors


@pytest.mark.parametrize("text, cameo", [
    ("The protesters said they would boycott the Interior Ministry.", "133"),
    ("The rebels vowed to attack the capital.", "138"),
    ("Nigeria will withdraw its troops from Chad unless the rebels agree to a truce.", "136"),
])
def test_conflict_act_announced_vowed_or_conditional_is_a_threat(code, text, cameo):
    event, events, _ = _threat(code, text)
    assert event.cameo == cameo and event.status == "occurred"
    assert not [e for e in events if e.type in ("PROTEST", "ASSAULT", "RETREAT")]


def test_speaker_is_the_source_of_the_threat(code):
    event, _, actors = _threat(code, "Kenya said on Monday it would expel the Somali diplomats.")
    assert names(event.source, actors) == {"Kenya"}


@pytest.mark.parametrize("text, ptype", [
    ("Kenya announced it would expel the Somali diplomats.", "SANCTION"),   # a decision made known
    ("Analysts said the army would attack the rebels.", "ASSAULT"),        # someone else's forecast
    ("Nigeria will withdraw its troops from Chad.", "RETREAT"),            # no condition: a plan
    ("The opposition said it would not boycott the elections.", None),     # negated: no threat
])
def test_not_a_threat(code, text, ptype):
    events, _ = code(text)
    assert not [e for e in events if e.type == "THREATEN"]
    if ptype:
        assert ptype in {e.type for e in events}
