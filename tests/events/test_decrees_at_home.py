"""A ruler who decrees powers for himself, or decrees a holiday, orders at home: no demand of another party (the
converted dictionary's bare DECREE, REQUEST 100; patterns/none.yaml). Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "President Olumba decreed sweeping new powers for himself on Thursday.",
    "The emir decrees two days of national mourning.",
])
def test_a_decree_at_home_is_no_demand(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
