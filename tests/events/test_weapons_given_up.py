"""Weapons given up are a disarmament, PLOVER RETREAT "disarm" (patterns/recall_retreat.yaml): "laid down their
arms", "put down its weapons", "gave up its arsenal". Tools laid down stay a strike, a claim given up a concession,
and arms given to another stay aid."""

from __future__ import annotations

import pytest


def _country(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, country", [
    ("Colombian rebels put down their arms last year.", "COL"),
    ("The Ugandan militia laid down its weapons after the ceasefire took hold.", "UGA"),
    ("Ukraine gave up its nuclear arsenal last year.", "UKR"),
    ("Kurdish fighters in Iraq gave up their rifles under the accord.", None),
])
def test_weapons_laid_down_or_given_up_are_a_disarmament(code, rules_only, text, country):
    events, actors = code(text, "2024-03-01")
    disarmed = [e for e in events if e.type == "RETREAT" and e.mode == "disarm"]
    assert disarmed, text
    assert not any(e.type == "AID" for e in events), text
    if country:
        assert country in _country(disarmed[0].source, actors)


@pytest.mark.parametrize("text, kind", [
    ("French farmers laid down their tools and marched to the ministry in Paris.", "PROTEST"),
    ("Japan gave weapons to the Philippine navy.", "AID"),
    ("The Chilean government gave up its claim to the islands.", "CONCEDE"),
])
def test_other_things_laid_down_or_given_keep_their_own_act(code, rules_only, text, kind):
    events, _ = code(text, "2024-03-01")
    assert not any(e.mode == "disarm" for e in events), text
    assert any(e.type == kind for e in events), text
