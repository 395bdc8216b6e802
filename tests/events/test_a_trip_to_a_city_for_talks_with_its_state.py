"""A trip to a city "for talks with" the city's own state or its people visits them, and is one act: the city is
only where the talks are, never a side (roles/trips.meeting_on_trip, `hosts_met`), and the talks the trip is for
are the visit told again (events/acts_told_twice.py). A trip to a state, or to a city for talks with others only,
stays a visit and talks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, names


def _consults(events):
    return [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, host, city", [
    ("The Ghanaian trade minister leaves on Thursday for Ottawa for talks with Canadian farm officials.", "CAN",
     "Ottawa"),
    ("The Chilean minister said she would go to Canberra for talks with Australia on wool quotas.", "AUS",
     "Canberra"),
    # the parser hangs "with" on the verb of travel
    ("The Kenyan delegation will fly on to Rome for further talks tomorrow with Italian treasury officials.", "ITA",
     "Rome"),
    # the parser makes the "for" a conjunct of the infinitive of purpose
    ("Aides said Okafor would leave for Tokyo on Monday to attend the OECD meeting and for talks with Japanese "
     "officials on rice.", "JPN", "Tokyo"),
])
def test_talks_with_the_city_s_state_are_one_visit_to_them(code, text, host, city):
    events, actors = code(text, "1987-03-20")
    visits = [e for e in _consults(events) if e.cameo == "042"]
    assert len(visits) == 1, [(e.cameo, e.trigger, names(e.target, actors)) for e in events]
    assert countries(visits[0].target, actors) == {host} and city not in names(visits[0].target, actors)
    assert not [e for e in _consults(events) if e.trigger == "talks"]


def test_talks_with_no_party_are_the_visit_to_the_city(code):
    events, actors = code("The Peruvian envoy will go to Madrid next week for talks on fishing rights.", "1987-03-20")
    (visit,) = _consults(events)
    assert visit.cameo == "042" and countries(visit.target, actors) == {"ESP"}


def test_a_visit_to_a_state_and_its_talks_stay_two(code):
    events, actors = code("The Ghanaian trade minister visited Canada on Thursday for talks with Canadian trade "
                          "officials.", "1987-03-20")
    assert {e.cameo for e in _consults(events)} == {"040", "042"}


def test_talks_with_others_in_a_city_keep_the_city_visited(code):
    events, actors = code("The Ghanaian trade minister leaves on Thursday for Ottawa for talks with Mexican officials.",
                          "1987-03-20")
    (visit,) = [e for e in _consults(events) if e.cameo == "042"]
    assert names(visit.target, actors) == {"Ottawa"}
    (talks,) = [e for e in _consults(events) if e.trigger == "talks"]
    assert countries(talks.target, actors) == {"MEX"}
