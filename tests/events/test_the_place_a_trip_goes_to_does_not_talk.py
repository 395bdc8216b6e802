"""The place a trip goes to ("a team is to visit Nairobi in May for talks with World Bank officials", "the
delegation will travel to Lima for talks with Peruvian officials") is visited, not a doer of the talks the trip is
for: the role model took it for their source (no_party.trip_destination; data/no_party.yaml `visiting`). The visit
keeps it as its target, and a named visitor stays the talks' source."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, place", [
    ("A team is to visit Nairobi in May for talks with World Bank officials.", "Nairobi"),
    ("The delegation will travel to Lima next week for talks with Bolivian officials.", "Lima"),
])
def test_the_place_visited_does_not_talk(code, text, place):
    events, actors = code(text)
    talks = [e for e in events if e.type == "CONSULT" and e.trigger == "talks"]
    assert talks, [(e.type, e.trigger) for e in events]
    assert place not in names(talks[0].source, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
    visit = [e for e in events if e.type == "CONSULT" and e.trigger != "talks"]
    assert visit and place in names(visit[0].target, actors)


def test_a_named_visitor_talks(code):
    events, actors = code("A Ghanaian team is to visit Washington in May for talks with World Bank officials.")
    talks = [e for e in events if e.type == "CONSULT" and e.trigger == "talks"]
    assert talks and names(talks[0].source, actors) == {"Ghana"}, \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
