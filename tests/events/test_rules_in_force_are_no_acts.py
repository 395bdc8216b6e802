"""A law, a treaty, a rule or a resolution that bars, limits or binds in the present tense, or as the doer of a
passive, states a rule in force, no act of anyone, nor is the act it bars done (round 44). The bodies that make or
apply rules, a text's speech act and a law passed that bans keep their act."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Harlow-Benning Act bars Japanese banks from buying Mexican bonds.",
    "The treaty bans Iraq from importing missiles.",
    "The new law prohibits Chinese firms from bidding for Canadian contracts.",
    "Japanese banks are barred by the statute from buying Mexican bonds.",
    "Swiss banks were not barred by the 1934 law from buying Greek bonds.",
])
def test_what_a_text_in_force_bars_is_no_sanction(code, text):
    events, _ = code(text)
    assert not found_acts(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The charter obliges Egypt to defend Jordan.",
    "The rules of the pact require Norway to help Denmark.",
])
def test_what_a_text_in_force_binds_to_is_not_done(code, text):
    events, _ = code(text)
    assert not [a for a in found_acts(events) if a[0] in ("SUPPORT", "AID", "COERCE", "REQUEST")], found_acts(events)


@pytest.mark.parametrize("text, kind", [
    ("The court forbade the Polish union to picket the plant.", "COERCE"),
    ("Brazil bans imports of Argentine beef.", "SANCTION"),
    ("Japanese firms were banned by Washington from selling chips below cost.", "SANCTION"),
    ("Parliament passed a law that bans imports of Malaysian timber.", "SANCTION"),
    ("The resolution condemns Israel and demands a withdrawal from Lebanon.", "REQUEST"),
])
def test_bodies_that_make_or_apply_rules_and_a_text_s_speech_keep_their_act(code, text, kind):
    events, _ = code(text)
    assert kind in [a[0] for a in found_acts(events)], found_acts(events)
