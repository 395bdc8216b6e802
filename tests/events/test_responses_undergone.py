"""Responses undergone (round 38): opposition met, run into or provoked, criticism or pressure come under, are acts
of the one they come from, done to the subject (or to the owner its words name): undergone entries in reject.yaml,
accuse.yaml and request.yaml, sides.undergone. Nobody named they come from: no act, neither the rules' nor the
model's on the verb."""

from __future__ import annotations


def _of(events, type_):
    return [e for e in events if e.type == type_]


def _countries(ids, actors):
    return {actors[i].country for i in ids}


def test_opposition_met_is_the_opposer_s_rejection(code):
    events, actors = code("The Chilean proposal met opposition from Bolivia.")
    (rejection,) = _of(events, "REJECT")
    assert _countries(rejection.source, actors) == {"BOL"} and _countries(rejection.target, actors) == {"CHL"}
    assert not _of(events, "CONSULT")  # no meeting


def test_opposition_faced_from_two_states_is_each_one_s(code):
    events, actors = code("Portugal faced opposition from Greece and Ireland.")
    (rejection,) = _of(events, "REJECT")
    assert _countries(rejection.source, actors) == {"GRC", "IRL"} and _countries(rejection.target, actors) == {"PRT"}


def test_opposition_run_into(code):
    events, actors = code("The Danish plan is likely to run into opposition from Norway.")
    (rejection,) = _of(events, "REJECT")
    assert _countries(rejection.source, actors) == {"NOR"} and _countries(rejection.target, actors) == {"DNK"}


def test_objections_met_with(code):
    events, actors = code("Finland met with strong objections from Sweden to its fishing plan.")
    (rejection,) = _of(events, "REJECT")
    assert _countries(rejection.source, actors) == {"SWE"} and _countries(rejection.target, actors) == {"FIN"}


def test_opposition_provoked_by_a_plan(code):
    events, actors = code("The Austrian tax plan has provoked strong opposition from Hungary.")
    (rejection,) = _of(events, "REJECT")
    assert _countries(rejection.source, actors) == {"HUN"} and _countries(rejection.target, actors) == {"AUT"}


def test_criticism_come_under(code):
    events, actors = code("Canada has come under sharp criticism from Mexico over its lumber duties.")
    (accusation,) = _of(events, "ACCUSE")
    assert _countries(accusation.source, actors) == {"MEX"} and _countries(accusation.target, actors) == {"CAN"}


def test_fire_come_under_over_a_policy(code):
    events, actors = code("The Thai government came under fire from Cambodia over the border fence.")
    (accusation,) = _of(events, "ACCUSE")
    assert _countries(accusation.source, actors) == {"KHM"} and _countries(accusation.target, actors) == {"THA"}


def test_pressure_come_under_is_a_request(code):
    events, actors = code("Norway had come under pressure from Britain to cut its gas price.")
    (request,) = _of(events, "REQUEST")
    assert _countries(request.source, actors) == {"GBR"} and _countries(request.target, actors) == {"NOR"}


def test_opposition_from_nobody_named_is_no_act(code):
    # must-not: nobody named it comes from: no rejection and no meeting
    events, _ = code("The Chilean proposal met opposition.")
    assert not _of(events, "REJECT") and not _of(events, "CONSULT")


def test_meeting_an_opposition_leader_is_a_meeting(code, rules_only):
    # must-not: "opposition" a word on the object, not the object
    events, _ = code("Kenya's president met the opposition leader in Mombasa on Friday.")
    assert not _of(events, "REJECT")


def test_pressure_from_a_thing_is_no_request(code):
    # must-not: pressure from falling prices comes from nobody
    events, _ = code("The Peruvian sol came under pressure from falling copper prices.")
    assert not _of(events, "REQUEST")
