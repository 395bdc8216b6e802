"""A noun of private people that a city, region or state qualifies ("a Tulsa boy", "two Lagos schoolgirls") stands for
the civilians of the place's country, not for the place (data/lexicon.yaml `private_people`,
`Resolver._civilians_of`); the place is no side of its own (`qualifies_people`). A place that qualifies another
noun ("a Nairobi court") keeps today's reading. Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, type_, place", [
    ("Deputies rescued a 7-year-old Tulsa boy who had been missing since Sunday.", "AID", "Tulsa"),
    ("Rebels abducted two Lagos schoolgirls from their dormitory last week.", "ASSAULT", "Lagos"),
    ("Soldiers beat two Houston teenagers during the raid on the market.", "ASSAULT", "Houston"),
])
def test_people_a_place_qualifies_are_its_country_s_civilians(code, text, type_, place):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert place not in names(event.target, actors)
    assert any(actors[a].cameo and actors[a].cameo.endswith("CVL") for a in event.target)


def test_a_place_that_qualifies_another_noun_stays(code):
    events, actors = code("Rebels attacked a Nairobi police station before dawn.")
    event = next(e for e in events if e.type == "ASSAULT")
    assert not any((actors[a].cameo or "").endswith("CVL") for a in event.target)
