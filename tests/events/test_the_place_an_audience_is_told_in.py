"""The place of the audience a statement is told to ("the minister told a news conference in Kabul", "told
reporters in Abadan") is where the act was told, not whom it was done to: model.is_venue reads the "in" phrase on a
noun of hearers (no_party.audience) under a verb above the trigger as it reads one on that verb. A place that the
act is done to keeps its side."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, place", [
    ("The bridges, one of which was badly shelled by three Pakistani batteries on Friday, were still on fire two days "
     "later, the minister told a news conference in Kabul.", "Kabul"),
    ("The depot, which was shelled by Iraqi gunners on Sunday, was still on fire, the governor told reporters in "
     "Abadan.", "Abadan"),
])
def test_the_place_of_the_audience_is_no_target(code, text, place):
    events, actors = code(text)
    found = [e for e in events if e.type == "ASSAULT"]
    assert found, [(e.type, e.trigger) for e in events]
    assert place not in names(found[0].target, actors), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_place_acted_on_keeps_its_side(code):
    events, actors = code("Iraqi jets bombed Abadan on Sunday, the governor told reporters in Tehran.")
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and "Abadan" in names(found[0].target, actors), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]
