"""A measure lifted, eased or refused lifting is done to the one it lies on: the "on" or "against" phrase of its noun,
or of a participle or a relative clause of laying it ("the sanctions imposed on X", "the curbs it placed on X"),
names the target (roles/doers.py `measure_targets`)."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, ptype", [
    ("Portugal lifted the sanctions it had placed on Ghana.", "RETREAT"),
    ("Portugal lifted the trade sanctions imposed on Ghana in 2019.", "RETREAT"),
    ("Portugal will not lift the trade embargo imposed on Ghana, its minister said.", "REJECT"),
    ("Portugal refused to lift the embargo it placed on Ghana.", "REJECT"),
    ("Portugal agreed on Tuesday to lift the curbs imposed against Ghana.", "AGREE"),
])
def test_the_measure_s_target_is_whom_it_lies_on(code, text, ptype):
    events, actors = code(text)
    hits = [e for e in events if e.type == ptype]
    assert hits, [(e.type, e.trigger) for e in events]
    assert countries(hits[0].source, actors) == {"PRT"}, hits[0].source
    assert countries(hits[0].target, actors) == {"GHA"}, hits[0].target


def test_a_measure_announced_on_a_day_names_no_target(code):
    events, actors = code("Portugal lifted the curfew announced on Monday.")
    hits = [e for e in events if e.type in ("CONCEDE", "RETREAT")]
    assert hits, [(e.type, e.trigger) for e in events]
    assert not any(actors[i].country for e in hits for i in e.target if i in actors), [e.target for e in hits]
