"""A meeting's or a visit's target that is a place of care ("was rushed to Harmon County Hospital", "flew to
Linden Bay hospital for tests", then "his visit to Linden Bay") is where a patient is taken or a caller goes, no
party met: it leaves the targets, and a meeting left with none leaves the events (events/roles/trips.py
`care_trips`; events/roles/data/meetings.yaml places_of_care). A visit to a party stays, and so does another act
on such a place. Sentences written for these tests."""

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text", [
    "The wounded corporal was rushed to Harmon County Hospital late on Friday and died there.",
    "The injured senator was flown to the Linden Bay Medical Center after the crash.",
    "The governor went to the Oakridge Clinic for routine tests last week.",
])
def test_a_trip_to_a_place_of_care_meets_nobody(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONSULT", "AGREE")], found_acts(events)


def test_a_place_of_care_named_with_its_noun_once_stays_one(code):
    text = ("President Ortega flew to Linden Bay hospital last weekend for routine tests. Aides later said little "
            "about his visit to Linden Bay last weekend.")
    events, actors = code(text)
    assert not [e for e in events if e.type == "CONSULT" and "Linden Bay" in names(e.target, actors)], \
        found_acts(events)


def test_a_visit_to_a_party_stays(code):
    events, actors = code("The Danish prime minister visited Oslo on Friday to meet the Norwegian king.")
    visits = [e for e in events if e.type == "CONSULT"]
    assert visits, found_acts(events)


def test_a_hospital_struck_stays(code):
    events, _ = code("Government jets bombed the Al Noor Hospital in the rebel town on Monday, the Syrian "
                     "opposition said.")
    assert [e for e in events if e.type == "ASSAULT"], found_acts(events)
