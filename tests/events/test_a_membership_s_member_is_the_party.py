"""A state's membership of a body, opposed, backed or welcomed: the member named before the noun is the target, not
the body its "of" phrase names (roles/data/acts_done.yaml `joinings`); with no member named before it, the body
asked for membership stays the one asked."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, kind, doer, member", [
    ("Athens firmly opposes Albanian membership of the European Community.", "REJECT", "GRC", "ALB"),
    ("The Irish premier said Dublin backs Malta's membership of the community.", "SUPPORT", "IRL", "MLT"),
    ("Tokyo will not support Soviet membership of the Asian Development Bank.", "SUPPORT", "JPN", "SUN"),
])
def test_the_member_is_the_target(code, text, kind, doer, member):
    events, actors = code(text, published="1987-05-04")
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, e.source, e.target) for e in events]
    assert countries(found[0].source, actors) == {doer}
    assert countries(found[0].target, actors) == {member}


def test_membership_asked_of_the_body(code):
    events, actors = code("Vienna formally applied for membership of the European Community.", published="1989-07-17")
    asked = [e for e in events if e.type == "REQUEST"]
    assert len(asked) == 1, [(e.type, e.source, e.target) for e in events]
    assert countries(asked[0].source, actors) == {"AUT"}
    assert [actors[i].name for i in asked[0].target] == ["European Community"]
