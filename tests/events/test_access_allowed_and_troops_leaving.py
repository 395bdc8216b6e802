"""A third party let in to bring aid, to look or to keep watch is international involvement allowed (retreat.yaml,
CAMEO 086, PLOVER RETREAT access): the allower's act, aimed at the one let in, not the delivery or the visit of the
one let in (the act let be done is the entry's `to_verb`, coder._subsumed); what a law allows is a rule, no act
(non_events.yaml "what a rule allows"). Troops leaving a country or a region withdraw from it (CAMEO 087); a trip or
troops leaving their base are no withdrawal. Sentences written for these tests."""

import pytest


def _acts(events):
    return [(e.type, e.cameo, e.status) for e in events]


@pytest.mark.parametrize("text, status", [
    ("Ruritania allowed the Red Cross to deliver food to the besieged town.", "occurred"),
    ("Fredonia said it would allow the World Food Programme to distribute aid in the north.", "planned"),
    ("Ruritania will permit UN inspectors to visit the nuclear sites.", "planned"),
    ("The Ruritanian government authorized EU observers to monitor the vote.", "occurred"),
])
def test_a_third_party_let_in_is_access_allowed(code, text, status):
    events, actors = code(text)
    assert _acts(events) == [("RETREAT", "086", status)], text
    assert events[0].target, text  # the one let in


def test_access_denied_is_a_refusal(code):
    events, _ = code("Ruritania did not allow the UN envoy to enter the country.")
    assert [e.type for e in events] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "The court allowed the company to sell its shares.",  # no one let in
    "Ruritania asked the Red Cross to deliver food to the town.",  # asked, not allowed
    "The senate may revive a statute authorizing the tax office to inspect the books of importers.",  # a rule
])
def test_no_access_where_nobody_is_let_in(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.cameo == "086"], text


@pytest.mark.parametrize("text, word", [
    ("American troops have begun leaving Fredonia under the peace deal.", "leaving"),
    ("The last Ruritanian soldiers left Fredonia on Sunday.", "left"),
    ("The peacekeepers will quit Fredonia by March.", "quit"),
    ("Ruritanian soldiers began leaving Fredonia for the first stage of the pullout.", "leaving"),
])
def test_troops_leaving_a_country_withdraw(typed, text, word):
    assert typed(text)[word] == ("RETREAT", "087"), text


@pytest.mark.parametrize("text, word", [
    ("The minister left Lima for Quito on Sunday.", "left"),
    ("Ruritanian troops left their base to patrol the border.", "left"),
])
def test_a_trip_or_a_patrol_is_no_withdrawal(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "RETREAT", text
