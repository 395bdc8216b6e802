"""An accord a participle tells with no agent, its other party in a "with" phrase ("a contract signed last year with
X"), and no teller: the subject of the clause that holds it is its source ("Peru has begun to carry out a contract
signed with X": Peru; roles/tellers.py `holders`). Sentences written for these tests."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, holder, partner", [
    ("Peru has begun to carry out a supply contract signed last year with a Chilean refiner.", "PER", "CHL"),
    ("Bolivia will honour the tin barter deal signed in March with Brazil.", "BOL", "BRA"),
])
def test_the_clause_subject_holds_the_accord(code, text, holder, partner):
    events, actors = code(text)
    accords = [e for e in events if e.type == "AGREE"]
    assert accords, [(e.type, e.trigger) for e in events]
    assert _countries(accords[0].source, actors) == {holder}
    assert _countries(accords[0].target, actors) == {partner}


def test_an_accord_told_by_another_keeps_its_teller(code):
    events, actors = code("Kenya said a fishing accord reached with Uganda would run for five years.")
    accords = [e for e in events if e.type == "AGREE"]
    assert accords and _countries(accords[0].source, actors) == {"KEN"}
