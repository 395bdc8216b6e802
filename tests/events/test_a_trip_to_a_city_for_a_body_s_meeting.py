"""A trip to a city "for" a meeting of a body, or of another state's people, visits those who meet there, not the
city's state: the city is only where they meet (roles/trips.meeting_on_trip, data/meetings.yaml `seat_meetings`). A
trip for talks with the city's own state still visits that state. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


def _visit(events):
    return next(e for e in events if e.type == "CONSULT" and e.cameo == "042")


@pytest.mark.parametrize("text, met", [
    ("The Kenyan trade minister flew to Geneva on Sunday for a meeting of GATT members.",
     "General Agreement on Tariffs and Trade"),
    ("Finance Minister Okonkwo travels to Washington this week for the World Bank meeting on debt.", "World Bank"),
    ("The Chilean envoy, who went to Brussels on Sunday for talks with officials of the European Community, "
     "spoke of wine.",
     "European Community"),
])
def test_the_body_met_not_the_city(code, text, met):
    events, actors = code(text, "1988-05-02")
    visit = _visit(events)
    assert met in names(visit.target, actors)
    assert not {actors[i].country for i in visit.target if i in actors} - {None}


def test_a_trip_for_talks_with_the_host_state_visits_it(code):
    events, actors = code("The Japanese premier goes to Washington on Friday for talks with the American president.",
                          "1987-04-27")
    assert "USA" in {actors[i].country for i in _visit(events).target}
