"""An act done to a change ("a rise in West German rates", "the increase in Chinese tariffs") is done to the owner
of the thing changed, named before it (roles/changes.py, data/acts_done.yaml `changes`)."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, target", [
    ("The finance minister of Italy criticised a sharp rise in West German interest rates.", "Germany"),
    ("The Australian trade minister condemned the increase in Chinese tariffs on Australian wine.", "China"),
    ("Iraq welcomed last week's cut in Saudi Arabia's oil output.", "Saudi Arabia"),
])
def test_the_owner_of_the_thing_changed_is_the_target(code, text, target):
    events, actors = code(text)
    assert events, text
    assert all(target in names(e.target, actors) for e in events), [(e.type, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya's trade minister praised a rise in coffee exports to the region.",
    "The Indian finance minister criticised the rise in global oil prices.",
])
def test_a_change_of_a_thing_with_no_owner_gives_no_target(code, text):
    events, actors = code(text)
    assert events, text
    assert all(not e.target for e in events), [(e.type, e.target) for e in events]
