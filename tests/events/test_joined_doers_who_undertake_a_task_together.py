"""Bodies of one state's government, or private people of no known state, named together who agree to do a thing
undertake it together: one side, not one the other's party ("Senate and House auditors agreed to grant immunity",
"the company said Ann Loeb and Paul Marsh have agreed to join the division": pairs.joint_undertaking). Two states
agreeing to act are each other's party ("Chad and Niger agreed to reopen their border"), and so are two firms that
agree to merge. What the doers' noun says they deal with ("auditors into the X affair") is no target of their accord
(no_party.in_doers_matter)."""

from __future__ import annotations

from dossier.events.component import coding_with
from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_two_people_who_agree_to_join_a_firm_are_one_side(code):
    events, actors = code("The company said Ann Loeb and Paul Marsh have agreed to join the division to run its "
                          "new business.")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and not agreed[0].target and len(agreed[0].source) == 2, _shown(events, actors)


def test_two_bodies_of_one_state_are_one_side(code):
    events, actors = code("Senate and House auditors into the Libya arms affair agreed to grant limited immunity to "
                          "two key witnesses.")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and not agreed[0].target and agreed[0].source, _shown(events, actors)


def test_two_states_are_each_other_s_party(code):
    events, actors = code("Chad and Niger agreed to reopen their border.")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and names(agreed[0].source, actors) == {"Chad"} \
        and names(agreed[0].target, actors) == {"Niger"}, _shown(events, actors)


def test_two_firms_that_agree_to_merge_are_each_other_s_party(code, nlp):
    # the sides are read with a firm's own trade kept: a merger of two firms is left out by default
    # (events/relevance.py `firms_own_trade`)
    with coding_with(nlp, keep_trade=True):
        events, actors = code("Ford and Chrysler agreed to merge their truck units.")
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and agreed[0].source and agreed[0].target, _shown(events, actors)
