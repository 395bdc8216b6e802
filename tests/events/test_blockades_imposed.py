"""A blockade or siege imposed is the act of its noun (CAMEO 191, "impose blockade, restrict movement"): "imposed a
blockade on X" has "impose" for a light verb, as "mounted a siege" has "mount". What "impose" names by its own entry
(sanctions, tariffs, a ban, a curfew) stays that entry's act."""

from __future__ import annotations

import pytest


def _country(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, source, target", [
    ("Saudi Arabia imposed a blockade on Qatar in June 2017.", "SAU", "QAT"),
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
    ("China imposed tariffs on Australian wine in 2020.", "SANCTION"),
    ("Russia imposed a ban on Georgian wine imports.", "SANCTION"),
])
def test_what_impose_names_by_its_own_entry_is_unchanged(code, rules_only, text, kind):
    events, _ = code(text, "2024-03-01")
    assert [e.type for e in events] == [kind], text
