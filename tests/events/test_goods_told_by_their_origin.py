"""Goods a participle of origin ties to a state ("chips imported from X", "steel shipped from X") stand for that
state as goods "from X" do (events/actors.py `Resolver._origin`, roles/data/acts_done.yaml `origin_participles`): a
measure laid on or lifted from them targets X. Sentences written for these tests."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, kind", [
    ("Ruritania has raised its tariffs on cement imported from Chile.", "SANCTION"),
    ("Ruritania slapped a duty on copper wire shipped from Chile.", "SANCTION"),
    ("Ruritania lifted its curbs on wine bought from Chile.", "CONCEDE"),
])
def test_goods_imported_from_a_state_stand_for_it(code, text, kind):
    events, actors = code(text)
    acts = [e for e in events if e.type == kind]
    assert acts, [(e.type, e.trigger) for e in events]
    assert _countries(acts[0].target, actors) == {"CHL"}


def test_goods_from_a_state_stand_for_it_as_before(code):
    events, actors = code("Ruritania has raised its tariffs on cement from Chile.")
    acts = [e for e in events if e.type == "SANCTION"]
    assert acts and _countries(acts[0].target, actors) == {"CHL"}
