"""One who comes to a gathering meets those gathered, where the gathering's phrase names them (roles/gatherings.py,
data/gatherings.yaml); a going to a rally or a march is no trip (events/data/non_events.yaml): those who go are the
rally and meet no one."""

from __future__ import annotations

from tests.events.conftest import names


def _trips(events):
    return [e for e in events if e.type == "CONSULT" and e.cameo == "042"]


def test_coming_to_the_farmers_lunch_meets_the_farmers(code):
    events, actors = code("Senator Mark Hale came to the farmers' lunch in Fresno on Friday.")
    (trip,) = _trips(events)
    assert [actors[i].cameo for i in trip.target] == ["---CVL"]


def test_the_rule_itself_reads_the_farmers_at_the_lunch(code, rules_only):
    # with no role model: the rules alone take the gathering's people for whom the one who comes meets
    events, actors = code("Senator Mark Hale came to the farmers' lunch in Fresno on Friday.")
    (trip,) = _trips(events)
    assert names(trip.source, actors) == {"Mark Hale"}
    assert [actors[i].cameo for i in trip.target] == ["---CVL"]


def test_coming_to_a_meeting_of_farmers_meets_the_farmers(code, rules_only):
    events, actors = code("Governor Ana Mott came to a meeting of farmers on Tuesday.")
    (trip,) = _trips(events)
    assert [actors[i].cameo for i in trip.target] == ["---CVL"]


def test_a_gathering_that_names_nobody_stays_a_trip_with_no_one_met(code):
    # must-not: a date and a kind before the gathering are no one; the trip itself is kept (round 34's revert)
    events, actors = code("Senator Mark Hale came to Monday's networking gathering.")
    (trip,) = _trips(events)
    assert names(trip.source, actors) == {"Mark Hale"} and not trip.target


def test_a_place_gone_to_keeps_its_target(code):
    # must-not: a trip to a city is read as before, and its talks are no gathering's people (talks with the city's
    # own state's people: they are whom the trip visits, the city only where; roles/trips.meeting_on_trip)
    events, actors = code("US Senator Mark Hale flew to Paris for talks with Dutch officials.")
    (trip,) = _trips(events)
    assert names(trip.target, actors) == {"Paris"}
    events, actors = code("US Senator Mark Hale flew to Paris for talks with French officials.")
    (trip,) = _trips(events)
    assert {actors[i].country for i in trip.target} == {"FRA"} and "Paris" not in names(trip.target, actors)


def test_teachers_leaving_for_a_rally_make_no_trip(code):
    events, _ = code("Hundreds of teachers left their schools on Wednesday for a rally at the state capitol.")
    assert not _trips(events)


def test_farmers_travelling_for_a_march_make_no_trip_but_march(code):
    events, _ = code("Thousands of farmers travelled to the capital for a march against the new tax.")
    assert not _trips(events)
    assert any(e.type == "PROTEST" for e in events)


def test_coming_to_the_farmers_rally_meets_the_farmers(code, rules_only):
    # must-not for the rally context: a rally whose phrase names those who hold it is a gathering one comes to
    events, actors = code("Senator Mark Hale came to the farmers' rally in Fresno on Friday.")
    (trip,) = _trips(events)
    assert [actors[i].cameo for i in trip.target] == ["---CVL"]


def test_his_own_lunch_is_no_one_else(code):
    # must-not: a possessor who is the one coming is not whom he meets
    events, actors = code("Senator Mark Hale came to his own lunch on Friday.")
    assert all(not set(e.target) & set(e.source) for e in _trips(events))


def test_coming_to_a_dinner_for_farmers_meets_the_farmers(code, rules_only):
    # the gathering's "for" phrase names those gathered (neither possessor nor "of")
    events, actors = code("Senator Mark Hale came to a dinner for farmers on Friday.")
    (trip,) = _trips(events)
    assert [actors[i].cameo for i in trip.target] == ["---CVL"]


def test_coming_to_a_dinner_for_an_hour_meets_no_one(code, rules_only):
    # must-not: a "for" phrase that names no one gives no side
    events, actors = code("Senator Mark Hale came to a dinner for an hour on Friday.")
    (trip,) = _trips(events)
    assert not trip.target


def test_going_on_strike_is_still_a_strike(code):
    # must-not: "went on strike" is no going to a gathering; the strike is coded as before
    events, _ = code("About 900 dock workers went on strike at the port of Mombasa on Monday.")
    assert any(e.type == "PROTEST" for e in events)


def test_officials_of_one_state_who_attend_together_are_one_side(code, rules_only):
    # "X and Y attended the meeting", both of one state: neither meets the other (roles/gatherings.py `taking_part`)
    events, actors = code("Kenyan Foreign Minister Amos Kibe and Kenyan Trade Minister Ruth Oduya attended the "
                          "meeting in Geneva.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert names(event.source, actors) == {"Amos Kibe", "Ruth Oduya"} and not event.target


def test_two_states_that_attend_together_meet(code, rules_only):
    # must-not: two states' delegates at one meeting are two sides, as before
    events, actors = code("Kenya and Uganda attended the meeting in Geneva.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert names(event.source, actors) == {"Kenya"} and names(event.target, actors) == {"Uganda"}


def test_those_who_meet_together_stay_two_sides(code, rules_only):
    # must-not: a verb of meeting itself still makes two sides
    events, actors = code("Kenya and Uganda met on Monday.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert names(event.source, actors) == {"Kenya"} and names(event.target, actors) == {"Uganda"}


def test_talks_whose_with_phrase_hangs_on_the_verb_are_with_its_object(code, rules_only):
    events, actors = code("Kenyan Finance Minister Amos Kibe and Trade Minister Ruth Oduya set out their plans at "
                          "private talks yesterday with Ugandan President Yoweri Museveni.")
    (event,) = [e for e in events if e.type == "CONSULT"]
    assert [actors[i].country for i in event.target] == ["UGA"]
    assert all(actors[i].country == "KEN" for i in event.source)
