"""A subjectless gerund that completes a noun ("the importance of cooperating with X") names an act talked about, and
so does the act it lends a noun to as a light verb ("the importance of holding talks with X", "autonomy in conducting
negotiations with Y"). A gerund with its own doer, or one that frames the clause ("After holding talks with X, Y
signed…"), still tells the act."""

from __future__ import annotations


def _types(events):
    return sorted(e.type for e in events)


def test_talks_held_in_a_gerund_after_importance_are_talked_about(code):
    events, _ = code("Analysts in Lima stressed the importance of holding talks with Chile.", "2020-05-01")
    assert "CONSULT" not in _types(events)


def test_negotiations_conducted_in_a_gerund_after_a_noun_are_talked_about(code):
    events, _ = code("Peru showed its autonomy in conducting pragmatic negotiations with China.", "2020-05-01")
    assert "CONSULT" not in _types(events)


def test_collaboration_in_a_gerund_after_a_noun_is_talked_about(code):
    events, _ = code("Experts noted Peru's freedom in conducting collaboration with China.", "2020-05-01")
    assert "COOPERATE" not in _types(events)


def test_talks_held_before_the_main_act_are_told(code):
    events, _ = code("After holding talks with Chile, Peru signed the accord.", "2020-05-01")
    assert "CONSULT" in _types(events)
