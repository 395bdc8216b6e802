"""An office left is RETREAT, mode resign: the PLOVER manual files resignations of officials under RETREAT (its mode
resign), not CONCEDE (patterns/retreat.yaml; the converted dictionary's 0831 resignations, petrarch_verbs
`_leaves_office`). Other concessions to demands stay CONCEDE. Sentences written for these tests."""

import pytest

from dossier.events.petrarch_verbs import _leaves_office


@pytest.mark.parametrize("text", [
    "The Ruritanian interior minister resigned on Tuesday after a week of street protests.",
    "Fredonia's prime minister stepped down amid a row over the budget, state radio said.",
    "The Ruritanian president resigned the presidency late on Sunday.",
    "The Fredonian deputy premier quit his post after the vote of censure.",
    "The Ruritanian defence minister handed in his resignation to the president on Monday.",
])
def test_an_office_left_is_a_retreat(code, text):
    events, _ = code(text)
    found = [(e.type, e.mode, e.cameo) for e in events]
    assert ("RETREAT", "resign", "0831") in found or ("RETREAT", "submit", "0831") in found, found
    assert not [e for e in events if e.type == "CONCEDE"], found


def test_a_demand_met_stays_a_concession(code):
    events, _ = code("The Fredonian government accepted the strikers' demands on Thursday.")
    assert [e for e in events if e.type == "CONCEDE"], [(e.type, e.trigger) for e in events]


def test_the_converted_dictionary_s_resignations_are_retreats():
    assert _leaves_office("0831", ("resign", "vacate"), {"object": ["government"]})
    assert _leaves_office("0831", ("submit",), {"object": ["resignation"]})
    assert _leaves_office("083", ("resign",), {})
    assert not _leaves_office("0831", ("agree",), {"prep": ["to"], "prep_object": ["elections"]})
    assert not _leaves_office("081", ("resign",), {})
