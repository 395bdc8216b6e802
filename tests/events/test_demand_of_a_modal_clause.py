""""X said (that) Y must do Z": the one asked is the subject of the reported clause that has the modal, not of
another clause the same verb reports ("said A's approval is slow and the terms must be revised" asks nothing of A)."""

from __future__ import annotations

from tests.events.conftest import names


def _demands(events):
    return [e for e in events if e.type == "REQUEST"]


def test_the_subject_of_the_modal_clause_is_asked(code, rules_only):
    events, actors = code("The German chancellor said Russia must withdraw its troops from the border.")
    (demand,) = _demands(events)
    assert names(demand.target, actors) == {"Russia"}


def test_the_subject_of_another_reported_clause_is_not_asked(code, rules_only):
    events, actors = code("A Lloyds spokesman said Treasury approval is taking longer than forecast and market "
                          "conditions must now be re-evaluated.")
    assert not any(e.target for e in _demands(events))

