"""A bond, a note or an issue "called" at a price is redeemed by its issuer, no telephone call between parties
(patterns/none.yaml: "call" with such a subject in a sentence of a bond's terms). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "The notes of the Ruritanian power utility may be called from 1995 at 102, with declining premiums thereafter.",
    "It can be called at par after five years, the Ruritanian bank said.",
    "The debentures will be callable in 1996 and may be called earlier for tax reasons.",
])
def test_a_bond_called_is_no_phone_call(typed, code, text):
    assert typed(text).get("called", ("NONE", "---"))[0] == "NONE", text
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Ruritanian minister called the Fredonian ambassador on Monday.",
    "The Ruritanian premier called his Fredonian counterpart about the bond market on Monday.",
])
def test_a_call_between_parties_stays(typed, text):
    assert typed(text)["called"] == ("CONSULT", "041"), text
