"""A doer ranked among others by a predicate noun ("X was the sole senator to oppose Y", "X became the first
Western leader to visit Z", "X is the first state to sign the accord"): the act of the infinitive on that noun is
X's, done (the infinitive says what X did, not what X is to do), and the noun with its words (the party, the
region, the kind of state) says who X is, never whom X acted on. "X is to sign" stays a plan. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def _sides(events, actors, ptype):
    event = next(e for e in events if e.type == ptype)
    return [actors[i].name for i in event.source], [actors[i].name for i in event.target], event.status


@pytest.mark.parametrize("text, ptype, source, target", [
    ("Olaf Brenning became the first Western leader to visit Pyongyang in a decade.", "CONSULT",
     ["Olaf Brenning"], ["Pyongyang"]),
    ("Norway remained the only NATO member to condemn the air strikes on Libya.", "ACCUSE", ["Norway"], ["Libya"]),
])
def test_the_ranked_doer_acts(code, text, ptype, source, target):
    events, actors = code(text)
    got_source, got_target, status = _sides(events, actors, ptype)
    assert (got_source, status) == (source, "occurred"), found_acts(events, status=True)
    assert set(target) <= set(got_target)


def test_the_doer_s_party_is_not_whom_the_vote_is_against(code):
    events, actors = code("Senator Mara Quill became the sole Tory senator to oppose the nominee on Tuesday.")
    event = next(e for e in events if e.type == "REJECT")
    assert [actors[i].name for i in event.source] == ["Mara Quill"]
    assert not any("Tory" in actors[i].name for i in event.target)


@pytest.mark.parametrize("text, status", [
    ("Chile is the first South American state to sign the fishing accord with Japan.", "occurred"),
    ("Chile was the second South American state to sign the fishing accord with Japan.", "occurred"),
    ("Chile is to sign the fishing accord with Japan.", "planned"),
])
def test_a_ranked_signing_is_done_and_a_set_one_planned(code, text, status):
    events, actors = code(text)
    event = next(e for e in events if e.type == "AGREE")
    assert [actors[i].name for i in event.source] == ["Chile"]
    assert event.status == status, found_acts(events, status=True)
