"""Round 73 (noise73). A force of nature does no act ("fresh tremors hit the coast"); an act a predicate of doubt
holds out in a "that" clause after "it" ("it is unlikely that Chile will sign") is a chance doubted, hypothetical,
not a plan; an act a means is "insufficient" or "inadequate" for is not done; an act told in the clause of a showing
infinitive on a noun with "no" ("no information to suggest that …") is denied; a question quoted right before its
"asked" is no request. Attacks by rebels, "likely that … will", a showing infinitive without "no", requests put as
an infinitive or as a quoted demand stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Fresh tremors hit the southern coast of the Chilean island a day after the big quake, officials said.",
    "Strong aftershocks hit the Peruvian capital overnight and damaged several houses.",
])
def test_a_force_of_nature_does_no_act(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == "ASSAULT"], found_acts(events)


def test_rebels_who_hit_a_port_still_attack(code):
    events, _ = code("Rebels hit the Chilean port of Arica with rockets on Monday, officials said.", "1987-04-27")
    assert [e.type for e in events if e.type == "ASSAULT"], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("It is unlikely that Chile will sign the fisheries accord before June, diplomats said.", "AGREE"),
    ("It is thought highly unlikely that Kohl and Mitterrand will agree on lifting the grain sanctions this week.",
     "AGREE"),
    ("It seems improbable that Peru will send troops to the northern border.", "MOBILIZE"),
])
def test_an_act_a_doubt_holds_out_in_a_that_clause_is_only_possible(code, text, ptype):
    events, _ = code(text, "1987-04-27")
    assert [e.status for e in events if e.type == ptype] == ["hypothetical"], found_acts(events, status=True)


def test_an_act_told_likely_in_a_that_clause_stays_planned(code):
    events, _ = code("It is likely that Chile will sign the fisheries accord before June, diplomats said.",
                     "1987-04-27")
    assert [e.status for e in events if e.type == "AGREE"] == ["planned"], found_acts(events, status=True)


def test_an_act_a_means_is_insufficient_for_is_not_done(code):
    events, _ = code("Chile holds nine pct of the board's votes, insufficient to block a Polish bid for "
                     "membership.", "1987-04-27")
    assert [e.status for e in events if e.type == "REJECT"] in ([], ["negated"]), found_acts(events, status=True)
    assert not [e for e in events if e.status == "occurred"], found_acts(events, status=True)


@pytest.mark.parametrize("text, ptype", [
    ("Mori said he had no information to suggest that Chile had broken off its talks with Peru.", "SANCTION"),
    ("Officials said there is no evidence to show that Peru sent troops across the border last week.", "MOBILIZE"),
])
def test_an_act_a_showing_infinitive_on_no_noun_tells_is_denied(code, text, ptype):
    events, _ = code(text, "1987-04-27")
    assert [e.status for e in events if e.type == ptype] == ["negated"], found_acts(events, status=True)


def test_a_showing_infinitive_without_no_keeps_its_act(code):
    events, _ = code("Mori said he had information to suggest that Chile had broken off its talks with Peru.",
                     "1987-04-27")
    assert [e.status for e in events if e.type == "SANCTION"] == ["occurred"], found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    '"When will Peru ever repay the old loans?" asked the Chilean minister.',
    '"What would the fund do with the rouble if it had it?" asked a Chilean official, who declined to be named.',
])
def test_a_question_quoted_before_asked_is_no_request(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == "REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Chile asked Peru to repay the old loans by June.",
    '"Repay the old loans by June," the Chilean minister asked Peru.',
    # a question of why a thing is not done, its teller before the tag, may be a plea: left as it was
    '"Why has Peru not been asked to repay the old loans?" the Chilean envoy asked the Peruvian minister.',
])
def test_a_request_asked_stays(code, text):
    events, _ = code(text, "1987-04-27")
    assert [e.type for e in events if e.type == "REQUEST"] == ["REQUEST"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The Chilean imposition of new tariffs on Peruvian goods is threatening to unravel the spirit of cooperation "
    "between the two states.",
    "With Chile's imposition of punitive duties on Peru threatening to undo years of cooperation, the market fell.",
    "Peru claims the Chilean directive, due to take effect in July, threatens to cut 50 mln dlrs of Peruvian fish "
    "sales to Chile.",
    "Canada claims the U.S. directive, due to come into force on March 1, threatens to cut 40 mln dlrs worth of "
    "Canadian pork shipments into the U.S.",
])
def test_a_states_measure_that_threatens_is_no_threat(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type == "THREATEN"], found_acts(events)


def test_the_second_act_a_measure_threatens_is_no_act(code):
    events, _ = code("Chile's imposition of punitive duties on Peru is threatening to undo the spirit of cooperation "
                     "and condemn both states to a costly trade war.", "1987-04-27")
    assert not events, found_acts(events)


def test_a_state_that_threatens_still_threatens(code):
    events, _ = code("Chile threatened to cut fish imports from Peru unless the new duties were lifted.", "1987-04-27")
    assert [e.type for e in events if e.type == "THREATEN"] == ["THREATEN"], found_acts(events)


def test_an_occasion_in_a_phrase_of_a_doubted_act_keeps_its_status(code):
    events, _ = code("Lima has shown no urgent need for a Chilean fishing deal, and it is unlikely that such a deal "
                     "will be offered during the Chile-Peru summit expected to be held next month, the minister said.",
                     "1987-04-27")
    assert "hypothetical" not in [e.status for e in events if e.trigger == "summit"], found_acts(events, status=True)
