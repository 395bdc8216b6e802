"""A town that a "where" clause holding the act describes ("turned to Oslo, where Nordic ministers will meet") is
where the act happens, no party to it: the role model may not take it for a side (roles/model.where_it_happens).
An act of force keeps its town, which may be what is struck. Sentences written for these tests."""

from tests.events.conftest import names


def test_a_meeting_in_the_town_has_no_town_for_a_side(code):
    events, actors = code("Traders said all attention was on Vienna, where oil ministers of OPEC gather on Thursday "
                          "to review output quotas.", "1988-05-02")
    sides = {n for e in events for n in names(e.source + e.target, actors)}
    assert "Vienna" not in sides

