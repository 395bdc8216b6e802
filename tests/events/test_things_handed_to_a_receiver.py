"""A thing an act commits to hand to a receiver named ("promised to hand the Federal Reserve's proposal to the
committee", "pledged to send the World Bank's estimates to parliament") is no party, nor is its owner through it
(roles.reading._complement_parties): the receiver is the target, or none is. An object with no receiver keeps its
owner ("promised to respect Uganda's borders"). Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, owner", [
    ("Senator Alvarado promised to hand the Federal Reserve's revised proposal to the budget committee by June 2.",
     "Federal Reserve"),
    ("Kenya's finance minister pledged to send the World Bank's new estimates to parliament within a month.",
     "World Bank"),
    ("The Ghanaian minister offered to give the lenders the IMF's audit reports next week.",
     "International Monetary Fund"),
])
def test_the_owner_of_a_thing_handed_on_is_no_target(code, text, owner):
    events, actors = code(text)
    pledges = [e for e in events if e.type == "AGREE"]
    assert pledges
    assert all(owner not in names(e.target, actors) for e in pledges)


@pytest.mark.parametrize("text, target", [
    ("Kenya promised to respect Uganda's borders.", "Uganda"),
    ("Kenya offered to sell its old tankers to Uganda.", "Uganda"),
])
def test_the_party_acted_on_or_receiving_stays(code, text, target):
    events, actors = code(text)
    event = next(e for e in events if e.type == "AGREE")
    assert names(event.target, actors) == {target}
