"""An act told by a gerund after the preposition of an infinitive that is asked for is asked for too, not done
("urged Kenya to help in ending the war": events/status.py `forward_state`); the same gerund told of a deed stays
done. Texts written here."""

from __future__ import annotations

from tests.events.conftest import found_acts


def test_a_gerund_of_what_is_asked_is_asked_for(code):
    events, _ = code("The envoy urged Kenya to help in ending the war with Uganda.")
    found = [e for e in events if e.type == "RETREAT"]
    assert found and all(e.status == "hypothetical" for e in found), found_acts(events, status=True)


def test_a_gerund_of_a_deed_stays_done(code):
    events, _ = code("Kenya helped in ending the war with Uganda.")
    assert [e for e in events if e.type == "RETREAT" and e.status == "occurred"], found_acts(events, status=True)
