"""Status: an act told with "will" and a hedging adverb ("will likely", "probably will not") is a guess, hypothetical;
the same act told with a plain "will" stays planned, a plain "will not attend" a refusal."""

import pytest


@pytest.mark.parametrize("text, ptype", [
    ("Kenya will likely impose tariffs on Ugandan sugar, two senators said on Tuesday.", "SANCTION"),
    ("The Bolivian navy will probably seize the Chilean trawlers.", "ASSAULT"),
    ("Ecuador will possibly expel the Peruvian envoy.", "SANCTION"),
])
def test_an_act_told_with_will_and_a_hedge_is_hypothetical(code, text, ptype):
    events, _ = code(text)
    assert [(e.type, e.status) for e in events] == [(ptype, "hypothetical")]


@pytest.mark.parametrize("text, ptype", [
    ("Officials said Peru probably will not attend the fisheries conference.", "CONSULT"),
    ("Chile probably won't sign the accord with Bolivia.", "AGREE"),
])
def test_a_hedged_will_not_is_a_guess_not_a_denial_nor_a_refusal(code, text, ptype):
    events, _ = code(text)
    assert [(e.type, e.status) for e in events] == [(ptype, "hypothetical")]


@pytest.mark.parametrize("text, expected", [
    ("Kenya will impose tariffs on Ugandan sugar, two senators said on Tuesday.", ("SANCTION", "planned")),
    ("Peru will not attend the fisheries conference.", ("REJECT", "occurred")),
    ("Chile will sign the accord with Bolivia, probably on Monday.", ("AGREE", "planned")),
])
def test_an_unhedged_will_or_a_hedged_date_keeps_its_status(code, text, expected):
    events, _ = code(text)
    assert [(e.type, e.status) for e in events] == [expected]
