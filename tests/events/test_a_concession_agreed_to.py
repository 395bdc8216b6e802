"""A concession an actor agrees, promises or pledges to make stays a concession, still to come (PLOVER: future
concessions do not reduce to AGREE); an offer, a purchase or talks agreed to stay AGREE. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Ghana agreed on Tuesday to lift its ban on imports of Togolese maize.", "081", "GHA", "TGO"),
    ("Argentina pledged to ease its restrictions on Uruguayan beef.", "081", "ARG", "URY"),
    ("Chile promised to lift the curfew it had imposed on the northern provinces.", "081", "CHL", None),
    ("The Bolivian government agreed to accept the demands of the Peruvian negotiators.", "083", "BOL", None),
])
def test_a_concession_agreed_to_is_a_concession_planned(code, text, cameo, source, target):
    events, actors = code(text, "2019-11-18")
    conceded = [e for e in events if e.type == "CONCEDE"]
    assert [(e.cameo, e.status) for e in conceded] == [(cameo, "planned")]
    assert countries(conceded[0].source, actors) == {source}
    if target:
        assert countries(conceded[0].target, actors) == {target}
    assert "AGREE" not in [e.type for e in events]


@pytest.mark.parametrize("text", [
    "Chile agreed to buy wheat from Spain.",
    "Kenya and Uganda agreed to hold talks on the border.",
    "Egypt offered to lift its curbs on Sudanese cotton.",  # an offer: the intent to yield, CAMEO 035
    # two parties binding themselves to each other: a deal
    "Chile and Peru agreed to lift their bans on each other's fruit.",
    "The two governments agreed to ease the curbs on cross-border trucking.",
])
def test_an_agreement_to_another_act_or_an_offer_stays_an_agreement(code, text):
    events, _ = code(text, "2019-11-18")
    assert "AGREE" in [e.type for e in events]
    assert "CONCEDE" not in [e.type for e in events]


@pytest.mark.parametrize("text", ["Peru did not agree to lift its ban on Chilean apples.",
                                  "Peru agreed not to lift its ban on Chilean apples before March."])
def test_a_promise_denied_or_not_to_concede_is_no_concession_planned(code, text):
    events, _ = code(text, "2019-11-18")
    assert not [e for e in events if e.type == "CONCEDE" and e.status == "planned"]
