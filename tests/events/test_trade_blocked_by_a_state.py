"""Trade blocked by a state or a body is an embargo (sanction.yaml, CAMEO 163); farmers or dockers who block roads
or shipments obstruct them (protest.yaml, 144). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Chile blocked imports of Argentine beef last month.", "blocked"),
    ("Iran could block oil shipments through the strait, analysts said.", "block"),
])
def test_trade_blocked_by_a_state_is_an_embargo(typed, text, word):
    assert typed(text)[word] == ("SANCTION", "163"), text


@pytest.mark.parametrize("text, word", [
    ("Angry farmers blocked imports of cheap wine at the border.", "blocked"),
    ("Farmers blocked roads into the capital on Monday.", "blocked"),
])
def test_a_crowd_blocking_stays_an_obstruction(typed, text, word):
    assert typed(text)[word] == ("PROTEST", "144"), text
