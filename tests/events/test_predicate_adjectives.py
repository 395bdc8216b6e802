"""Predicate adjectives (issue 10, round 12): a stance told by a copula and an adjective ("X was critical of Y", "X
remains opposed to Y's plan") or a judgment one who tells passes on a thing ("X said Y's decision was
unacceptable") is an act of the adjective's type, with both sides; each beside a look-alike that stays uncoded."""

from __future__ import annotations

import pytest

from dossier.events.patterns import load_entries
from tests.events.conftest import names


def _acts(events, ptype):
    return [e for e in events if e.type == ptype]


def test_the_pattern_files_hold_adjective_entries():
    adjectives = [e for e in load_entries() if e.pos == "adjective"]
    assert {e.type for e in adjectives} >= {"REJECT", "ACCUSE", "SUPPORT"}
    assert any(e.judged for e in adjectives) and any(not e.judged for e in adjectives)


@pytest.mark.parametrize("text, ptype, source, target", [
    ("The Malian government has long been critical of Algeria's handling of the refugee camps.", "ACCUSE",
     "Mali", "Algeria"),
    ("Ecuador stays firmly opposed to the fishing quotas set by Peru.", "REJECT", "Ecuador", "Peru"),
    ("Laos is grateful to Vietnam for the rice shipments.", "SUPPORT", "Laos", "Vietnam"),
])
def test_a_stance_held_is_an_act_of_its_holder(code, text, ptype, source, target):
    events, actors = code(text, "2021-05-10")
    found = _acts(events, ptype)
    assert found, [(e.type, e.trigger) for e in events]
    assert any(source in n for n in names(found[0].source, actors))
    assert any(target in n for n in names(found[0].target, actors))


@pytest.mark.parametrize("text, ptype", [
    ("Uruguay's trade minister said the levy announced by Paraguay was unacceptable.", "REJECT"),
    ("The Kenyan foreign ministry said it was illegal that Tanzania had seized the fishing boats.", "ACCUSE"),
    ("Nepal's proposal for the river was not acceptable, a spokesman for the Indian government said.", "REJECT"),
])
def test_a_judgment_told_is_an_act_of_the_one_who_tells(code, text, ptype):
    events, _ = code(text, "2021-05-10")
    found = _acts(events, ptype)
    assert found and found[0].source and found[0].target, [(e.type, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The heat in the capital was unacceptable for the marathon runners.",   # nobody tells it, nobody is judged
    "The coach said the pitch was unacceptable.",                           # a thing of nobody's
    "Good roads were critical to the growth of trade in Bolivia.",          # critical to: important
    "The injured driver remained in critical condition in a Lima hospital.",  # an adjective on a noun
])
def test_an_adjective_without_a_stance_between_actors_is_no_event(code, text):
    events, _ = code(text, "2021-05-10")
    assert not [e for e in events if e.type in ("REJECT", "ACCUSE", "SUPPORT")], \
        [(e.type, e.trigger) for e in events]
