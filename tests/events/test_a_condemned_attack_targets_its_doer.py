"""Condemning, deploring or denouncing an attack accuses whoever carried it out, where the sentence names them
("condemned the shelling of the villages by X": X); else it accuses nobody the sentence names: never the state whose
embassy was hit, the cities or countries where the blasts went off, nor the leader a letter of sympathy goes to
(roles/struck_sites.condemned_attack, condemned_doers, not_the_attack_s_doer; data/no_party.yaml
`condemned_attacks`, `blasts`). A later undated condemnation by the same side is the same act told again
(repeats.repeats_left_out). Sentences written for these tests."""

import pytest

from tests.events.conftest import countries, names


def _accusation(events):
    return next(e for e in events if e.type == "ACCUSE")


@pytest.mark.parametrize("text, hit", [
    ("The Ghanaian government on Monday condemned the bombing of the British embassies in Lima and Quito.", "GBR"),
    ("Nigeria denounced the attacks in Peru and Chile and sent its sympathy to the victims.", "PER"),
    ("President Obote on Tuesday deplored the bomb attacks at French embassies in Peru and Chile.", "FRA"),
    ("The Ghanaian government condemned the two explosions near British embassies in Peru and Chile.", "GBR"),
    ("In a letter to the British prime minister, Ghana's president condemned the bombings and offered sympathy.",
     "GBR"),
    ("The bombing of the British embassy in Accra was condemned by Nigeria.", "GBR"),
])
def test_what_the_attack_hit_is_not_accused(code, text, hit):
    events, actors = code(text, "1998-08-10")
    act = _accusation(events)
    assert hit not in countries(act.target, actors) and not act.target, names(act.target, actors)


@pytest.mark.parametrize("text, doer", [
    ("Ghana condemned the Iraqi attack on the Saudi base.", "Iraq"),
    ("Ghana condemned the attack by Hamas on the Israeli town.", "Hamas"),
    ("Ghana condemned the shelling of Lebanese villages by Israel on Sunday.", "Israel"),
    ("Ghana condemned the invasion of Uganda by Tanzania.", "Tanzania"),
    ("Ghana condemned Israel for the raid on Lebanon.", "Israel"),
    ("Ghana condemned the ambush of a Malian patrol carried out by Tuareg rebels.", "rebels (country unknown)"),
])
def test_the_named_doer_stays_accused(code, text, doer):  # must-not
    events, actors = code(text, "1998-08-10")
    assert names(_accusation(events).target, actors) == {doer}


def test_a_condemned_decision_keeps_its_author(code):  # must-not: no attack, the rules read as before
    events, actors = code("Ghana condemned the decision of the British government.", "1998-08-10")
    assert countries(_accusation(events).target, actors) == {"GBR"}


def test_a_later_condemnation_of_the_bombing_is_one_act(code):
    text = ("Ghana on Friday condemned the bombing of the British embassy in Lima. "
            "The blast killed nine guards and wounded forty passers-by. "
            "Peruvian police said they had no suspect yet. "
            "The embassy stayed shut on Saturday. "
            "Ghana condemns every act that takes the lives of innocent people, its foreign ministry said.")
    events, actors = code(text, "1998-08-10")
    assert [e.trigger for e in events if e.type == "ACCUSE"] == ["condemned"], \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
