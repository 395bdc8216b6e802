"""People of one state's executive named together who pledge to do a thing ("the treasurer and the prime minister
promised not to raise taxes") undertake it together: one side, not one the other's party; so do the people of one
state's bodies named by their bodies ("House and Senate budget negotiators agreed to cut"), however the parser
splits the names (pairs.joint_undertaking). A president and a legislator of the other branch, and the negotiators of
two states, are each the other's party as before."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def _agreement(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def test_a_treasurer_and_a_prime_minister_pledge_together(code):
    events, actors = code("British Chancellor Nigel Lawson and Prime Minister Margaret Thatcher have pledged not to "
                          "raise the petrol excise before the election.")
    pledge = _agreement(events, "pledged")
    assert names(pledge.source, actors) == {"Nigel Lawson", "Margaret Thatcher"} and not pledge.target, \
        _shown(events, actors)


def test_two_chambers_negotiators_agree_together(code):
    events, actors = code("U.S. House and Senate conference negotiators agreed, after a week of bargaining, to "
                          "trim 800 mln dlrs from next year's dairy support programs.")
    agreed = _agreement(events, "agreed")
    assert agreed.source and not agreed.target, _shown(events, actors)


def test_a_president_and_a_legislator_stay_each_other_s_party(code):
    events, actors = code("President Reagan and House Speaker Jim Wright agreed to seek a budget accord.")
    agreed = _agreement(events, "agreed")
    assert agreed.source and agreed.target, _shown(events, actors)


def test_two_states_negotiators_stay_each_other_s_party(code):
    events, actors = code("U.S. and Japanese negotiators agreed to cut tariffs on machine tools.")
    agreed = _agreement(events, "agreed")
    assert agreed.source and agreed.target, _shown(events, actors)
