"""A bill, a law or a decree signed is enacted at home, no agreement with anyone (none.yaml; agree.yaml's "sign",
CAMEO 057, is a deal's); a treaty or an agreement signed stays one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Governor Maria Lopez is expected to sign the bill fixing the date for open banking in the state.", "sign"),
    ("President Garcia signed the new banking law on Friday.", "signed"),
    ("President Reagan signed the trade bill into law on Tuesday.", "signed"),
])
def test_a_law_signed_is_no_agreement(code, typed, text, word):
    assert typed(text)[word][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Peru and Chile signed a trade agreement on Friday.",
    "Japan signed the protocol on Monday.",
])
def test_an_agreement_signed_stays_one(typed, text):
    assert typed(text)["signed"] == ("AGREE", "057"), typed(text)
