"""Papers and personal or business offers handed in or taken back. A contract, a package or a budget "submitted" is
handed in, no yielding (none.yaml; "submitted to their demands" stays CONCEDE). One's name, nomination or candidacy,
a bill or an offer withdrawn is no pulling back of forces (none.yaml, verb and noun; troops withdrawn stay RETREAT
087). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The exchange will submit the new futures contract to the regulators next week.", "submit"),
    ("A report on the aid package submitted last week drew sharp comments.", "submitted"),
    ("The cabinet submitted its draft budget to parliament on Tuesday.", "submitted"),
])
def test_a_paper_submitted_is_no_concession(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "CONCEDE", text


def test_giving_in_to_demands_is_a_concession(typed):
    assert typed("The rebels submitted to the army's demands on Sunday.")["submitted"][0] == "CONCEDE"


@pytest.mark.parametrize("text, word", [
    ("On Friday the nominee withdrew his own name, citing doubts among senators.", "withdrew"),
    ("The senator withdrew her candidacy for the party's leadership.", "withdrew"),
    ("The mining group withdrew its offer for the copper company.", "withdrew"),
    ("The withdrawal of his nomination was announced by the chief of staff.", "withdrawal"),
])
def test_a_name_or_an_offer_withdrawn_is_no_retreat(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] not in ("RETREAT", "SANCTION"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania withdrew its troops from the border town.", "withdrew"),
    ("The withdrawal of Fredonian troops from the valley began on Monday.", "withdrawal"),
])
def test_troops_withdrawn_stay_a_retreat(typed, text, word):
    assert typed(text)[word][0] == "RETREAT", text
