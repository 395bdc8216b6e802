"""Powers, in the plural, taken back or seized are prerogatives gained at home, no capture of anyone (the converted
dictionary's TAKE/SEIZE POWER, ASSAULT 180; patterns/none.yaml). Texts written here."""

from __future__ import annotations


def test_powers_taken_back_are_no_assault(code):
    events, _ = code("Dlamini scraps the junta decree, taking back powers the officers had handed themselves.")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.cameo, e.trigger) for e in events]


def test_power_seized_in_a_coup_stays_an_act_of_force(code):
    events, _ = code("The army seized power in a coup on Monday.")
    assert [e for e in events if e.type in ("ASSAULT", "COERCE")]
