"""A blockade or siege imposed is an assault (CAMEO 191, "impose blockade, restrict movement";
patterns/recall_assault.yaml): "imposed a blockade on X". What "impose" names by its own entries (sanctions, tariffs,
a ban, a curfew) stays those entries' act, and a blockade imposed in a general rule is no act."""

from __future__ import annotations

import pytest


def _country(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, source, target", [
    ("Saudi Arabia imposed a blockade on Qatar in June 2023.", "SAU", "QAT"),
    ("Azerbaijan has imposed a blockade on the Armenian enclave since December.", "AZE", "ARM"),
    ("Israel imposed a naval blockade on Gaza after the election.", "ISR", None),
])
def test_a_blockade_imposed_is_coded(code, rules_only, text, source, target):
    events, actors = code(text, "2024-03-01")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert event.cameo == "191"
    assert source in _country(event.source, actors)
    if target:
        assert target in _country(event.target, actors)


@pytest.mark.parametrize("text, kind", [
    ("The United States imposed sanctions on Iran.", "SANCTION"),
    ("China imposed tariffs on Australian wine in 2023.", "SANCTION"),
    ("Russia imposed a ban on Georgian wine imports.", "SANCTION"),
])
def test_what_impose_names_by_its_own_entry_is_unchanged(code, rules_only, text, kind):
    events, _ = code(text, "2024-03-01")
    assert [e.type for e in events] == [kind], text


def test_a_blockade_imposed_as_a_habit_is_no_act(code, rules_only):
    events, _ = code("When a navy imposes a blockade on a port, shipping firms raise their rates.", "2024-03-01")
    assert not any(e.type == "ASSAULT" for e in events)
