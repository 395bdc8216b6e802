"""A debt forgiven, cancelled or written off by its creditor is economic aid to the debtor (aid.yaml, CAMEO 071, the
dictionary's FORGIVE DEBT and WRITE OFF DEBT); duties waived, lifted or scrapped are eased as tariffs are
(concede.yaml, CONCEDE 081 since round 82; RETREAT 085 until then). A bank's own bad loans written off, a duty cut
and a pardon are none of these."""

import pytest


@pytest.mark.parametrize("text, debtor", [
    ("Russia wrote off Cuba's debt.", "Cuba"),
    ("Japan wrote off the debts of Bangladesh last year.", "Bangladesh"),
    ("France cancelled the debts of Senegal in 2019.", "Senegal"),
])
def test_a_debt_written_off_is_aid_to_the_debtor(code, text, debtor):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert debtor in {actors[i].name for i in aid[0].target}


@pytest.mark.parametrize("text", [
    "The EC waived duties on Turkish textiles.",
    "Washington scrapped the duties on Mexican tomatoes.",
])
def test_duties_waived_are_eased(code, text):
    events, _ = code(text)
    eased = [e for e in events if e.cameo == "081"]
    assert len(eased) == 1 and eased[0].source and eased[0].target, [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The bank wrote off bad loans worth 2 billion dollars.",
    "The finance ministry cut import duties on cars.",
])
def test_no_relief_between_parties(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.cameo in ("071", "081", "085")], [(e.type, e.cameo, e.trigger) for e in events]
