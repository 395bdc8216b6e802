"""A wrong owned up to is a concession (the PLOVER manual files stated sorrow over what was done under CONCEDE;
CAMEO 015): responsibility or blame acknowledged or accepted for a harm, regret voiced over one, the verb
"regret" with a harm for object; the one harmed is the target (patterns/concede.yaml, round 83). Regret of another
party's choice stays a disapproval, an armed group's claim of its attack and a duty taken over are no concession.
Sentences written for these tests."""

import pytest

from tests.events.conftest import countries


def _found(code, text):
    events, actors = code(text)
    return [(e.type, countries(e.source, actors), countries(e.target, actors), e.status) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("The Chilean navy acknowledged responsibility for the collision with a Peruvian fishing boat.", "CHL", "PER"),
    ("Japan's defence ministry accepted the blame for the detention of four South Korean fishermen.", "JPN", "KOR"),
    ("The Turkish foreign minister voiced regret over the shooting of a Greek fighter pilot.", "TUR", "GRC"),
    ("Egypt deeply regretted the deaths of three Israeli hikers near the border.", "EGY", "ISR"),
])
def test_a_wrong_owned_up_to_is_a_concession(code, text, source, target):
    found = _found(code, text)
    assert any(t == "CONCEDE" and source in s and target in g and st == "occurred" for t, s, g, st in found), found
    assert not any(t == "ACCUSE" for t, *_ in found), found


def test_mistakes_admitted_by_a_government(code):
    found = _found(code, "The Italian cabinet admitted its errors in the handling of the flood relief.")
    assert any(t == "CONCEDE" and "ITA" in s for t, s, *_ in found), found


@pytest.mark.parametrize("text", [
    "Norway regretted the decision of Sweden to shut the crossing.",
    "The finance ministry regretted Argentina's suspension of its debt payments.",
])
def test_regret_of_another_party_s_choice_stays_a_disapproval(code, text):
    found = _found(code, text)
    assert not any(t == "CONCEDE" for t, *_ in found), found


@pytest.mark.parametrize("text", [
    "A rebel faction claimed responsibility for the bombing of the Kandahar market.",
    "Iraqi troops will take responsibility for security in the southern province next month.",
])
def test_a_claim_of_an_attack_or_a_duty_taken_over_is_no_concession(code, text):
    found = _found(code, text)
    assert not any(t == "CONCEDE" for t, *_ in found), found
