"""An act named by a noun that an existential "there is" says is (or is not) is told as taking place, not only talked
about: "there were attacks on X", "there will be talks with Y", "there was no coordination between A and B" (the last
denied). A noun after "there is" that names no act, or an act only talked about in the sentence, stays no event."""

from __future__ import annotations

from tests.events.conftest import names


def test_attacks_there_were_are_attacks(code):
    events, actors = code("There were fresh attacks by Syrian troops on Kurdish villages on Monday.", "2020-05-01")
    attack = [e for e in events if e.type == "ASSAULT"]
    assert attack and attack[0].status == "occurred"


def test_talks_there_will_be_are_planned(code):
    events, actors = code("There will be talks between Peru and Chile next week, the ministry said.", "2020-05-01")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and talks[0].status == "planned"
    assert names(talks[0].source + talks[0].target, actors) == {"Peru", "Chile"}


def test_coordination_there_was_not_is_denied(code):
    events, _ = code("There was no coordination between the Bolivian army and the rebels, the minister said.",
                     "2020-05-01")
    coop = [e for e in events if e.type == "COOPERATE"]
    assert coop and coop[0].status == "negated"


def test_coordination_between_two_navies_is_cooperation(code):
    events, actors = code("There has been close coordination between the Chilean and Peruvian navies.", "2020-05-01")
    coop = [e for e in events if e.type == "COOPERATE"]
    assert coop


def test_talk_about_an_act_after_there_is_is_no_act(code):
    events, _ = code("There is a lot of discussion in Lima about the Chilean offensive.", "2020-05-01")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_an_attack_named_outside_there_is_stays_commentary(code):
    events, _ = code("The attack by Syrian troops on Kurdish villages dominated the papers in Ankara.", "2020-05-01")
    assert not [e for e in events if e.type == "ASSAULT"]
