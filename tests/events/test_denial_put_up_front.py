"""An act denied by words put before its verb ("never once did…", "at no time did…") or told in a relative clause on
"nothing" ("did nothing to provoke…"), or on "anything" a denied verb does ("never did anything to harm…"), is negated
(events/status.py `_denied_up_front`, `_nothing_done`). Sentences written for these tests."""

import pytest


def _statuses(events, ptype):
    return [e.status for e in events if e.type == ptype]


@pytest.mark.parametrize("text, ptype", [
    ("\"Never once did our forces fire on civilians,\" the Israeli general said.", "ASSAULT"),
    ("\"At no time did Chile threaten Peru,\" the Chilean foreign minister said.", "THREATEN"),
    ("At no point did Greek jets attack the Turkish ships, Athens said.", "ASSAULT"),
    ("Ecuador did nothing to threaten Colombia, its president said.", "THREATEN"),
    ("The envoy said Vietnam had never done anything to threaten Cambodia.", "THREATEN"),
])
def test_an_act_denied_up_front_is_negated(code, text, ptype):
    events, _ = code(text)
    assert _statuses(events, ptype) == ["negated"], text


@pytest.mark.parametrize("text, ptype", [
    ("Not only did Chile threaten Peru, it also closed the border.", "THREATEN"),  # "not only": done
    ("At that time Greek jets attacked the Turkish ships, Athens said.", "ASSAULT"),  # a time with no "no"
    ("The envoy said Vietnam had done everything to threaten Cambodia.", "THREATEN"),
])
def test_an_act_with_no_denial_up_front_stays_done(code, text, ptype):
    events, _ = code(text)
    assert "occurred" in _statuses(events, ptype), text
