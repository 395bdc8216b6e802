"""A trip (a visit made or hosted, CAMEO 042 or 043) of travellers none of whom is a political actor, to places or to
people of no public office alone, meets no party: no act on a page (events/relevance.py `private_trip`;
data/relevance.yaml private_trips; round 82, pagenoise82). An official's trip, and anyone's visit to an official or a
public body, stay. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.relevance import private_trip
from dossier.model import Entity, Event
from tests.events.conftest import found_acts

ACTORS = {
    "singer": Entity(id="singer", name="Mara Velt", type="PERSON", kind="person"),
    "club": Entity(id="club", name="Harbour Lions", type="ORG", kind="organisation"),
    "canada": Entity(id="canada", name="Canada", type="GPE", kind="government", country="CAN", cameo="CAN",
                     known=True),
    "town": Entity(id="town", name="Tucson", type="GPE", kind="place", country="USA", known=True),
    "firm": Entity(id="firm", name="Orvan Steel", type="ORG", kind="company", country="JPN", cameo="JPNBUS"),
    "minister": Entity(id="minister", name="Anne Roux", type="PERSON", kind="person", country="FRA",
                       cameo="FRAGOV"),
    "judge": Entity(id="judge", name="Ira Voss", type="PERSON", kind="person", country="USA", cameo="USAJUD"),
    "ministry": Entity(id="ministry", name="Ministry of Health", type="ORG", kind="government", country="USA",
                       cameo="USAGOV", known=True),
}


@pytest.mark.parametrize("cameo, source, target", [
    ("042", ["singer"], ["canada"]),    # toured a country
    ("042", ["singer"], ["town"]),      # flew to a city
    ("042", ["club"], ["club"]),        # a team visits another
    ("043", ["singer"], []),            # hosted a show
])
def test_a_private_persons_trip_is_no_act(cameo, source, target):
    assert private_trip(Event(id="t:e1", type="CONSULT", cameo=cameo, source=source, target=target), ACTORS)


@pytest.mark.parametrize("kind, cameo, source, target", [
    ("CONSULT", "042", ["minister"], ["canada"]),   # an official's trip
    ("CONSULT", "042", ["singer"], ["judge"]),      # went to see the judge
    ("CONSULT", "042", ["singer"], ["ministry"]),   # visited the ministry
    ("CONSULT", "040", ["singer"], ["canada"]),     # a meeting, no trip
    ("CONSULT", "042", ["firm"], ["canada"]),       # a firm's mission to a state
    ("CONSULT", "042", [], ["town"]),               # "we will fly there", said by someone
    ("PROTEST", "141", ["singer"], ["canada"]),     # no consultation at all
])
def test_officials_trips_and_visits_to_officials_stay(kind, cameo, source, target):
    assert not private_trip(Event(id="t:e1", type=kind, cameo=cameo, source=source, target=target), ACTORS)


SINGER = ("The singer Mara Velt checked into a clinic in Arizona on Friday, her agent told a magazine. A friend of the "
          "singer said she flew to Tucson on Thursday night. Velt, 41, has battled drink for years. Her agent said "
          "the family asked for privacy. Her last album sold poorly in Europe. She toured Canada last spring.")
MINISTER = ("The French foreign minister flew to Tokyo on Monday for two days of talks. He visited a car plant near "
            "the capital. The minister met the Japanese prime minister on Tuesday. The two sides discussed trade. "
            "They agreed to meet again next year.")


def test_a_singers_tour_is_left_out(code):
    events, _ = code(SINGER)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


def test_a_ministers_trip_stays(code):
    events, _ = code(MINISTER)
    assert [e for e in events if e.type == "CONSULT" and (e.cameo or "").startswith("042")], found_acts(events)
